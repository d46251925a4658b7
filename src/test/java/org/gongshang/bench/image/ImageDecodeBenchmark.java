package org.gongshang.bench.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.gongshang.shared.DomainException;
import org.gongshang.shared.image.ImageProperties;
import org.gongshang.shared.image.ImageSanitizer;
import org.gongshang.shared.image.SanitizedImage;
import org.gongshang.support.ImageFixtures;

/**
 * What one uploaded picture costs the {@link ImageSanitizer} with the default limits: the worst
 * pictures it accepts (at the pixel limit: a noisy phone photo lying on its side, a PNG with
 * transparency) and the ones it refuses (the 16-bit 6300×6300 PNG of issue 11, a 40-megapixel PNG).
 * For each it prints the time to decode and the time of the whole sanitising (median of five after
 * three to warm up, and its CPU time), and the extra heap the sanitising needs: the smallest
 * {@code -Xmx} in which a fresh JVM ({@link ImageDecodeOnce}) sanitises the picture, less the smallest
 * in which it does everything but that (found by bisection to 1 MB, with a 1 MB young generation so
 * that the figure is the live peak, not garbage). Run with bench/image-decode/run.sh; never a test.
 */
public final class ImageDecodeBenchmark {

    /** The largest file any module takes (consultation and progress-report attachments). */
    static final long MAX_BYTES = 10 * 1024 * 1024;

    public static void main(String[] args) throws Exception {
        ImageProperties limits = ImageProperties.defaults();
        System.out.printf("java %s, %d cores, load average %s; max-pixels %,d%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Files.readString(Path.of("/proc/loadavg")).split(" ")[0],
                limits.maxPixels());
        Path dir = Files.createTempDirectory("image-decode");
        List<Case> cases = List.of(
                new Case("JPEG 4096×3072 noisy photo, EXIF orientation 6 (turned)", ImageFixtures.withOrientation(noisyJpeg(4096, 3072), 6)),
                new Case("JPEG 4096×3072 noisy photo, upright", noisyJpeg(4096, 3072)),
                new Case("PNG 4096×3072 RGBA (transparency)", rgbaPng(4096, 3072)),
                new Case("PNG 6300×6300 16-bit (refused)", ImageFixtures.png16(6300, 6300)),
                new Case("PNG 6300×6300 8-bit (refused)", sparsePng(6300, 6300)));
        ImageSanitizer sanitizer = new ImageSanitizer(limits);
        String classpath = System.getProperty("java.class.path");
        for (Case c : cases) {
            Path file = dir.resolve(c.name().replaceAll("[^A-Za-z0-9]+", "-") + ".img");
            Files.write(file, c.bytes());
            System.out.printf("%n%s: %,d bytes%n", c.name(), c.bytes().length);
            String outcome = describe(sanitizer, c.bytes());
            System.out.println("  outcome: " + outcome);
            double[] decode = new double[5];
            double[] decodeCpu = new double[5];
            double[] whole = new double[5];
            double[] wholeCpu = new double[5];
            var threads = ManagementFactory.getThreadMXBean();
            for (int run = -3; run < 5; run++) {
                long t0 = System.nanoTime();
                long c0 = threads.getCurrentThreadCpuTime();
                decodeOnly(c.bytes());
                long t1 = System.nanoTime();
                long c1 = threads.getCurrentThreadCpuTime();
                sanitizeOrRefuse(sanitizer, c.bytes());
                long t2 = System.nanoTime();
                long c2 = threads.getCurrentThreadCpuTime();
                if (run >= 0) {
                    decode[run] = (t1 - t0) / 1e6;
                    decodeCpu[run] = (c1 - c0) / 1e6;
                    whole[run] = (t2 - t1) / 1e6;
                    wholeCpu[run] = (c2 - c1) / 1e6;
                }
            }
            // On a shared machine the wall time includes waiting for a core; the CPU time is this picture's own cost.
            System.out.printf("  decode only (ImageReader.read): %,.1f ms CPU, %,.1f ms wall (medians)%n", median(decodeCpu),
                    median(decode));
            System.out.printf("  sanitise (header check, decode, turn, re-encode): %,.1f ms CPU, %,.1f ms wall (medians)%n",
                    median(wholeCpu), median(whole));
            int baseline = smallestHeap(classpath, file, "");
            int needed = smallestHeap(classpath, file, outcome);
            System.out.printf("  extra heap: %d MB (smallest -Xmx %d MB, without sanitising %d MB)%n", needed - baseline, needed,
                    baseline);
        }
    }

    record Case(String name, byte[] bytes) {
    }

    static String describe(ImageSanitizer sanitizer, byte[] bytes) {
        try {
            SanitizedImage clean = sanitizer.sanitize(bytes, MAX_BYTES, "bench.image", "file");
            return "accepted, " + clean.width() + "×" + clean.height() + " " + clean.contentType() + ", " + clean.bytes().length
                    + " bytes";
        } catch (DomainException refused) {
            return "refused (" + refused.messageKey() + ")";
        }
    }

    static void sanitizeOrRefuse(ImageSanitizer sanitizer, byte[] bytes) {
        try {
            sanitizer.sanitize(bytes, MAX_BYTES, "bench.image", "file");
        } catch (DomainException refused) {
            // the refusal is what is measured
        }
    }

    /** The pixels alone, as the sanitiser decodes them; nothing for a picture it refuses before decoding. */
    private static void decodeOnly(byte[] bytes) throws IOException {
        try (var input = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader reader = ImageIO.getImageReaders(input).next();
            try {
                reader.setInput(input, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) <= ImageProperties.defaults().maxPixels()) {
                    reader.read(0);
                }
            } finally {
                reader.dispose();
            }
        }
    }

    /** The smallest -Xmx (MB) in which {@link ImageDecodeOnce} comes to the outcome (none: it only starts). */
    private static int smallestHeap(String classpath, Path file, String outcome) throws Exception {
        int low = 8;
        int high = 512;
        while (low < high) {
            int middle = (low + high) / 2;
            if (runs(classpath, file, outcome, middle)) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    private static boolean runs(String classpath, Path file, String outcome, int megabytes) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + megabytes + "m", "-Xms" + megabytes + "m", "-XX:+UseSerialGC", "-XX:NewSize=1m", "-XX:MaxNewSize=1m",
                "-Djava.awt.headless=true", "-cp", classpath,
                ImageDecodeOnce.class.getName(), file.toString(), outcome));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().transferTo(ByteArrayOutputStream.nullOutputStream());
        return process.waitFor() == 0;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /**
     * A photo-like picture that compresses badly — smooth gradients under strong noise — at the highest
     * quality that keeps it within the largest file a module takes: the most entropy a decoder may be given.
     */
    private static byte[] noisyJpeg(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        SplittableRandom random = new SplittableRandom(11);
        byte[] pixels = ((java.awt.image.DataBufferByte) image.getRaster().getDataBuffer()).getData();
        for (int y = 0, i = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                pixels[i++] = (byte) (x * 255 / width + random.nextInt(-40, 40));
                pixels[i++] = (byte) (y * 255 / height + random.nextInt(-40, 40));
                pixels[i++] = (byte) (128 + random.nextInt(-60, 60));
            }
        }
        for (float quality = 0.95f; ; quality -= 0.03f) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            try (var output = new MemoryCacheImageOutputStream(out)) {
                writer.setOutput(output);
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(quality);
                writer.write(null, new IIOImage(image, null, null), param);
            } finally {
                writer.dispose();
            }
            if (out.size() <= MAX_BYTES - 1024) {
                return out.toByteArray();
            }
        }
    }

    /** Four channels with as much noise as keeps the file within the largest a module takes. */
    private static byte[] rgbaPng(int width, int height) throws IOException {
        for (int sparseness = 16; ; sparseness *= 2) {
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_4BYTE_ABGR);
            SplittableRandom random = new SplittableRandom(12);
            byte[] pixels = ((java.awt.image.DataBufferByte) image.getRaster().getDataBuffer()).getData();
            for (int y = 0, i = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    pixels[i++] = (byte) (200 + (x + y) % 56);
                    pixels[i++] = (byte) (x * 255 / width + (random.nextInt(sparseness) == 0 ? random.nextInt(8) : 0));
                    pixels[i++] = (byte) (y * 255 / height);
                    pixels[i++] = (byte) ((x ^ y) & 0xF0);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            if (out.size() <= MAX_BYTES - 1024) {
                return out.toByteArray();
            }
        }
    }

    /** A plain 8-bit PNG far over the pixel limit, small on disk. */
    private static byte[] sparsePng(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
