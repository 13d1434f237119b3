package org.recflow.membership;

/** An ITU Member State: ISO 3166-1 alpha-3 code, ISO short name, ITU administrative region (A-E). */
public record MemberState(String code, String name, String ituRegion) {
}
