package org.recflow.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/** How {@link JwtActors} reads the claims of a verified token ({@code prod}): the README's table of claims. */
class AccountsFromTokensTest {

    final MemberRegistry registry = new MemberRegistry(
            List.of(new MemberState("FRA", "France", "B"), new MemberState("DEU", "Germany", "B")),
            Map.of(), List.of(new StudyGroup("SG20", 20, "IoT"), new StudyGroup("SG13", 13, "Future networks")),
            List.of(new Organisation("ericsson", "Ericsson", null)), List.of());
    final JwtActors actors = new JwtActors(registry);

    static Jwt jwt(Object... claims) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < claims.length; i += 2) {
            map.put((String) claims[i], claims[i + 1]);
        }
        return new Jwt("token", Instant.parse("2027-01-01T00:00:00Z"), Instant.parse("2027-01-01T01:00:00Z"),
                Map.of("alg", "RS256"), map);
    }

    @Test
    void eachRoleWithWhatItNeeds() {
        assertThat(actors.actor(jwt("sub", "u1", "preferred_username", "alice", "recflow_role", "TSB", "recflow_member", "FRA")))
                .isEqualTo(new Actor("alice", Role.TSB, null, null));
        assertThat(actors.actor(jwt("sub", "u2", "recflow_role", "chair", "recflow_study_group", "sg20")))
                .isEqualTo(new Actor("u2", Role.CHAIR, null, "SG20"));
        assertThat(actors.actor(jwt("preferred_username", "marie", "recflow_role", "MEMBER_STATE", "recflow_member", "fra",
                "recflow_study_group", "SG13")))
                .isEqualTo(new Actor("marie", Role.MEMBER_STATE, "FRA", null));
        assertThat(actors.actor(jwt("sub", "bob", "recflow_role", "SECTOR_MEMBER", "recflow_member", "Ericsson")))
                .isEqualTo(new Actor("bob", Role.SECTOR_MEMBER, "ericsson", null));
        assertThat(actors.actor(jwt("sub", "sven", "recflow_role", "SECTOR_MEMBER", "recflow_member", "acme-telecom")))
                .isEqualTo(new Actor("sven", Role.SECTOR_MEMBER, "acme-telecom", null));
        assertThat(actors.actor(jwt("sub", "carol", "recflow_role", " associate ", "recflow_member", "as-acme",
                "recflow_study_group", "SG20")))
                .isEqualTo(new Actor("carol", Role.ASSOCIATE, "as-acme", "SG20"));
    }

    @Test
    void theAuthenticationCarriesTheActorAndItsRole() {
        Jwt jwt = jwt("sub", "u2", "recflow_role", "CHAIR", "recflow_study_group", "SG20");
        var auth = actors.convert(jwt);
        assertThat(auth.isAuthenticated()).isTrue();
        assertThat(auth.getName()).isEqualTo("u2");
        assertThat(auth.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_CHAIR");
        assertThat(Actors.of(auth)).contains(new Actor("u2", Role.CHAIR, null, "SG20"));
    }

    @Test
    void aTokenThatNamesNoCallerIsAnInvalidToken() {
        for (Jwt jwt : List.of(
                jwt("sub", "x"),
                jwt("sub", "x", "recflow_role", "ADMIN"),
                jwt("sub", "x", "recflow_role", List.of("TSB")),
                jwt("recflow_role", "TSB"),
                jwt("sub", " ", "recflow_role", "TSB"),
                jwt("sub", "x".repeat(65), "recflow_role", "TSB"),
                jwt("sub", "x", "recflow_role", "MEMBER_STATE"),
                jwt("sub", "x", "recflow_role", "MEMBER_STATE", "recflow_member", "XYZ"),
                jwt("sub", "x", "recflow_role", "CHAIR"),
                jwt("sub", "x", "recflow_role", "CHAIR", "recflow_study_group", "SG99"),
                jwt("sub", "x", "recflow_role", "ASSOCIATE", "recflow_member", "as-acme"),
                jwt("sub", "x", "recflow_role", "ASSOCIATE", "recflow_study_group", "SG20"),
                jwt("sub", "x", "recflow_role", "SECTOR_MEMBER"),
                jwt("sub", "x", "recflow_role", "SECTOR_MEMBER", "recflow_member", "a b"))) {
            assertThatThrownBy(() -> actors.convert(jwt)).as("%s", jwt.getClaims())
                    .isInstanceOf(InvalidBearerTokenException.class);
        }
    }
}
