package org.recflow.membership;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Everything recflow knows about who may take part: read once at start from {@code config/}. */
public class MemberRegistry {

    private final Map<String, MemberState> memberStates;
    private final Map<String, Set<String>> regionalGroups;
    private final Map<String, StudyGroup> studyGroups;
    private final Map<String, Organisation> sectorMembers;
    private final Map<String, Organisation> associates;

    public MemberRegistry(Collection<MemberState> memberStates, Map<String, Set<String>> regionalGroups,
            Collection<StudyGroup> studyGroups, Collection<Organisation> sectorMembers, Collection<Organisation> associates) {
        this.memberStates = index(memberStates.stream().map(m -> Map.entry(m.code(), m)).toList());
        this.regionalGroups = Map.copyOf(regionalGroups);
        this.studyGroups = index(studyGroups.stream().map(s -> Map.entry(s.code(), s)).toList());
        this.sectorMembers = index(sectorMembers.stream().map(o -> Map.entry(o.id(), o)).toList());
        this.associates = index(associates.stream().map(o -> Map.entry(o.id(), o)).toList());
    }

    private static <T> Map<String, T> index(List<Map.Entry<String, T>> entries) {
        Map<String, T> map = new LinkedHashMap<>();
        entries.forEach(e -> map.put(e.getKey().toUpperCase(Locale.ROOT), e.getValue()));
        return map;
    }

    /**
     * The Member State of a code as a path carries it: ISO 3166 alpha-3, case-insensitive in ASCII only
     * ({@code fra} finds FRA; a look-alike such as the Turkish dotless {@code ı} or the Kelvin sign finds nothing,
     * where {@link String#toUpperCase} would have folded it to I or K).
     */
    public Optional<MemberState> memberState(String code) {
        return Optional.ofNullable(asciiUpper(code)).map(memberStates::get);
    }

    /**
     * The Member State of a code as a body carries it (api.md: upper-case ISO 3166 alpha-3), matched exactly:
     * {@code fra} or {@code FRA } find nothing.
     */
    public Optional<MemberState> memberStateExactly(String code) {
        return Optional.ofNullable(code).map(memberStates::get).filter(m -> m.code().equals(code));
    }

    /** The Sector Member of an id exactly as configured ({@code ericsson}), with no case folding. */
    public Optional<Organisation> sectorMemberExactly(String id) {
        return sectorMembers.values().stream().filter(o -> o.id().equals(id)).findFirst();
    }

    /**
     * {@code code} in upper case when it is made of ASCII letters, digits and hyphens only, else null: codes and ids
     * of recflow are ASCII, and folding other letters would let look-alikes through.
     */
    static String asciiUpper(String code) {
        if (code == null || code.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder(code.length());
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c >= 'a' && c <= 'z') {
                sb.append((char) (c - 'a' + 'A'));
            } else if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-') {
                sb.append(c);
            } else {
                return null;
            }
        }
        return sb.toString();
    }

    public boolean isMemberState(String code) {
        return memberState(code).isPresent();
    }

    public Collection<MemberState> memberStates() {
        return memberStates.values();
    }

    public Optional<StudyGroup> studyGroup(String code) {
        return Optional.ofNullable(asciiUpper(code)).map(studyGroups::get);
    }

    public Collection<StudyGroup> studyGroups() {
        return studyGroups.values();
    }

    public Optional<Set<String>> regionalGroup(String group) {
        return Optional.ofNullable(asciiUpper(group)).map(regionalGroups::get);
    }

    public Collection<Organisation> sectorMembers() {
        return sectorMembers.values();
    }

    public Collection<Organisation> associates() {
        return associates.values();
    }
}
