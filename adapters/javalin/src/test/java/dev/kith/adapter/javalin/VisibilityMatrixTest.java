package dev.kith.adapter.javalin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.adapter.javalin.TestServer.Reply;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who gets what, over HTTP: every actor against every endpoint that reads or acts on an account's
 * content, for a private and for a public account. The tables below are the contract: a private thing
 * you may not see is 404 (never 403), a private account's profile is still 200, a block either way is 404
 * everywhere, and deleting someone else's post you can see is 403.
 */
class VisibilityMatrixTest {

    /** The account whose things are looked at. */
    enum Kind { PRIVATE, PUBLIC }

    /** Who looks. */
    enum Who {
        OWNER, FOLLOWER, REQUESTER, STRANGER, BLOCKED_BY_OWNER, BLOCKING_OWNER, ANONYMOUS
    }

    /** What they do; {@code {owner}} and {@code {post}} are filled in. */
    enum Endpoint {
        GET_PROFILE("GET", "/api/v1/users/{owner}"),
        LIST_POSTS("GET", "/api/v1/users/{owner}/posts"),
        LIST_FOLLOWERS("GET", "/api/v1/users/{owner}/followers"),
        LIST_FOLLOWING("GET", "/api/v1/users/{owner}/following"),
        GET_POST("GET", "/api/v1/posts/{post}"),
        LIKE("POST", "/api/v1/posts/{post}/like"),
        UNLIKE("DELETE", "/api/v1/posts/{post}/like"),
        COMMENT("POST", "/api/v1/posts/{post}/comments"),
        LIST_COMMENTS("GET", "/api/v1/posts/{post}/comments"),
        LIST_LIKES("GET", "/api/v1/posts/{post}/likes"),
        DELETE_POST("DELETE", "/api/v1/posts/{fresh post}");

        final String method;
        final String path;

        Endpoint(String method, String path) {
            this.method = method;
            this.path = path;
        }
    }

    //                              OWNER FOLLOWER REQUESTER STRANGER BLOCKED_BY BLOCKING ANONYMOUS
    private static final String PRIVATE_TABLE = """
            GET_PROFILE              200   200      200       200      404        404      401
            LIST_POSTS               200   200      404       404      404        404      401
            LIST_FOLLOWERS           200   200      404       404      404        404      401
            LIST_FOLLOWING           200   200      404       404      404        404      401
            GET_POST                 200   200      404       404      404        404      401
            LIKE                     200   200      404       404      404        404      401
            UNLIKE                   200   200      404       404      404        404      401
            COMMENT                  201   201      404       404      404        404      401
            LIST_COMMENTS            200   200      404       404      404        404      401
            LIST_LIKES               200   200      404       404      404        404      401
            DELETE_POST              204   403      404       404      404        404      401
            """;

    // on the public account, the requester asked while it was private; going public accepted the request
    private static final String PUBLIC_TABLE = """
            GET_PROFILE              200   200      200       200      404        404      401
            LIST_POSTS               200   200      200       200      404        404      401
            LIST_FOLLOWERS           200   200      200       200      404        404      401
            LIST_FOLLOWING           200   200      200       200      404        404      401
            GET_POST                 200   200      200       200      404        404      401
            LIKE                     200   200      200       200      404        404      401
            UNLIKE                   200   200      200       200      404        404      401
            COMMENT                  201   201      201       201      404        404      401
            LIST_COMMENTS            200   200      200       200      404        404      401
            LIST_LIKES               200   200      200       200      404        404      401
            DELETE_POST              204   403      403       403      404        404      401
            """;

    private static TestServer server;
    private static final Map<Kind, Map<Who, String>> TOKENS = new EnumMap<>(Kind.class);
    private static final Map<Kind, String> POSTS = new EnumMap<>(Kind.class);

    @BeforeAll
    static void buildTheWorld() {
        server = new TestServer();
        for (Kind kind : Kind.values()) {
            String owner = owner(kind);
            Map<Who, String> tokens = new EnumMap<>(Who.class);
            for (Who who : Who.values()) {
                if (who != Who.ANONYMOUS) {
                    tokens.put(who, server.accessToken(who == Who.OWNER ? owner : username(kind, who)));
                }
            }
            String ownerToken = tokens.get(Who.OWNER);
            server.makePrivate(ownerToken);
            for (Who who : List.of(Who.FOLLOWER, Who.BLOCKED_BY_OWNER, Who.BLOCKING_OWNER, Who.REQUESTER)) {
                assertThat(server.follow(tokens.get(who), owner)).isEqualTo("requested");
                if (who != Who.REQUESTER) {
                    server.accept(ownerToken, username(kind, who));
                }
            }
            // the owner follows someone too, so its following list has something to hide
            server.follow(ownerToken, username(kind, Who.STRANGER));
            server.block(ownerToken, username(kind, Who.BLOCKED_BY_OWNER));
            server.block(tokens.get(Who.BLOCKING_OWNER), owner);
            if (kind == Kind.PUBLIC) {
                server.patch("/api/v1/me", "{\"private\":false}", ownerToken).expect(200);
            }
            POSTS.put(kind, server.publish(ownerToken, "the " + kind + " account's post"));
            TOKENS.put(kind, tokens);
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Stream<Arguments> cells() {
        List<Arguments> cells = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            for (String row : (kind == Kind.PRIVATE ? PRIVATE_TABLE : PUBLIC_TABLE).strip().split("\n")) {
                String[] columns = row.strip().split("\\s+");
                Endpoint endpoint = Endpoint.valueOf(columns[0]);
                for (Who who : Who.values()) {
                    cells.add(Arguments.of(kind, who, endpoint, Integer.parseInt(columns[1 + who.ordinal()])));
                }
            }
        }
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} account, {1}: {2} -> {3}")
    @MethodSource("cells")
    void each_actor_gets_exactly_the_status_the_contract_names(Kind kind, Who who, Endpoint endpoint, int expected) {
        String token = TOKENS.get(kind).get(who);
        String post = endpoint == Endpoint.DELETE_POST
                ? server.publish(TOKENS.get(kind).get(Who.OWNER), "one to delete") : POSTS.get(kind);
        String path = endpoint.path.replace("{owner}", owner(kind)).replace("{fresh post}", post).replace("{post}", post);

        Reply reply = endpoint == Endpoint.COMMENT
                ? server.post(path, "{\"text\":\"a comment\"}", token)
                : server.call(endpoint.method, path, token);

        assertThat(reply.status()).as(reply.body()).isEqualTo(expected);
        if (expected >= 400) {
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
            assertThat(reply.code()).isEqualTo(switch (expected) {
                case 401 -> "invalid_token";
                case 403 -> "forbidden";
                default -> "not_found";
            });
        }
    }

    private static String owner(Kind kind) {
        return kind == Kind.PRIVATE ? "private_owner" : "public_owner";
    }

    private static String username(Kind kind, Who who) {
        return (kind == Kind.PRIVATE ? "priv_" : "pub_") + who.name().toLowerCase();
    }
}
