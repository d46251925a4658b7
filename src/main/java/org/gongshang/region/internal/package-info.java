@org.jspecify.annotations.NullMarked
package org.gongshang.region.internal;
