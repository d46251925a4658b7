/**
 * The live fan-out of a session to its followers over server-sent events: one channel per
 * consultation, one bounded queue and one writer (a virtual thread) per subscriber, so that a slow
 * or stalled connection delays nobody else; a subscriber that falls too far behind is dropped and
 * reconnects. Frames are encoded once per event and written straight to the servlet output stream.
 * No Spring here, so the benchmark can run it alone.
 */
@org.jspecify.annotations.NullMarked
package org.gongshang.consultation.live;
