/**
 * Accounts, roles held in organisations, real names and the personal data that comes with them
 * (ID numbers and phones, encrypted at rest), one-time codes, login and API tokens.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
@org.jspecify.annotations.NullMarked
package org.gongshang.identity;
