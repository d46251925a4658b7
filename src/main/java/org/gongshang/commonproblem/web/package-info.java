@org.jspecify.annotations.NullMarked
package org.gongshang.commonproblem.web;
