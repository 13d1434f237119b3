package org.recflow.notification.web;

import jakarta.validation.Valid;
import java.util.List;
import org.recflow.membership.Actor;
import org.recflow.notification.DeliveryView;
import org.recflow.notification.Notifications;
import org.recflow.notification.SubscriptionChange;
import org.recflow.notification.SubscriptionView;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** api.md (second wave) "Notifications": the caller's subscription and the delivery log, each one call of {@link Notifications}. */
@RestController
class NotificationController {

    private final Notifications notifications;

    NotificationController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping(path = "/api/me/subscription", produces = MediaType.APPLICATION_JSON_VALUE)
    SubscriptionView subscription(Actor actor) {
        return notifications.subscription(actor);
    }

    @PutMapping(path = "/api/me/subscription", produces = MediaType.APPLICATION_JSON_VALUE)
    SubscriptionView subscribe(Actor actor, @Valid @RequestBody SubscriptionChange body) {
        return notifications.subscribe(actor, body);
    }

    @GetMapping(path = "/api/notifications", produces = MediaType.APPLICATION_JSON_VALUE)
    List<DeliveryView> log(Actor actor, @RequestParam(required = false) String recipient, @RequestParam(required = false) String status,
            @RequestParam(required = false) String type) {
        return notifications.log(actor, recipient, status, type);
    }
}
