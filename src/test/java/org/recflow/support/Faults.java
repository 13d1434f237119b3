package org.recflow.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.aopalliance.intercept.MethodInterceptor;
import org.recflow.deadline.DeadlineBook;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * Test-only fault injection: the recflow beans listed in {@link #WRAPPED} are proxied, and a test can make the next
 * calls of one of their methods fail as a database that went away would ({@link DataAccessResourceFailureException}).
 * Unarmed, the proxies only pass calls through, so the other tests of the shared context see no difference.
 */
@Component
public class Faults implements BeanPostProcessor {

    /** The message of every injected failure. */
    public static final String MESSAGE = "injected: the database went away";

    private static final java.util.Set<Class<?>> WRAPPED = java.util.Set.of(DeadlineBook.class);

    private final Map<String, AtomicInteger> armed = new ConcurrentHashMap<>();

    /** The next {@code times} calls of {@code type.method} taking {@code parameters} arguments throw; later ones run normally. */
    public void failNext(Class<?> type, String method, int parameters, int times) {
        armed.put(key(type.getName(), method, parameters), new AtomicInteger(times));
    }

    /** Every call of {@code type.method} taking {@code parameters} arguments throws until {@link #heal()}. */
    public void failUntilHealed(Class<?> type, String method, int parameters) {
        failNext(type, method, parameters, Integer.MAX_VALUE);
    }

    private static String key(String type, String method, int parameters) {
        return type + "#" + method + "/" + parameters;
    }

    /** Disarms every fault. */
    public void heal() {
        armed.clear();
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!WRAPPED.contains(bean.getClass())) {
            return bean;
        }
        String type = bean.getClass().getName();
        ProxyFactory proxy = new ProxyFactory(bean);
        proxy.setProxyTargetClass(true);
        proxy.addAdvice((MethodInterceptor) call -> {
            AtomicInteger left = armed.get(key(type, call.getMethod().getName(), call.getMethod().getParameterCount()));
            if (left != null && left.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                throw new DataAccessResourceFailureException(MESSAGE);
            }
            return call.proceed();
        });
        return proxy.getProxy(bean.getClass().getClassLoader());
    }
}
