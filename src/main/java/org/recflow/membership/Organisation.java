package org.recflow.membership;

/** A Sector Member or an Associate (with the study group it belongs to). */
public record Organisation(String id, String name, String studyGroup) {
}
