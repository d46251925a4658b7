package org.gongshang.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import org.gongshang.identity.security.SignedInAccount;
import org.gongshang.identity.security.SignedInAccounts;
import org.gongshang.support.People.Person;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Page requests in MockMvc as a signed-in person, as after a completed login. */
public class Sessions {

    private final SignedInAccounts accounts;
    private final FindByIndexNameSessionRepository<? extends Session> stored;

    Sessions(SignedInAccounts accounts, FindByIndexNameSessionRepository<? extends Session> stored) {
        this.accounts = accounts;
        this.stored = stored;
    }

    /** Whether the stored session that a test's mock session names has a signed-in person. */
    public boolean signedIn(MockHttpSession session) {
        if (!(session.getAttribute(MockSessionIdResolver.SESSION_ID) instanceof String id)) {
            return false;
        }
        Session found = stored.findById(id);
        Object context = found == null ? null : found.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return context instanceof SecurityContext security && security.getAuthentication() != null;
    }

    public RequestPostProcessor signedIn(Person person) {
        SignedInAccount account = accounts.load(person.id()).orElseThrow();
        return authentication(UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
    }
}
