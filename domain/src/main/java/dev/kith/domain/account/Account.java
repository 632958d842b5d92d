package dev.kith.domain.account;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A person's account: credentials, verified email and profile. Immutable: changes return a new state
 * carrying the version it was read at, and the repository refuses to overwrite a newer one.
 */
public final class Account {

    private final AccountId id;
    private final Username username;
    private final EmailAddress email;
    private final PasswordHash passwordHash;
    private final Optional<Instant> emailVerifiedAt;
    private final Profile profile;
    private final Instant createdAt;
    private final long version;

    private Account(AccountId id, Username username, EmailAddress email, PasswordHash passwordHash,
                    Optional<Instant> emailVerifiedAt, Profile profile, Instant createdAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.username = Objects.requireNonNull(username, "username");
        this.email = Objects.requireNonNull(email, "email");
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.emailVerifiedAt = Objects.requireNonNull(emailVerifiedAt, "emailVerifiedAt");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.version = version;
    }

    /** A new, unverified, public account. */
    public static Account create(AccountId id, Username username, EmailAddress email, PasswordHash passwordHash, Instant now) {
        return new Account(id, username, email, passwordHash, Optional.empty(), Profile.initial(), now, 0);
    }

    /** An account as it was stored. */
    public static Account restore(AccountId id, Username username, EmailAddress email, PasswordHash passwordHash,
                                  Optional<Instant> emailVerifiedAt, Profile profile, Instant createdAt, long version) {
        return new Account(id, username, email, passwordHash, emailVerifiedAt, profile, createdAt, version);
    }

    /** Marks the email verified; verifying twice keeps the first time. */
    public Account verifyEmail(Instant now) {
        if (emailVerifiedAt.isPresent()) {
            return this;
        }
        return new Account(id, username, email, passwordHash, Optional.of(now), profile, createdAt, version);
    }

    /** Replaces the password hash, after a reset or a re-hash with stronger parameters. */
    public Account withPasswordHash(PasswordHash newHash) {
        return new Account(id, username, email, newHash, emailVerifiedAt, profile, createdAt, version);
    }

    /** Replaces the profile. */
    public Account withProfile(Profile newProfile) {
        return new Account(id, username, email, passwordHash, emailVerifiedAt, newProfile, createdAt, version);
    }

    /** Refuses to sign in an account whose email is not verified yet. */
    public void requireVerifiedEmail() {
        if (emailVerifiedAt.isEmpty()) {
            throw new AccountErrors.EmailNotVerified();
        }
    }

    public AccountId id() {
        return id;
    }

    public Username username() {
        return username;
    }

    public EmailAddress email() {
        return email;
    }

    public PasswordHash passwordHash() {
        return passwordHash;
    }

    public boolean emailVerified() {
        return emailVerifiedAt.isPresent();
    }

    public Optional<Instant> emailVerifiedAt() {
        return emailVerifiedAt;
    }

    public Profile profile() {
        return profile;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** The stored version this state was read at (0 for a new account); storage refuses to overwrite a newer one. */
    public long version() {
        return version;
    }

    @Override
    public String toString() {
        return "Account[" + id + ", " + username + "]";
    }
}
