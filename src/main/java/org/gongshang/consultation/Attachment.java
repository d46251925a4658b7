package org.gongshang.consultation;

/** A file attached to a briefing material or a research report. */
public record Attachment(long id, String filename, String contentType, long sizeBytes) {
}
