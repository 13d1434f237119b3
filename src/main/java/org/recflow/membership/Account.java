package org.recflow.membership;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A demo account: an {@link Actor} with a password; {@code admin} adds the {@code ROLE_ADMIN} authority (the engine's
 * own REST API, {@link EngineAccess}).
 */
record Account(Actor actor, String password, boolean admin) implements UserDetails {

    Account(Actor actor, String password) {
        this(actor, password, false);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        SimpleGrantedAuthority role = new SimpleGrantedAuthority("ROLE_" + actor.role().name());
        return admin ? List.of(role, new SimpleGrantedAuthority("ROLE_" + EngineAccess.ADMIN)) : List.of(role);
    }

    @Override
    public String getPassword() {
        return password;
    }

    @Override
    public String getUsername() {
        return actor.username();
    }
}
