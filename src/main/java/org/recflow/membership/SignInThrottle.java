package org.recflow.membership;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down guessing passwords: after {@code accountLimit} failed sign-ins for one account, or {@code addressLimit}
 * from one client address, within {@code window}, further attempts for that account (or from that address) are
 * refused without looking at the password until the oldest of those failures leaves the window (OWASP's "account
 * lockout" advice, as a sliding window rather than a lock a person must lift). A successful sign-in clears its
 * account's failures, not its address's. Nothing else changes: no account is disabled, no data is written.
 * Kept in memory per node (a restart forgets it); at most {@link #MAX_KEYS} accounts and addresses are remembered,
 * the stale ones dropped first.
 */
final class SignInThrottle {

    static final int MAX_KEYS = 100_000;

    private final Clock clock;
    private final int accountLimit;
    private final int addressLimit;
    private final Duration window;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    SignInThrottle(Clock clock, int accountLimit, int addressLimit, Duration window) {
        if (accountLimit < 1 || addressLimit < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("limits are at least 1 and the window is positive");
        }
        this.clock = clock;
        this.accountLimit = accountLimit;
        this.addressLimit = addressLimit;
        this.window = window;
    }

    /** How long the caller must wait before an attempt for {@code account} from {@code address}; empty if it may try now. */
    Optional<Duration> wait(String account, String address) {
        Instant now = clock.instant();
        Duration a = waitFor(accountKey(account), accountLimit, now);
        Duration b = waitFor(addressKey(address), addressLimit, now);
        Duration longest = a.compareTo(b) >= 0 ? a : b;
        return longest.isZero() ? Optional.empty() : Optional.of(longest);
    }

    /** Records a failed attempt (wrong password or unknown account). */
    void failed(String account, String address) {
        Instant now = clock.instant();
        if (failures.size() >= MAX_KEYS) {
            prune(now);
        }
        record(accountKey(account), accountLimit, now);
        record(addressKey(address), addressLimit, now);
    }

    /** A correct password: the account's failures are forgotten. */
    void succeeded(String account) {
        failures.remove(accountKey(account));
    }

    private Duration waitFor(String key, int limit, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Duration.ZERO;
        }
        synchronized (times) {
            expire(times, now);
            if (times.size() < limit) {
                return Duration.ZERO;
            }
            // the attempt that is let through next is the one after the oldest counted failure leaves the window
            return Duration.between(now, times.peekFirst().plus(window));
        }
    }

    private void record(String key, int limit, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            expire(times, now);
            times.addLast(now);
            while (times.size() > limit) {
                times.removeFirst();
            }
        }
    }

    private void expire(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().plus(window).isAfter(now)) {
            times.removeFirst();
        }
    }

    private void prune(Instant now) {
        failures.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                expire(e.getValue(), now);
                return e.getValue().isEmpty();
            }
        });
        if (failures.size() >= MAX_KEYS) {
            // still full of live entries: forget the accounts (the addresses keep slowing a spraying client down)
            failures.keySet().removeIf(k -> k.startsWith("account:"));
        }
    }

    private static String accountKey(String account) {
        return "account:" + account;
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
