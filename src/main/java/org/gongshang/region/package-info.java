/**
 * Administrative divisions (行政区划, GB/T 2260 and the 12-digit statistical codes below county)
 * and the organisations that act in them: CPPCC committees, departments, street offices,
 * townships, community and village committees, social organisations.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Regions and organisations")
@org.jspecify.annotations.NullMarked
package org.gongshang.region;
