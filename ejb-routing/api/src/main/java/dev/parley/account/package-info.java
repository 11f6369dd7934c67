/**
 * Who may use Parley: agents, supervisors and administrators with hashed passwords and roles. The
 * service ({@link dev.parley.account.AccountService}) validates its input; the Elytron realm
 * configured on the server authenticates against the same tables.
 */
package dev.parley.account;
