package org.gongshang.quality;

import org.gongshang.shared.Text;
import org.jspecify.annotations.Nullable;

/** An assessor's answer to one rubric question: a score from 1 to 5 and an optional comment. */
public record PanelAnswer(@Nullable Integer score, @Nullable String comment) {

    public PanelAnswer {
        comment = Text.blankToNull(comment);
        comment = comment == null ? null : comment.strip();
    }
}
