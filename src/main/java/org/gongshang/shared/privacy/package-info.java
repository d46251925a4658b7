/**
 * Personal information under the PIPL (个人信息保护法): ID numbers and phones are encrypted at rest,
 * found by keyed hash, and shown masked.
 */
@org.jspecify.annotations.NullMarked
package org.gongshang.shared.privacy;
