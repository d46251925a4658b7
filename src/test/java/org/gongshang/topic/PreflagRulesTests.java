package org.gongshang.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.gongshang.moderation.KeywordMatcher;
import org.gongshang.topic.internal.Preflags;
import org.junit.jupiter.api.Test;

/** Keyword rules suggest decline reasons; they run on the moderation module's matcher. */
class PreflagRulesTests {

    static final List<PreflagRule> RULES = List.of(
            new PreflagRule(1, "法院", DeclineReason.LEGAL_LITIGATION), new PreflagRule(2, "判决", DeclineReason.LEGAL_LITIGATION),
            new PreflagRule(3, "诉讼", DeclineReason.LEGAL_LITIGATION), new PreflagRule(4, "仲裁", DeclineReason.LEGAL_LITIGATION),
            new PreflagRule(5, "起诉", DeclineReason.LEGAL_LITIGATION), new PreflagRule(6, "信访", DeclineReason.PETITION),
            new PreflagRule(7, "上访", DeclineReason.PETITION), new PreflagRule(8, "复查复核", DeclineReason.PETITION));

    static List<DeclineReason> reasons(String text) {
        return Preflags.matcherOf(RULES).find(text).stream().map(KeywordMatcher.Match::tag).distinct().toList();
    }

    @Test
    void legalWordsSuggestLegalLitigation() {
        assertThat(reasons("法院判决后物业仍不执行")).containsExactly(DeclineReason.LEGAL_LITIGATION);
        assertThat(reasons("已申请仲裁")).containsExactly(DeclineReason.LEGAL_LITIGATION);
    }

    @Test
    void petitionWordsSuggestPetitionEvenWithPunctuationInBetween() {
        assertThat(reasons("多次上 访无果，申请复查、复核")).containsExactly(DeclineReason.PETITION);
        assertThat(reasons("信访件已经受理")).containsExactly(DeclineReason.PETITION);
    }

    @Test
    void aTextCanSuggestSeveralReasonsAndAnOrdinaryOneNone() {
        assertThat(reasons("起诉不成又去信访")).containsExactly(DeclineReason.LEGAL_LITIGATION, DeclineReason.PETITION);
        assertThat(reasons("老旧小区加装电梯难")).isEmpty();
    }
}
