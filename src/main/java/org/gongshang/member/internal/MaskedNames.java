package org.gongshang.member.internal;

/** Names as others than their owner see them. */
public final class MaskedNames {

    private MaskedNames() {
    }

    /** 张三丰 → 张**: enough for the member on duty to greet a visitor, not to identify them elsewhere. */
    public static String of(String name) {
        String clean = name.replace("\u0000", "").strip();
        if (clean.codePointCount(0, clean.length()) <= 1) {
            return clean;
        }
        int first = clean.offsetByCodePoints(0, 1);
        return clean.substring(0, first) + "*".repeat(clean.codePointCount(first, clean.length()));
    }
}
