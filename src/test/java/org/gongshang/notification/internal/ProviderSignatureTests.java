package org.gongshang.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The request signatures against the worked examples the providers publish, fixed keys and times. */
class ProviderSignatureTests {

    /**
     * Tencent Cloud, "签名方法 v3" (cloud.tencent.com/document/product/215/36792): CVM DescribeInstances
     * in ap-guangzhou, SecretId AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE, SecretKey
     * Gu5t9xGARNpq86cd98joQYCN3EXAMPLE, X-TC-Timestamp 1551113065, the body below; published signature
     * 72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168.
     */
    @Test
    void tencentsTc3SignatureMatchesThePublishedExample() {
        String payload = "{\"Limit\": 1, \"Filters\": [{\"Values\": [\"\\u672a\\u547d\\u540d\"], \"Name\": \"instance-name\"}]}";

        String authorization = Tc3Signature.authorization("AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE", "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE",
                "cvm", "cvm.tencentcloudapi.com", "application/json; charset=utf-8", payload, 1551113065L);

        assertThat(Hashes.sha256Hex(payload)).isEqualTo("35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064");
        assertThat(authorization).isEqualTo("TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2019-02-25/cvm/tc3_request, "
                + "SignedHeaders=content-type;host, Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168");
    }

    /**
     * Aliyun, "V3版本请求体&签名机制" (help.aliyun.com/document_detail/2593177.html), its fixed-value
     * example: POST ECS RunInstances 2014-05-26 on ecs.cn-shanghai.aliyuncs.com with ImageId and
     * RegionId in the query and no body, AccessKey YourAccessKeyId / YourAccessKeySecret,
     * x-acs-date 2023-10-26T10:22:32Z, nonce 3156853299f313e23d1673dc12e1703d; published hashed
     * canonical request 7ea06492... and signature 06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0.
     */
    @Test
    void aliyunsAcs3SignatureMatchesThePublishedExample() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("RegionId", "cn-shanghai");
        query.put("ImageId", "win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd");
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("host", "ecs.cn-shanghai.aliyuncs.com");
        headers.put("x-acs-action", "RunInstances");
        headers.put("x-acs-version", "2014-05-26");
        headers.put("x-acs-date", "2023-10-26T10:22:32Z");
        headers.put("x-acs-signature-nonce", "3156853299f313e23d1673dc12e1703d");
        headers.put("x-acs-content-sha256", AcsSignature.EMPTY_BODY_SHA256);

        String authorization = AcsSignature.authorization("YourAccessKeyId", "YourAccessKeySecret", "POST", "/", query, headers,
                AcsSignature.EMPTY_BODY_SHA256);

        assertThat(AcsSignature.EMPTY_BODY_SHA256).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(AcsSignature.canonicalQuery(query))
                .isEqualTo("ImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai");
        assertThat(authorization).isEqualTo("ACS3-HMAC-SHA256 Credential=YourAccessKeyId,"
                + "SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,"
                + "Signature=06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0");
    }

    @Test
    void aliyunsPercentEncodingFollowsRfc3986() {
        assertThat(AcsSignature.encode("a b*c+d~é【】{\"k\":\"v\"}"))
                .isEqualTo("a%20b%2Ac%2Bd~%C3%A9%E3%80%90%E3%80%91%7B%22k%22%3A%22v%22%7D");
    }
}
