package org.gongshang.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler method called thousands of times a second (a vote). Spring MVC finds the
 * handler of a path with variables by trying every mapping of the application in turn, which
 * with hundreds of pages and API calls cost more than the vote itself; methods marked here are
 * also found through {@link HotPathHandlerMapping}, which holds only them and is asked first.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface HotPath {
}
