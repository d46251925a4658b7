package org.gongshang.followup.internal;

/** A photo re-encoded from its pixels alone. */
public record SanitizedPhoto(String contentType, int width, int height, byte[] bytes) {
}
