package org.recflow.notification;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks signatures: {@code v1,} followed by the base64 of HMAC-SHA256, keyed with the secret's bytes
 * (the base64 after {@code whsec_}), over {@code id + "." + timestamp + "." + body}; the timestamp in whole seconds
 * since the epoch.
 */
public final class WebhookSignature {

    private WebhookSignature() {
    }

    /**
     * The {@code webhook-signature} header value for {@code id}, {@code timestamp} (epoch seconds) and {@code body}
     * under {@code secret} ({@code whsec_…}); IllegalArgumentException for a secret that is not base64.
     */
    public static String sign(String secret, String id, long timestamp, String body) {
        String key = secret.startsWith("whsec_") ? secret.substring("whsec_".length()) : secret;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(key), "HmacSHA256"));
            byte[] digest = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
