package dev.kith.domain.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.domain.account.AccountId;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The visibility table in the domain: who sees a private or public account and its content. The HTTP
 * matrix (adapters/javalin VisibilityMatrixTest) checks the same table through every route.
 */
class AudienceTest {

    private static final AccountId OWNER = new AccountId(UUID.fromString("00000000-0000-7000-8000-000000000001"));
    private static final AccountId VIEWER = new AccountId(UUID.fromString("00000000-0000-7000-8000-000000000002"));

    /** How the viewer stands to the owner, as the HTTP matrix names it. */
    enum Who {
        OWNER(Relationship.NONE),
        FOLLOWER(new Relationship(true, false, false, false, false)),
        REQUESTER(new Relationship(false, false, true, false, false)),
        STRANGER(Relationship.NONE),
        FOLLOWED_BY_OWNER(new Relationship(false, true, false, false, false)),
        BLOCKED_BY_OWNER(new Relationship(false, false, false, false, true)),
        BLOCKING_OWNER(new Relationship(false, false, false, true, false)),
        FOLLOWER_BLOCKED_BY_OWNER(new Relationship(true, false, false, false, true));

        final Relationship relationship;

        Who(Relationship relationship) {
            this.relationship = relationship;
        }

        Audience of(boolean ownerPrivate) {
            return new Audience(this == Who.OWNER ? AudienceTest.OWNER : VIEWER, AudienceTest.OWNER, ownerPrivate, relationship);
        }
    }

    //                         private account: account content follow | public account: account content follow
    static Stream<Arguments> table() {
        return Stream.of(
                Arguments.of(Who.OWNER, true, true, false, true, true, false),
                Arguments.of(Who.FOLLOWER, true, true, true, true, true, true),
                Arguments.of(Who.REQUESTER, true, false, true, true, true, true),
                Arguments.of(Who.STRANGER, true, false, true, true, true, true),
                Arguments.of(Who.FOLLOWED_BY_OWNER, true, false, true, true, true, true),
                Arguments.of(Who.BLOCKED_BY_OWNER, false, false, false, false, false, false),
                Arguments.of(Who.BLOCKING_OWNER, false, false, false, false, false, false),
                Arguments.of(Who.FOLLOWER_BLOCKED_BY_OWNER, false, false, false, false, false, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void who_sees_what_of_a_private_and_a_public_account(Who who, boolean privateAccount, boolean privateContent,
                                                          boolean privateFollow, boolean publicAccount,
                                                          boolean publicContent, boolean publicFollow) {
        Audience ofPrivate = who.of(true);
        Audience ofPublic = who.of(false);

        assertThat(ofPrivate.seesAccount()).as("sees the private account").isEqualTo(privateAccount);
        assertThat(ofPrivate.seesContent()).as("sees the private account's content").isEqualTo(privateContent);
        assertThat(ofPrivate.mayFollow()).as("may follow the private account").isEqualTo(privateFollow);
        assertThat(ofPublic.seesAccount()).as("sees the public account").isEqualTo(publicAccount);
        assertThat(ofPublic.seesContent()).as("sees the public account's content").isEqualTo(publicContent);
        assertThat(ofPublic.mayFollow()).as("may follow the public account").isEqualTo(publicFollow);
    }

    @Test
    void an_account_always_sees_itself_whatever_its_relationship_says() {
        Audience self = new Audience(OWNER, OWNER, true, new Relationship(false, false, false, true, true));

        assertThat(self.self()).isTrue();
        assertThat(self.seesAccount()).isTrue();
        assertThat(self.seesContent()).isTrue();
        assertThat(self.mayFollow()).isFalse();
    }
}
