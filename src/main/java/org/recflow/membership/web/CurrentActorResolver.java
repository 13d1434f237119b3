package org.recflow.membership.web;

import org.recflow.membership.Actor;
import org.recflow.membership.Actors;
import org.recflow.kernel.ProblemCode;
import org.recflow.kernel.RecflowException;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Lets a controller method take the signed-in {@link Actor} as a parameter. */
class CurrentActorResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType().equals(Actor.class);
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
            WebDataBinderFactory binderFactory) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return Actors.of(auth).orElseThrow(() ->
                new RecflowException(ProblemCode.UNAUTHENTICATED, "sign in with a valid account"));
    }
}
