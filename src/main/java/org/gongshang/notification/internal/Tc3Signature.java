package org.gongshang.notification.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Tencent Cloud API 3.0's request signature, TC3-HMAC-SHA256, as "签名方法 v3" describes it
 * (cloud.tencent.com/document/product/215/36792): a canonical POST request with the signed headers
 * content-type and host and the body's SHA-256, hashed with the timestamp and the credential scope
 * ({@code date/service/tc3_request}, the date in UTC), signed with a key derived from the SecretKey
 * through the date and the service.
 */
final class Tc3Signature {

    static final String ALGORITHM = "TC3-HMAC-SHA256";
    static final String CONTENT_TYPE = "application/json; charset=utf-8";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private Tc3Signature() {
    }

    /** @return the Authorization header's value for a JSON POST to {@code host} */
    static String authorization(String secretId, String secretKey, String service, String host, String contentType,
            String payload, long timestamp) {
        String signedHeaders = "content-type;host";
        String canonicalRequest = "POST\n/\n\n" + "content-type:" + contentType.toLowerCase() + "\nhost:" + host.toLowerCase()
                + "\n\n" + signedHeaders + "\n" + Hashes.sha256Hex(payload);
        String date = DATE.format(Instant.ofEpochSecond(timestamp));
        String scope = date + "/" + service + "/tc3_request";
        String stringToSign = ALGORITHM + "\n" + timestamp + "\n" + scope + "\n" + Hashes.sha256Hex(canonicalRequest);
        byte[] secretDate = Hashes.hmacSha256("TC3" + secretKey, date);
        byte[] secretService = Hashes.hmacSha256(secretDate, service);
        byte[] secretSigning = Hashes.hmacSha256(secretService, "tc3_request");
        String signature = Hashes.hex(Hashes.hmacSha256(secretSigning, stringToSign));
        return ALGORITHM + " Credential=" + secretId + "/" + scope + ", SignedHeaders=" + signedHeaders + ", Signature="
                + signature;
    }
}
