package org.recflow.notification.feed;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/**
 * The Atom feed of announcements (RFC 4287), built with Rome's Atom model and written by its {@link WireFeedOutput}.
 * Entry ids are tag URIs (RFC 4151) made of the subject, the kind of announcement and its instant
 * ({@code tag:recflow.example.org,2026:APPROVAL-42/LAST_CALL_OPENED/2027-01-06T08:00:00Z}, a circular
 * {@code …:CIRCULAR-7/ISSUED}), so an entry keeps its id from one read to the next and from node to node.
 *
 * @param tagPrefix the start of every id, {@code tag:authority,date:} ({@code recflow.announcements.tag-prefix})
 */
record AnnouncementFeed(String tagPrefix) {

    /** How many entries a feed carries at most, newest first. */
    static final int SIZE = 200;

    /**
     * One entry: {@code key} the subject's key ("APPROVAL-42", "CIRCULAR-7"), {@code kind} what was announced,
     * {@code at} when (UTC), {@code href} the absolute URL of the subject's resource.
     */
    record Item(String key, String kind, String title, String summary, String studyGroup, Instant at, String href) {

        String id(String prefix) {
            return prefix + key + "/" + kind + (kind.equals("ISSUED") ? "" : "/" + at);
        }
    }

    /**
     * The feed of {@code items} (any order; written newest first, at most {@link #SIZE}) for {@code studyGroup} (null:
     * every study group), served at {@code self}; {@code now} is its {@code updated} when it has no entry.
     *
     * @throws IllegalStateException when Rome finds the feed invalid (a bug, not bad input)
     */
    String write(List<Item> items, String studyGroup, String self, Instant now) {
        List<Item> newest = new ArrayList<>(items);
        newest.sort(Comparator.comparing(Item::at).reversed().thenComparing(i -> i.id(tagPrefix), Comparator.reverseOrder()));
        if (newest.size() > SIZE) {
            newest = newest.subList(0, SIZE);
        }
        Feed feed = new Feed("atom_1.0");
        feed.setId(tagPrefix + "announcements" + (studyGroup == null ? "" : "/" + studyGroup));
        feed.setTitle("ITU-T TSB announcements" + (studyGroup == null ? "" : " for " + studyGroup));
        feed.setUpdated(Date.from(newest.isEmpty() ? now : newest.get(0).at()));
        feed.setLanguage("en");
        Person tsb = new Person();
        tsb.setName("ITU-T TSB");
        feed.setAuthors(List.of(tsb));
        feed.setOtherLinks(List.of(link("self", "application/atom+xml", self)));
        List<Entry> entries = new ArrayList<>();
        for (Item item : newest) {
            Entry entry = new Entry();
            entry.setId(item.id(tagPrefix));
            entry.setTitle(item.title());
            entry.setUpdated(Date.from(item.at()));
            entry.setPublished(Date.from(item.at()));
            entry.setAlternateLinks(List.of(link("alternate", "application/json", item.href())));
            Category kind = new Category();
            kind.setTerm(item.kind());
            Category group = new Category();
            group.setTerm(item.studyGroup() == null ? "ALL" : item.studyGroup());
            group.setLabel("study group");
            entry.setCategories(List.of(kind, group));
            Content summary = new Content();
            summary.setType(Content.TEXT);
            summary.setValue(item.summary());
            entry.setSummary(summary);
            entries.add(entry);
        }
        feed.setEntries(entries);
        try {
            return new WireFeedOutput().outputString(feed, true);
        } catch (FeedException e) {
            throw new IllegalStateException("the announcements feed is not valid Atom", e);
        }
    }

    /** A title for an announcement of {@code kind} about {@code subject}. */
    static String title(String kind, String subject) {
        String what = switch (kind) {
            case "LAST_CALL_OPENED" -> "Last Call opened";
            case "ADDITIONAL_REVIEW_OPENED" -> "Additional Review opened";
            case "CONSULTATION_OPENED" -> "Consultation opened";
            case "OBJECTION_PERIOD_OPENED" -> "Deletion announced";
            case "OUTCOME" -> "Outcome";
            default -> kind.toLowerCase(Locale.ROOT).replace('_', ' ');
        };
        return what + ": " + subject;
    }

    private static Link link(String rel, String type, String href) {
        Link link = new Link();
        link.setRel(rel);
        link.setType(type);
        link.setHref(href);
        return link;
    }
}
