package org.gongshang.plan.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.gongshang.plan.PlanItemView;
import org.gongshang.plan.PlanItemView.ConcernedDepartment;
import org.gongshang.plan.PlanItemView.LeadMember;
import org.gongshang.plan.PlanView;
import org.gongshang.shared.Zones;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The Chinese words of the exports, from the plan bundle: exports are official documents (公文)
 * and so are in Chinese whatever the reader's language.
 */
@Component
public class ExportLabels {

    /** The columns of the plan table, in order. */
    static final List<String> COLUMNS = List.of("序号", "议题", "计划月份", "协商形式", "牵头委员", "相关部门");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日").withZone(Zones.platform());

    private final MessageSource messages;

    ExportLabels(MessageSource messages) {
        this.messages = messages;
    }

    String form(PlanItemView item) {
        return messages.getMessage("plan.form." + item.form(), null, Locale.SIMPLIFIED_CHINESE);
    }

    static String month(PlanItemView item) {
        return item.month() + "月";
    }

    static String leads(PlanItemView item) {
        return String.join("、", item.leadMembers().stream().map(LeadMember::name).toList());
    }

    static String departments(PlanItemView item) {
        return String.join("、", item.departments().stream().map(ConcernedDepartment::name).toList());
    }

    /** The line under the title: when it was approved and which version, or that it is not approved. */
    String subtitle(PlanView plan) {
        String status = messages.getMessage("plan.status." + plan.status(), null, Locale.SIMPLIFIED_CHINESE);
        if (plan.decidedAt() != null && (plan.status() == org.gongshang.plan.PlanStatus.APPROVED
                || plan.status() == org.gongshang.plan.PlanStatus.SUPERSEDED)) {
            return "（" + date(plan.decidedAt()) + "审定，第" + plan.version() + "版" + (plan.inForce() ? "" : "，" + status) + "）";
        }
        return "（第" + plan.version() + "版，" + status + "，未经审定）";
    }

    static String date(Instant at) {
        return DATE.format(at);
    }
}
