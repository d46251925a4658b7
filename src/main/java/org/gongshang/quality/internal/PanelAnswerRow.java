package org.gongshang.quality.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/** One rubric question as an assessor scored it (1–5), with an optional comment. */
@Table("quality_panel_answer")
public record PanelAnswerRow(String question, int score, @Nullable String comment) {
}
