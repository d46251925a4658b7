package org.gongshang.emergency;

/** A photo of an event: of the report or of what was done. */
public record Photo(long id, boolean ofResolution, int width, int height) {
}
