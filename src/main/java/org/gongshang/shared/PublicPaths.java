package org.gongshang.shared;

import java.util.List;

/**
 * Paths a module serves to everyone, without login. Everything not listed by some module needs an
 * authenticated account (deny by default); roles and regions are then checked by the module.
 *
 * @param anyMethod Ant-style patterns open for every HTTP method
 * @param readOnly patterns open for GET and HEAD only
 */
public record PublicPaths(List<String> anyMethod, List<String> readOnly) {

    public static PublicPaths readOnly(String... patterns) {
        return new PublicPaths(List.of(), List.of(patterns));
    }

    public static PublicPaths anyMethod(String... patterns) {
        return new PublicPaths(List.of(patterns), List.of());
    }

    public PublicPaths andReadOnly(String... patterns) {
        return new PublicPaths(anyMethod, concat(readOnly, patterns));
    }

    public PublicPaths andAnyMethod(String... patterns) {
        return new PublicPaths(concat(anyMethod, patterns), readOnly);
    }

    private static List<String> concat(List<String> list, String[] more) {
        return java.util.stream.Stream.concat(list.stream(), java.util.Arrays.stream(more)).toList();
    }
}
