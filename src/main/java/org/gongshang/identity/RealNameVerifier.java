package org.gongshang.identity;

/**
 * Confirms that a real name belongs to an ID number. A deployment connects this to the public
 * security authority's identity verification service (公安部公民身份信息核验) through its own
 * {@code @Primary} bean.
 * The default, {@code ChecksumOnlyRealNameVerifier}, accepts every name with an ID number that
 * passes the GB 11643-1999 checks, and says so: accounts it accepts are "checksum-verified" only.
 */
public interface RealNameVerifier {

    enum Verdict {
        /** The authority confirmed name and number. */
        CONFIRMED,
        /** Only the number's format, birth date and check digit were checked. */
        CHECKSUM_ONLY,
        /** The authority says name and number do not belong together. */
        REJECTED
    }

    Verdict verify(String realName, ResidentIdNumber idNumber);
}
