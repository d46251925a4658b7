package org.gongshang.outcome;

/**
 * A grade of a reply (解决程度), as configured: the letter the API and forms use, what it means,
 * and its wording in Chinese and English (places word them differently).
 */
public record ReplyGrade(String code, ReplyGradeKind kind, String nameZh, String nameEn) {

    public String name(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }
}
