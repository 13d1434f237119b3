package org.recflow.membership;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * The demo accounts of api.md, built from the registry: {@code tsb}, {@code chair-sg20} (one per study
 * group), {@code ms-fra} (one per Member State), {@code sm-ericsson}, {@code as-sg20}, and {@code engine-admin}
 * (TSB with the engine's administration, {@link EngineAccess}). Their password is
 * public ("demo"), so it is compared as it is: a costly hash would protect nothing and cost every request.
 */
class AccountDirectory implements UserDetailsService {

    static final String DEMO_PASSWORD = "{noop}demo";
    static final String ENGINE_ADMIN = "engine-admin";

    private final Map<String, Account> accounts = new LinkedHashMap<>();

    AccountDirectory(MemberRegistry registry) {
        add(new Actor("tsb", Role.TSB, null, null));
        registry.studyGroups().forEach(sg -> add(new Actor(sg.chairAccount(), Role.CHAIR, null, sg.code())));
        registry.memberStates().forEach(ms -> add(new Actor("ms-" + ms.code().toLowerCase(Locale.ROOT), Role.MEMBER_STATE, ms.code(), null)));
        registry.sectorMembers().forEach(sm -> add(new Actor("sm-" + sm.id(), Role.SECTOR_MEMBER, sm.id(), null)));
        registry.associates().forEach(as -> add(new Actor(as.id(), Role.ASSOCIATE, as.id(), as.studyGroup())));
        // the engine's administrator: TSB in the procedures, and the whole of /engine-rest (EngineAccess)
        accounts.put(ENGINE_ADMIN, new Account(new Actor(ENGINE_ADMIN, Role.TSB, null, null), DEMO_PASSWORD, true));
    }

    /** Every account, in the order above. */
    java.util.Collection<Account> all() {
        return java.util.Collections.unmodifiableCollection(accounts.values());
    }

    private void add(Actor actor) {
        accounts.put(actor.username(), new Account(actor, DEMO_PASSWORD));
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.get(username == null ? "" : username.toLowerCase(Locale.ROOT));
        if (account == null) {
            throw new UsernameNotFoundException("no such account");
        }
        return account;
    }

    int size() {
        return accounts.size();
    }
}
