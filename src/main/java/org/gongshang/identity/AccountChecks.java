package org.gongshang.identity;

import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;

import org.gongshang.region.Region;
import org.gongshang.region.RegionLevel;
import org.gongshang.region.Regions;
import org.gongshang.shared.DomainException.FieldProblem;
import org.springframework.stereotype.Component;

/** The shape rules of account fields, shared by every use case that writes an account. */
@Component
class AccountChecks {

    static final int MAX_REAL_NAME = 30;
    private static final String USERNAME = "[A-Za-z][A-Za-z0-9._-]{2,39}";
    private static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    private final Regions regions;
    private final SecureRandom random = new SecureRandom();

    AccountChecks(Regions regions) {
        this.regions = regions;
    }

    static boolean isUsername(String username) {
        return username.matches(USERNAME);
    }

    static boolean isEmail(String email) {
        return email.length() <= 200 && email.matches(EMAIL);
    }

    static void realName(String realName, List<FieldProblem> problems) {
        if (realName.isEmpty() || realName.length() > MAX_REAL_NAME || !realName.matches("[\\p{IsHan}A-Za-z·•.\\s]+")) {
            problems.add(new FieldProblem("realName", "identity.real-name.invalid", MAX_REAL_NAME));
        }
    }

    static void idNumber(String idNumber, List<FieldProblem> problems) {
        ResidentIdNumber.check(idNumber).ifPresent(problem -> problems.add(new FieldProblem("idNumber",
                "identity.id-number." + problem.name().toLowerCase().replace('_', '-'))));
    }

    /** Residents live in a community or village, or a grid of one. */
    void residence(String code, List<FieldProblem> problems) {
        Optional<Region> region = regions.find(code);
        if (region.isEmpty() || !region.get().active()
                || (region.get().level() != RegionLevel.COMMUNITY && region.get().level() != RegionLevel.GRID)) {
            problems.add(new FieldProblem("residenceRegionCode", "identity.residence.invalid"));
        }
    }

    /** An initial password that passes the policy: letters and digits both. */
    String generatePassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.append(random.nextInt(10)).append((char) ('a' + random.nextInt(26))).toString();
    }

    String residentUsername() {
        return "u" + (10_000_000 + random.nextInt(90_000_000));
    }
}
