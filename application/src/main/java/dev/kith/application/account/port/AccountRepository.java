package dev.kith.application.account.port;

import dev.kith.domain.account.Account;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.account.EmailAddress;
import dev.kith.domain.account.Username;
import java.util.Optional;

/**
 * Stores accounts. Usernames and email addresses are unique regardless of case. Thread-safe; joins the
 * caller's transaction.
 */
public interface AccountRepository {

    /**
     * Stores a new account.
     *
     * @throws dev.kith.domain.account.AccountErrors.UsernameTaken when another account has the username
     * @throws dev.kith.domain.account.AccountErrors.EmailTaken when another account has the email address
     */
    void add(Account account);

    /**
     * Stores a changed account, provided nobody stored a change since it was read.
     *
     * @throws dev.kith.domain.account.AccountErrors.ConcurrentAccountChange when its version is stale
     * @throws dev.kith.domain.account.AccountErrors.AccountNotFound when it no longer exists
     */
    void update(Account account);

    /** The account with that id. */
    Optional<Account> findById(AccountId id);

    /** The account with that username, in any case. */
    Optional<Account> findByUsername(Username username);

    /** The account with that email address, in any case. */
    Optional<Account> findByEmail(EmailAddress email);

    /** Erases the account; erasing an absent one does nothing. */
    void delete(AccountId id);
}
