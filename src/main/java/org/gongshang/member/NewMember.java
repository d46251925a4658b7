package org.gongshang.member;

import org.jspecify.annotations.Nullable;

/**
 * A member to register: an existing account (by its login name) or a new one opened with the
 * MEMBER role in the committee, and the profile.
 *
 * @param realName, phone, idNumber, email: for a new account only; an existing account keeps its own
 */
public record NewMember(String username, @Nullable String realName, @Nullable String phone, @Nullable String idNumber,
        @Nullable String email, MemberDetails details) {

    public NewMember {
        username = Texts.cleanOrEmpty(username);
        realName = Texts.clean(realName);
        phone = Texts.clean(phone);
        idNumber = Texts.clean(idNumber);
        email = Texts.clean(email);
    }

    @Override
    public String toString() {
        return "NewMember[" + username + "]";
    }
}
