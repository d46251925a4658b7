package org.gongshang.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every text exists in Chinese and English, and every text with arguments survives MessageFormat. */
class MessageBundleTests {

    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d+[^}]*}");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    static List<String> bundles() throws IOException {
        List<String> names = new ArrayList<>();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath:messages/*.properties")) {
            String name = resource.getFilename();
            if (name != null && !name.contains("_")) {
                names.add(name.substring(0, name.length() - ".properties".length()));
            }
        }
        return names;
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void everyChineseTextHasAnEnglishOneAndBack(String bundle) throws IOException {
        Properties chinese = load(bundle + ".properties");
        Properties english = load(bundle + "_en.properties");

        assertThat(new TreeSet<>(english.stringPropertyNames())).as("keys of %s_en", bundle)
                .containsExactlyElementsOf(new TreeSet<>(chinese.stringPropertyNames()));
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void textsWithArgumentsHaveNoLoneApostrophes(String bundle) throws IOException {
        for (String file : List.of(bundle + ".properties", bundle + "_en.properties")) {
            Properties texts = load(file);
            Set<String> broken = new TreeSet<>();
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                if (ARGUMENT.matcher(text).find() && LONE_APOSTROPHE.matcher(text).find()) {
                    broken.add(key);
                }
            }
            assertThat(broken).as("MessageFormat would swallow the arguments of these texts in %s (write '' for ')", file).isEmpty();
        }
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        var resource = new PathMatchingResourcePatternResolver().getResource("classpath:messages/" + file);
        assertThat(resource.exists()).as(file).isTrue();
        try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
