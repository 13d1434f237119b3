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

    public Optional<MemberState> memberState(String code) {
        return Optional.ofNullable(code).map(c -> memberStates.get(c.toUpperCase(Locale.ROOT)));
    }

    public boolean isMemberState(String code) {
        return memberState(code).isPresent();
    }

    public Collection<MemberState> memberStates() {
        return memberStates.values();
    }

    public Optional<StudyGroup> studyGroup(String code) {
        return Optional.ofNullable(code).map(c -> studyGroups.get(c.toUpperCase(Locale.ROOT)));
    }

    public Collection<StudyGroup> studyGroups() {
        return studyGroups.values();
    }

    public Optional<Set<String>> regionalGroup(String group) {
        return Optional.ofNullable(group).map(g -> regionalGroups.get(g.toUpperCase(Locale.ROOT)));
    }

    public Collection<Organisation> sectorMembers() {
        return sectorMembers.values();
    }

    public Collection<Organisation> associates() {
        return associates.values();
    }
}
