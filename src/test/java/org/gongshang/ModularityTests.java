package org.gongshang;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Guards the module boundaries and writes the module documentation under target/spring-modulith-docs. */
class ModularityTests {

    static final ApplicationModules modules = ApplicationModules.of(GongshangApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApi() {
        modules.verify();
    }

    @Test
    void documentsTheModules() {
        new Documenter(modules).writeDocumentation();
    }
}
