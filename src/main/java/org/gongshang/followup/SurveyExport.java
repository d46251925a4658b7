package org.gongshang.followup;

/** A file to download: the results workbook of a survey. */
public record SurveyExport(String filename, String contentType, byte[] content) {
}
