package org.recflow.web;

import org.recflow.kernel.ErrorPages;

import org.recflow.kernel.RecflowException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * A refusal met while a browser asks for a page (a 403, 404 or 409 from a page's controller) becomes the HTML error
 * page with the problem's words; every other caller goes on to {@link ApiExceptionHandler} and its problem document.
 */
@Component
class PageErrorResolver implements HandlerExceptionResolver, Ordered {

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception e) {
        if (!ErrorPages.wantsHtml(request)) {
            return null;
        }
        int status;
        String detail;
        if (e instanceof RecflowException refused && refused.code().status().is4xxClientError()) {
            status = refused.code().status().value();
            detail = refused.getMessage();
        } else if (e instanceof NoResourceFoundException || e instanceof NoHandlerFoundException) {
            status = 404;
            detail = "no such resource";
        } else if (e instanceof AccessDeniedException) {
            status = 403;
            detail = "you may not take this step";
        } else {
            return null;
        }
        try {
            ErrorPages.send(request, response, status, detail);
        } catch (IOException failed) {
            return null;
        }
        return new ModelAndView();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}
