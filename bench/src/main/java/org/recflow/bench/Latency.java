package org.recflow.bench;

import org.HdrHistogram.Histogram;

/** Latencies in nanoseconds, read out in milliseconds. */
final class Latency {

    final Histogram h = new Histogram(3_600_000_000_000L, 3);

    void record(long nanos) {
        h.recordValue(Math.max(1, Math.min(nanos, h.getHighestTrackableValue())));
    }

    void add(Latency other) {
        h.add(other.h);
    }

    long count() {
        return h.getTotalCount();
    }

    double p(double percentile) {
        return h.getTotalCount() == 0 ? Double.NaN : h.getValueAtPercentile(percentile) / 1e6;
    }

    double max() {
        return h.getTotalCount() == 0 ? Double.NaN : h.getMaxValue() / 1e6;
    }

    double mean() {
        return h.getTotalCount() == 0 ? Double.NaN : h.getMean() / 1e6;
    }
}
