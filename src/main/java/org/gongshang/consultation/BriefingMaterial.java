package org.gongshang.consultation;

import java.time.Instant;
import java.util.List;

/** Briefing material (知情材料) participants read before the session, with its attachments. */
public record BriefingMaterial(long id, long consultationId, String title, String body, List<Attachment> attachments,
        Instant createdAt) {
}
