package org.gongshang.followup;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * That a response came from a paper questionnaire (纸质问卷) and was entered by staff on the
 * respondent's behalf (代录): by whom, when, and the sheet's number if the paper has one.
 */
public record PaperEntry(long enteredBy, Instant enteredAt, @Nullable String sheetNumber) {
}
