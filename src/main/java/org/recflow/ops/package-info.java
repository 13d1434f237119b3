/**
 * What an operator watches: the metrics of the procedures (Micrometer, scraped at {@code /actuator/prometheus}), the
 * job executor's part of readiness ({@code /actuator/health/readiness}), and the log lines of each request and each
 * automatic step, with the request id and the business key in the MDC. docs/OPERATIONS.md "Monitoring" and "Logs".
 */
package org.recflow.ops;
