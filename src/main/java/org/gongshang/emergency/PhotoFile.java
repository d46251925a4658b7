package org.gongshang.emergency;

/** A photo's bytes, re-encoded when it was uploaded (image/jpeg or image/png). */
public record PhotoFile(String contentType, byte[] bytes) {
}
