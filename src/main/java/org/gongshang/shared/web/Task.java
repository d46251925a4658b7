package org.gongshang.shared.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One line of a person's "my tasks" home page, in the words of the module it belongs to: a count of
 * things waiting for them (待签收 3) or a piece of news about their own things (您的议题已采纳).
 *
 * @param labelKey message key of the owning module's bundle; for a count it reads without the number
 * @param args the message's arguments (texts only, e.g. a topic's title)
 * @param count how many are waiting; null for news
 * @param path where the person deals with them
 * @param order position on the page, as in {@link NavigationItem}
 * @param urgent past a deadline: shown so that it stands out
 */
public record Task(String labelKey, List<String> args, @Nullable Long count, String path, int order, boolean urgent) {

    public Task {
        args = List.copyOf(args);
    }

    /** Things waiting for the person, shown with their number even when none wait. */
    public static Task count(String labelKey, long count, String path, int order) {
        return new Task(labelKey, List.of(), count, path, order, false);
    }

    /** Things waiting past their deadline. */
    public static Task overdue(String labelKey, long count, String path, int order) {
        return new Task(labelKey, List.of(), count, path, order, count > 0);
    }

    /** Something that happened to the person's own things. */
    public static Task news(String labelKey, String path, int order, String... args) {
        return new Task(labelKey, List.of(args), null, path, order, false);
    }

    public boolean isNews() {
        return count == null;
    }
}
