@org.jspecify.annotations.NullMarked
package org.gongshang.consultation.internal;
