package org.recflow.meeting.web;

import java.time.LocalDate;
import org.recflow.calendar.ProcedureCalendar;
import org.recflow.kernel.RecflowException;
import org.recflow.meeting.Commands;
import org.recflow.meeting.MeetingManagement;
import org.recflow.membership.Actor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The meetings' pages (issue 16 item 4; under /dashboard: TSB and chairs read them, only TSB acts): the meetings from
 * today on, and one meeting with its texts, their state and what each still needs before it, and TSB's actions
 * (reschedule, cancel, draft the TAP consultation circular on the circulars page). Each action is one call of
 * {@link MeetingManagement}; a refusal is shown on the page and changes nothing.
 */
@Controller
class MeetingPageController {

    private final MeetingManagement meetings;
    private final ProcedureCalendar calendar;

    MeetingPageController(MeetingManagement meetings, ProcedureCalendar calendar) {
        this.meetings = meetings;
        this.calendar = calendar;
    }

    @GetMapping("/dashboard/meetings")
    String list(Actor actor, Model model) {
        model.addAttribute("actor", actor);
        model.addAttribute("meetings", meetings.list(null, calendar.today()));
        return "meetings";
    }

    @GetMapping("/dashboard/meetings/{id}")
    String one(Actor actor, @PathVariable long id, Model model) {
        model.addAttribute("actor", actor);
        model.addAttribute("m", meetings.get(id));
        model.addAttribute("today", calendar.today());
        return "meeting";
    }

    @PostMapping("/dashboard/meetings/{id}/reschedule")
    String reschedule(Actor actor, @PathVariable long id,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate start,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate end,
            @RequestParam(required = false) String place, @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "false") boolean detachTexts, RedirectAttributes flash) {
        try {
            if (reason.isBlank()) {
                throw RecflowException.invalid("reason", "give the reason of the move");
            }
            var r = meetings.reschedule(actor, id, new Commands.Reschedule(start, end, place, reason, detachTexts));
            flash.addFlashAttribute("message", "Moved to " + start + ".." + end + ": " + r.texts().size() + " text(s) moved"
                    + (r.detached().isEmpty() ? "." : ", " + r.detached().size() + " sent back to wait for another meeting."));
        } catch (RecflowException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/dashboard/meetings/" + id;
    }

    @PostMapping("/dashboard/meetings/{id}/cancellation")
    String cancel(Actor actor, @PathVariable long id, @RequestParam(defaultValue = "") String reason, RedirectAttributes flash) {
        try {
            if (reason.isBlank()) {
                throw RecflowException.invalid("reason", "give the reason of the cancellation");
            }
            meetings.cancel(actor, id, new Commands.Cancel(reason));
            flash.addFlashAttribute("message", "Cancelled.");
        } catch (RecflowException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/dashboard/meetings/" + id;
    }
}
