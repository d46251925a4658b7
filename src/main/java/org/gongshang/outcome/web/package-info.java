@org.jspecify.annotations.NullMarked
package org.gongshang.outcome.web;
