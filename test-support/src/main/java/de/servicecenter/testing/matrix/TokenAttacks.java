package de.servicecenter.testing.matrix;

import de.servicecenter.testing.KeycloakTokens;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Tokens every service must refuse with 401, made from a real one: its claims without a signature ({@code alg:
 * none}), its claims signed by another key under the same key id, a token of another realm (issuer), and a real
 * token of this realm that has expired (client {@code expired-token-probe} issues tokens living one second).
 */
final class TokenAttacks {

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();
    private static volatile String expired;

    private TokenAttacks() {
    }

    static Map<String, String> of(String valid) {
        String[] parts = valid.split("\\.");
        String header = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
        Map<String, String> attacks = new LinkedHashMap<>();
        attacks.put("without signature (alg none)", URL.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}"
                .getBytes(StandardCharsets.UTF_8)) + "." + parts[1] + ".");
        attacks.put("signed by another key", signedByAnotherKey(parts[0], parts[1]));
        attacks.put("of another realm", KeycloakTokens.userOfForeignRealm("castrop-rauxel-admin"));
        attacks.put("that expired", expired());
        if (!header.contains("RS256")) {
            throw new IllegalStateException("expected an RS256 token, got " + header);
        }
        return attacks;
    }

    private static String signedByAnotherKey(String header, String payload) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keys = generator.generateKeyPair();
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(keys.getPrivate());
            signature.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
            return header + "." + payload + "." + URL.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String expired() {
        if (expired == null) {
            String token = KeycloakTokens.serviceAccount("expired-token-probe", "expired-token-probe-secret");
            try {
                Thread.sleep(2_500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            expired = token;
        }
        return expired;
    }
}
