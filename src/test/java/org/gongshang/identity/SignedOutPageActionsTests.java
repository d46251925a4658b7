package org.gongshang.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.gongshang.deliberation.Deliberations;
import org.gongshang.deliberation.ModerationMode;
import org.gongshang.deliberation.NewDeliberation;
import org.gongshang.deliberation.Statements;
import org.gongshang.deliberation.Votes;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.gongshang.support.People.Person;
import org.gongshang.support.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A page left open after the session ended: its htmx buttons and cards must take the whole page to
 * the login and come back to it, not swap the login form into a card, and a form must not answer
 * "forbidden" for what is only a lapsed session.
 */
@GongshangTest
class SignedOutPageActionsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    Sessions sessions;

    @Autowired
    Deliberations deliberations;

    @Autowired
    Statements statements;

    @Autowired
    Votes votes;

    @Autowired
    Actors actors;

    long deliberation() {
        Person organiser = people.withRole(Role.STAFF, "通川区政协");
        return deliberations.create(new NewDeliberation("会话过期测试", "", null, 1L, "511702", ModerationMode.OPEN, null,
                Instant.now().plus(1, ChronoUnit.DAYS), List.of("楼道要装声控灯"), List.of()), actors.of(organiser.id())).id();
    }

    /** The password login with the session of the signed-out requests, as the login page would post it. */
    ResultActions logIn(MockHttpSession session, Person person) throws Exception {
        return mvc.perform(post("/login").session(session).with(csrf()).param("username", person.username())
                .param("password", person.password()));
    }

    @Test
    void anHtmxVoteWithoutASessionSendsThePageToTheLoginAndTheLoginBackToThePage() throws Exception {
        long id = deliberation();
        long statement = statements.shown(id).getFirst().id();
        Person resident = people.resident();
        MockHttpSession session = new MockHttpSession();

        // The session ended, so the page's CSRF token is unknown too: no csrf() here.
        mvc.perform(post("/deliberations/" + id + "/vote").session(session).header("HX-Request", "true")
                        .header("HX-Current-URL", "http://localhost/deliberations/" + id + "?lang=zh-CN")
                        .param("statementId", Long.toString(statement)).param("value", "AGREE"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("HX-Redirect", "/login"));

        logIn(session, resident).andExpect(redirectedUrl("/deliberations/" + id + "?lang=zh-CN"));
        assertThat(votes.countOf(id, actors.of(resident.id()))).as("nothing was recorded while signed out").isZero();
    }

    @Test
    void anHtmxCardThatNeedsALoginGoesTheSameWay() throws Exception {
        long id = deliberation();
        MockHttpSession session = new MockHttpSession();

        mvc.perform(get("/deliberations/" + id + "/standing").session(session).header("HX-Request", "true")
                        .header("HX-Current-URL", "http://localhost/deliberations/" + id))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("HX-Redirect", "/login"));

        Person resident = people.resident();
        logIn(session, resident).andExpect(redirectedUrl("/deliberations/" + id));
    }

    @Test
    void aPublicPageWhoseHtmxActionNeedsALoginAlsoRedirectsTheWholePage() throws Exception {
        // /campaigns/new is reached through a public path and asks for a login itself (DomainException UNAUTHENTICATED).
        MockHttpSession session = new MockHttpSession();
        mvc.perform(get("/campaigns/new").session(session).header("HX-Request", "true").header("HX-Current-URL", "http://localhost/campaigns"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("HX-Redirect", "/login"));

        Person resident = people.resident();
        logIn(session, resident).andExpect(redirectedUrl("/campaigns"));
    }

    @Test
    void theLoginNeverLeadsOffThisSite() throws Exception {
        long id = deliberation();
        MockHttpSession session = new MockHttpSession();
        mvc.perform(get("/deliberations/" + id + "/standing").session(session).header("HX-Request", "true")
                        .header("HX-Current-URL", "https://evil.example/steal?x=1"))
                .andExpect(status().isUnauthorized());

        Person resident = people.resident();
        logIn(session, resident).andExpect(redirectedUrl("/"));
    }

    @Test
    void aPlainFormWithoutASessionGoesToTheLoginAndBackToItsPageInsteadOfForbidden() throws Exception {
        long id = deliberation();
        long statement = statements.shown(id).getFirst().id();

        MockHttpSession session = new MockHttpSession();

        mvc.perform(post("/deliberations/" + id + "/vote").session(session).header("Referer", "http://localhost/deliberations/" + id)
                        .param("statementId", Long.toString(statement)).param("value", "AGREE"))
                .andExpect(redirectedUrl("/login"));
        // Back to the page with the form: a POST cannot be replayed.
        logIn(session, people.resident()).andExpect(redirectedUrl("/deliberations/" + id));
    }

    @Test
    void aSignedInPersonWithoutAValidCsrfTokenIsStillForbidden() throws Exception {
        long id = deliberation();
        long statement = statements.shown(id).getFirst().id();

        mvc.perform(post("/deliberations/" + id + "/vote").with(sessions.signedIn(people.resident())).header("HX-Request", "true")
                        .param("statementId", Long.toString(statement)).param("value", "AGREE"))
                .andExpect(status().isForbidden());
    }
}
