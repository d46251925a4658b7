package org.gongshang.shared;

import java.util.List;
import java.util.stream.Stream;

import org.gongshang.support.Browser;

/**
 * The pages a resident meets first, from the walk-through of issue 17: what a visitor reads without
 * signing in, and what a signed-in resident uses (a topic of the demo data too).
 */
final class KeyPages {

    static final List<String> PUBLIC = List.of("/", "/topics", "/consultations", "/recommendations", "/login", "/register");

    static final List<String> RESIDENT = List.of("/topics/new", "/account", "/inbox", "/recommendations/to-rate");

    private KeyPages() {
    }

    /** The public pages, a demo topic's page and the resident's pages, for a browser signed in as a resident. */
    static List<String> all(Browser browser) {
        return Stream.of(PUBLIC.stream(), Stream.of(aTopic(browser)), RESIDENT.stream()).flatMap(s -> s).toList();
    }

    /** The page of the first topic the topic list shows. */
    static String aTopic(Browser browser) {
        browser.open("/topics");
        return browser.findAll("main a[href^='/topics/']").stream()
                .map(link -> link.getDomAttribute("href"))
                .filter(href -> href != null && href.matches("/topics/\\d+"))
                .findFirst().orElseThrow(() -> new AssertionError("the demo data has no topic on /topics"));
    }

    /** A file name for a page's screenshot: /topics/new → topics-new. */
    static String fileName(String path) {
        String name = path.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
        return name.isEmpty() ? "home" : name;
    }
}
