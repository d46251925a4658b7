package org.gongshang.shared.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import org.gongshang.shared.DomainException;

/**
 * Accepts JPEG and PNG by their content (the first bytes), never by file name or declared type,
 * and re-encodes the pixels into a fresh file. Re-encoding drops every metadata segment (EXIF with
 * the GPS position of a phone photo, XMP, comments) and anything hidden after the image data; a
 * JPEG is first turned as its EXIF orientation says ({@link ExifOrientation}).
 */
public final class ImageSanitizer {

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    private final long maxBytes;
    private final long maxPixels;
    private final String messages;

    /**
     * @param messages the prefix of the module's message keys for refusals, e.g. {@code topic.image}:
     *     {@code .too-large}, {@code .not-an-image}, {@code .unreadable}, {@code .too-many-pixels}
     */
    public ImageSanitizer(long maxBytes, long maxPixels, String messages) {
        this.maxBytes = maxBytes;
        this.maxPixels = maxPixels;
        this.messages = messages;
    }

    /** @throws DomainException INVALID (at {@code field}) for anything but a readable JPEG or PNG within the limits */
    public SanitizedImage sanitize(byte[] content, String field) {
        if (content.length > maxBytes) {
            throw DomainException.invalidField(field, messages + ".too-large", maxBytes / (1024 * 1024));
        }
        String format = startsWith(content, JPEG) ? "jpeg" : startsWith(content, PNG) ? "png" : null;
        if (format == null) {
            throw DomainException.invalidField(field, messages + ".not-an-image");
        }
        BufferedImage image = read(content, format, field);
        if (format.equals("jpeg")) {
            image = ExifOrientation.upright(image, ExifOrientation.of(content));
        }
        return new SanitizedImage("image/" + format, image.getWidth(), image.getHeight(), write(image, format));
    }

    private BufferedImage read(byte[] content, String format, String field) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
            if (input == null || !readers.hasNext()) {
                throw DomainException.invalidField(field, messages + ".unreadable");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                // Check the size before decoding: a small file can claim a huge picture (a decompression bomb).
                if ((long) reader.getWidth(0) * reader.getHeight(0) > maxPixels) {
                    throw DomainException.invalidField(field, messages + ".too-many-pixels");
                }
                BufferedImage image = reader.read(0);
                if (format.equals("jpeg") && image.getColorModel().hasAlpha()) {
                    image = withoutAlpha(image);
                }
                return image;
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

    private static byte[] write(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        try (ImageOutputStream output = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(output);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (format.equals("jpeg")) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(0.88f);
            }
            // No metadata argument: the writer makes only what the pixels need.
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static BufferedImage withoutAlpha(BufferedImage image) {
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        rgb.createGraphics().drawImage(image, 0, 0, java.awt.Color.WHITE, null);
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
}
