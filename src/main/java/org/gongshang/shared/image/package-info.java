/** Pictures people upload (checked by content, turned upright, stripped of EXIF and GPS) and QR codes. */
@org.jspecify.annotations.NullMarked
package org.gongshang.shared.image;
