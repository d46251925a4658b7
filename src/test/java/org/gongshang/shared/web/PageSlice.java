package org.gongshang.shared.web;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/** The shared page and API pieces a web slice does not pick up by itself (they are plain components). */
@TestConfiguration(proxyBeanMethods = false)
@Import({Messages.class, ProblemDetails.class, FormErrorsModel.class, SwitchLinks.class})
public class PageSlice {
}
