@org.jspecify.annotations.NullMarked
package org.gongshang.moderation.internal;
