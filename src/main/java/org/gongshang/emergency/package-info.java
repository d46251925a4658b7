/**
 * Emergencies (应急事件, 应急性协商): a sudden local problem — a burst water main, a collapsed retaining
 * wall, a sudden closure — reported by a cadre, member, staff or resident, confirmed, told at once to
 * those responsible, answered within hours (first response, a rapid consultation on site and online),
 * resolved, rated by the residents who reported it, and reviewed: a one-off, or a structural problem
 * turned into a regular topic for planned consultation (热事件冷处理). Similar events nearby are
 * pointed out and merged; recurring ones prompt a regular topic.
 *
 * <p>{@link org.gongshang.emergency.Emergencies} is the read side; the use cases are named by their
 * act ({@link org.gongshang.emergency.EmergencyReporting}, {@link org.gongshang.emergency.EmergencyTriage},
 * …); 
 */
@org.springframework.modulith.ApplicationModule(displayName = "Emergencies",
        allowedDependencies = {"shared", "region", "identity", "notification", "similarity", "topic", "consultation",
                "deliberation", "outcome", "member"})
@org.jspecify.annotations.NullMarked
package org.gongshang.emergency;
