package org.gongshang.followup.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongshang.followup.PaperResponses;
import org.gongshang.followup.PaperSheet;
import org.gongshang.followup.Question;
import org.gongshang.followup.Survey;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.shared.web.Forms;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Entering paper questionnaires (纸质问卷代录) for staff of the survey's region: the survey's
 * questions as on the answer page, plus the name written on the sheet (real-name surveys), its
 * number and the day it was filled in. After each sheet the empty form comes back for the next one.
 */
@Controller
class PaperEntryPages {

    private static final List<String> SHEET_FIELDS = List.of("respondentName", "sheetNumber", "filledOn");

    private final PaperResponses paper;
    private final Actors actors;

    PaperEntryPages(PaperResponses paper, Actors actors) {
        this.paper = paper;
        this.actors = actors;
    }

    @GetMapping("/surveys/{id:\\d+}/paper")
    String page(@PathVariable long id, Model model) {
        Survey survey = paper.survey(id, actors.require());
        return page(survey, new LinkedMultiValueMap<>(), model);
    }

    /**
     * The questions' fields ({@code q<id>}) are known only from the survey, so the form is bound as a
     * map with every field present: a problem of a question then lands at its question.
     */
    @PostMapping("/surveys/{id:\\d+}/paper")
    String enter(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, Model model,
            RedirectAttributes redirect) {
        Actor actor = actors.require();
        Survey survey = paper.survey(id, actor);
        MapBindingResult binding = new MapBindingResult(fields(survey, form), "form");
        PaperSheet sheet = new PaperSheet(form.getFirst("respondentName"), form.getFirst("sheetNumber"),
                day(form.getFirst("filledOn"), binding));
        return Forms.submit(binding, () -> paper.enter(id, sheet, SurveyPages.answers(survey, form), actor))
                .map(entered -> {
                    Forms.notice(redirect, "followup.paper.entered", paper.count(id));
                    return "redirect:/surveys/" + id + "/paper";
                })
                .orElseGet(() -> page(survey, form, model));
    }

    private String page(Survey survey, MultiValueMap<String, String> given, Model model) {
        model.addAttribute("survey", survey);
        model.addAttribute("given", given.toSingleValueMap().isEmpty() ? Map.of() : given);
        model.addAttribute("form", fields(survey, given));
        model.addAttribute("paperCount", paper.count(survey.id()));
        return "followup/survey-paper";
    }

    private static Map<String, Object> fields(Survey survey, MultiValueMap<String, String> form) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (String field : SHEET_FIELDS) {
            fields.put(field, form.getFirst(field) == null ? "" : form.getFirst(field));
        }
        for (Question question : survey.questions()) {
            fields.put(Survey.field(question.id()), form.getOrDefault(Survey.field(question.id()), List.of()));
        }
        return fields;
    }

    private static @Nullable LocalDate day(@Nullable String value, MapBindingResult binding) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException notADay) {
            binding.addError(new FieldError("form", "filledOn", value, true, new String[] {"typeMismatch"}, null, null));
            return null;
        }
    }
}
