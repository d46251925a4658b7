package org.gongshang.identity.internal;

import org.gongshang.identity.FirstAdministrator;
import org.gongshang.identity.IdentityProperties;
import org.gongshang.shared.web.PublicAddress;
import org.gongshang.shared.demo.DemoMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Prints the link that creates the first administrator when a real installation has none, so that
 * {@code java -jar gongshang.jar} alone leads somewhere: only whoever reads the server's console
 * (or its log) can use it.
 */
@Component
class SetupLinkPrinter {

    private static final Logger log = LoggerFactory.getLogger(SetupLinkPrinter.class);

    private final FirstAdministrator firstAdministrator;
    private final DemoMode demo;
    private final PublicAddress address;
    private final IdentityProperties properties;
    private final String command;

    SetupLinkPrinter(FirstAdministrator firstAdministrator, DemoMode demo, PublicAddress address,
            IdentityProperties properties, @Value("${gongshang.command:}") String command) {
        this.properties = properties;
        this.firstAdministrator = firstAdministrator;
        this.demo = demo;
        this.address = address;
        this.command = command;
    }

    @EventListener
    void on(ApplicationReadyEvent ready) {
        if (demo.isOn() || !command.isEmpty()) {
            return;
        }
        String port = ready.getApplicationContext().getEnvironment().getProperty("local.server.port", "8080");
        firstAdministrator.issueIfNoAdministrator().ifPresent(token -> {
            String local = "http://localhost:" + port + "/setup/" + token;
            String configured = address.messageLink("/setup/" + token);
            log.warn("""

                    ================================================================================
                    This installation has no administrator yet. Open this link to create the first
                    one (valid once, for {} hours; a restart prints a new link and voids this one):

                        {}{}

                    Or run: java -jar gongshang.jar create-admin USERNAME --phone=MOBILE
                    ================================================================================
                    """, properties.setupLinkValidity().toHours(), local, configured.equals(local) ? "" : "\n        " + configured);
        });
    }
}
