package org.gongshang.topic;

/** The five domains (经济、政治、文化、社会、生态文明). */
public enum TopicCategory {
    ECONOMY, POLITICS, CULTURE, SOCIETY, ECOLOGY
}
