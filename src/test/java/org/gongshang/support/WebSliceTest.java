package org.gongshang.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.gongshang.identity.security.SecuritySlice;
import org.gongshang.notification.NotificationPreferences;
import org.gongshang.shared.web.PageSlice;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * A web slice: the named controllers with the real security configuration, message bundles,
 * templates, problem details and form errors, but no database. The test mocks the module's use
 * cases and read sides with {@code @MockitoBean}, imports the module's {@code PublicPaths}
 * configuration if it has public paths, and signs in with {@link WebSlice#as}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Import({SecuritySlice.class, PageSlice.class})
// Member's share-link counter is an interceptor on every page, so a slice would take it with its whole module;
// it is tested with the member module (NoticeTests), not in other modules' slices.
@WebMvcTest(excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "org\\.gongshang\\.member\\.web\\.ShareLink.*"))
// Every page request passes notification's interceptor, which remembers the language of signed-in people.
@MockitoBean(types = NotificationPreferences.class)
public @interface WebSliceTest {

    /** The controllers under test. */
    @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
    Class<?>[] value() default {};
}
