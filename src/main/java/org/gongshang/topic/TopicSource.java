package org.gongshang.topic;

/** Where a topic came from (议题来源); set by who submits it, never chosen. */
public enum TopicSource {
    /** 网络征题: a resident, online or through a service desk. */
    PUBLIC,
    /** 委员荐题: a CPPCC member. */
    MEMBER,
    /** 党政出题: a party or government department. */
    PARTY_GOV,
    /** 基层上报: a community or village cadre. */
    GRASSROOTS,
    /** 应急转化: converted from an emergency consultation. */
    EMERGENCY;

    /** Topics assigned by party/government or recommended by a member count as representative at once. */
    public boolean isRepresentativeByItself() {
        return this == PARTY_GOV || this == MEMBER;
    }
}
