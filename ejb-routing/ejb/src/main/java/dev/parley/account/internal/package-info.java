/**
 * JPA mapping, password hashing and the EJB implementing {@link dev.parley.account.AccountService}.
 */
package dev.parley.account.internal;
