package org.recflow.membership;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Where the callers come from, decided once at start: either the demo accounts of api.md (HTTP Basic and the sign-in
 * form, {@link SecurityConfiguration}) or the secretariat's OpenID Connect provider (JWT bearer tokens,
 * {@link ProdSecurityConfiguration}). Exactly one of the two applies. The identity provider's applies in the
 * {@code prod} profile, whatever {@code recflow.demo-accounts} says (so a stray setting can never open the public
 * demo password in production), and wherever {@code recflow.demo-accounts=false}.
 */
final class AccountSource {

    static final String PROD_PROFILE = "prod";
    static final String DEMO_ACCOUNTS = "recflow.demo-accounts";

    private AccountSource() {
    }

    static boolean identityProvider(Environment env) {
        return env.acceptsProfiles(Profiles.of(PROD_PROFILE)) || !env.getProperty(DEMO_ACCOUNTS, Boolean.class, Boolean.TRUE);
    }

    /** The demo accounts: not in {@code prod}, and only while {@code recflow.demo-accounts} is true (the default). */
    static final class DemoAccounts implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !identityProvider(context.getEnvironment());
        }
    }

    /** JWT bearer tokens of the identity provider: the {@code prod} profile, or {@code recflow.demo-accounts=false}. */
    static final class IdentityProvider implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return identityProvider(context.getEnvironment());
        }
    }
}
