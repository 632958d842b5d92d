package dev.kith.adapter.media;

import dev.kith.application.media.port.ProcessedImage;
import dev.kith.domain.media.MediaFormat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Processes the given JPEGs all at once, one thread each, with the default settings; run by
 * {@link ConcurrentUploadsTest} in a JVM of little heap. Exits 0 when every upload succeeded, 1 otherwise.
 */
public final class ConcurrentUploads {

    private ConcurrentUploads() {
    }

    /** {@code args}: the output folder, then the JPEGs. */
    public static void main(String[] args) throws Exception {
        ImageIoMediaProcessor processor = ImageIoMediaProcessor.withDefaults();
        System.out.println("max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB, concurrent decodes "
                + processor.settings().maxConcurrentDecodes());
        Path out = Path.of(args[0]);
        ExecutorService threads = Executors.newFixedThreadPool(args.length - 1);
        List<Future<ProcessedImage>> uploads = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            Path original = Path.of(args[i]);
            int n = i;
            uploads.add(threads.submit(() -> processor.processImage(original, MediaFormat.JPEG,
                    out.resolve("display-" + n + ".jpg"), out.resolve("thumbnail-" + n + ".jpg"))));
        }
        int failed = 0;
        for (Future<ProcessedImage> upload : uploads) {
            try {
                System.out.println("processed " + upload.get().display());
            } catch (Exception e) {
                failed++;
                e.printStackTrace(System.out);
            }
        }
        threads.shutdown();
        System.exit(failed == 0 ? 0 : 1);
    }
}
