@org.jspecify.annotations.NullMarked
package org.gongshang.followup.web;
