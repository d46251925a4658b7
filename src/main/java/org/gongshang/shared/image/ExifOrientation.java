package org.gongshang.shared.image;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;

/**
 * Phones store a photo as the sensor saw it and note in EXIF how to turn it (tag 0x0112). The
 * sanitiser drops all EXIF, so it applies that turn to the pixels first; otherwise a photo taken
 * upright would be shown lying on its side.
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
        if (orientation == 1) {
            return image;
        }
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
            case 8 -> { turn.translate(0, w); turn.rotate(3 * Math.PI / 2); }
            default -> {
                return image;
            }
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
