package dev.kith.adapter.javalin.graph;

import dev.kith.domain.graph.FollowState;
import java.util.Locale;

/**
 * The body of a 200 from {@code POST /api/v1/users/{username}/follow}.
 *
 * @param state {@code following}, or {@code requested} while a private account has not answered
 */
public record FollowResponse(String state) {

    static FollowResponse of(FollowState state) {
        return new FollowResponse(state.name().toLowerCase(Locale.ROOT));
    }
}
