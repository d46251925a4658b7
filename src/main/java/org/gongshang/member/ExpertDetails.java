package org.gongshang.member;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** What staff say about an expert of the pool; the phone is kept encrypted. */
public record ExpertDetails(@Nullable String name, List<String> expertise, @Nullable String workUnit,
        @Nullable String title, @Nullable String phone, @Nullable String username) {

    public ExpertDetails {
        name = Texts.clean(name);
        expertise = expertise == null ? List.of()
                : expertise.stream().map(Texts::cleanOrEmpty).filter(tag -> !tag.isEmpty()).distinct().toList();
        workUnit = Texts.clean(workUnit);
        title = Texts.clean(title);
        phone = Texts.clean(phone);
        username = Texts.clean(username);
    }

    @Override
    public String toString() {
        return "ExpertDetails[" + name + "]";
    }
}
