@org.jspecify.annotations.NullMarked
package org.gongshang.statistics.internal;
