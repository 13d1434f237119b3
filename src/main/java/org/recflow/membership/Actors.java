package org.recflow.membership;

import java.util.Optional;
import org.springframework.security.core.Authentication;

/**
 * Finds the {@link Actor} behind an authentication, whichever way the caller signed in: a demo account (HTTP Basic or
 * the sign-in form) or a bearer token of the identity provider ({@code prod}, see {@link JwtActors}).
 */
public final class Actors {

    private Actors() {
    }

    public static Optional<Actor> of(Authentication auth) {
        if (auth == null || !auth.isAuthenticated()) {
            return Optional.empty();
        }
        if (auth instanceof JwtActors.Token token) {
            return Optional.ofNullable(token.actor());
        }
        if (auth.getPrincipal() instanceof Account account) {
            return Optional.of(account.actor());
        }
        return Optional.empty();
    }
}
