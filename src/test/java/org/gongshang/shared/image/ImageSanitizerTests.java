package org.gongshang.shared.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import java.time.Duration;

import org.gongshang.shared.DomainException;
import org.gongshang.support.ImageFixtures;
import org.junit.jupiter.api.Test;

/**
 * Images by content, re-encoded without EXIF and GPS; refused from the header when too large or too
 * deep, before any pixel is decoded; at most so many decoded at once.
 */
class ImageSanitizerTests {

    static final long FIVE_MB = 5 * 1024 * 1024;

    final ImageSanitizer sanitizer = new ImageSanitizer(ImageProperties.defaults());

    SanitizedImage sanitize(byte[] content) {
        return sanitizer.sanitize(content, FIVE_MB, "topic.image", "file");
    }

    @Test
    void exifWithGpsIsGoneAfterSanitizing() throws Exception {
        byte[] photo = ImageFixtures.jpegWithGps(64, 48);
        assertThat(indexOf(photo, "Exif")).isPositive();
        assertThat(ImageIO.read(new java.io.ByteArrayInputStream(photo))).as("the fixture is a valid JPEG").isNotNull();

        SanitizedImage clean = sanitize(photo);

        assertThat(clean.contentType()).isEqualTo("image/jpeg");
        assertThat(clean.width()).isEqualTo(64);
        assertThat(indexOf(clean.bytes(), "Exif")).isEqualTo(-1);
        assertThat(hasSegment(clean.bytes(), 0xE1)).as("no APP1 segment").isFalse();
        assertThat(ImageIO.read(new java.io.ByteArrayInputStream(clean.bytes())).getHeight()).isEqualTo(48);
    }

    @Test
    void aPhotoTakenUprightIsTurnedAsItsExifSaysBeforeTheExifIsDropped() throws Exception {
        // Orientation 6: the stored picture must be turned 90° clockwise to be seen as taken.
        SanitizedImage clean = sanitize(ImageFixtures.jpegWithOrientation(60, 40, 6));

        var upright = ImageIO.read(new java.io.ByteArrayInputStream(clean.bytes()));
        assertThat(upright.getWidth()).isEqualTo(40);
        assertThat(upright.getHeight()).isEqualTo(60);
        assertThat(isBlue(upright.getRGB(upright.getWidth() - 3, 2))).as("the stored top-left is now top-right").isTrue();
        assertThat(isBlue(upright.getRGB(2, 2))).isFalse();
        assertThat(hasSegment(clean.bytes(), 0xE1)).isFalse();

        // Orientation 3: upside down; 1: as stored.
        var turned = ImageIO.read(new java.io.ByteArrayInputStream(
                sanitize(ImageFixtures.jpegWithOrientation(60, 40, 3)).bytes()));
        assertThat(isBlue(turned.getRGB(57, 37))).isTrue();
        var asStored = ImageIO.read(new java.io.ByteArrayInputStream(
                sanitize(ImageFixtures.jpegWithOrientation(60, 40, 1)).bytes()));
        assertThat(asStored.getWidth()).isEqualTo(60);
        assertThat(isBlue(asStored.getRGB(2, 2))).isTrue();
    }

    private static boolean isBlue(int rgb) {
        int red = (rgb >> 16) & 0xFF;
        int blue = rgb & 0xFF;
        return blue > 180 && red < 80;
    }

    @Test
    void aPngStaysAPng() {
        assertThat(sanitize(ImageFixtures.png(10, 10)).contentType()).isEqualTo("image/png");
    }

    @Test
    void aTextFileNamedLikeAnImageIsRefused() {
        assertThatThrownBy(() -> sanitize("GIF89a or just text".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("topic.image.not-an-image"));
    }

    @Test
    void aBrokenJpegIsRefused() {
        byte[] broken = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00, 0x01, 0x02};
        assertThatThrownBy(() -> sanitize(broken))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("topic.image.unreadable"));
    }

    @Test
    void tooLargeFilesAndTooManyPixelsAreRefused() {
        assertThatThrownBy(() -> sanitizer.sanitize(ImageFixtures.png(200, 200), 100, "topic.image", "file"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("topic.image.too-large"));
        assertThatThrownBy(() -> new ImageSanitizer(new ImageProperties(100, 2, Duration.ofSeconds(2)))
                .sanitize(ImageFixtures.png(20, 20), FIVE_MB, "topic.image", "file"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("topic.image.too-many-pixels"));
    }

    @Test
    void aPhoneSizedPhotoOfTwelveMegapixelsPasses() {
        SanitizedImage photo = sanitize(ImageFixtures.jpegWithOrientation(4032, 3024, 6));
        assertThat(photo.width()).isEqualTo(3024);
        assertThat(photo.height()).isEqualTo(4032);
    }

    @Test
    void theSixteenBitBombIsRefusedFromItsHeaderEvenWhileEveryDecoderIsBusy() {
        byte[] bomb = ImageFixtures.png16(6300, 6300);
        assertThat(bomb.length).as("a small file claiming 238 MB of samples").isBetween(100_000, 400_000);
        sanitizer.occupyAll();
        try {
            // A refusal that needed the decoder would wait for it and then be a 503: this one never decodes.
            assertThatThrownBy(() -> sanitize(bomb)).isInstanceOfSatisfying(DomainException.class, e -> {
                assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
                assertThat(e.messageKey()).isEqualTo("topic.image.too-many-pixels");
            });
        } finally {
            sanitizer.releaseAll();
        }
    }

    @Test
    void aSixteenBitPictureWithinThePixelLimitIsRefusedToo() {
        assertThatThrownBy(() -> sanitize(ImageFixtures.png16(400, 300))).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("topic.image.too-deep");
            assertThat(e.fieldProblems()).extracting(DomainException.FieldProblem::field).containsExactly("file");
        });
    }

    @Test
    void whenEveryDecoderIsBusyTheNextPictureWaitsBrieflyThenIsToldToComeBack() {
        ImageSanitizer one = new ImageSanitizer(new ImageProperties(12_600_000, 1, Duration.ofMillis(200)));
        one.occupyAll();
        try {
            assertThatThrownBy(() -> one.sanitize(ImageFixtures.png(10, 10), FIVE_MB, "topic.image", "file"))
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.kind()).isEqualTo(DomainException.Kind.UNAVAILABLE);
                        assertThat(e.messageKey()).isEqualTo("error.images-busy");
                        assertThat(e.retryAfter()).contains(Duration.ofMillis(200));
                    });
        } finally {
            one.releaseAll();
        }
        assertThat(one.sanitize(ImageFixtures.png(10, 10), FIVE_MB, "topic.image", "file").width()).isEqualTo(10);
    }

    /** Whether a JPEG has a marker segment of the given type before its image data. */
    static boolean hasSegment(byte[] jpeg, int marker) {
        int i = 2;
        while (i + 4 < jpeg.length && (jpeg[i] & 0xFF) == 0xFF) {
            int type = jpeg[i + 1] & 0xFF;
            if (type == marker) {
                return true;
            }
            if (type == 0xDA) {
                return false;
            }
            i += 2 + (((jpeg[i + 2] & 0xFF) << 8) | (jpeg[i + 3] & 0xFF));
        }
        return false;
    }

    static int indexOf(byte[] data, String text) {
        byte[] needle = text.getBytes(StandardCharsets.ISO_8859_1);
        outer:
        for (int i = 0; i <= data.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (data[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
