package org.gongshang.shared.image;

/** An image re-encoded from its pixels alone: no EXIF, no GPS, no comments. */
public record SanitizedImage(String contentType, int width, int height, byte[] bytes) {
}
