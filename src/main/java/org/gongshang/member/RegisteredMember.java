package org.gongshang.member;

import org.jspecify.annotations.Nullable;

/**
 * A registered member, with the initial password of a newly opened account (shown once to the
 * staff member who registered them, stored nowhere); null when an existing account became a member.
 */
public record RegisteredMember(Member member, @Nullable String initialPassword) {

    @Override
    public String toString() {
        return "RegisteredMember[" + member.id() + "]";
    }
}
