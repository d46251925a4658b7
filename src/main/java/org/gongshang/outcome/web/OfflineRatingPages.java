package org.gongshang.outcome.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

import org.gongshang.identity.Actors;
import org.gongshang.outcome.OfflineRatingEntry;
import org.gongshang.outcome.OfflineRatings;
import org.gongshang.outcome.RatingOccasion;
import org.gongshang.shared.web.Forms;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff enter satisfaction collected offline from the recommendation's manage page. Values are read
 * as typed: a count or day that is not one becomes a value the entry refuses at its field, and the
 * page says the first problem after the redirect.
 */
@Controller
class OfflineRatingPages {

    private final OfflineRatings offline;
    private final Actors actors;

    OfflineRatingPages(OfflineRatings offline, Actors actors) {
        this.offline = offline;
        this.actors = actors;
    }

    record OfflineForm(@Nullable String occasion, @Nullable String heldOn, @Nullable String place,
            @Nullable String respondentName, @Nullable String satisfied, @Nullable String basicallySatisfied,
            @Nullable String unsatisfied, @Nullable String note) {

        OfflineRatingEntry entry() {
            return new OfflineRatingEntry(Arrays.stream(RatingOccasion.values()).filter(o -> o.name().equals(occasion))
                    .findFirst().orElse(null), day(heldOn), place, respondentName, count(satisfied), count(basicallySatisfied),
                    count(unsatisfied), note);
        }

        private static int count(@Nullable String value) {
            if (value == null || value.isBlank()) {
                return 0;
            }
            try {
                return (int) Math.clamp(Long.parseLong(value.strip()), -1, Integer.MAX_VALUE);
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

    @PostMapping("/recommendations/{id:\\d+}/manage/offline-ratings")
    String enter(@PathVariable long id, @ModelAttribute OfflineForm form,
            @RequestParam(required = false) @Nullable MultipartFile photo, RedirectAttributes redirect) {
        Forms.submit(redirect, () -> offline.enter(id, form.entry(), bytes(photo), actors.require()))
                .ifPresent(entered -> Forms.notice(redirect, "outcome.offline.entered", entered.satisfied(),
                        entered.basicallySatisfied(), entered.unsatisfied()));
        return "redirect:/recommendations/" + id + "/manage#offline-ratings";
    }

    private static byte @Nullable [] bytes(@Nullable MultipartFile file) {
        try {
            return file == null || file.isEmpty() ? null : file.getBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
