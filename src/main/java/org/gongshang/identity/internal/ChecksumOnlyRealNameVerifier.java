package org.gongshang.identity.internal;

import org.gongshang.identity.RealNameVerifier;
import org.gongshang.identity.ResidentIdNumber;
import org.springframework.stereotype.Component;

/**
 * The default verifier: a {@link ResidentIdNumber} is already checked for format, birth date and
 * check digit, and nothing more is known without the public security service.
 */
@Component
class ChecksumOnlyRealNameVerifier implements RealNameVerifier {

    @Override
    public Verdict verify(String realName, ResidentIdNumber idNumber) {
        return Verdict.CHECKSUM_ONLY;
    }
}
