package org.gongshang.topic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Representativeness (代表性): enough supporters from enough communities, or the right source. */
class SupportTests {

    static final TopicProperties.Representativeness DEFAULT = new TopicProperties.Representativeness(30, 3);

    @ParameterizedTest(name = "{0} supporters from {1} communities → {2}")
    @CsvSource({"30, 3, true", "29, 3, false", "30, 2, false", "100, 10, true", "1, 1, false"})
    void publicTopicsNeedThirtySupportersFromThreeCommunities(int supporters, int communities, boolean representative) {
        assertThat(Support.of(supporters, communities, TopicSource.PUBLIC, DEFAULT).representative()).isEqualTo(representative);
    }

    @Test
    void theThresholdsAreConfigurable() {
        var small = new TopicProperties.Representativeness(5, 2);
        assertThat(Support.of(5, 2, TopicSource.GRASSROOTS, small).representative()).isTrue();
        assertThat(Support.of(5, 1, TopicSource.GRASSROOTS, small).representative()).isFalse();
    }

    @Test
    void assignedAndRecommendedTopicsAreRepresentativeByThemselves() {
        assertThat(Support.of(1, 0, TopicSource.PARTY_GOV, DEFAULT).representative()).isTrue();
        assertThat(Support.of(1, 1, TopicSource.MEMBER, DEFAULT).representative()).isTrue();
        assertThat(Support.of(1, 1, TopicSource.EMERGENCY, DEFAULT).representative()).isFalse();
    }
}
