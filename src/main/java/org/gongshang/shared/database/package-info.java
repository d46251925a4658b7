@org.jspecify.annotations.NullMarked
package org.gongshang.shared.database;
