package dev.kith.application.account;

import dev.kith.application.account.port.AccountRepository;
import dev.kith.application.media.Attachments;
import dev.kith.application.shared.Actor;
import dev.kith.domain.account.AccountErrors;

/** Reads the signed-in account, email address included. */
public final class GetOwnAccount {

    private final AccountRepository accounts;
    private final Attachments media;

    GetOwnAccount(AccountRepository accounts, Attachments media) {
        this.accounts = accounts;
        this.media = media;
    }

    /**
     * The actor's own account.
     *
     * @param actor a signed-in account
     * @param query nothing to choose; present for symmetry with every other use case
     * @throws AccountErrors.InvalidAccessToken when nobody is signed in, or the account was erased
     */
    public AccountView execute(Actor actor, Query query) {
        return accounts.findById(actor.requireAccount())
                .map(account -> AccountView.of(account, media.avatarFile(account.profile().avatar())))
                .orElseThrow(() -> new AccountErrors.InvalidAccessToken("The account no longer exists."));
    }

    /** Nothing to choose. */
    public record Query() {
    }
}
