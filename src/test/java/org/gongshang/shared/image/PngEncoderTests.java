package org.gongshang.shared.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.SplittableRandom;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

/** What the PNG encoder writes reads back, with ImageIO, as exactly the pixels it was given. */
class PngEncoderTests {

    @Test
    void greyRgbAndRgbaReadBackPixelForPixel() throws Exception {
        for (int type : new int[] {BufferedImage.TYPE_BYTE_GRAY, BufferedImage.TYPE_3BYTE_BGR, BufferedImage.TYPE_4BYTE_ABGR}) {
            BufferedImage picture = new BufferedImage(300, 200, type);
            SplittableRandom random = new SplittableRandom(type);
            for (int y = 0; y < 200; y++) {
                for (int x = 0; x < 300; x++) {
                    picture.setRGB(x, y, random.nextInt() | (type == BufferedImage.TYPE_4BYTE_ABGR ? 0 : 0xFF000000));
                }
            }
            assertThat(PngEncoder.writes(picture)).isTrue();
            ByteArrayImageStreams.Output output = new ByteArrayImageStreams.Output(1024);
            PngEncoder.write(picture, output);
            BufferedImage read = ImageIO.read(new ByteArrayInputStream(output.toByteArray()));

            assertThat(read.getWidth()).isEqualTo(300);
            assertThat(read.getHeight()).isEqualTo(200);
            assertThat(read.getColorModel().hasAlpha()).isEqualTo(type == BufferedImage.TYPE_4BYTE_ABGR);
            for (int y = 0; y < 200; y++) {
                for (int x = 0; x < 300; x++) {
                    assertThat(read.getRGB(x, y)).as("type %d at (%d, %d)", type, x, y).isEqualTo(picture.getRGB(x, y));
                }
            }
        }
    }

    @Test
    void aPaletteOrATurnedViewIsLeftToImageIo() {
        assertThat(PngEncoder.writes(new BufferedImage(4, 4, BufferedImage.TYPE_BYTE_INDEXED))).isFalse();
        assertThat(PngEncoder.writes(new BufferedImage(4, 4, BufferedImage.TYPE_INT_ARGB))).isFalse();
        assertThat(PngEncoder.writes(ExifOrientation.upright(new BufferedImage(4, 3, BufferedImage.TYPE_3BYTE_BGR), 6))).isFalse();
    }
}
