package org.gongshang.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import org.gongshang.identity.security.SignedInAccount;
import org.gongshang.identity.security.SignedInAccounts;
import org.gongshang.support.People.Person;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Page requests in MockMvc as a signed-in person, as after a completed login. */
public class Sessions {

    private final SignedInAccounts accounts;

    Sessions(SignedInAccounts accounts) {
        this.accounts = accounts;
    }

    public RequestPostProcessor signedIn(Person person) {
        SignedInAccount account = accounts.load(person.id()).orElseThrow();
        return authentication(UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
    }
}
