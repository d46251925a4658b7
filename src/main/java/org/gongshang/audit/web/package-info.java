@org.jspecify.annotations.NullMarked
package org.gongshang.audit.web;
