package org.recflow.web;

import org.recflow.kernel.ProblemCode;
import org.recflow.kernel.Problems;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.recflow.membership.Actor;
import org.recflow.membership.Actors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on any POST under {@code /api} (api.md): the first request with a key runs and its answer
 * (status, Content-Type, Location, body) is kept for the signed-in account and that key; a repeat with the same key
 * and the same request (SHA-256 of method, path and body) gets that answer back and has no second effect; the same key
 * with another request is refused, 422 {@code IDEMPOTENCY_KEY_REUSED}, changing nothing. Requests without the header
 * are not touched.
 *
 * <p>Nothing acknowledged is lost and nothing is done twice: the request runs inside one transaction, which the
 * management methods join, and a successful answer is inserted in that same transaction, so a change never commits
 * without its record. A refusal (4xx) rolls its transaction back and is recorded in a new one (it changed nothing);
 * a failure (5xx) and a lost race on the same item ("retry") are not recorded, so that a retry runs again. Two first
 * requests with one key at once: the unique (account, key) lets one commit; the other rolls back and answers what the
 * first recorded, or 409 {@code WRONG_STEP} while that one is still running.
 *
 * <p>Runs after Spring Security's filter chain: it needs the account.
 */
final class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED_HEADER = "Idempotent-Replayed";
    static final int MAX_KEY_LENGTH = 200;

    private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);

    private final IdempotencyStore store;
    private final TransactionTemplate requestTransaction;
    private final TransactionTemplate newTransaction;
    private final RequestLimits limits;
    private final ObjectMapper json;

    IdempotencyFilter(IdempotencyStore store, PlatformTransactionManager transactions, RequestLimits limits, ObjectMapper json) {
        this.store = store;
        this.requestTransaction = new TransactionTemplate(transactions);
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.limits = limits;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equalsIgnoreCase(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            problem(response, ProblemCode.INVALID_REQUEST, "header '" + HEADER + "' must be 1 to " + MAX_KEY_LENGTH
                    + " characters", Map.of("field", HEADER));
            return;
        }
        String account = account();
        if (account == null) {
            // not signed in: security refuses it before this filter; nothing to key it to in any case
            chain.doFilter(request, response);
            return;
        }
        CachedBodyRequest cached;
        try {
            cached = CachedBodyRequest.of(request, limits.maxBodyBytes());
        } catch (CachedBodyRequest.TooLarge e) {
            problem(response, ProblemCode.PAYLOAD_TOO_LARGE, "the body is larger than the limit of "
                    + limits.maxBodyBytes() + " bytes", Map.of("limit", limits.maxBodyBytes()));
            return;
        }
        String path = path(request);
        String fingerprint = fingerprint(request.getMethod(), path, cached.body());
        Optional<IdempotencyStore.Answer> earlier = store.find(account, key);
        if (earlier.isPresent()) {
            answer(response, earlier.get(), fingerprint);
            return;
        }
        firstRequest(cached, response, chain, account, key, path, fingerprint);
    }

    private enum Outcome { RECORDED, REFUSED, LOST_RACE, ROLLED_BACK }

    /** Lets the exceptions of the chain through the transaction callback. */
    private static final class ChainFailure extends RuntimeException {
        ChainFailure(Exception cause) {
            super(cause);
        }
    }

    private void firstRequest(CachedBodyRequest request, HttpServletResponse response, FilterChain chain, String account,
            String key, String path, String fingerprint) throws ServletException, IOException {
        ContentCachingResponseWrapper wrapped = new ContentCachingResponseWrapper(response);
        Outcome outcome;
        boolean databaseAway = false;
        try {
            outcome = requestTransaction.execute(tx -> {
                try {
                    chain.doFilter(request, wrapped);
                } catch (IOException | ServletException e) {
                    throw new ChainFailure(e);
                }
                if (wrapped.getStatus() >= 400) {
                    // a refusal: whatever the request did is undone (the management method has marked it so already)
                    tx.setRollbackOnly();
                    return Outcome.REFUSED;
                }
                if (tx.isRollbackOnly()) {
                    // a success answered over a failure that was caught: its change cannot commit
                    tx.setRollbackOnly();
                    return Outcome.ROLLED_BACK;
                }
                if (!store.insert(account, key, request.getMethod(), path, capture(wrapped, fingerprint))) {
                    tx.setRollbackOnly();
                    return Outcome.LOST_RACE;
                }
                return Outcome.RECORDED;
            });
        } catch (ChainFailure f) {
            if (f.getCause() instanceof IOException io) {
                throw io;
            }
            throw (ServletException) f.getCause();
        } catch (TransactionException | ConcurrencyFailureException e) {
            // the commit failed: nothing of the request was kept, and the answer it prepared is not sent
            log.warn("a request with an Idempotency-Key could not commit: {}", e.toString());
            outcome = Outcome.ROLLED_BACK;
            databaseAway = DatabaseUnavailable.causedBy(e);
        }
        switch (outcome) {
            case RECORDED -> wrapped.copyBodyToResponse();
            case REFUSED -> refused(request, wrapped, account, key, path, fingerprint);
            case LOST_RACE -> {
                wrapped.reset();
                afterRace(response, account, key, fingerprint);
            }
            case ROLLED_BACK -> {
                if (response.isCommitted()) {
                    return;
                }
                wrapped.reset();
                if (databaseAway) {
                    DatabaseUnavailable.write(response, json);
                    return;
                }
                problem(response, ProblemCode.INTERNAL_ERROR, "recflow could not complete the request; nothing was changed",
                        Map.of());
            }
        }
    }

    /** A refusal changed nothing; it is recorded in a transaction of its own unless it asks for a retry. */
    private void refused(CachedBodyRequest request, ContentCachingResponseWrapper wrapped, String account, String key,
            String path, String fingerprint) throws IOException {
        int status = wrapped.getStatus();
        if (status >= 500 || wrapped.isCommitted() || transientFailure(request)) {
            wrapped.copyBodyToResponse();
            return;
        }
        IdempotencyStore.Answer answer = capture(wrapped, fingerprint);
        Boolean recorded = newTransaction.execute(tx -> {
            boolean inserted = store.insert(account, key, request.getMethod(), path, answer);
            if (!inserted) {
                tx.setRollbackOnly();
            }
            return inserted;
        });
        if (Boolean.TRUE.equals(recorded)) {
            wrapped.copyBodyToResponse();
        } else {
            HttpServletResponse response = (HttpServletResponse) wrapped.getResponse();
            wrapped.reset();
            afterRace(response, account, key, fingerprint);
        }
    }

    /** Another request with the same key committed first: its answer is the answer. */
    private void afterRace(HttpServletResponse response, String account, String key, String fingerprint) throws IOException {
        Optional<IdempotencyStore.Answer> first = store.find(account, key);
        if (first.isPresent()) {
            answer(response, first.get(), fingerprint);
        } else {
            problem(response, ProblemCode.WRONG_STEP, "a request with this Idempotency-Key is in progress or done; retry",
                    Map.of());
        }
    }

    /** A refusal that says "retry" (another change to the same item came first) must not become the key's answer. */
    private static boolean transientFailure(HttpServletRequest request) {
        Object failure = request.getAttribute(DispatcherServlet.EXCEPTION_ATTRIBUTE);
        return failure instanceof ConcurrencyFailureException || failure instanceof TransientDataAccessException
                || failure instanceof OptimisticLockingException;
    }

    private void answer(HttpServletResponse response, IdempotencyStore.Answer answer, String fingerprint) throws IOException {
        if (!MessageDigest.isEqual(answer.fingerprint().getBytes(StandardCharsets.US_ASCII),
                fingerprint.getBytes(StandardCharsets.US_ASCII))) {
            problem(response, ProblemCode.IDEMPOTENCY_KEY_REUSED, "this Idempotency-Key was used with another request "
                    + "(another body or path); use a new key for a new request", Map.of("field", HEADER));
            return;
        }
        response.setStatus(answer.status());
        if (answer.contentType() != null) {
            response.setContentType(answer.contentType());
        }
        if (answer.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, answer.location());
        }
        response.setHeader(REPLAYED_HEADER, "true");
        response.setContentLength(answer.body().length);
        response.getOutputStream().write(answer.body());
    }

    private static IdempotencyStore.Answer capture(ContentCachingResponseWrapper wrapped, String fingerprint) {
        return new IdempotencyStore.Answer(fingerprint, wrapped.getStatus(), wrapped.getContentType(),
                wrapped.getHeader(HttpHeaders.LOCATION), wrapped.getContentAsByteArray());
    }

    private static String account() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            return null;
        }
        return Actors.of(auth).map(Actor::username).orElseGet(auth::getName);
    }

    private static String path(HttpServletRequest request) {
        String query = request.getQueryString();
        return query == null ? request.getRequestURI() : request.getRequestURI() + "?" + query;
    }

    static String fingerprint(String method, String path, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((method.toUpperCase(Locale.ROOT) + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
            sha.update(body);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    private void problem(HttpServletResponse response, ProblemCode code, String detail, Map<String, Object> properties)
            throws IOException {
        response.setStatus(code.status().value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), Problems.of(code, detail, properties));
    }
}
