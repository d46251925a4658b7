@org.jspecify.annotations.NullMarked
package org.gongshang.member.internal;
