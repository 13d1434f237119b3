package org.recflow.notification;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.recflow.membership.MemberRegistry;
import org.recflow.membership.MemberState;
import org.recflow.membership.Organisation;
import org.recflow.membership.StudyGroup;
import org.springframework.stereotype.Component;

/**
 * The accounts an {@link Audience} stands for, by the account names of the membership module ({@code ms-fra},
 * {@code sm-ericsson}, the Associate's id, {@code chair-sg20}, {@code tsb}), in that order and each once.
 */
@Component
class Recipients {

    static final String TSB = "tsb";

    private final MemberRegistry registry;

    Recipients(MemberRegistry registry) {
        this.registry = registry;
    }

    static String memberStateAccount(String code) {
        return "ms-" + code.toLowerCase(Locale.ROOT);
    }

    /** The account names of {@code audience}; an unknown regional group or study group adds no one. */
    Set<String> of(Audience audience) {
        Set<String> to = new LinkedHashSet<>();
        if (audience.memberStates()) {
            if (audience.regionalGroup() != null) {
                registry.regionalGroup(audience.regionalGroup()).ifPresent(g -> g.forEach(code -> to.add(memberStateAccount(code))));
            } else {
                for (MemberState ms : registry.memberStates()) {
                    to.add(memberStateAccount(ms.code()));
                }
            }
        }
        if (audience.sectorMembers()) {
            for (Organisation sm : registry.sectorMembers()) {
                to.add("sm-" + sm.id());
            }
        }
        if (audience.associatesOf() != null) {
            for (Organisation as : registry.associates()) {
                if (audience.associatesOf().equalsIgnoreCase(as.studyGroup())) {
                    to.add(as.id());
                }
            }
        }
        if (audience.chairOf() != null) {
            registry.studyGroup(audience.chairOf()).map(StudyGroup::chairAccount).ifPresent(to::add);
        }
        if (audience.tsb()) {
            to.add(TSB);
        }
        to.addAll(audience.accounts());
        return to;
    }
}
