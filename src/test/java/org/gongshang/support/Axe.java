package org.gongshang.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

import org.openqa.selenium.JavascriptExecutor;

/**
 * axe-core from its web jar (test scope), run in the page a {@link Browser} shows, for the WCAG 2.0, 2.1
 * and 2.2 A and AA rules. The script goes in through WebDriver, which the page's Content-Security-Policy
 * does not govern: the application never serves or allows it.
 */
public final class Axe {

    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private static final String SOURCE = source();

    private static final String RUN = """
            var done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
              .then(function (result) {
                done(result.violations.map(function (v) {
                  return v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.slice(0, 5).map(function (n) {
                    return n.target.join(' ');
                  }).join(' | ');
                }));
              })
              .catch(function (error) { done(['axe failed: ' + error]); });
            """;

    private Axe() {
    }

    /** The violations on the page the browser shows now, one line each (rule, impact, help, where); empty when none. */
    public static List<String> violations(Browser browser) {
        JavascriptExecutor page = (JavascriptExecutor) browser.driver();
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        page.executeScript(SOURCE);
        @SuppressWarnings("unchecked")
        List<String> found = (List<String>) page.executeAsyncScript(RUN, TAGS);
        return found;
    }

    private static String source() {
        ClassLoader loader = Axe.class.getClassLoader();
        try (InputStream pom = loader.getResourceAsStream("META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            if (pom == null) {
                throw new IllegalStateException("the axe-core web jar is not on the test class path");
            }
            Properties properties = new Properties();
            properties.load(pom);
            String path = "META-INF/resources/webjars/axe-core/" + properties.getProperty("version") + "/axe.min.js";
            try (InputStream script = loader.getResourceAsStream(path)) {
                if (script == null) {
                    throw new IllegalStateException("no " + path);
                }
                return new String(script.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
