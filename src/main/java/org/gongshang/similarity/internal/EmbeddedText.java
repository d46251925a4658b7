package org.gongshang.similarity.internal;

/**
 * What is embedded of a text: its title, when it is long enough to say what the text is about, else
 * the title followed by as much of the body as fits. Titles are what a resident types and what another
 * title is compared with: embedding a long description with the title pulls the vector away from the
 * title's subject (measured: 「关于加快既有住宅增设电梯的建议」 against the demo's elevator topic, 0.72 by
 * titles, 0.59 with its description).
 */
public final class EmbeddedText {

    private EmbeddedText() {
    }

    public static String of(String title, String body, int minTitleChars, int maxChars) {
        String subject = title.strip();
        int titleLength = subject.codePointCount(0, subject.length());
        if (titleLength >= minTitleChars || body.isBlank()) {
            return cut(subject, maxChars);
        }
        return cut(subject + "。" + body.strip(), maxChars);
    }

    private static String cut(String text, int maxChars) {
        int length = text.codePointCount(0, text.length());
        return length <= maxChars ? text : text.substring(0, text.offsetByCodePoints(0, maxChars));
    }
}
