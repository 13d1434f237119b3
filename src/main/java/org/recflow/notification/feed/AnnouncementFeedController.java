package org.recflow.notification.feed;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.recflow.circular.CircularManagement;
import org.recflow.circular.CircularStatus;
import org.recflow.circular.CircularSummary;
import org.recflow.circular.CircularView;
import org.recflow.kernel.RecflowException;
import org.recflow.membership.MemberRegistry;
import org.recflow.membership.StudyGroup;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code GET /api/announcements.atom?studyGroup=} (api.md "Notifications", issue 17 §5): for anyone signed in, the
 * Atom feed (RFC 4287) of what TSB announces, newest first: periods opened and outcomes ({@link Announcements}) and
 * the circulars issued. An unknown study group is refused with 400 {@code INVALID_REQUEST} naming {@code studyGroup}.
 */
@RestController
class AnnouncementFeedController {

    static final String ATOM = "application/atom+xml";

    private final Announcements announcements;
    private final CircularManagement circulars;
    private final MemberRegistry registry;
    private final Clock clock;
    private final AnnouncementFeed feed;

    AnnouncementFeedController(Announcements announcements, CircularManagement circulars, MemberRegistry registry, Clock clock,
            @Value("${recflow.announcements.tag-prefix:tag:recflow.example.org,2026:}") String tagPrefix) {
        this.announcements = announcements;
        this.circulars = circulars;
        this.registry = registry;
        this.clock = clock;
        this.feed = new AnnouncementFeed(tagPrefix);
    }

    @Operation(summary = "The Atom feed of TSB's announcements (periods opened, outcomes, circulars issued), newest first")
    @GetMapping(path = "/api/announcements.atom", produces = ATOM)
    String feed(@Parameter(description = "a study group (SG20); any case") @RequestParam(required = false) String studyGroup) {
        String sg = studyGroup == null ? null : registry.studyGroup(studyGroup).map(StudyGroup::code)
                .orElseThrow(() -> RecflowException.invalid("studyGroup", "unknown study group '" + studyGroup + "'"));
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        List<AnnouncementFeed.Item> items = new ArrayList<>();
        for (Announcements.Announcement a : announcements.newest(sg, AnnouncementFeed.SIZE)) {
            items.add(new AnnouncementFeed.Item(a.subjectType() + "-" + a.subjectId(), a.kind(), AnnouncementFeed.title(a.kind(), a.subject()),
                    a.summary(), a.studyGroup(), a.announcedAt(), base + "/api/" + resource(a.subjectType()) + "/" + a.subjectId()));
        }
        List<CircularSummary> issued = circulars.list(sg, null, CircularStatus.ISSUED);
        for (CircularSummary c : issued.subList(Math.max(0, issued.size() - AnnouncementFeed.SIZE), issued.size())) {
            CircularView v = circulars.get(c.id());
            items.add(new AnnouncementFeed.Item("CIRCULAR-" + c.id(), "ISSUED", c.number() + " issued",
                    c.number() + " (" + c.kind() + (c.studyGroup() == null ? "" : ", " + c.studyGroup()) + ") issued on " + c.issuedOn()
                            + ", covering " + c.texts() + " text(s)",
                    c.studyGroup(), v.issuedAt(), base + "/api/circulars/" + c.id()));
        }
        String self = ServletUriComponentsBuilder.fromCurrentRequest().toUriString();
        return feed.write(items, sg, self, clock.instant());
    }

    private static String resource(String subjectType) {
        return switch (subjectType) {
            case "APPROVAL" -> "approvals";
            case "QUESTION" -> "questions";
            case "DELETION" -> "deletions";
            default -> subjectType.toLowerCase(java.util.Locale.ROOT) + "s";
        };
    }
}
