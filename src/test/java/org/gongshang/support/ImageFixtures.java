package org.gongshang.support;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

/** Small images for tests (topic images, follow-up photos), including a JPEG carrying EXIF with a GPS position, built by hand. */
public final class ImageFixtures {

    private ImageFixtures() {
    }

    public static byte[] png(int width, int height) {
        return encode(picture(width, height), "png");
    }

    public static byte[] jpeg(int width, int height) {
        return encode(picture(width, height), "jpeg");
    }

    /**
     * A JPEG with an APP1 Exif segment right after SOI: a TIFF header, IFD0 with a GPS IFD pointer,
     * and a GPS IFD with latitude 31°12'N and longitude 107°28'E (达州) — what a phone writes.
     */
    public static byte[] jpegWithGps(int width, int height) {
        return withExif(jpeg(width, height), gpsTiff());
    }

    /**
     * A JPEG as a phone stores a photo taken upright: the pixels as the sensor saw them (wide), a
     * blue square in the stored top-left corner, and EXIF orientation telling how to turn it.
     */
    public static byte[] jpegWithOrientation(int width, int height, int orientation) {
        BufferedImage image = picture(width, height);
        var g = image.createGraphics();
        g.setColor(Color.BLUE);
        g.fillRect(0, 0, 8, 8);
        g.dispose();
        return withOrientation(encode(image, "jpeg"), orientation);
    }

    /** The JPEG with an EXIF block holding only the orientation (1–8), as a phone writes it. */
    public static byte[] withOrientation(byte[] jpeg, int orientation) {
        java.nio.ByteBuffer tiff = java.nio.ByteBuffer.allocate(26);
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        // IFD0 at 8: one entry, Orientation (0x0112) SHORT, count 1, value left-aligned in the 4 bytes
        tiff.putShort((short) 1);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putInt(0);
        return withExif(jpeg, tiff.array());
    }

    /**
     * A 16-bit RGB PNG of the given size, all black, written chunk by chunk without ever holding the
     * pixels: 6300×6300 is 238 MB of samples but about 230 KB of file — the picture a decompression
     * bomb claims. Rows are deflated as they are made.
     */
    public static byte[] png16(int width, int height) {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        java.nio.ByteBuffer header = java.nio.ByteBuffer.allocate(13);
        header.putInt(width).putInt(height).put((byte) 16).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(file, "IHDR", header.array());
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        java.util.zip.Deflater deflater = new java.util.zip.Deflater(java.util.zip.Deflater.BEST_COMPRESSION);
        try (var rows = new java.util.zip.DeflaterOutputStream(compressed, deflater, 64 * 1024)) {
            byte[] row = new byte[1 + width * 6]; // filter byte 0, then six bytes a pixel
            for (int y = 0; y < height; y++) {
                rows.write(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deflater.end();
        }
        chunk(file, "IDAT", compressed.toByteArray());
        chunk(file, "IEND", new byte[0]);
        return file.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream file, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(name);
        crc.update(data);
        file.writeBytes(java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
        file.writeBytes(name);
        file.writeBytes(data);
        file.writeBytes(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** Whether a file holds an EXIF block anywhere (the word "Exif" that starts one). */
    public static boolean hasExif(byte[] file) {
        byte[] exif = "Exif".getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i + exif.length <= file.length; i++) {
            for (int j = 0; j < exif.length; j++) {
                if (file[i + j] != exif[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static byte[] withExif(byte[] plain, byte[] tiff) {
        byte[] header = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
        int length = 2 + header.length + tiff.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xD8);
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes(header);
        out.writeBytes(tiff);
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    /** Big-endian TIFF: IFD0 (1 entry: GPS pointer), GPS IFD (4 entries), then the rationals. */
    private static byte[] gpsTiff() {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(200);
        b.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        // IFD0 at 8: one entry, GPSInfo (0x8825) LONG -> offset 26
        b.putShort((short) 1);
        b.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(26);
        b.putInt(0);
        // GPS IFD at 26: 4 entries (2 + 4*12 + 4 = 54 bytes) -> data at 80
        b.putShort((short) 4);
        b.putShort((short) 1).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
        b.putShort((short) 2).putShort((short) 5).putInt(3).putInt(80);
        b.putShort((short) 3).putShort((short) 2).putInt(2).put((byte) 'E').put((byte) 0).putShort((short) 0);
        b.putShort((short) 4).putShort((short) 5).putInt(3).putInt(104);
        b.putInt(0);
        // latitude 31/1 12/1 0/1 at 80, longitude 107/1 28/1 0/1 at 104
        b.putInt(31).putInt(1).putInt(12).putInt(1).putInt(0).putInt(1);
        b.putInt(107).putInt(1).putInt(28).putInt(1).putInt(0).putInt(1);
        byte[] bytes = new byte[b.position()];
        b.flip();
        b.get(bytes);
        return bytes;
    }

    private static BufferedImage picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(180, 40, 30));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
