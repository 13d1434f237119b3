package org.recflow.circular.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.recflow.circular.CircularKind;
import org.recflow.circular.CircularManagement;
import org.recflow.circular.Commands;
import org.recflow.circular.Language;
import org.recflow.membership.Actor;
import org.recflow.kernel.RecflowException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * TSB's page for circulars (under /dashboard, so TSB and chairs may read it; only TSB may act): the list, previews
 * in each language (HTML and PDF), a draft of a TAP consultation or an AAP announcement, the free paragraphs of a
 * draft, and its issue. Each action is one call of {@link CircularManagement}; a refusal is shown on the page.
 */
@Controller
class CircularPageController {

    private final CircularManagement circulars;

    CircularPageController(CircularManagement circulars) {
        this.circulars = circulars;
    }

    @GetMapping("/dashboard/circulars")
    String page(Actor actor, Model model) {
        model.addAttribute("actor", actor);
        List<org.recflow.circular.CircularSummary> newestFirst = new java.util.ArrayList<>(circulars.list(null, null, null));
        java.util.Collections.reverse(newestFirst);
        model.addAttribute("circulars", newestFirst);
        model.addAttribute("languages", Arrays.stream(Language.values()).map(Language::code).toList());
        return "circulars";
    }

    @GetMapping("/dashboard/circulars/{id}")
    String one(Actor actor, @PathVariable long id, Model model) {
        model.addAttribute("actor", actor);
        model.addAttribute("c", circulars.get(id));
        model.addAttribute("languages", Arrays.stream(Language.values()).map(Language::code).toList());
        return "circular-edit";
    }

    @PostMapping("/dashboard/circulars")
    String draft(Actor actor, @RequestParam CircularKind kind, @RequestParam(required = false) String studyGroup,
            @RequestParam(required = false) Long meetingId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate meetingStart,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, RedirectAttributes flash) {
        try {
            long id = circulars.draft(actor, new Commands.DraftCircular(kind, null, from, to, null, null, meetingId,
                    studyGroup == null || studyGroup.isBlank() ? null : studyGroup, meetingStart, null)).id();
            return "redirect:/dashboard/circulars/" + id;
        } catch (RecflowException e) {
            flash.addFlashAttribute("error", e.getMessage());
            return "redirect:/dashboard/circulars";
        }
    }

    /** The textarea holds the free paragraphs separated by blank lines. */
    @PostMapping("/dashboard/circulars/{id}/paragraphs")
    String paragraphs(Actor actor, @PathVariable long id, @RequestParam(defaultValue = "") String paragraphs, RedirectAttributes flash) {
        List<String> list = Arrays.stream(paragraphs.replace("\r\n", "\n").split("\n\\s*\n")).map(String::trim).filter(p -> !p.isEmpty()).toList();
        try {
            circulars.edit(actor, id, new Commands.EditCircular(list));
            flash.addFlashAttribute("message", "Paragraphs saved.");
        } catch (RecflowException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/dashboard/circulars/" + id;
    }

    @PostMapping("/dashboard/circulars/{id}/issue")
    String issue(Actor actor, @PathVariable long id, @RequestParam String number,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn, RedirectAttributes flash) {
        try {
            circulars.issue(actor, id, new Commands.IssueCircular(number, issuedOn));
            flash.addFlashAttribute("message", "Issued as " + number.trim() + ".");
        } catch (RecflowException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/dashboard/circulars/" + id;
    }
}
