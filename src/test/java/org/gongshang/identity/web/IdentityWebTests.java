package org.gongshang.identity.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import org.gongshang.identity.AccountOpening;
import org.gongshang.identity.AccountScope;
import org.gongshang.identity.AccountStatus;
import org.gongshang.identity.AccountView;
import org.gongshang.identity.Accounts;
import org.gongshang.identity.Actors;
import org.gongshang.identity.FirstAdministrator;
import org.gongshang.identity.LoginOutcome;
import org.gongshang.identity.Logins;
import org.gongshang.identity.Passwords;
import org.gongshang.identity.PersonalDataReveal;
import org.gongshang.identity.PhoneChange;
import org.gongshang.identity.ProfileChange;
import org.gongshang.identity.ResidentRegistration;
import org.gongshang.identity.Role;
import org.gongshang.identity.RoleGrant;
import org.gongshang.identity.RoleGrants;
import org.gongshang.identity.VerificationCodes;
import org.gongshang.identity.security.AccessTokens;
import org.gongshang.identity.security.LoginFailure;
import org.gongshang.region.Organizations;
import org.gongshang.region.Regions;
import org.gongshang.shared.DomainException;
import org.gongshang.support.WebSlice;
import org.gongshang.support.WebSliceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The identity pages and API in one web slice: what reaches the use cases, what comes back as
 * field errors, flashed refusals and problem details, the JSON shapes, and who is turned away —
 * with the project's security configuration and no database.
 */
@WebSliceTest({AccountPage.class, PasswordPage.class, PhonePage.class, AdminAccountsPage.class, AdminAccountPage.class,
        AdminPersonalDataPage.class, RegisterPage.class, PasswordResetPage.class, LoginPages.class, SecondFactorPages.class,
        SetupPage.class, AccountApi.class, MyPhoneApi.class, AuthApi.class, AdminAccountApi.class, AccountRoleApi.class,
        AccountStatusApi.class, PersonalDataApi.class})
@Import({IdentityPublicPaths.class, CurrentUserModel.class, Actors.class, GrantChoices.class, AdminAccountDetail.class,
        ResidenceOptions.class})
class IdentityWebTests {

    static final long ACCOUNT = 42;
    static final AccountView RESIDENT = new AccountView(ACCOUNT, "u10000042", "李明", "138****0001", "511702********1238",
            null, "511702001001", List.of(new RoleGrant(7, Role.RESIDENT, null, "511702001001")), true, true, false,
            Instant.parse("2026-03-01T02:00:00Z"), null);

    @Autowired
    MockMvc mvc;

    @Autowired
    Logins logins;

    @MockitoBean
    Accounts accounts;

    @MockitoBean
    AccountScope scope;

    @MockitoBean
    AccountOpening opening;

    @MockitoBean
    RoleGrants roles;

    @MockitoBean
    AccountStatus accountStatus;

    @MockitoBean
    PersonalDataReveal reveal;

    @MockitoBean
    PhoneChange phones;

    @MockitoBean
    ProfileChange profiles;

    @MockitoBean
    Passwords passwords;

    @MockitoBean
    ResidentRegistration registration;

    @MockitoBean
    VerificationCodes codes;

    @MockitoBean
    FirstAdministrator firstAdministrator;

    @MockitoBean
    AccessTokens tokens;

    @MockitoBean
    Regions regions;

    @MockitoBean
    Organizations organizations;

    @BeforeEach
    void anAccount() {
        when(accounts.get(anyLong())).thenReturn(RESIDENT);
        when(scope.visibleTo(any(), eq(ACCOUNT))).thenReturn(RESIDENT);
    }

    @Test
    void anonymousVisitorsOfTheirAccountAreSentToTheLoginAndTheApiAnswers401() throws Exception {
        mvc.perform(get("/account")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/account/phone")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/api/v1/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aResidentIsRefusedTheAdminPagesAndApiBeforeAnyBodyIsRead() throws Exception {
        mvc.perform(get("/admin/accounts").with(WebSlice.as(Role.RESIDENT))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/accounts/" + ACCOUNT).with(WebSlice.as(Role.RESIDENT))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/accounts/" + ACCOUNT + "/state").param("action", "disable").with(csrf())
                .with(WebSlice.as(Role.RESIDENT))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/admin/accounts").contentType(MediaType.APPLICATION_JSON).content("{}")
                        .with(WebSlice.as(Role.RESIDENT)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        verify(accountStatus, never()).setEnabled(anyLong(), any(Boolean.class), any());
        verify(opening, never()).open(any(), any());
    }

    @Test
    void staffMayNotSeeOrResetPersonalDataOnThePagesOrTheApi() throws Exception {
        var staff = WebSlice.as(3L, "511702", Role.STAFF);
        mvc.perform(post("/admin/accounts/" + ACCOUNT + "/reveal").param("field", "PHONE").param("reason", "核实身份")
                .with(csrf()).with(staff)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/accounts/" + ACCOUNT + "/phone").param("phone", "13900000009").param("reason", "丢失手机")
                .with(csrf()).with(staff)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/admin/accounts/" + ACCOUNT + "/reveal").contentType(MediaType.APPLICATION_JSON)
                .content("{}").with(staff)).andExpect(status().isForbidden());
        verify(reveal, never()).reveal(anyLong(), any(), anyString(), any());
        verify(phones, never()).resetByAdministrator(anyLong(), anyString(), anyString(), any());
    }

    @Test
    void staffSeeTheAccountPageWithoutThePersonalDataForms() throws Exception {
        mvc.perform(get("/admin/accounts/" + ACCOUNT).with(WebSlice.as(3L, "511702", Role.STAFF)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("李明"), containsString("id=\"grant\""),
                        not(containsString("id=\"reveal\"")), not(containsString("id=\"phone-reset\"")))));
    }

    @Test
    void thePhonePageShowsTheMaskedPhoneAndBothButtons() throws Exception {
        mvc.perform(get("/account/phone").with(WebSlice.as(Role.RESIDENT)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("138****0001"), containsString("id=\"send-current-code\""),
                        containsString("id=\"send-new-code\""), containsString("id=\"currentCode\""))));
    }

    @Test
    void aWrongCodeForTheOldPhoneIsShownAtItsFieldWithTheInputKept() throws Exception {
        doThrow(DomainException.invalidField("currentCode", "identity.code.wrong"))
                .when(phones).change(anyLong(), eq("13900000009"), eq("111111"), eq("222222"));

        mvc.perform(post("/account/phone").with(csrf()).with(WebSlice.as(Role.RESIDENT)).param("phone", "13900000009")
                        .param("currentCode", "111111").param("newCode", "222222"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("id=\"currentCode-problem\""), containsString("验证码不正确"),
                        containsString("value=\"13900000009\""))));
    }

    @Test
    void theHtmxCodeButtonGetsItsLineWithTheRefusalAndStatus200() throws Exception {
        doThrow(DomainException.tooMany("identity.code.wait", 30)).when(phones).sendCodeToCurrentPhone(anyLong(), any(), any());

        mvc.perform(post("/account/phone/codes").param("to", "CURRENT").header("HX-Request", "true").with(csrf())
                        .with(WebSlice.as(Role.RESIDENT)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"current-code-status\""), containsString("请 30 秒后再试"),
                        not(containsString("<html")))));
    }

    @Test
    void withoutJavaScriptTheCodeButtonAnswersTheWholePageWithTheRefusalsStatus() throws Exception {
        doThrow(DomainException.tooMany("identity.code.wait", 30)).when(phones).sendCodeToCurrentPhone(anyLong(), any(), any());

        mvc.perform(post("/account/phone/codes").param("to", "CURRENT").param("phone", "13900000009").with(csrf())
                        .with(WebSlice.as(Role.RESIDENT)))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(allOf(containsString("<html"), containsString("请 30 秒后再试"),
                        containsString("value=\"13900000009\""))));
    }

    @Test
    void aRoleMustBeChosenAndATamperedOneIsAFieldProblem() throws Exception {
        mvc.perform(post("/admin/accounts/" + ACCOUNT + "/roles").with(csrf()).with(WebSlice.as(Role.ADMIN)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请选择角色。")));
        mvc.perform(post("/admin/accounts/" + ACCOUNT + "/roles").param("role", "KING").with(csrf()).with(WebSlice.as(Role.ADMIN)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("aria-invalid=\"true\""), containsString("李明"))));
        verify(roles, never()).grant(anyLong(), any(), any(), any());
    }

    @Test
    void disablingOnesOwnAccountComesBackAsAFlashedRefusal() throws Exception {
        doThrow(DomainException.conflict("identity.account.disable-self")).when(accountStatus).setEnabled(eq(ACCOUNT), eq(false), any());

        mvc.perform(post("/admin/accounts/" + ACCOUNT + "/state").param("action", "disable").with(csrf())
                        .with(WebSlice.as(Role.ADMIN)))
                .andExpect(redirectedUrl("/admin/accounts/" + ACCOUNT))
                .andExpect(flash().attribute("errorKey", "identity.account.disable-self"));
        mvc.perform(post("/admin/accounts/" + ACCOUNT + "/state").param("action", "promote").with(csrf())
                        .with(WebSlice.as(Role.ADMIN)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aRevealedValueIsShownOnceAndNeverCached() throws Exception {
        when(reveal.reveal(eq(ACCOUNT), any(), eq("核实身份"), any())).thenReturn("13800000001");

        mvc.perform(post("/admin/accounts/" + ACCOUNT + "/reveal").param("field", "PHONE").param("reason", "核实身份")
                        .with(csrf()).with(WebSlice.as(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("手机号码：13800000001")))
                .andExpect(header().string("Cache-Control", "no-store"));
    }

    @Test
    void aRefusedPasswordLoginIsShownOnTheLoginPage() throws Exception {
        mvc.perform(get("/login").param("error", "").sessionAttr(WebAttributes.AUTHENTICATION_EXCEPTION,
                        new LoginFailure("identity.login.delayed", 4)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("密码尝试次数过多，请 4 秒后再试")));
    }

    @Test
    void aWrongSmsLoginCodeIsA400WithTheCodeFormKept() throws Exception {
        when(logins.withSmsCode(eq("13800000001"), eq("000000"), any())).thenReturn(new LoginOutcome.BadCredentials());

        mvc.perform(post("/login/sms").param("phone", "13800000001").param("code", "000000").with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("验证码不正确。"), containsString("id=\"sms-login\""),
                        containsString("value=\"13800000001\""))));
    }

    @Test
    void myAccountAsJsonShowsOnlyMaskedPersonalData() throws Exception {
        mvc.perform(get("/api/v1/me").with(WebSlice.as(Role.RESIDENT)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(ACCOUNT))
                .andExpect(jsonPath("$.maskedPhone").value("138****0001"))
                .andExpect(jsonPath("$.maskedIdNumber").value("511702********1238"))
                .andExpect(jsonPath("$.roles[0]").value("RESIDENT"))
                .andExpect(jsonPath("$.grants[0].regionCode").value("511702001001"))
                .andExpect(jsonPath("$.phone").doesNotExist())
                .andExpect(jsonPath("$.idNumber").doesNotExist());
    }

    @Test
    void missingRegistrationFieldsAreProblemDetailsInTheCallersLanguage() throws Exception {
        mvc.perform(post("/api/v1/accounts").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                        .content("{\"phone\": \"13800000001\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.field == 'code')].message").value("Please give the SMS code."))
                .andExpect(jsonPath("$.errors[?(@.field == 'idNumber')].message").value("Please give the ID number."));
        verify(registration, never()).register(any(), any());
    }

    @Test
    void aCodeForNeitherPhoneIsAProblemAtTo() throws Exception {
        mvc.perform(post("/api/v1/me/phone/codes").contentType(MediaType.APPLICATION_JSON).content("{\"to\": \"SIDEWAYS\"}")
                        .with(WebSlice.as(Role.RESIDENT)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        verify(phones, never()).sendCodeToNewPhone(anyLong(), anyString(), any(), any(), any());
    }

    @Test
    void aGrantWithoutARoleIsAProblemAtRole() throws Exception {
        mvc.perform(post("/api/v1/admin/accounts/" + ACCOUNT + "/roles").contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en").content("{\"organizationId\": 1}").with(WebSlice.as(Role.ADMIN)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("role"))
                .andExpect(jsonPath("$.errors[0].message").value("Please choose a role."));
    }
}
