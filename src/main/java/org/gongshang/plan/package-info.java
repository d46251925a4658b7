/**
 * Yearly consultation plans (协商选题计划): a CPPCC committee or a grassroots organisation puts
 * accepted topics into months, with a form, lead members and the departments concerned; the party
 * committee (a REVIEWER) approves it (党委审定) or returns it with comments. Amending an approved
 * plan makes a new version and keeps the old one readable. Approved plans are public, with Word
 * and Excel exports. Drafting is {@link org.gongshang.plan.PlanDrafting}, approval
 * {@link org.gongshang.plan.PlanReviews}, reading {@link org.gongshang.plan.Plans}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Consultation plans",
        allowedDependencies = {"shared", "identity", "region", "topic"})
@org.jspecify.annotations.NullMarked
package org.gongshang.plan;
