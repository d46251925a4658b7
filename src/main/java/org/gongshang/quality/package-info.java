/**
 * Quality evaluation of consultations (协商质量评价制度): indicator sets per organising committee and
 * year, each consultation's indicators computed from what the other modules record and kept current
 * by their events, the panel's assessment, the score and grade, the report with its evidence, the
 * published grade, and aggregates by organisation, region, kind and form, and year.
 *
 * <p>{@link org.gongshang.quality.Evaluations} reads evaluations and aggregates;
 * {@link org.gongshang.quality.EvaluationClosing} closes and reopens them;
 * {@link org.gongshang.quality.IndicatorSets} and {@link org.gongshang.quality.IndicatorSetEditing} keep
 * the indicator sets; {@link org.gongshang.quality.PanelAssessments} invites assessors and takes their scores.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Quality evaluation",
        allowedDependencies = {"shared", "identity", "region", "notification", "consultation", "outcome", "followup",
                "deliberation"})
@org.jspecify.annotations.NullMarked
package org.gongshang.quality;
