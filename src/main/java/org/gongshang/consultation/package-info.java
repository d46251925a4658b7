/**
 * Consultations (协商活动): preparation (商前准备), the roster of participants by category, check-in,
 * the live session with timed turns, opinions and consensus votes (协商建言), and the minutes
 * (协商纪要). The services of this package are the module's API; {@link org.gongshang.consultation.MinutesFinalised}
 * and {@link org.gongshang.consultation.CommonProblemRaised} carry the outcome to the modules after it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Consultation",
        allowedDependencies = {"shared", "identity", "region", "topic"})
@org.jspecify.annotations.NullMarked
package org.gongshang.consultation;
