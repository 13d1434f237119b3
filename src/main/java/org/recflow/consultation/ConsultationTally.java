package org.recflow.consultation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * The 70% rule (Res. 1 §9.4.5-9.4.6 for TAP, §7.3.2.3 for Questions): the procedure continues when 70%
 * or more of the counted replies support, or when nothing was counted. Only explicit support and explicit
 * non-support are counted. Decided in integers, {@code support * 10 >= 7 * counted}, so no rounding can tip
 * it; {@code supportPercent} is for people only, rounded to one decimal, and null while nothing is counted.
 */
public record ConsultationTally(int support, int against, int noPosition, int counted, BigDecimal supportPercent,
        boolean thresholdMet) {

    public static ConsultationTally of(int support, int against, int noPosition) {
        if (support < 0 || against < 0 || noPosition < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
        int counted = support + against;
        BigDecimal percent = counted == 0 ? null
                : BigDecimal.valueOf(support * 100L).divide(BigDecimal.valueOf(counted), 1, RoundingMode.HALF_UP);
        boolean met = (long) support * 10 >= 7L * counted;
        return new ConsultationTally(support, against, noPosition, counted, percent, met);
    }

    public static ConsultationTally of(Collection<Reply> replies) {
        int s = 0;
        int a = 0;
        int n = 0;
        for (Reply r : replies) {
            switch (r.position()) {
                case SUPPORT -> s++;
                case AGAINST -> a++;
                case NO_POSITION -> n++;
            }
        }
        return of(s, a, n);
    }
}
