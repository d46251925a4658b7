/** The public face: the home page and what is happening across the platform. */
@org.springframework.modulith.ApplicationModule(displayName = "Portal",
        allowedDependencies = {"shared", "identity", "region", "topic", "consultation", "deliberation", "outcome"})
@org.jspecify.annotations.NullMarked
package org.gongshang.portal;
