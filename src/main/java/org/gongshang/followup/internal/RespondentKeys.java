package org.gongshang.followup.internal;

import org.gongshang.shared.privacy.PersonalDataCipher;
import org.springframework.stereotype.Component;

/**
 * The key that makes "one answer per person" work without naming the person: a keyed hash (HMAC
 * with the platform's personal-data lookup key) of survey and account. The same person gets the same
 * key in one survey and unrelated keys in two surveys; without the server's key, nobody can compute
 * it from an account id, so the database alone does not say who answered what.
 */
@Component
public class RespondentKeys {

    private final PersonalDataCipher cipher;

    RespondentKeys(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    public byte[] of(long surveyId, long accountId) {
        return cipher.lookupHash("followup.survey-respondent:" + surveyId + ":" + accountId);
    }

    /** The key of a paper sheet by its number: a different domain, so no sheet can take an account's key. */
    public byte[] ofPaper(long surveyId, String sheetNumber) {
        return cipher.lookupHash("followup.survey-paper:" + surveyId + ":" + sheetNumber);
    }
}
