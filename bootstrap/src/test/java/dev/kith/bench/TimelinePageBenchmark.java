package dev.kith.bench;

import dev.kith.adapter.javalin.HttpSettings;
import dev.kith.adapter.javalin.content.PostResponse;
import dev.kith.adapter.javalin.internal.Json;
import dev.kith.adapter.javalin.shared.PageResponse;
import dev.kith.adapter.inmemory.InMemoryKith;
import dev.kith.application.account.port.AccountSummary;
import dev.kith.application.media.MediaLinks;
import dev.kith.application.media.port.StorageKey;
import dev.kith.application.content.port.PostView;
import dev.kith.application.shared.Page;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.content.PostId;
import io.javalin.json.JavalinJackson;
import io.javalin.json.JsonMapper;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Rendering one home-timeline page of 20 posts the way {@code GET /api/v1/timelines/home} does:
 * {@code ctx.json(PageResponse.of(page, PostResponse::of))}, where Javalin's {@code ctx.json} is
 * {@code JavalinJackson.toJsonString} on the server's mapper ({@link Json#mapper}) followed by
 * {@code String.getBytes(UTF-8)} in {@code ctx.result(String)}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class TimelinePageBenchmark {

    static final int PAGE_SIZE = 20;
    static final String NEXT_CURSOR = "eyJ0IjoiMjAyNi0xMS0yM1QxNzo1OToxMVoiLCJpZCI6IjAxOTBhMWIyIn0";

    /**
     * {@code PostResponse.of} is package-private (only ContentRoutes calls it); a private lookup reaches the
     * production method itself rather than a copy of it. A static final handle is inlined by the JIT like
     * the method reference in ContentRoutes.
     */
    private static final MethodHandle POST_RESPONSE_OF;

    // signs avatar links as the server does (an HMAC per link)
    private static final MediaLinks LINKS = InMemoryKith.create(java.time.Clock.systemUTC()).kith().media().links();

    static {
        try {
            POST_RESPONSE_OF = MethodHandles.privateLookupIn(PostResponse.class, MethodHandles.lookup())
                    .findStatic(PostResponse.class, "of", MethodType.methodType(PostResponse.class, PostView.class, MediaLinks.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    static final Function<PostView, PostResponse> RENDER = post -> {
        try {
            return (PostResponse) POST_RESPONSE_OF.invokeExact(post, LINKS);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    };

    JsonMapper json;
    Page<PostView> page;
    PageResponse<PostResponse> rendered;

    @Setup
    public void setUp() {
        // KithHttpServer: new JavalinJackson(Json.mapper(settings.maxRequestBytes()), virtualThreads); JDK 17 has none
        json = new JavalinJackson(Json.mapper(HttpSettings.defaults().maxRequestBytes()), false);
        page = homePage();
        rendered = PageResponse.of(page, RENDER);
    }

    /** PostView to PostResponse for 20 posts, then the JSON bytes of the page: the handler's whole rendering. */
    @Benchmark
    public byte[] renderAndWrite() {
        return write(PageResponse.of(page, RENDER));
    }

    /** Only Jackson and the UTF-8 encoding, on an already mapped page. */
    @Benchmark
    public byte[] writeOnly() {
        return write(rendered);
    }

    private byte[] write(PageResponse<PostResponse> response) {
        return json.toJsonString(response, response.getClass()).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A first page as the home timeline returns it: 20 posts by 8 authors (some with display name and
     * avatar), texts of about 150 characters with a mention, a link or an accented letter here and there,
     * counts, the viewer's likes, and a next cursor. Deterministic. One post carries an emoji, as real pages
     * often do; that one character outside Latin-1 makes the whole page's JSON String UTF-16 inside the JVM,
     * which changes what {@code getBytes(UTF-8)} costs, so the smoke test keeps it there.
     */
    static Page<PostView> homePage() {
        Random random = new Random(42);
        List<AccountSummary> authors = new ArrayList<>();
        String[] names = {"alice", "bob_the_builder", "carol", "dave42", "eve", "frank.ocean", "grace_h", "heidi"};
        for (int i = 0; i < names.length; i++) {
            String name = names[i];
            authors.add(new AccountSummary(new AccountId(uuidV7(random, 1_750_000_000_000L + i * 1000L)), name,
                    i % 4 == 3 ? Optional.empty() : Optional.of(Character.toUpperCase(name.charAt(0)) + name.substring(1)
                            + (i % 3 == 0 ? " Müller" : "")),
                    i % 2 == 0 ? Optional.of(new StorageKey("media/av/" + uuidV7(random, 1_760_000_000_000L).toString().replace("-", "") + "/thumbnail.jpg"))
                            : Optional.empty()));
        }
        String[] sentences = {
                "Spent the morning refactoring the feed query and it is finally fast enough.",
                "Anyone else going to the meetup on Thursday? @carol said there will be pizza.",
                "Coffee, code, repeat. Today's soundtrack is the new album, on loop since 7 am.",
                "Read https://example.org/blog/keyset-pagination and it changed how I paginate.",
                "Le café était excellent ce matin, et le croissant aussi. Bonne journée à tous !",
                "Reminder: back up your photos. Lost a phone last week and almost lost 3 years ☕📷.",
        };
        Instant newest = Instant.parse("2026-11-23T18:00:00.123456Z");
        List<PostView> posts = new ArrayList<>();
        for (int i = 0; i < PAGE_SIZE; i++) {
            AccountSummary author = authors.get(random.nextInt(authors.size()));
            String text = sentences[random.nextInt(sentences.length)] + " " + sentences[random.nextInt(sentences.length)];
            Instant createdAt = newest.minusSeconds(37L * i + random.nextInt(30));
            posts.add(new PostView(new PostId(uuidV7(random, createdAt.toEpochMilli())), author,
                    cut(text, 150 + random.nextInt(10)), List.of(), Optional.empty(),
                    random.nextInt(250), random.nextInt(40), random.nextInt(4) == 0, createdAt));
        }
        return new Page<>(posts, Optional.of(NEXT_CURSOR));
    }

    /** At most {@code length} chars of {@code text}, never splitting a surrogate pair. */
    private static String cut(String text, int length) {
        if (text.length() <= length) {
            return text;
        }
        return text.substring(0, Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length);
    }

    /** A UUIDv7 (RFC 9562) for {@code millis}, like the server's ids, with seeded random bits. */
    private static UUID uuidV7(Random random, long millis) {
        long msb = (millis << 16) | 0x7000L | (random.nextInt() & 0x0FFFL);
        long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }
}
