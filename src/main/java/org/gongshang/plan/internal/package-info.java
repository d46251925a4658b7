@org.jspecify.annotations.NullMarked
package org.gongshang.plan.internal;
