package dev.parley.account.internal;

import dev.parley.account.Account;
import dev.parley.account.AccountAlreadyExistsException;
import dev.parley.account.AccountService;
import dev.parley.account.NewAccount;
import dev.parley.platform.persistence.StoreDurability;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;

/** Stores accounts through JPA; the password is hashed here and never stored or logged plain. */
@Stateless
@Local(AccountService.class)
public class AccountServiceBean implements AccountService {

  private static final Logger LOG = Logger.getLogger(AccountServiceBean.class.getName());

  @PersistenceContext(unitName = "parley")
  EntityManager em;

  @Inject Clock clock;

  @Inject StoreDurability durability;

  @Inject Validator validator;

  private final PasswordHasher hasher = new PasswordHasher();

  @Override
  public Account create(NewAccount request) {
    var violations = validator.validate(Objects.requireNonNull(request, "account"));
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
    if (findEntity(request.username()).isPresent()) {
      throw new AccountAlreadyExistsException(request.username());
    }
    var entity =
        new AccountEntity(
            request.username(),
            request.displayName().strip(),
            hasher.hash(request.password().toCharArray()),
            request.roles(),
            clock.instant());
    em.persist(entity);
    em.flush();
    durability.flushAfterCommit(); // answered only once it would survive a kill -9
    Account account = entity.toAccount();
    LOG.info(
        () ->
            "event=account.created username=%s roles=%s"
                .formatted(account.username(), account.roles()));
    return account;
  }

  @Override
  public Optional<Account> findByUsername(String username) {
    return findEntity(username).map(AccountEntity::toAccount);
  }

  @Override
  public List<Account> list() {
    return em.createNamedQuery(AccountEntity.ALL, AccountEntity.class)
        .getResultStream()
        .map(AccountEntity::toAccount)
        .toList();
  }

  private Optional<AccountEntity> findEntity(String username) {
    return em.createNamedQuery(AccountEntity.BY_USERNAME, AccountEntity.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }
}
