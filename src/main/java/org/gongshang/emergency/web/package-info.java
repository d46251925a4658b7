@org.jspecify.annotations.NullMarked
package org.gongshang.emergency.web;
