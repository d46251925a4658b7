package org.gongshang.shared.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;

import org.gongshang.shared.DomainException;
import org.springframework.stereotype.Component;

/**
 * Accepts JPEG and PNG by their content (the first bytes), never by file name or declared type,
 * and re-encodes the pixels into a fresh file. Re-encoding drops every metadata segment (EXIF with
 * the GPS position of a phone photo, XMP, comments) and anything hidden after the image data; a
 * JPEG is first turned as its EXIF orientation says ({@link ExifOrientation}).
 *
 * <p>Decoding is what costs: a small file can claim a huge picture. So the header is read first and
 * a picture over {@code gongshang.images.max-pixels} or with more than 8 bits a sample (a 16-bit PNG
 * takes twice the memory and many times the time) is refused before any pixel is decoded; and at most
 * {@code max-concurrent-decodes} pictures are decoded at once on a node — the next waits up to
 * {@code decode-wait}, then gets a 503 with {@code Retry-After}.
 */
@Component
public class ImageSanitizer {

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    private final ImageProperties properties;
    private final Semaphore decodes;

    public ImageSanitizer(ImageProperties properties) {
        this.properties = properties;
        this.decodes = new Semaphore(properties.maxConcurrentDecodes(), true);
    }

    /**
     * @param maxBytes the module's largest file
     * @param messages the prefix of the module's message keys for refusals, e.g. {@code topic.image}:
     *     {@code .too-large}, {@code .not-an-image}, {@code .unreadable}, {@code .too-many-pixels}, {@code .too-deep}
     * @param field the form field or JSON property the problems are reported at
     * @throws DomainException INVALID (at {@code field}) for anything but a readable JPEG or PNG within the
     *     limits; UNAVAILABLE (503, with the wait) when too many pictures are being decoded
     */
    public SanitizedImage sanitize(byte[] content, long maxBytes, String messages, String field) {
        if (content.length > maxBytes) {
            throw DomainException.invalidField(field, messages + ".too-large", maxBytes / (1024 * 1024));
        }
        String format = startsWith(content, JPEG) ? "jpeg" : startsWith(content, PNG) ? "png" : null;
        if (format == null) {
            throw DomainException.invalidField(field, messages + ".not-an-image");
        }
        try (ImageInputStream input = new ByteArrayImageStreams.Input(content)) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
            if (!readers.hasNext()) {
                throw DomainException.invalidField(field, messages + ".unreadable");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                checkHeader(reader, messages, field);
                return decodeInTurn(reader, content, format);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException broken) {
            if (broken instanceof DomainException domain) {
                throw domain;
            }
            throw DomainException.invalidField(field, messages + ".unreadable");
        }
    }

    /** Size and sample depth from the header alone: nothing is decoded yet (a decompression bomb stops here). */
    private void checkHeader(ImageReader reader, String messages, String field) throws IOException {
        if ((long) reader.getWidth(0) * reader.getHeight(0) > properties.maxPixels()) {
            throw DomainException.invalidField(field, messages + ".too-many-pixels",
                    String.format("%.1f", properties.maxPixels() / 1_000_000.0));
        }
        ImageTypeSpecifier type = reader.getRawImageType(0);
        if (type != null) {
            for (int size : type.getSampleModel().getSampleSize()) {
                if (size > 8) {
                    throw DomainException.invalidField(field, messages + ".too-deep");
                }
            }
        }
    }

    private SanitizedImage decodeInTurn(ImageReader reader, byte[] content, String format) throws IOException {
        boolean turn;
        try {
            turn = decodes.tryAcquire(properties.decodeWait().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            turn = false;
        }
        if (!turn) {
            throw DomainException.unavailable("error.images-busy", Math.max(1, properties.decodeWait().toSeconds()))
                    .withRetryAfter(properties.decodeWait());
        }
        try {
            // The decoded picture is held by no variable here, so it can be collected before the encoded
            // bytes are copied out of their buffer: the two large arrays are never in memory at once.
            Encoded encoded = encode(decodeUpright(reader, content, format), format, content.length);
            return new SanitizedImage("image/" + format, encoded.width(), encoded.height(), encoded.output().toByteArray());
        } finally {
            decodes.release();
        }
    }

    private static BufferedImage decodeUpright(ImageReader reader, byte[] content, String format) throws IOException {
        BufferedImage image = reader.read(0);
        if (format.equals("jpeg")) {
            if (image.getColorModel().hasAlpha()) {
                image = withoutAlpha(image);
            }
            image = ExifOrientation.upright(image, ExifOrientation.of(content));
        }
        return image;
    }

    private record Encoded(int width, int height, ByteArrayImageStreams.Output output) {
    }

    private static Encoded encode(BufferedImage image, String format, int sizeHint) {
        // About the size of the upload: usually no growing of the buffer on the way.
        ByteArrayImageStreams.Output output = new ByteArrayImageStreams.Output(sizeHint + 64 * 1024);
        try (output) {
            if (format.equals("png") && PngEncoder.writes(image)) {
                PngEncoder.write(image, output);
            } else {
                writeWithImageIo(image, format, output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Encoded(image.getWidth(), image.getHeight(), output);
    }

    private static void writeWithImageIo(BufferedImage image, String format, ByteArrayImageStreams.Output output) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        try {
            writer.setOutput(output);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (format.equals("jpeg")) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(0.88f);
            }
            // No metadata argument: the writer makes only what the pixels need.
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }

    private static BufferedImage withoutAlpha(BufferedImage image) {
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = rgb.createGraphics();
        try {
            g.drawImage(image, 0, 0, Color.WHITE, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** Takes every turn, for a test that needs the decoder busy; {@link #releaseAll} gives them back. */
    void occupyAll() {
        decodes.acquireUninterruptibly(properties.maxConcurrentDecodes());
    }

    void releaseAll() {
        decodes.release(properties.maxConcurrentDecodes());
    }
}
