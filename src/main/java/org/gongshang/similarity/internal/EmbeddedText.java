package org.gongshang.similarity.internal;

/** What is embedded of a text: its title, then as much of its body as fits. */
public final class EmbeddedText {

    private EmbeddedText() {
    }

    public static String of(String title, String body, int maxChars) {
        String text = body.isBlank() ? title.strip() : title.strip() + "。" + body.strip();
        return text.length() <= maxChars ? text : text.substring(0, text.offsetByCodePoints(0, Math.min(maxChars,
                text.codePointCount(0, text.length()))));
    }
}
