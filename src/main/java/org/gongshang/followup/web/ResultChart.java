package org.gongshang.followup.web;

import java.util.List;
import java.util.function.IntFunction;

import org.gongshang.followup.QuestionResult;

/**
 * A question's result as horizontal bars, drawn on the page as SVG (no script, no CDN; the content
 * security policy allows no inline styles, so widths are SVG attributes). A bar's length is the share
 * in percent of a 100-unit wide drawing, at least a sliver so that zero is visible as zero.
 */
record ResultChart(QuestionResult question, List<Bar> bars) {

    /** One bar: its label, count and share; {@code length} in drawing units (0–100). */
    record Bar(String label, int count, double percent, double length) {
    }

    static ResultChart of(QuestionResult question, IntFunction<String> ratingLabel) {
        List<Bar> bars = switch (question.kind()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> question.choices().stream()
                    .map(c -> bar(c.text(), c.count(), c.percent())).toList();
            case RATING -> question.ratings().reversed().stream()
                    .map(r -> bar(ratingLabel.apply(r.rating()), r.count(), r.percent())).toList();
            case FREE_TEXT -> List.of();
        };
        return new ResultChart(question, bars);
    }

    private static Bar bar(String label, int count, double percent) {
        return new Bar(label, count, percent, Math.max(percent, 0.5));
    }
}
