package dev.kith.domain.graph;

import dev.kith.domain.shared.InvalidInput;
import dev.kith.domain.shared.NotFound;
import java.util.List;

/** The failures of the social graph. */
public final class GraphErrors {

    private GraphErrors() {
    }

    /** Following, blocking or accepting yourself makes no sense. */
    public static final class NotWithYourself extends InvalidInput {
        public NotWithYourself(String action) {
            super("not_with_yourself", "You cannot " + action + " yourself.", List.of());
        }
    }

    /** No pending follow request from that account. */
    public static final class NoSuchFollowRequest extends NotFound {
        public NoSuchFollowRequest() {
            super("not_found", "No pending follow request from that account.");
        }
    }
}
