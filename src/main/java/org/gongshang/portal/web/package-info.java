@org.jspecify.annotations.NullMarked
package org.gongshang.portal.web;
