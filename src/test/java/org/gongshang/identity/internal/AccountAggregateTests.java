package org.gongshang.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;

import org.gongshang.identity.Role;
import org.gongshang.identity.internal.AccountAggregate.Sealed;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.DomainException.FieldProblem;
import org.gongshang.shared.DomainException.Kind;
import org.junit.jupiter.api.Test;

/** The rules an account and a role grant keep themselves, without Spring or a database. */
class AccountAggregateTests {

    static final Sealed PHONE = sealed("13800000001", "138****0001");
    static final Sealed ID_NUMBER = sealed("511702199003071238", "511702********1238");

    @Test
    void aNewAccountIsEnabledUnstoredAndRealNameVerifiedOnlyWithAnIdNumber() {
        AccountAggregate resident = stored(AccountAggregate.open("u1", "hash", "李明", ID_NUMBER, PHONE, null, "511702001001",
                false, false), 1);
        AccountAggregate staff = AccountAggregate.open("staff1", "hash", "刘政协", null, PHONE, null, null, true, false);

        assertThat(staff.id()).isNull();
        assertThat(staff.version()).as("null: Spring Data inserts it").isNull();
        assertThat(staff.enabled()).isTrue();
        assertThat(staff.realNameVerified()).isFalse();
        assertThat(staff.mustChangePassword()).isTrue();
        assertThat(resident.realNameVerified()).isTrue();
        assertThat(resident.phoneMasked()).isEqualTo("138****0001");
        assertThat(resident.idNumberMasked()).isEqualTo("511702********1238");
    }

    @Test
    void demoAccountsLogInOnlyInDemoMode() {
        AccountAggregate demo = AccountAggregate.open("admin", "hash", "系统管理员", null, PHONE, null, null, false, true);
        AccountAggregate real = AccountAggregate.open("admin2", "hash", "管理员", null, PHONE, null, null, false, false);

        assertThat(demo.mayLogIn(true)).isTrue();
        assertThat(demo.mayLogIn(false)).isFalse();
        assertThat(real.mayLogIn(false)).isTrue();
    }

    @Test
    void nobodyDisablesTheirOwnAccountButOthersCanAndEnableItAgain() {
        AccountAggregate account = stored(AccountAggregate.open("m1", "hash", "陈委员", null, PHONE, null, null, false, false), 7);

        assertThatThrownBy(() -> account.disabledBy(7))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.CONFLICT);
                    assertThat(e.messageKey()).isEqualTo("identity.account.disable-self");
                });
        AccountAggregate disabled = account.disabledBy(8);
        assertThat(disabled.enabled()).isFalse();
        assertThat(disabled.version()).as("the version read, for the optimistic lock").isEqualTo(account.version());
        assertThat(disabled.enabledAgain().enabled()).isTrue();
    }

    @Test
    void anAccountWithAPhoneCannotEnrolAnotherOnlyReplaceIt() {
        AccountAggregate withPhone = stored(AccountAggregate.open("s1", "hash", "刘政协", null, PHONE, null, null, false, false), 2);
        AccountAggregate without = stored(AccountAggregate.open("a1", "hash", "管理员", null, null, null, null, false, false), 3);

        assertThatThrownBy(withPhone::requireNoPhone)
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(Kind.FORBIDDEN));
        without.requireNoPhone();
        withPhone.requirePhoneOnRecord();
        assertThatThrownBy(without::requirePhoneOnRecord)
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("identity.phone.none-on-record"));
    }

    @Test
    void aReplacementPhoneMustDifferFromTheOneOnRecord() {
        AccountAggregate account = stored(AccountAggregate.open("r1", "hash", "李明", null, PHONE, null, null, false, false), 4);

        assertThatThrownBy(() -> account.requireOtherThanPhoneOnRecord(PHONE.hash().clone()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldProblems())
                        .extracting(FieldProblem::field, FieldProblem::messageKey)
                        .containsExactly(tuple("phone", "identity.phone.same")));
        account.requireOtherThanPhoneOnRecord(sealed("13900000002", "139****0002").hash());
    }

    @Test
    void aProfileChangeKeepsEverythingElse() {
        AccountAggregate account = stored(AccountAggregate.open("r2", "hash", "李明", ID_NUMBER, PHONE, null, null, false, false), 5);

        AccountAggregate changed = account.withProfile("li@example.cn", "511702001002");

        assertThat(changed.email()).isEqualTo("li@example.cn");
        assertThat(changed.residenceRegionCode()).isEqualTo("511702001002");
        assertThat(changed).usingRecursiveComparison().ignoringFields("email", "residenceRegionCode").isEqualTo(account);
    }

    @Test
    void anAdministratorCannotTakeBackTheirOwnAdministratorRole() {
        RoleGrantAggregate own = new RoleGrantAggregate(10L, 7, Role.ADMIN, null, null);
        RoleGrantAggregate someoneElses = new RoleGrantAggregate(11L, 8, Role.ADMIN, null, 7L);
        RoleGrantAggregate ownStaffRole = new RoleGrantAggregate(12L, 7, Role.STAFF, 1L, null);

        assertThatThrownBy(() -> own.requireRevocableBy(7))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("identity.grant.own-admin"));
        someoneElses.requireRevocableBy(7);
        ownStaffRole.requireRevocableBy(7);
    }

    /** As the repository returns it: with an id and a version. */
    private static AccountAggregate stored(AccountAggregate a, long id) {
        return new AccountAggregate(id, a.username(), a.passwordHash(), a.realName(), a.idNumberCipher(), a.idNumberHash(),
                a.idNumberMasked(), a.phoneCipher(), a.phoneHash(), a.phoneMasked(), a.email(), a.residenceRegionCode(),
                a.realNameVerified(), a.enabled(), a.mustChangePassword(), a.credentialsVersion(), a.demoAccount(), 3L);
    }

    /** Stand-ins for the cipher's output: the aggregate never looks inside. */
    private static Sealed sealed(String value, String masked) {
        byte[] bytes = value.getBytes(StandardCharsets.US_ASCII);
        return new Sealed(bytes, ("hash:" + value).getBytes(StandardCharsets.US_ASCII), masked);
    }
}
