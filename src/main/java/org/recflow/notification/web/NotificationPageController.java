package org.recflow.notification.web;

import java.util.List;
import org.recflow.kernel.RecflowException;
import org.recflow.membership.Actor;
import org.recflow.notification.DeliveryStatus;
import org.recflow.notification.DeliveryView;
import org.recflow.notification.Notifications;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page {@code /notifications} (any signed-in account): one's subscription, and the delivery log of
 * {@code /api/notifications} as a table (TSB: everyone's, filterable by recipient, status and type; others: their
 * own), newest first, with what failed and why. A refused filter is shown on the page.
 */
@Controller
class NotificationPageController {

    private final Notifications notifications;

    NotificationPageController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/notifications")
    String page(Actor actor, @RequestParam(required = false) String recipient, @RequestParam(required = false) String status,
            @RequestParam(required = false) String type, Model model) {
        model.addAttribute("actor", actor);
        model.addAttribute("subscription", notifications.subscription(actor));
        List<DeliveryView> log;
        try {
            log = notifications.log(actor, recipient, status, type);
        } catch (RecflowException e) {
            model.addAttribute("error", e.getMessage());
            log = List.of();
        }
        model.addAttribute("deliveries", log);
        model.addAttribute("failed", log.stream().filter(d -> d.status() == DeliveryStatus.FAILED).count());
        model.addAttribute("recipient", recipient);
        model.addAttribute("status", status);
        model.addAttribute("type", type);
        return "notifications";
    }
}
