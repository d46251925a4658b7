package org.gongshang.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class KeywordMatcherTests {

    private final KeywordMatcher<String> matcher = KeywordMatcher.of(
            Map.of("游行", "S", "赌博", "S", "法院", "LEGAL", "诉讼", "LEGAL"), List.of("上游行业", "打击赌博"));

    @Test
    void aKeywordInTheTextIsFound() {
        assertThat(matcher.find("组织游行到市政府")).extracting(KeywordMatcher.Match::keyword).containsExactly("游行");
    }

    @Test
    void aKeywordInsideAWhitelistedPhraseIsNotAHit() {
        assertThat(matcher.find("支持上游行业发展")).isEmpty();
        assertThat(matcher.find("社区要打击赌博")).isEmpty();
    }

    @Test
    void theSameKeywordOutsideTheWhitelistedPhraseStillCounts() {
        assertThat(matcher.find("上游行业的人也去游行")).extracting(KeywordMatcher.Match::keyword).containsExactly("游行");
    }

    @Test
    void spacesPunctuationAndFullWidthDoNotHideAKeyword() {
        assertThat(matcher.find("游 行")).hasSize(1);
        assertThat(matcher.find("游。行")).hasSize(1);
        assertThat(KeywordMatcher.of(Map.of("abc", "X"), List.of()).find("ＡＢＣ")).hasSize(1);
    }

    @Test
    void eachKeywordIsReportedOnceWithItsTag() {
        assertThat(matcher.find("法院判决后又去法院，还在诉讼"))
                .containsExactly(new KeywordMatcher.Match<>("法院", "LEGAL"), new KeywordMatcher.Match<>("诉讼", "LEGAL"));
    }

    @Test
    void aCleanTextHasNoMatches() {
        assertThat(matcher.find("老旧小区加装电梯难")).isEmpty();
        assertThat(KeywordMatcher.<String>of(Map.of(), List.of()).find("游行")).isEmpty();
    }
}
