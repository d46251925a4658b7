package org.gongshang.support;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import org.gongshang.identity.AccountOpening;
import org.gongshang.identity.Actor;
import org.gongshang.identity.CodePurpose;
import org.gongshang.identity.CreatedAccount;
import org.gongshang.identity.NewAccount;
import org.gongshang.identity.Passwords;
import org.gongshang.identity.Registration;
import org.gongshang.identity.ResidentRegistration;
import org.gongshang.identity.Role;
import org.gongshang.identity.RoleGrant;
import org.gongshang.identity.VerificationCodes;
import org.gongshang.region.Organization;
import org.gongshang.region.Organizations;
import org.jspecify.annotations.Nullable;

/**
 * Makes the people a test needs, each new and unique: residents who registered with real name, and
 * accounts with a role in a demo organisation, their initial password already changed.
 */
public class People {

    /** A person a test can act as; {@code password} is their current password. */
    public record Person(long id, String username, String phone, String password, String realName) {
    }

    public static final String PASSWORD = "Passw0rd-for-tests";
    /** A community in 通川区 东城街道 of the demo data. */
    public static final String COMMUNITY = "511702001001";

    private static final Actor SYSTEM_ADMIN = new Actor(0, "test", List.of(new RoleGrant(0, Role.ADMIN, null, null)), null);

    private final ResidentRegistration registration;
    private final AccountOpening opening;
    private final Passwords passwords;
    private final VerificationCodes codes;
    private final SentCodes sentCodes;
    private final Organizations organizations;

    People(ResidentRegistration registration, AccountOpening opening, Passwords passwords, VerificationCodes codes,
            SentCodes sentCodes, Organizations organizations) {
        this.registration = registration;
        this.opening = opening;
        this.passwords = passwords;
        this.codes = codes;
        this.sentCodes = sentCodes;
        this.organizations = organizations;
    }

    public Person resident() {
        return resident(COMMUNITY);
    }

    /** A resident of the community, registered through the real registration with an SMS code. */
    public Person resident(@Nullable String communityCode) {
        String phone = phone();
        codes.request(phone, CodePurpose.REGISTER, null, Locale.SIMPLIFIED_CHINESE);
        String name = name();
        var account = registration.register(new Registration(phone, sentCodes.require(phone, CodePurpose.REGISTER), PASSWORD,
                name, idNumber(), communityCode), null);
        return new Person(account.id(), account.username(), phone, PASSWORD, name);
    }

    /** Someone holding the role in the named demo organisation (e.g. STAFF in 达州市政协). */
    public Person withRole(Role role, String organizationName) {
        Organization organization = organizations.list(null, null).stream()
                .filter(o -> o.name().equals(organizationName)).findFirst()
                .orElseThrow(() -> new AssertionError("No demo organisation " + organizationName));
        return create(role, organization.id());
    }

    public Person admin() {
        return create(Role.ADMIN, null);
    }

    private Person create(Role role, @Nullable Long organizationId) {
        String phone = phone();
        String username = "t" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
        String name = name();
        CreatedAccount created = opening.open(new NewAccount(username, name, phone, null, null, role, organizationId, null),
                SYSTEM_ADMIN);
        passwords.change(created.account().id(), created.initialPassword(), PASSWORD);
        return new Person(created.account().id(), username, phone, PASSWORD, name);
    }

    /** A fresh mobile number, unlikely to collide with any other test's. */
    public static String phone() {
        return "1" + (3 + ThreadLocalRandom.current().nextInt(7)) + String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));
    }

    /** A fresh, valid resident ID number (check digit per GB 11643-1999). */
    public static String idNumber() {
        var random = ThreadLocalRandom.current();
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(365 * 55));
        String body = "511702" + birth.toString().replace("-", "") + String.format("%03d", random.nextInt(1000));
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    private static String name() {
        String[] family = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"};
        String[] given = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛"};
        var random = ThreadLocalRandom.current();
        return family[random.nextInt(family.length)] + given[random.nextInt(given.length)] + given[random.nextInt(given.length)];
    }
}
