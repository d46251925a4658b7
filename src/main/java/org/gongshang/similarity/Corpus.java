package org.gongshang.similarity;

import java.util.regex.Pattern;

/** A named collection of texts compared with each other: {@code topic}, {@code statement}, later {@code emergency}. */
public record Corpus(String name) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,31}");

    public Corpus {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A corpus is named in lower case letters: " + name);
        }
    }
}
