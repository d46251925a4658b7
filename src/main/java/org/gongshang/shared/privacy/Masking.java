package org.gongshang.shared.privacy;

/** How personal data is shown to anyone but an admin with a stated reason. */
public final class Masking {

    private Masking() {
    }

    /** {@code 11010519491231002X} → {@code 110105********002X}: region and check part stay. */
    public static String idNumber(String idNumber) {
        if (idNumber.length() < 10) {
            return "*".repeat(idNumber.length());
        }
        return idNumber.substring(0, 6) + "*".repeat(idNumber.length() - 10) + idNumber.substring(idNumber.length() - 4);
    }

    /** {@code 13800138000} → {@code 138****8000}. */
    public static String phone(String phone) {
        if (phone.length() < 7) {
            return "*".repeat(phone.length());
        }
        return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
    }
}
