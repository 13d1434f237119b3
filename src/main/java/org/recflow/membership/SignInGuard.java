package org.recflow.membership;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks the password of a demo account (HTTP Basic and the sign-in form), in the same few microseconds whether the
 * name is known or not: every attempt computes exactly one salted SHA-256 of the password presented and compares it in
 * constant time ({@link MessageDigest#isEqual}) with the account's digest, or with a dummy's for an unknown name.
 * (Spring's default compared a known name's public demo password as it is, but ran a deliberately slow BCrypt against a
 * dummy hash for an unknown one: 65 ms against 3 ms, so names could be told apart and each unknown attempt was costly.)
 * The demo password is public, so a slow hash would protect nothing. Repeated failures are slowed down by the
 * {@link SignInThrottle}: a throttled attempt is refused with {@link TooManyAttempts} before any digest is computed.
 */
final class SignInGuard implements AuthenticationProvider {

    private final AccountDirectory accounts;
    private final SignInThrottle throttle;
    private final byte[] salt = new byte[16];
    private final Map<String, byte[]> digests = new HashMap<>();
    private final byte[] unknown;
    private final AtomicLong digestsComputed = new AtomicLong();

    SignInGuard(AccountDirectory accounts, SignInThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
        new SecureRandom().nextBytes(salt);
        accounts.all().forEach(a -> digests.put(a.getUsername(), digest(secret(a.getPassword()))));
        byte[] dummy = new byte[32];
        new SecureRandom().nextBytes(dummy);
        this.unknown = dummy;
        digestsComputed.set(0);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /**
     * Signs a caller in or refuses: {@link TooManyAttempts} while the account or address is throttled (the password
     * is not looked at), else {@link BadCredentialsException} for an unknown name or a wrong password alike.
     */
    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String name = authentication.getName() == null ? "" : authentication.getName().toLowerCase(Locale.ROOT);
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "unknown";
        throttle.wait(name, address).ifPresent(wait -> {
            throw new TooManyAttempts(wait);
        });
        Object credentials = authentication.getCredentials();
        byte[] presented = digest(credentials == null ? "" : credentials.toString());
        byte[] expected = digests.getOrDefault(name, unknown);
        if (!MessageDigest.isEqual(presented, expected) || expected == unknown) {
            throttle.failed(name, address);
            throw new BadCredentialsException("bad credentials");
        }
        throttle.succeeded(name);
        Account account = (Account) accounts.loadUserByUsername(name);
        UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(account, null,
                account.getAuthorities());
        result.setDetails(authentication.getDetails());
        return result;
    }

    /** How many password digests this guard computed since it started (for tests: one per attempt, never more). */
    long digestsComputed() {
        return digestsComputed.get();
    }

    private byte[] digest(String password) {
        digestsComputed.incrementAndGet();
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            return sha.digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The stored form {@code {noop}demo} → {@code demo}. */
    private static String secret(String stored) {
        return stored.startsWith("{noop}") ? stored.substring("{noop}".length()) : stored;
    }

    /** Refused before the password is checked: wait {@link #retryAfter()} (answered as 429 with Retry-After). */
    static final class TooManyAttempts extends AuthenticationException {

        private static final long serialVersionUID = 1L;

        private final transient Duration retryAfter;

        TooManyAttempts(Duration retryAfter) {
            super("too many failed sign-ins");
            this.retryAfter = retryAfter;
        }

        /** Whole seconds, at least 1. */
        long retryAfterSeconds() {
            return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        }

        Duration retryAfter() {
            return retryAfter;
        }
    }
}
