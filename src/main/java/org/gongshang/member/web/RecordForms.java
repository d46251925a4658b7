package org.gongshang.member.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;
import org.gongshang.member.NewGridVisit;
import org.gongshang.member.NewReception;
import org.gongshang.member.ReceptionOutcome;
import org.gongshang.topic.TopicCategory;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The forms of reception records, grid visits and topics made of them; lengths only, the rules are the records'. */
final class RecordForms {

    private RecordForms() {
    }

    record ReceptionForm(@Size(max = 30, message = "{member.reception.name.size}") @Nullable String visitorName,
            @Size(max = 20, message = "{member.phone.size}") @Nullable String visitorPhone,
            @Nullable TopicCategory category,
            @Size(max = 12, message = "{member.community.size}") @Nullable String communityCode,
            @Size(max = 2000, message = "{member.reception.description.size}") @Nullable String description,
            @Nullable ReceptionOutcome outcome,
            @Size(max = 1000, message = "{member.reception.note.size}") @Nullable String outcomeNote) {

        static ReceptionForm empty(@Nullable String communityCode) {
            return new ReceptionForm(null, null, TopicCategory.SOCIETY, communityCode, null, ReceptionOutcome.ANSWERED, null);
        }

        NewReception reception() {
            return new NewReception(visitorName, visitorPhone, category, communityCode, description, outcome, outcomeNote);
        }
    }

    record VisitForm(@Size(max = 15, message = "{member.community.size}") @Nullable String gridCode,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate visitedOn,
            @Nullable Integer households,
            @Size(max = 4000, message = "{member.visit.findings.size}") @Nullable String findings,
            @Nullable TopicCategory category) {

        NewGridVisit visit() {
            return new NewGridVisit(gridCode, visitedOn, households, findings, category);
        }
    }

    record TopicForm(@Size(max = 60, message = "{member.topic.title.size}") @Nullable String title,
            @Size(max = 2000, message = "{member.topic.description.size}") @Nullable String description,
            @Nullable TopicCategory category) {
    }
}
