package org.gongshang.deliberation.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class EngineIndependenceTests {

    @Test
    void theEngineUsesNoSpring() {
        JavaClasses engine = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.gongshang.deliberation.engine");
        noClasses().should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .because("the engine is plain Java, tested and benchmarked without a Spring context")
                .check(engine);
    }

    @Test
    void theEngineUsesNothingElseOfTheApplication() {
        JavaClasses engine = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.gongshang.deliberation.engine");
        noClasses().should().dependOnClassesThat().resideOutsideOfPackages("org.gongshang.deliberation.engine..",
                        "java..", "org.jspecify..")
                .check(engine);
    }
}
