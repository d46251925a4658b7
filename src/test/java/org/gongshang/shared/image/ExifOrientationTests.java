package org.gongshang.shared.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

/**
 * The turned view of a decoded JPEG's pixels shows, for each of the eight EXIF orientations, exactly
 * what drawing the picture turned into a new one shows — and an encoder reads it the same way.
 */
class ExifOrientationTests {

    @Test
    void theViewAndTheDrawnCopyAgreeForEveryOrientation() throws Exception {
        BufferedImage bytes = picture(BufferedImage.TYPE_3BYTE_BGR);
        BufferedImage ints = picture(BufferedImage.TYPE_INT_RGB);
        for (int orientation = 1; orientation <= 8; orientation++) {
            BufferedImage view = ExifOrientation.upright(bytes, orientation);
            BufferedImage copy = ExifOrientation.upright(ints, orientation);
            assertThat(view.getType()).as("orientation %d", orientation).isEqualTo(orientation == 1
                    ? BufferedImage.TYPE_3BYTE_BGR : BufferedImage.TYPE_CUSTOM);
            assertSame(view, copy, orientation);

            ByteArrayOutputStream png = new ByteArrayOutputStream();
            assertThat(ImageIO.write(view, "png", png)).isTrue();
            assertSame(ImageIO.read(new ByteArrayInputStream(png.toByteArray())), copy, orientation);
        }
    }

    private static void assertSame(BufferedImage actual, BufferedImage expected, int orientation) {
        assertThat(actual.getWidth()).as("width, orientation %d", orientation).isEqualTo(expected.getWidth());
        assertThat(actual.getHeight()).as("height, orientation %d", orientation).isEqualTo(expected.getHeight());
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                assertThat(actual.getRGB(x, y) & 0xFFFFFF).as("(%d, %d), orientation %d", x, y, orientation)
                        .isEqualTo(expected.getRGB(x, y) & 0xFFFFFF);
            }
        }
    }

    /** 7×4 pixels, each its own colour. */
    private static BufferedImage picture(int type) {
        BufferedImage image = new BufferedImage(7, 4, type);
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 7; x++) {
                image.setRGB(x, y, (x * 36) << 16 | (y * 80) << 8 | (x + y * 7) * 9);
            }
        }
        return image;
    }
}
