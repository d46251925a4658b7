package org.gongshang.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.gongshang.identity.Actor;
import org.gongshang.identity.Role;
import org.gongshang.identity.RoleGrant;
import org.gongshang.identity.security.SignedInAccount;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signing in within a {@link WebSliceTest}, where there are no accounts in a database. */
public final class WebSlice {

    private static final AtomicLong ids = new AtomicLong(1_000_000);

    private WebSlice() {
    }

    /** Someone holding these roles, in the organisation and region given (null for residents and admins). */
    public static RequestPostProcessor as(@Nullable Long organizationId, @Nullable String regionCode, Role... roles) {
        long id = ids.incrementAndGet();
        List<RoleGrant> grants = Arrays.stream(roles)
                .map(role -> new RoleGrant(ids.incrementAndGet(), role, organizationId, regionCode)).toList();
        SignedInAccount account = new SignedInAccount(new Actor(id, "测试用户" + id, grants, null), "slice" + id, false, true, 0);
        return authentication(UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
    }

    public static RequestPostProcessor as(Role... roles) {
        return as(null, null, roles);
    }
}
