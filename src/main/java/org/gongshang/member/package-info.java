/**
 * Members in the communities (委员进社区): member profiles (委员档案) with sectors and the expert pool;
 * residence reporting (到居住地报到) and assignment (入驻); liaison stations (委员联络站 / 工作站 / 委员之家)
 * with duty rosters, reception records and bookings; grid duty (网格化履职); duty records and points
 * (履职记录与积分); notices to members. {@link org.gongshang.member.Members} is what other modules read:
 * who is present in a community, and coverage.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Members",
        allowedDependencies = {"shared", "region", "identity", "notification", "topic", "consultation", "outcome",
                "followup", "deliberation"})
@org.jspecify.annotations.NullMarked
package org.gongshang.member;
