package dev.kith.application.notification;

import dev.kith.domain.account.AccountId;
import dev.kith.domain.content.PostId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The lock keys that order a notification's writing against the retractions that could undo it. */
final class Locks {

    private Locks() {
    }

    /** What writing a notification locks: its cause, its post (if any), and the pair of accounts. */
    static List<String> of(String cause, Optional<PostId> post, AccountId recipient, AccountId actor) {
        List<String> keys = new ArrayList<>();
        keys.add(cause(cause));
        post.ifPresent(id -> keys.add(post(id)));
        keys.add(between(recipient, actor));
        return keys;
    }

    static String cause(String cause) {
        return "cause:" + cause;
    }

    static String post(PostId post) {
        return "post:" + post;
    }

    /** The same key whichever way round. */
    static String between(AccountId one, AccountId other) {
        String a = one.toString();
        String b = other.toString();
        return a.compareTo(b) < 0 ? "between:" + a + ":" + b : "between:" + b + ":" + a;
    }
}
