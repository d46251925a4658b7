@org.jspecify.annotations.NullMarked
package org.gongshang.opendata.web;
