package org.recflow.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.mock.web.MockHttpServletRequest;

/** Sign-in refusals cost the same for known and unknown names, and repeated failures are slowed down. */
class SignInThrottleTest {

    /** A clock the test moves. */
    static final class MovingClock extends Clock {
        Instant now = Instant.parse("2027-01-11T09:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final MovingClock clock = new MovingClock();

    static AccountDirectory accounts() {
        MemberRegistry registry = new MemberRegistry(List.of(new MemberState("FRA", "France", "B")), Map.of(),
                List.of(new StudyGroup("SG20", 20, "IoT")), List.of(), List.of());
        return new AccountDirectory(registry);
    }

    static Authentication attempt(String user, String password, String address) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(user, password);
        token.setDetails(new WebAuthenticationDetails(request));
        return token;
    }

    @Test
    void knownAndUnknownNamesCostOneDigestEach() {
        SignInGuard guard = new SignInGuard(accounts(), new SignInThrottle(clock, 1000, 1000, Duration.ofMinutes(15)));
        long before = guard.digestsComputed();
        assertThatThrownBy(() -> guard.authenticate(attempt("nobody-here", "demo", "10.0.0.1")))
                .isInstanceOf(BadCredentialsException.class);
        long unknown = guard.digestsComputed() - before;
        before = guard.digestsComputed();
        assertThatThrownBy(() -> guard.authenticate(attempt("ms-fra", "wrong", "10.0.0.1")))
                .isInstanceOf(BadCredentialsException.class);
        long knownWrong = guard.digestsComputed() - before;
        before = guard.digestsComputed();
        Authentication ok = guard.authenticate(attempt("MS-FRA", "demo", "10.0.0.1"));
        long knownRight = guard.digestsComputed() - before;
        assertThat(unknown).isEqualTo(1);
        assertThat(knownWrong).isEqualTo(1);
        assertThat(knownRight).isEqualTo(1);
        assertThat(Actors.of(ok)).hasValueSatisfying(a -> assertThat(a.isMemberState("FRA")).isTrue());
        // the same message whether the name exists or not
        assertThatThrownBy(() -> guard.authenticate(attempt("nobody-here", "x", "10.0.0.2"))).hasMessage("bad credentials");
        assertThatThrownBy(() -> guard.authenticate(attempt("tsb", "x", "10.0.0.2"))).hasMessage("bad credentials");
    }

    @Test
    void anAccountIsSlowedDownAfterItsLimitAndAThrottledAttemptCostsNoDigest() {
        SignInGuard guard = new SignInGuard(accounts(), new SignInThrottle(clock, 10, 1000, Duration.ofMinutes(15)));
        for (int i = 0; i < 10; i++) {
            clock.now = clock.now.plusSeconds(1);
            assertThatThrownBy(() -> guard.authenticate(attempt("tsb", "guess", "10.0.0.1"))).isInstanceOf(BadCredentialsException.class);
        }
        long before = guard.digestsComputed();
        // even the right password, from another address, waits: the throttle must not tell a right guess from a wrong one
        assertThatThrownBy(() -> guard.authenticate(attempt("tsb", "demo", "10.0.0.9")))
                .isInstanceOfSatisfying(SignInGuard.TooManyAttempts.class,
                        e -> assertThat(e.retryAfterSeconds()).isEqualTo(15 * 60 - 9));
        assertThat(guard.digestsComputed()).isEqualTo(before);
        // another account is not concerned
        assertThat(guard.authenticate(attempt("ms-fra", "demo", "10.0.0.1")).isAuthenticated()).isTrue();
        // once the oldest failure leaves the window, one attempt is let through, and the right one signs in
        clock.now = clock.now.plus(Duration.ofMinutes(15)).minusSeconds(9);
        assertThat(guard.authenticate(attempt("tsb", "demo", "10.0.0.1")).isAuthenticated()).isTrue();
        // and a success forgets the account's failures
        assertThatThrownBy(() -> guard.authenticate(attempt("tsb", "guess", "10.0.0.1"))).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void anAddressIsSlowedDownWhateverNamesItTries() {
        SignInThrottle throttle = new SignInThrottle(clock, 10, 30, Duration.ofMinutes(15));
        SignInGuard guard = new SignInGuard(accounts(), throttle);
        for (int i = 0; i < 30; i++) {
            String name = "spray-" + i;
            assertThatThrownBy(() -> guard.authenticate(attempt(name, "demo", "192.0.2.7"))).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> guard.authenticate(attempt("ms-fra", "demo", "192.0.2.7")))
                .isInstanceOf(SignInGuard.TooManyAttempts.class);
        // the account itself is fine from elsewhere
        assertThat(guard.authenticate(attempt("ms-fra", "demo", "192.0.2.8")).isAuthenticated()).isTrue();
        clock.now = clock.now.plus(Duration.ofMinutes(15));
        assertThat(throttle.wait("ms-fra", "192.0.2.7")).isEmpty();
    }

    @Test
    void fiftyWrongPasswordsInARowChangeNothingButTheWait() {
        SignInThrottle throttle = new SignInThrottle(clock, 10, 50, Duration.ofMinutes(15));
        SignInGuard guard = new SignInGuard(accounts(), throttle);
        int refused = 0;
        int throttled = 0;
        long digests = guard.digestsComputed();
        for (int i = 0; i < 50; i++) {
            try {
                guard.authenticate(attempt("chair-sg20", "guess-" + i, "198.51.100.1"));
            } catch (SignInGuard.TooManyAttempts e) {
                throttled++;
            } catch (BadCredentialsException e) {
                refused++;
            }
        }
        assertThat(refused).isEqualTo(10);
        assertThat(throttled).isEqualTo(40);
        // only ten digests were computed for the fifty attempts; the wait never grows past the window
        assertThat(guard.digestsComputed() - digests).isEqualTo(10);
        assertThat(throttle.wait("chair-sg20", "198.51.100.1")).hasValueSatisfying(
                w -> assertThat(w).isLessThanOrEqualTo(Duration.ofMinutes(15)));
        clock.now = clock.now.plus(Duration.ofMinutes(15));
        assertThat(guard.authenticate(attempt("chair-sg20", "demo", "198.51.100.1")).isAuthenticated()).isTrue();
    }

    @Test
    void limitsMustMakeSense() {
        assertThatThrownBy(() -> new SignInThrottle(clock, 0, 1, Duration.ofMinutes(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SignInThrottle(clock, 1, 1, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
