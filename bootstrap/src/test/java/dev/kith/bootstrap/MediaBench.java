package dev.kith.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.adapter.media.ImageIoMediaProcessor;
import dev.kith.domain.media.MediaFormat;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Media throughput (docs/performance.md, "Media"): 12-megapixel JPEGs through the image processor
 * directly and through HTTP against the packaged jar, and a large video's upload rate. Not a test: run it
 * with bootstrap/bench/run-media-bench.sh (failsafe runs it only when named with -Dit.test=MediaBench).
 */
class MediaBench {

    private static final int PHOTOS = 16;

    @TempDir
    Path temp;

    @Test
    void measure() throws Exception {
        Path photo = Files.write(temp.resolve("photo.jpg"), MediaUploads.photo(4000, 3000));
        StringBuilder report = new StringBuilder();
        report.append(String.format("12 MP JPEG: %d bytes%n", Files.size(photo)));

        ImageIoMediaProcessor processor = ImageIoMediaProcessor.withDefaults();
        for (int threads : new int[] {1, 2}) {
            process(processor, photo, threads, 4);
            long start = System.nanoTime();
            process(processor, photo, threads, PHOTOS);
            double seconds = (System.nanoTime() - start) / 1e9;
            report.append(String.format("processor, %d thread(s): %d images in %.2f s = %.2f images/s%n",
                    threads, PHOTOS, seconds, PHOTOS / seconds));
        }

        Path data = temp.resolve("data");
        try (KithProcess kith = KithProcess.launch(Map.of("DATA_DIR", data.toString(), "RATE_LIMITS", "off"),
                temp.resolve("kith.log"), List.of("-Xmx512m"))) {
            kith.awaitReady();
            String token = MediaUploads.signUp(new HttpClientFixture(kith.port()), data, "bench");
            URI base = URI.create(kith.base());
            HttpClient client = HttpClient.newBuilder().build();
            for (int concurrency : new int[] {1, 2, 4}) {
                upload(client, base, token, photo, concurrency, 4);
                long start = System.nanoTime();
                upload(client, base, token, photo, concurrency, PHOTOS);
                double seconds = (System.nanoTime() - start) / 1e9;
                report.append(String.format("HTTP, %d concurrent uploads: %d images in %.2f s = %.2f images/s%n",
                        concurrency, PHOTOS, seconds, PHOTOS / seconds));
            }
            Path video = MediaUploads.paddedMp4(temp.resolve("video.mp4"), 100L * 1024 * 1024 - 1024);
            double mib = Files.size(video) / (1024.0 * 1024.0);
            upload(client, base, token, video, 1, 1);
            for (int run = 1; run <= 3; run++) {
                long start = System.nanoTime();
                HttpResponse<String> response = MediaUploads.send(client, MediaUploads.upload(base, token, video, "v.mp4", "video/mp4"));
                double seconds = (System.nanoTime() - start) / 1e9;
                assertThat(response.statusCode()).isEqualTo(201);
                report.append(String.format("HTTP video upload %d: %.0f MiB in %.2f s = %.1f MiB/s%n", run, mib, seconds,
                        mib / seconds));
            }
        }
        System.out.print(report);
        Files.writeString(Path.of("target", "media-bench.txt"), report);
    }

    private static void process(ImageIoMediaProcessor processor, Path photo, int threads, int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    while (next.getAndIncrement() < count) {
                        Path display = Files.createTempFile("bench-display", ".jpg");
                        Path thumbnail = Files.createTempFile("bench-thumb", ".jpg");
                        try {
                            processor.processImage(photo, MediaFormat.JPEG, display, thumbnail);
                        } finally {
                            Files.deleteIfExists(display);
                            Files.deleteIfExists(thumbnail);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void upload(HttpClient client, URI base, String token, Path file, int concurrency, int count)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        AtomicInteger next = new AtomicInteger();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < concurrency; t++) {
                workers.add(pool.submit(() -> {
                    while (next.getAndIncrement() < count) {
                        HttpResponse<String> response = MediaUploads.send(client,
                                MediaUploads.upload(base, token, file, file.getFileName().toString(),
                                        file.toString().endsWith(".mp4") ? "video/mp4" : "image/jpeg"));
                        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
