package org.recflow.kernel;

/**
 * What a deadline belongs to: an approval, a Question or a deletion, with a label people recognise.
 * {@link #key} is also the business key of the subject's process instance ("APPROVAL-42"), unique
 * across kinds of subject, so Cockpit and every query tell approval 42 from Question 42.
 */
public record Subject(String type, long id, String label, String studyGroup) {

    public static String key(String type, long id) {
        return type + "-" + id;
    }

    /** The id back from a business key made by {@link #key}. */
    public static long idOf(String businessKey) {
        return Long.parseLong(businessKey.substring(businessKey.lastIndexOf('-') + 1));
    }

    public String key() {
        return key(type, id);
    }
}
