package org.gongshang.shared.image;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What decoding an uploaded picture may cost ({@code gongshang.images.*}), for every module that
 * takes pictures: topic images, follow-up photos, images attached to progress reports and to
 * consultation materials. The file size limit stays with each module.
 *
 * @param maxPixels the largest picture in pixels, read from the header before any pixel is decoded.
 *     12.6 million lets the 12-megapixel photos of phones through (4032×3024, 4096×3072) and keeps the
 *     decoded picture under 40 MB (three bytes a pixel; 50 MB for a PNG with transparency)
 * @param maxConcurrentDecodes how many pictures are decoded at once on this node; more wait
 * @param decodeWait how long a picture waits for its turn before the upload is answered 503 with
 *     {@code Retry-After}
 */
@ConfigurationProperties("gongshang.images")
public record ImageProperties(
        @DefaultValue("12600000") long maxPixels,
        @DefaultValue("2") int maxConcurrentDecodes,
        @DefaultValue("2s") Duration decodeWait) {

    public ImageProperties {
        if (maxPixels < 1 || maxConcurrentDecodes < 1) {
            throw new IllegalArgumentException("gongshang.images: max-pixels and max-concurrent-decodes must be positive");
        }
    }

    /** The defaults, for tests that run without Spring. */
    public static ImageProperties defaults() {
        return new ImageProperties(12_600_000, 2, Duration.ofSeconds(2));
    }
}
