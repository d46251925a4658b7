package org.gongshang.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

/**
 * One module (the test's package) with the open {@code shared} module, as Spring Modulith's
 * {@code @ApplicationModuleTest}: its use cases over a real PostgreSQL, and its events through a
 * {@code Scenario} parameter. The database is a second embedded PostgreSQL, started empty and
 * without demo data, shared by all module tests of a run: the full-stack tests' database must be
 * seeded by the whole application, which a module test starting first would otherwise prevent.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ApplicationModuleTest(extraIncludes = "shared")
@TestPropertySource(properties = {"gongshang.data-dir=target/test-data-modules", "gongshang.demo=false"})
public @interface ModuleTest {
}
