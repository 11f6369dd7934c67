package dev.parley.account.internal;

import dev.parley.account.Account;
import dev.parley.account.AccountId;
import dev.parley.account.Role;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Row of {@code parley_user}; roles are stored by name in {@code parley_user_role}. */
@Entity
@Table(name = "parley_user")
@NamedQuery(
    name = AccountEntity.BY_USERNAME,
    query = "select a from AccountEntity a where a.username = :username")
@NamedQuery(name = AccountEntity.ALL, query = "select a from AccountEntity a order by a.username")
class AccountEntity {

  static final String BY_USERNAME = "AccountEntity.byUsername";
  static final String ALL = "AccountEntity.all";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 64)
  private String username;

  @Column(name = "display_name", nullable = false, length = 200)
  private String displayName;

  @Column(name = "password_hash", nullable = false, length = 100)
  private String passwordHash;

  @Column(nullable = false)
  private boolean enabled;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "parley_user_role", joinColumns = @JoinColumn(name = "user_id"))
  @Column(name = "role_name", nullable = false, length = 32)
  private Set<String> roleNames = new HashSet<>();

  @Version private long version;

  protected AccountEntity() {}

  AccountEntity(
      String username,
      String displayName,
      String passwordHash,
      Set<Role> roles,
      Instant createdAt) {
    this.username = username;
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.enabled = true;
    this.createdAt = createdAt;
    this.roleNames =
        roles.stream().map(Role::roleName).collect(Collectors.toCollection(HashSet::new));
  }

  Account toAccount() {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    roleNames.forEach(name -> roles.add(Role.fromName(name)));
    return new Account(new AccountId(id), username, displayName, roles, enabled, createdAt);
  }
}
