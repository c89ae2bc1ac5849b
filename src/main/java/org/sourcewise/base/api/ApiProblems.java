package org.sourcewise.base.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sourcewise.base.Failure;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the REST API as RFC 9457 problem JSON with the status that fits. Spring MVC's own
 * exceptions (a bad parameter, a {@code ResponseStatusException}, an unknown path, a wrong method) come
 * through the base class; what a service throws is sorted by {@link Failure}. The advice is global,
 * not limited to our packages, because a request that matches no controller (an unknown path or
 * method) has no controller to be limited by; outside {@code /api/} it steps aside. Without this a failed write escaped to the servlet
 * container's error page, which the browser chain's security answered with an empty 403 (issue 11).
 */
@RestControllerAdvice
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> failed(Exception thrown, HttpServletRequest request) throws Exception {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            throw thrown; // not the API's: left to whoever handled it before
        }
        Failure failure = Failure.of(thrown);
        if (failure.kind().logged()) {
            log.error("An API request failed (reference {})", failure.reference(), thrown);
        }
        HttpStatus status = HttpStatus.valueOf(failure.kind().status());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, failure.forApi());
        problem.setType(URI.create("urn:sourcewise:problem:" + failure.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')));
        if (failure.reference() != null) {
            problem.setProperty("reference", failure.reference());
        }
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(status);
        if (failure.kind() == Failure.Kind.STORAGE_UNAVAILABLE) {
            answer.header(HttpHeaders.RETRY_AFTER, "5");
        }
        return answer.body(problem);
    }

    /** An unknown path under /api: said in the API's words, pointing to the list of paths. */
    @Override
    protected @Nullable ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
                                                                              HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "There is no API path /" + ex.getResourcePath() + "; the paths are listed at /api/docs.");
        return handleExceptionInternal(ex, problem, headers, HttpStatus.NOT_FOUND, request);
    }
}
