package org.gongshang.shared.image;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import javax.imageio.stream.ImageOutputStream;

/**
 * Writes the pictures a PNG upload decodes to — 8-bit grey, RGB or RGBA — as PNG, four times faster
 * than ImageIO's writer: that one tries all five row filters on every row (over a second for a
 * 12-megapixel picture with transparency); here every row uses the "up" filter, which suits pictures
 * that change little from one row to the next, and deflate level 4. No ancillary chunks: nothing but
 * the pixels survives, as the sanitiser wants. Other kinds (palettes, grey with transparency) go to ImageIO.
 */
final class PngEncoder {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final int FILTER_UP = 2;
    private static final int CHUNK = 64 * 1024;

    private PngEncoder() {
    }

    /** Whether the picture is one this writes: 8-bit grey, RGB or RGBA, its pixels in one byte array. */
    static boolean writes(BufferedImage image) {
        int type = image.getType();
        WritableRaster raster = image.getRaster();
        return (type == BufferedImage.TYPE_BYTE_GRAY || type == BufferedImage.TYPE_3BYTE_BGR || type == BufferedImage.TYPE_4BYTE_ABGR)
                && raster.getParent() == null && raster.getSampleModelTranslateX() == 0 && raster.getSampleModelTranslateY() == 0
                && raster.getDataBuffer() instanceof DataBufferByte buffer && buffer.getNumBanks() == 1 && buffer.getOffset() == 0
                && raster.getSampleModel() instanceof PixelInterleavedSampleModel model
                && model.getScanlineStride() == image.getWidth() * model.getPixelStride();
    }

    static void write(BufferedImage image, ImageOutputStream out) throws IOException {
        int width = image.getWidth();
        int height = image.getHeight();
        int channels = image.getRaster().getNumBands();
        PixelInterleavedSampleModel model = (PixelInterleavedSampleModel) image.getRaster().getSampleModel();
        int[] offsets = model.getBandOffsets(); // where R, G, B, A (or the grey) lie within a pixel
        byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();

        out.write(SIGNATURE);
        byte[] header = new byte[13];
        putInt(header, 0, width);
        putInt(header, 4, height);
        header[8] = 8;
        header[9] = (byte) (channels == 1 ? 0 : channels == 3 ? 2 : 6);
        chunk(out, "IHDR", header, header.length);

        Deflater deflater = new Deflater(4);
        try (DeflaterOutputStream idat = new DeflaterOutputStream(new IdatChunks(out), deflater, CHUNK)) {
            int stride = width * channels;
            byte[] previous = new byte[stride];
            byte[] current = new byte[stride];
            byte[] filtered = new byte[stride + 1];
            filtered[0] = FILTER_UP;
            for (int y = 0, at = 0; y < height; y++) {
                for (int i = 0; i < stride; at += channels) {
                    for (int channel = 0; channel < channels; channel++) {
                        current[i++] = pixels[at + offsets[channel]];
                    }
                }
                for (int i = 0; i < stride; i++) {
                    filtered[i + 1] = (byte) (current[i] - previous[i]);
                }
                idat.write(filtered);
                byte[] swap = previous;
                previous = current;
                current = swap;
            }
        } finally {
            deflater.end();
        }
        chunk(out, "IEND", new byte[0], 0);
    }

    /** The compressed pixels, cut into IDAT chunks as they come. */
    private static final class IdatChunks extends OutputStream {

        private final ImageOutputStream out;
        private final byte[] buffer = new byte[CHUNK];
        private int size;

        IdatChunks(ImageOutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            if (size == buffer.length) {
                flush();
            }
            buffer[size++] = (byte) b;
        }

        @Override
        public void write(byte[] source, int offset, int length) throws IOException {
            while (length > 0) {
                if (size == buffer.length) {
                    flush();
                }
                int n = Math.min(length, buffer.length - size);
                System.arraycopy(source, offset, buffer, size, n);
                size += n;
                offset += n;
                length -= n;
            }
        }

        @Override
        public void flush() throws IOException {
            if (size > 0) {
                chunk(out, "IDAT", buffer, size);
                size = 0;
            }
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    private static void chunk(ImageOutputStream out, String type, byte[] data, int length) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data, 0, length);
        out.writeInt(length);
        out.write(name);
        out.write(data, 0, length);
        out.writeInt((int) crc.getValue());
    }

    private static void putInt(byte[] target, int at, int value) {
        target[at] = (byte) (value >>> 24);
        target[at + 1] = (byte) (value >>> 16);
        target[at + 2] = (byte) (value >>> 8);
        target[at + 3] = (byte) value;
    }
}
