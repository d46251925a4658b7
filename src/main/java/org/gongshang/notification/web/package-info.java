@org.jspecify.annotations.NullMarked
package org.gongshang.notification.web;
