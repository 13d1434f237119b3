package org.recflow.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Concurrency tests: many calls held at a gate, released together, and what each of them threw. */
public final class AllAtOnce {

    /** One call, given its index; it may throw (a refusal is a result the test looks at). */
    @FunctionalInterface
    public interface Call {
        void run(int index) throws Exception;
    }

    private AllAtOnce() {
    }

    /** Runs {@code call(0)} .. {@code call(count - 1)} on {@code threads} threads, all started together; answers what they threw. */
    public static List<Throwable> run(int count, int threads, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> calls = new ArrayList<>();
        List<Throwable> errors = Collections.synchronizedList(new ArrayList<>());
        try {
            for (int i = 0; i < count; i++) {
                int index = i;
                calls.add(pool.submit(() -> {
                    go.await();
                    try {
                        call.run(index);
                    } catch (Throwable t) {
                        errors.add(t);
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : calls) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return errors;
    }
}
