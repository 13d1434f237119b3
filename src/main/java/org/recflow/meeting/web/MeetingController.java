package org.recflow.meeting.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.recflow.meeting.Commands;
import org.recflow.meeting.MeetingManagement;
import org.recflow.meeting.MeetingSummary;
import org.recflow.meeting.MeetingView;
import org.recflow.meeting.RescheduleResult;
import org.recflow.membership.Actor;
import org.recflow.kernel.RecflowException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The meetings of api.md (second wave): each call one step of {@link MeetingManagement}. */
@RestController
@RequestMapping(path = "/api/meetings", produces = MediaType.APPLICATION_JSON_VALUE)
class MeetingController {

    private final MeetingManagement meetings;

    MeetingController(MeetingManagement meetings) {
        this.meetings = meetings;
    }

    private static long id(String raw) {
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw RecflowException.notFound("meeting " + raw);
        }
    }

    @PostMapping
    ResponseEntity<MeetingView> create(Actor actor, @Valid @RequestBody Commands.CreateMeeting body) {
        MeetingView v = meetings.create(actor, body);
        return ResponseEntity.created(URI.create("/api/meetings/" + v.id())).body(v);
    }

    @GetMapping
    List<MeetingSummary> list(@RequestParam(required = false) String studyGroup, @RequestParam(required = false) LocalDate from) {
        return meetings.list(studyGroup, from);
    }

    @GetMapping("/{id}")
    MeetingView get(@PathVariable String id) {
        return meetings.get(id(id));
    }

    @PutMapping("/{id}")
    RescheduleResult reschedule(Actor actor, @PathVariable String id, @Valid @RequestBody Commands.Reschedule body) {
        return meetings.reschedule(actor, id(id), body);
    }

    @PostMapping("/{id}/cancellation")
    MeetingView cancel(Actor actor, @PathVariable String id, @Valid @RequestBody Commands.Cancel body) {
        return meetings.cancel(actor, id(id), body);
    }
}
