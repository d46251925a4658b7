package org.gongshang.identity.web;

import java.util.List;

import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.identity.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in person (or null) into every page's model, for the header. */
@ControllerAdvice(annotations = Controller.class)
class CurrentUserAdvice {

    /** What the layout shows of the signed-in person. */
    record Me(long accountId, String displayName, List<Role> roles, boolean administers) {
        public boolean has(String role) {
            return roles.contains(Role.valueOf(role));
        }
    }

    private final Actors actors;

    CurrentUserAdvice(Actors actors) {
        this.actors = actors;
    }

    @ModelAttribute("me")
    @Nullable Me me() {
        return actors.current().map(CurrentUserAdvice::of).orElse(null);
    }

    static Me of(Actor actor) {
        List<Role> roles = actor.grants().stream().map(grant -> grant.role()).distinct().toList();
        return new Me(actor.accountId(), actor.realName(), roles, actor.hasAny(Role.ADMIN, Role.STAFF));
    }
}
