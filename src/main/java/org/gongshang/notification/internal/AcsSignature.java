package org.gongshang.notification.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Aliyun's request signature V3, ACS3-HMAC-SHA256, as "V3版本请求体&签名机制" describes it
 * (help.aliyun.com/document_detail/2593177.html), the signature Aliyun's OpenAPI recommends over
 * the older RPC-style HMAC-SHA1: a canonical request of the method, path, sorted query, the signed
 * headers (host and every x-acs-* header) and the body's SHA-256, hashed, then HMAC-SHA256 with the
 * AccessKey secret.
 */
final class AcsSignature {

    static final String ALGORITHM = "ACS3-HMAC-SHA256";
    static final String EMPTY_BODY_SHA256 = Hashes.sha256Hex("");

    private AcsSignature() {
    }

    /**
     * @param headers the headers to sign, lower-case names (host, x-acs-action, x-acs-content-sha256,
     *     x-acs-date, x-acs-signature-nonce, x-acs-version)
     * @return the Authorization header's value
     */
    static String authorization(String accessKeyId, String secret, String method, String path, Map<String, String> query,
            Map<String, String> headers, String bodySha256) {
        SortedMap<String, String> signed = new TreeMap<>(headers);
        String signedHeaders = String.join(";", signed.keySet());
        String canonicalHeaders = signed.entrySet().stream().map(h -> h.getKey() + ":" + h.getValue().strip() + "\n")
                .collect(Collectors.joining());
        String canonicalRequest = method + "\n" + path + "\n" + canonicalQuery(query) + "\n" + canonicalHeaders + "\n"
                + signedHeaders + "\n" + bodySha256;
        String stringToSign = ALGORITHM + "\n" + Hashes.sha256Hex(canonicalRequest);
        String signature = Hashes.hex(Hashes.hmacSha256(secret, stringToSign));
        return ALGORITHM + " Credential=" + accessKeyId + ",SignedHeaders=" + signedHeaders + ",Signature=" + signature;
    }

    /** Names and values percent-encoded (RFC 3986, space as %20), sorted by name. */
    static String canonicalQuery(Map<String, String> query) {
        SortedMap<String, String> encoded = new TreeMap<>();
        query.forEach((name, value) -> encoded.put(encode(name), encode(value)));
        return encoded.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
    }
}
