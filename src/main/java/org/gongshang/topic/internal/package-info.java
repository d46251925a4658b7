@org.jspecify.annotations.NullMarked
package org.gongshang.topic.internal;
