package org.gongshang.identity.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.identity.Role;
import org.gongshang.shared.web.PageModel;
import org.springframework.stereotype.Component;
import org.springframework.ui.ModelMap;

/** Puts the signed-in person (or null) into every page's model, for the header. */
@Component
class CurrentUserModel implements PageModel {

    /** What the layout shows of the signed-in person. */
    record Me(long accountId, String displayName, List<Role> roles, boolean administers) {
        public boolean has(String role) {
            return roles.contains(Role.valueOf(role));
        }

        /** Whether the person holds one of the roles named, e.g. for navigation links of some roles. */
        public boolean hasAny(List<String> names) {
            return roles.stream().anyMatch(role -> names.contains(role.name()));
        }
    }

    private final Actors actors;

    CurrentUserModel(Actors actors) {
        this.actors = actors;
    }

    @Override
    public void addTo(ModelMap model, HttpServletRequest request) {
        model.addAttribute("me", actors.current().map(CurrentUserModel::of).orElse(null));
    }

    static Me of(Actor actor) {
        List<Role> roles = actor.grants().stream().map(grant -> grant.role()).distinct().toList();
        return new Me(actor.accountId(), actor.realName(), roles, actor.hasAny(Role.ADMIN, Role.STAFF));
    }
}
