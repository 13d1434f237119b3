/**
 * The shared kernel every module may use: the refusals of the REST contract ({@link org.recflow.kernel.ProblemCode},
 * {@link org.recflow.kernel.RecflowException}) and their problem+json shape (RFC 9457), the reference to the
 * subject of a procedure ({@link org.recflow.kernel.Subject}: "APPROVAL-42"), and the id of the request being
 * served ({@link org.recflow.kernel.RequestId}). It depends on no other module; it is open, so every type in it
 * is API.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.recflow.kernel;
