package org.gongshang.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the "my tasks" part of a rendered home page, as a person sees it. */
public final class HomeTasks {

    private HomeTasks() {
    }

    /** The number shown with a task's label, linking to {@code path}; empty when the task is not shown. */
    public static OptionalLong count(String page, String path, String label) {
        Matcher matcher = Pattern.compile("<a href=\"" + Pattern.quote(path) + "\"><span class=\"task-count\">(\\d+)</span>\\s*<span>"
                + Pattern.quote(label) + "</span>").matcher(section(page));
        return matcher.find() ? OptionalLong.of(Long.parseLong(matcher.group(1))) : OptionalLong.empty();
    }

    public static long required(String page, String path, String label) {
        OptionalLong count = count(page, path, label);
        assertThat(count).as("task " + label + " at " + path).isPresent();
        return count.getAsLong();
    }

    /** The tasks section, or nothing when the page has none. */
    public static String section(String page) {
        int start = page.indexOf("id=\"my-tasks\"");
        return start < 0 ? "" : page.substring(start, page.indexOf("</main>", start));
    }
}
