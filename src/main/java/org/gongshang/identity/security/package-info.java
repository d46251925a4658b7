@org.jspecify.annotations.NullMarked
package org.gongshang.identity.security;
