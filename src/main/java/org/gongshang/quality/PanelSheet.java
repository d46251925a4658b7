package org.gongshang.quality;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** What an invited assessor sees: the consultation, the rubric, and their answers once given. */
public record PanelSheet(long invitationId, long consultationId, String consultationTitle, List<String> rubric,
        boolean open, @Nullable Instant answeredAt, List<Integer> scores, List<@Nullable String> comments) {

    public PanelSheet {
        rubric = List.copyOf(rubric);
        scores = List.copyOf(scores);
    }

    public boolean answered() {
        return answeredAt != null;
    }
}
