package org.gongshang.identity;

import org.jspecify.annotations.Nullable;

/**
 * What a resident gives to register: a phone verified by the code sent to it, a password, the real
 * name and resident ID number, and optionally the community they live in.
 */
public record Registration(String phone, String code, String password, String realName, String idNumber,
        @Nullable String residenceRegionCode) {

    @Override
    public String toString() {
        return "Registration[" + realName + "]";
    }
}
