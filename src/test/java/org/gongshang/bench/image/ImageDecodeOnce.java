package org.gongshang.bench.image;

import java.nio.file.Files;
import java.nio.file.Path;

import org.gongshang.shared.image.ImageProperties;
import org.gongshang.shared.image.ImageSanitizer;
import org.gongshang.support.ImageFixtures;

/**
 * One run for {@link ImageDecodeBenchmark}'s heap measurement, in a JVM of a given {@code -Xmx}: reads
 * the picture, warms the image classes up on a small one, and then — given the outcome the benchmark
 * saw with a large heap — sanitises the picture. Exits 0 when it came to that outcome, 1 otherwise: the
 * PNG reader reports running out of memory as an unreadable file, which would look like a refusal.
 */
public final class ImageDecodeOnce {

    private ImageDecodeOnce() {
    }

    public static void main(String[] args) {
        try {
            byte[] picture = Files.readAllBytes(Path.of(args[0]));
            ImageSanitizer sanitizer = new ImageSanitizer(ImageProperties.defaults());
            ImageDecodeBenchmark.sanitizeOrRefuse(sanitizer, ImageFixtures.withOrientation(ImageFixtures.jpeg(64, 48), 6));
            ImageDecodeBenchmark.sanitizeOrRefuse(sanitizer, ImageFixtures.png(64, 48));
            String expected = args.length > 1 ? args[1] : "";
            if (!expected.isEmpty() && !ImageDecodeBenchmark.describe(sanitizer, picture).equals(expected)) {
                System.exit(1);
            }
            System.exit(0);
        } catch (OutOfMemoryError | Exception tooSmall) {
            System.exit(1);
        }
    }
}
