@org.jspecify.annotations.NullMarked
package org.gongshang.quality.internal;
