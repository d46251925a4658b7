@org.jspecify.annotations.NullMarked
package org.gongshang.shared.calendar.web;
