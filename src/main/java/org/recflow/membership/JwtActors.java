package org.recflow.membership;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Transient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The {@link Actor} behind a bearer token of the identity provider ({@code prod} profile). The token has been verified
 * (signature, {@code exp}/{@code nbf}, and {@code iss}/{@code aud} where configured) before it gets here; these are the
 * claims recflow reads from it:
 * <ul>
 * <li>{@code preferred_username}, else {@code sub}: the username recorded in history (at most 64 characters);</li>
 * <li>{@code recflow_role} (required): one of {@code TSB}, {@code CHAIR}, {@code MEMBER_STATE}, {@code SECTOR_MEMBER},
 *     {@code ASSOCIATE} (case-insensitive);</li>
 * <li>{@code recflow_member}: the Member State's ISO 3166 alpha-3 code (required for {@code MEMBER_STATE}, and a Member
 *     State recflow knows), the Sector Member's id (required for {@code SECTOR_MEMBER}, e.g. {@code ericsson}) or the
 *     Associate's id (required for {@code ASSOCIATE}); ignored for TSB and chairs;</li>
 * <li>{@code recflow_admin}: {@code true} on a TSB token makes the caller the engine's administrator
 *     ({@link EngineAccess}); ignored otherwise;</li>
 * <li>{@code recflow_study_group}: the study group, e.g. {@code SG20} (required for {@code CHAIR} and {@code ASSOCIATE},
 *     and a study group of {@code config/organisations.yaml}); ignored for the other roles.</li>
 * </ul>
 * A token that names no such caller is refused as a bad credential: 401 {@code UNAUTHENTICATED} with
 * {@code WWW-Authenticate: Bearer error="invalid_token"}, the same as an expired or forged token, since it does not tell
 * recflow who is calling (403 is kept for a known caller who may not take a step).
 */
public final class JwtActors implements Converter<Jwt, AbstractAuthenticationToken> {

    public static final String ROLE = "recflow_role";
    public static final String MEMBER = "recflow_member";
    public static final String STUDY_GROUP = "recflow_study_group";
    /** {@code true} on a TSB token: the engine's administrator ({@link EngineAccess}); ignored for the other roles. */
    public static final String ADMIN = "recflow_admin";
    static final String PREFERRED_USERNAME = "preferred_username";
    static final String SUBJECT = "sub";

    /** As long as the columns that record who acted. */
    static final int MAX_LENGTH = 64;
    private static final Pattern ORGANISATION_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final MemberRegistry registry;

    public JwtActors(MemberRegistry registry) {
        this.registry = registry;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Actor actor = actor(jwt);
        boolean admin = actor.isTsb() && Boolean.TRUE.equals(jwt.getClaims().get(ADMIN));
        return new Token(jwt, actor, admin);
    }

    /** The caller the token names, or {@link NotACaller} (a 401) when it names none. */
    public Actor actor(Jwt jwt) {
        String username = text(jwt, PREFERRED_USERNAME).or(() -> text(jwt, SUBJECT))
                .orElseThrow(() -> new NotACaller("the token names no user (preferred_username or sub)"));
        if (username.length() > MAX_LENGTH) {
            throw new NotACaller("the token's username is longer than " + MAX_LENGTH + " characters");
        }
        Role role = role(jwt);
        return switch (role) {
            case TSB -> new Actor(username, role, null, null);
            case CHAIR -> new Actor(username, role, null, studyGroup(jwt, role));
            case MEMBER_STATE -> {
                String code = required(jwt, MEMBER, role);
                yield new Actor(username, role, registry.memberState(code).map(MemberState::code)
                        .orElseThrow(() -> new NotACaller(MEMBER + " of a MEMBER_STATE is not a Member State code (ISO 3166 alpha-3)")), null);
            }
            case SECTOR_MEMBER -> {
                String id = organisation(jwt, role);
                // the registry's spelling where it knows the Sector Member, so that one member is one member
                yield new Actor(username, role, registry.sectorMembers().stream().map(Organisation::id)
                        .filter(id::equalsIgnoreCase).findFirst().orElse(id), null);
            }
            case ASSOCIATE -> new Actor(username, role, organisation(jwt, role), studyGroup(jwt, role));
        };
    }

    private static Role role(Jwt jwt) {
        String raw = text(jwt, ROLE).orElseThrow(() -> new NotACaller("the token has no " + ROLE + " claim"));
        try {
            return Role.valueOf(raw.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new NotACaller(ROLE + " is not one of " + List.of(Role.values()));
        }
    }

    private String studyGroup(Jwt jwt, Role role) {
        String sg = required(jwt, STUDY_GROUP, role);
        return registry.studyGroup(sg).map(StudyGroup::code)
                .orElseThrow(() -> new NotACaller(STUDY_GROUP + " of a " + role + " is not a study group of recflow"));
    }

    private static String organisation(Jwt jwt, Role role) {
        String id = required(jwt, MEMBER, role);
        if (id.length() > MAX_LENGTH || !ORGANISATION_ID.matcher(id).matches()) {
            throw new NotACaller(MEMBER + " of a " + role + " is not an id (letters, digits, '.', '_', '-'; at most "
                    + MAX_LENGTH + " characters)");
        }
        return id;
    }

    private static String required(Jwt jwt, String claim, Role role) {
        return text(jwt, claim).orElseThrow(() -> new NotACaller("a " + role + " token needs the claim " + claim));
    }

    /** A claim given as a non-blank string, trimmed. */
    private static Optional<String> text(Jwt jwt, String claim) {
        return Optional.ofNullable(jwt.getClaims().get(claim)).filter(String.class::isInstance).map(v -> ((String) v).trim())
                .filter(v -> !v.isEmpty());
    }

    /** A token that verifies but names no recflow caller: refused as an invalid token. */
    static final class NotACaller extends InvalidBearerTokenException {

        private static final long serialVersionUID = 1L;

        NotACaller(String description) {
            super(description);
        }
    }

    /**
     * The authentication of a bearer token: the verified {@link Jwt} as principal and credentials, the caller's
     * {@code ROLE_} authority, and the {@link Actor} that {@link Actors#of} hands to the controllers. Never kept in a
     * session: every request brings its token.
     */
    @Transient
    static final class Token extends JwtAuthenticationToken {

        private static final long serialVersionUID = 1L;

        /** Not serialised: the token is never stored, and without it the caller is simply not signed in. */
        private final transient Actor actor;

        Token(Jwt jwt, Actor actor) {
            this(jwt, actor, false);
        }

        Token(Jwt jwt, Actor actor, boolean admin) {
            super(jwt, admin
                    ? List.of(new SimpleGrantedAuthority("ROLE_" + actor.role().name()), new SimpleGrantedAuthority("ROLE_" + EngineAccess.ADMIN))
                    : List.of(new SimpleGrantedAuthority("ROLE_" + actor.role().name())), actor.username());
            this.actor = actor;
        }

        Actor actor() {
            return actor;
        }
    }
}
