package org.gongshang.deliberation.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.gongshang.deliberation.GroupTallies;
import org.gongshang.deliberation.NewGroupTally;
import org.gongshang.identity.Actors;
import org.gongshang.shared.web.Forms;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The facilitator's form on the organiser page: one statement's show of hands at a meeting. Texts are
 * read as typed; a count or day that is not one becomes a value the tally refuses at its field.
 */
@Controller
class GroupTallyPages {

    private final GroupTallies tallies;
    private final Actors actors;

    GroupTallyPages(GroupTallies tallies, Actors actors) {
        this.tallies = tallies;
        this.actors = actors;
    }

    record TallyForm(@Nullable String statementId, @Nullable String meeting, @Nullable String heldOn, @Nullable String agrees,
            @Nullable String disagrees, @Nullable String passes, @Nullable String note) {

        NewGroupTally tally() {
            return new NewGroupTally(statementId == null || statementId.isBlank() ? null : number(statementId), meeting,
                    day(heldOn), (int) number(agrees), (int) number(disagrees), (int) number(passes), note);
        }

        private static long number(@Nullable String value) {
            if (value == null || value.isBlank()) {
                return 0;
            }
            try {
                return Math.clamp(Long.parseLong(value.strip()), -1, Integer.MAX_VALUE);
            } catch (NumberFormatException notANumber) {
                return -1;
            }
        }

        private static @Nullable LocalDate day(@Nullable String value) {
            try {
                return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
            } catch (DateTimeParseException notADay) {
                return null;
            }
        }
    }

    @PostMapping("/deliberations/{id:\\d+}/group-tallies")
    String record(@PathVariable long id, @ModelAttribute TallyForm form, RedirectAttributes redirect) {
        Forms.submit(redirect, () -> tallies.record(id, form.tally(), actors.require()))
                .ifPresent(recorded -> Forms.notice(redirect, "deliberation.tally.recorded", recorded.agrees(),
                        recorded.disagrees(), recorded.passes()));
        return "redirect:/deliberations/" + id + "/organise#tallies";
    }
}
