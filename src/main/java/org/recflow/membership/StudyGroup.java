package org.recflow.membership;

/** A study group of the study period (SG20), or TSAG, which approves A-series texts. */
public record StudyGroup(String code, int number, String title) {

    /** The account name of its chair, e.g. chair-sg20. */
    public String chairAccount() {
        return "chair-" + code.toLowerCase(java.util.Locale.ROOT);
    }
}
