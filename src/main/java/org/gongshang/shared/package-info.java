/**
 * What every module may use: errors as problem details, the working-day calendar, the embedded
 * database, demo data, locale and paging, uploaded pictures and QR codes. Kept small on purpose.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.jspecify.annotations.NullMarked
package org.gongshang.shared;
