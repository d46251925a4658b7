package org.gongshang.shared.image;

import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.SampleModel;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;

/**
 * Phones store a photo as the sensor saw it and note in EXIF how to turn it (tag 0x0112). The
 * sanitiser drops all EXIF, so it turns the pixels first; otherwise a photo taken upright would be
 * shown lying on its side. A decoded JPEG is turned as a view of its own pixels
 * ({@link TurnedSampleModel}), not copied: the encoder reads it turned.
 */
final class ExifOrientation {

    private ExifOrientation() {
    }

    /** 1 (as stored) to 8, as EXIF numbers them; 1 when the file has none or it cannot be read. */
    static int of(byte[] content) {
        try {
            ExifIFD0Directory exif = ImageMetadataReader.readMetadata(new ByteArrayInputStream(content))
                    .getFirstDirectoryOfType(ExifIFD0Directory.class);
            if (exif == null || !exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
                return 1;
            }
            int orientation = exif.getInt(ExifIFD0Directory.TAG_ORIENTATION);
            return orientation >= 1 && orientation <= 8 ? orientation : 1;
        } catch (ImageProcessingException | IOException | MetadataException | RuntimeException unreadable) {
            // Broken metadata must not refuse a picture whose pixels are fine.
            return 1;
        }
    }

    /** The image turned and mirrored so that it shows as the photographer held the phone. */
    static BufferedImage upright(BufferedImage image, int orientation) {
        if (orientation < 2 || orientation > 8) {
            return image;
        }
        return isCompactBytes(image) ? turnedView(image, orientation) : turnedCopy(image, orientation);
    }

    /** Whether the pixels lie in one byte array, pixel after pixel and row after row, as the JPEG reader makes them. */
    private static boolean isCompactBytes(BufferedImage image) {
        WritableRaster raster = image.getRaster();
        return raster.getSampleModel() instanceof PixelInterleavedSampleModel model
                && raster.getDataBuffer() instanceof DataBufferByte buffer && buffer.getNumBanks() == 1 && buffer.getOffset() == 0
                && model.getPixelStride() == model.getNumBands() && model.getScanlineStride() == image.getWidth() * model.getPixelStride()
                && raster.getParent() == null && raster.getSampleModelTranslateX() == 0 && raster.getSampleModelTranslateY() == 0;
    }

    private static BufferedImage turnedView(BufferedImage image, int orientation) {
        WritableRaster raster = image.getRaster();
        PixelInterleavedSampleModel model = (PixelInterleavedSampleModel) raster.getSampleModel();
        int w = image.getWidth();
        int h = image.getHeight();
        int pixel = model.getPixelStride();
        int row = model.getScanlineStride();
        int right = (w - 1) * pixel;
        int bottom = (h - 1) * row;
        // View pixel (x, y) is stored pixel (sx, sy) at sy·row + sx·pixel; for 5–8 width and height swap.
        TurnedSampleModel turned = switch (orientation) {
            case 2 -> new TurnedSampleModel(w, h, right, -pixel, row, model.getBandOffsets());
            case 3 -> new TurnedSampleModel(w, h, right + bottom, -pixel, -row, model.getBandOffsets());
            case 4 -> new TurnedSampleModel(w, h, bottom, pixel, -row, model.getBandOffsets());
            case 5 -> new TurnedSampleModel(h, w, 0, row, pixel, model.getBandOffsets());
            case 6 -> new TurnedSampleModel(h, w, bottom, -row, pixel, model.getBandOffsets());
            case 7 -> new TurnedSampleModel(h, w, bottom + right, -row, -pixel, model.getBandOffsets());
            default -> new TurnedSampleModel(h, w, right, row, -pixel, model.getBandOffsets());
        };
        return new BufferedImage(image.getColorModel(), new TurnedRaster(turned, raster.getDataBuffer()),
                image.isAlphaPremultiplied(), null);
    }

    /** A raster over the turned view; the factory methods of {@link java.awt.image.Raster} would pick one that ignores it. */
    private static final class TurnedRaster extends WritableRaster {

        TurnedRaster(SampleModel model, DataBuffer data) {
            super(model, data, new Point(0, 0));
        }
    }

    /** Any other kind of picture: drawn turned into a new one. */
    private static BufferedImage turnedCopy(BufferedImage image, int orientation) {
        int w = image.getWidth();
        int h = image.getHeight();
        AffineTransform turn = new AffineTransform();
        switch (orientation) {
            case 2 -> { turn.translate(w, 0); turn.scale(-1, 1); }
            case 3 -> { turn.translate(w, h); turn.rotate(Math.PI); }
            case 4 -> { turn.translate(0, h); turn.scale(1, -1); }
            case 5 -> { turn.rotate(Math.PI / 2); turn.scale(1, -1); }
            case 6 -> { turn.translate(h, 0); turn.rotate(Math.PI / 2); }
            case 7 -> { turn.scale(-1, 1); turn.translate(-h, 0); turn.translate(0, w); turn.rotate(3 * Math.PI / 2); }
            default -> { turn.translate(0, w); turn.rotate(3 * Math.PI / 2); }
        }
        boolean swapped = orientation >= 5;
        BufferedImage target = new BufferedImage(swapped ? h : w, swapped ? w : h,
                image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.drawImage(image, turn, null);
        } finally {
            g.dispose();
        }
        return target;
    }
}
