package dev.kith.adapter.postgres.content;

import dev.kith.application.graph.Scopes;
import static dev.kith.application.account.port.AccountFixtures.T0;
import static dev.kith.application.account.port.AccountFixtures.account;
import static dev.kith.application.content.port.ContentFixtures.comment;
import static dev.kith.application.content.port.ContentFixtures.likeId;
import static dev.kith.application.content.port.ContentFixtures.post;
import static dev.kith.application.graph.port.GraphFixtures.followId;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.adapter.postgres.PostgresTestDatabase;
import dev.kith.adapter.postgres.SocialAdapters;
import dev.kith.application.testing.Changes;
import dev.kith.application.content.port.PostView;
import dev.kith.domain.account.Account;
import dev.kith.domain.content.Post;
import dev.kith.domain.graph.FollowState;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Counts the SQL statements a page costs, with a JDBI {@link SqlLogger} on the shared Jdbi: one, whatever
 * the page size and however many authors the page spans (no N+1 for authors, counts or likedByMe). A
 * home-timeline page that crosses the feeds' horizon is the exception: two.
 */
class TimelineStatementCountTest {

    private static final int AUTHORS = 120;
    private static final int[] PAGE_SIZES = {1, 20, 100};

    @RegisterExtension
    static final PostgresTestDatabase DB = new PostgresTestDatabase();

    private static final AtomicInteger STATEMENTS = new AtomicInteger();

    private Account viewer;
    private Post popular;

    @BeforeAll
    static void countStatements() {
        DB.jdbi().getConfig(SqlStatements.class).setSqlLogger(new SqlLogger() {
            @Override
            public void logBeforeExecution(StatementContext context) {
                STATEMENTS.incrementAndGet();
            }
        });
    }

    @BeforeEach
    void manyAuthorsEachWithPostsLikesAndComments() {
        SocialAdapters db = SocialAdapters.on(DB.jdbi());
        viewer = account();
        List<Account> authors = new ArrayList<>();
        for (int i = 0; i < AUTHORS; i++) {
            authors.add(account());
        }
        Changes changes = db.changes();
        db.transactor().run(() -> {
            db.accounts().add(viewer);
            authors.forEach(db.accounts()::add);
            for (Account author : authors) {
                changes.follow(viewer.id(), author.id(), FollowState.FOLLOWING);
                changes.follow(author.id(), viewer.id(), FollowState.FOLLOWING);
            }
            popular = post(viewer.id());
            changes.publish(popular);
            // Two rounds, so that a page of 100 interleaves authors instead of taking one author's posts.
            for (int round = 0; round < 2; round++) {
                for (Account author : authors) {
                    Post post = post(author.id());
                    changes.publish(post);
                    db.likes().add(likeId(), post.id(), viewer.id(), T0);
                    db.likes().add(likeId(), popular.id(), author.id(), T0);
                    db.comments().add(comment(popular.id(), author.id()));
                }
            }
        });
    }

    // One method per kind of list rather than a parameterized test: the database is emptied before each
    // test, and building the data set is what costs time here.
    @Test
    void a_home_timeline_page_is_one_statement_whatever_its_size() {
        for (int limit : PAGE_SIZES) {
            homeTimelinePage(new PostgresContentQueries(DB.jdbi()), limit, 1, 1);
        }
    }

    @Test
    void below_the_feeds_horizon_a_page_is_one_statement_once_the_horizon_is_known() {
        DB.jdbi().useHandle(handle -> handle.execute("UPDATE home_feed_horizon SET post_id = 'ffffffff-ffff-ffff-ffff-ffffffffffff'"));
        for (int limit : PAGE_SIZES) {
            // the first page learns the horizon from the feed's (empty) answer, then reads on read
            homeTimelinePage(new PostgresContentQueries(DB.jdbi()), limit, 2, 1);
            // the same with the statement taking its scan branch (viewers following many accounts)
            homeTimelinePage(new PostgresContentQueries(DB.jdbi(), 0), limit, 2, 1);
        }
    }

    private void homeTimelinePage(PostgresContentQueries content, int limit, int firstStatements, int nextStatements) {
        List<PostView> first = counted(firstStatements, () -> content.homeTimeline(Scopes.of(viewer.id()), Optional.empty(), limit));
        List<PostView> next = counted(nextStatements,
                () -> content.homeTimeline(Scopes.of(viewer.id()), Optional.of(first.get(first.size() - 1).id()), limit));

        assertThat(first).hasSize(limit).allSatisfy(view -> assertThat(view.likedByMe()).isTrue());
        assertThat(next).hasSize(limit);
        assertThat(first.stream().map(view -> view.author().id()).distinct().count()).isEqualTo(Math.min(limit, AUTHORS));
    }

    @Test
    void the_other_lists_are_one_statement_a_page_whatever_its_size() {
        for (int limit : PAGE_SIZES) {
            otherListPages(limit);
        }
        singleReads();
    }

    private void otherListPages(int limit) {
        SocialAdapters db = SocialAdapters.on(DB.jdbi());

        assertThat(counted(1, () -> db.content().postsBy(viewer.id(), Scopes.of(viewer.id()), Optional.empty(), limit))).hasSize(1);
        assertThat(counted(1, () -> db.content().comments(popular.id(), Scopes.of(viewer.id()), Optional.empty(), limit))).hasSize(limit);
        assertThat(counted(1, () -> db.content().likers(popular.id(), Scopes.of(viewer.id()), Optional.empty(), limit))).hasSize(limit);
        assertThat(counted(1, () -> db.graph().followers(viewer.id(), Scopes.of(viewer.id()), Optional.empty(), limit))).hasSize(limit);
        assertThat(counted(1, () -> db.graph().following(viewer.id(), Scopes.of(viewer.id()), Optional.empty(), limit))).hasSize(limit);
        assertThat(counted(1, () -> db.profiles().search("user_", Scopes.of(viewer.id()), Optional.empty(), limit))).hasSize(limit);
    }

    private void singleReads() {
        SocialAdapters db = SocialAdapters.on(DB.jdbi());

        assertThat(counted(1, () -> db.content().post(popular.id(), viewer.id()))).isPresent();
        assertThat(counted(1, () -> db.content().likes(popular.id(), viewer.id())).likesCount()).isEqualTo(AUTHORS);
    }

    private static <T> T counted(int expected, Supplier<T> query) {
        STATEMENTS.set(0);
        T result = query.get();
        assertThat(STATEMENTS.get()).as("SQL statements run").isEqualTo(expected);
        return result;
    }
}
