package org.gongshang.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.stream.Stream;

import org.gongshang.shared.privacy.Masking;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.gongshang.support.Sessions;
import org.gongshang.support.People.Person;
import org.gongshang.support.SentCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The attack: with a stolen password, name one's own phone at the second-factor step, receive the
 * code there, pass, and keep the account's phone (and its reset codes). It must fail for every role
 * that has a second factor; an account without a phone still enrols one there.
 */
@GongshangTest
@TestPropertySource(properties = "gongshang.identity.second-factor=true")
class SecondFactorTakeoverTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Sessions sessions;

    @Autowired
    People people;

    @Autowired
    SentCodes sent;

    @Autowired
    Accounts accounts;

    @Autowired
    AccountOpening opening;

    static Stream<Role> rolesWithASecondFactor() {
        return Stream.of(Role.STAFF, Role.ADMIN, Role.DEPARTMENT, Role.REVIEWER);
    }

    @ParameterizedTest
    @MethodSource("rolesWithASecondFactor")
    void anAccountWithAPhoneCannotNameAnotherAtTheSecondFactor(Role role) throws Exception {
        Person victim = person(role);
        String attackersPhone = People.phone();
        MockHttpSession session = passwordStep(victim);

        mvc.perform(post("/login/verify/phone").session(session).with(csrf()).param("phone", attackersPhone))
                .andExpect(status().isForbidden());
        mvc.perform(post("/login/verify").session(session).with(csrf()).param("code", "123456"));

        assertThat(sent.latest(attackersPhone, CodePurpose.SECOND_FACTOR)).isEmpty();
        assertThat(sessions.signedIn(session)).isFalse();
        assertThat(accounts.get(victim.id()).maskedPhone()).isEqualTo(Masking.phone(victim.phone()));
    }

    @Test
    void anAccountWithoutAPhoneEnrolsOneWithTheCodeSentToIt() throws Exception {
        String username = "adm" + System.nanoTime() % 1_000_000_000;
        long id = opening.openAdministrator(username, null, People.PASSWORD, null, "test");
        String phone = People.phone();
        MockHttpSession session = passwordStep(new Person(id, username, "", People.PASSWORD, username));

        mvc.perform(post("/login/verify/phone").session(session).with(csrf()).param("phone", phone)).andExpect(status().isOk());
        mvc.perform(post("/login/verify").session(session).with(csrf())
                        .param("code", sent.require(phone, CodePurpose.SECOND_FACTOR)))
                .andExpect(redirectedUrl("/"));

        assertThat(sessions.signedIn(session)).isTrue();
        assertThat(accounts.get(id).maskedPhone()).isEqualTo(Masking.phone(phone));
    }

    private Person person(Role role) {
        return switch (role) {
            case ADMIN -> people.admin();
            case STAFF -> people.withRole(role, "达州市政协");
            case DEPARTMENT -> people.withRole(role, "市住房和城乡建设局");
            case REVIEWER -> people.withRole(role, "中共达州市委");
            default -> throw new IllegalArgumentException(role.name());
        };
    }

    private MockHttpSession passwordStep(Person person) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").session(session).with(csrf()).param("username", person.username())
                .param("password", person.password())).andExpect(redirectedUrl("/login/verify"));
        return session;
    }
}
