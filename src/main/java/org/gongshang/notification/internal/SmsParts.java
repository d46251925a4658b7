package org.gongshang.notification.internal;

/**
 * How many SMS a text is billed as in mainland China, as both Aliyun and Tencent count it: every
 * character (Chinese, letter, digit, punctuation, the sign's 【】) is one; up to 70 is one SMS,
 * a longer text is split into parts of 67 (help.aliyun.com/document_detail/44335.htm, 短信发送规则).
 */
final class SmsParts {

    static final int SINGLE = 70;
    static final int PART = 67;

    private SmsParts() {
    }

    static int count(String text) {
        int characters = text.codePointCount(0, text.length());
        if (characters <= SINGLE) {
            return 1;
        }
        return (characters + PART - 1) / PART;
    }
}
