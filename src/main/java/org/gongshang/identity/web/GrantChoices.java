package org.gongshang.identity.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.identity.Role;
import org.gongshang.region.Organization;
import org.gongshang.region.Organizations;
import org.springframework.stereotype.Component;

/**
 * The roles and organisations a manager is offered when opening an account or granting a role:
 * never RESIDENT (registration gives it), ADMIN only to admins, organisations of their region for
 * staff. The use cases decide again; this only keeps the choices honest.
 */
@Component
class GrantChoices {

    private final Organizations organizations;
    private final Actors actors;

    GrantChoices(Organizations organizations, Actors actors) {
        this.organizations = organizations;
        this.actors = actors;
    }

    List<Role> roles(Actor manager) {
        return Arrays.stream(Role.values())
                .filter(role -> role.isGrantable() && (manager.isAdmin() || role != Role.ADMIN))
                .toList();
    }

    List<Organization> organizations(Actor manager) {
        if (manager.isAdmin()) {
            return organizations.list(null, null);
        }
        List<Organization> inScope = new ArrayList<>();
        for (String root : actors.scopeRoots(manager, Role.STAFF)) {
            inScope.addAll(organizations.list(null, root));
        }
        return inScope.stream().distinct().toList();
    }
}
