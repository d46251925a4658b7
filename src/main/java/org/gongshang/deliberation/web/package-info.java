@org.jspecify.annotations.NullMarked
package org.gongshang.deliberation.web;
