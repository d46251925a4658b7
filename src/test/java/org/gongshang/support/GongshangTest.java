package org.gongshang.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a random port over the embedded PostgreSQL, as in production. All tests
 * with this annotation share one application context (and one database); each test makes its own
 * people and data with {@link People} and so does not depend on the others. Pages are tested with
 * the injected {@code MockMvc} and {@link Sessions#signedIn}; the JSON API over real HTTP with {@link Api}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(TestSupportConfiguration.class)
public @interface GongshangTest {
}
