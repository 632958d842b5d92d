package dev.kith.adapter.javalin.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.kith.adapter.javalin.shared.FieldErrorResponse;
import dev.kith.adapter.javalin.shared.ProblemResponse;
import dev.kith.domain.shared.Conflict;
import dev.kith.domain.shared.DomainException;
import dev.kith.domain.shared.Forbidden;
import dev.kith.domain.shared.InvalidInput;
import dev.kith.domain.shared.NotFound;
import dev.kith.domain.shared.RuleViolation;
import dev.kith.domain.shared.TooLarge;
import dev.kith.domain.shared.UnsupportedType;
import dev.kith.domain.shared.Unauthenticated;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.router.InternalRouter;
import io.javalin.validation.ValidationException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that turns failures into responses: domain errors by category, the adapter's own
 * {@link HttpProblem}s, Javalin's 404/405/413, and anything unexpected as an opaque 500 whose
 * correlation id is logged with the stack trace. Every error body is {@code application/problem+json}.
 */
public final class ErrorResponses {

    /** The media type of every error body. */
    public static final String PROBLEM_JSON = "application/problem+json";

    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

    private final ObjectMapper mapper;
    private final Supplier<InternalRouter> router;

    /** Renders with {@code mapper}; {@code router} answers which methods a path allows, for 405s. */
    public ErrorResponses(ObjectMapper mapper, Supplier<InternalRouter> router) {
        this.mapper = mapper;
        this.router = router;
    }

    /** Registers the handlers on a Javalin configuration, Jetty's own error pages included. */
    public void install(JavalinConfig cfg) {
        cfg.routes.exception(DomainException.class, (e, ctx) -> domain(e, ctx));
        cfg.routes.exception(HttpProblem.class, (e, ctx) -> http(e, ctx));
        cfg.routes.exception(HttpResponseException.class, (e, ctx) -> javalin(e, ctx));
        cfg.routes.exception(ValidationException.class, (e, ctx) -> validation(e, ctx));
        // Javalin's own body binding (ctx.bodyAsClass) fails with these on bad client input
        cfg.routes.exception(StreamReadException.class, (e, ctx) -> write(ctx, ProblemResponse.of(400, "malformed_json",
                "The request body is not valid JSON.")));
        cfg.routes.exception(MismatchedInputException.class, (e, ctx) -> write(ctx, ProblemResponse.of(400,
                "malformed_json", "The request body does not have the expected shape.")));
        cfg.routes.exception(Exception.class, (e, ctx) -> unexpected(e, ctx));
        cfg.router.javaLangErrorHandler(this::fatal);
        JettyErrors jettyErrors = new JettyErrors(this);
        cfg.jetty.modifyServer(server -> server.setErrorHandler(jettyErrors.forServer()));
        cfg.jetty.modifyServletContextHandler(context -> context.setErrorHandler(jettyErrors.forServletContext()));
    }

    /** Writes a problem as the response. */
    public void write(Context ctx, ProblemResponse problem) {
        ctx.status(problem.status());
        ctx.contentType(PROBLEM_JSON);
        ctx.result(bytes(problem));
    }

    private void domain(DomainException e, Context ctx) {
        ProblemResponse problem = ProblemResponse.of(statusOf(e), e.code(), e.getMessage());
        if (e instanceof InvalidInput invalid) {
            problem = problem.withErrors(invalid.errors().stream()
                    .map(error -> new FieldErrorResponse(error.field(), error.message()))
                    .toList());
        }
        if (e instanceof Unauthenticated) {
            // RFC 6750: name the scheme; say the token was bad only when one was sent
            ctx.header("WWW-Authenticate", ctx.header("Authorization") == null
                    ? "Bearer realm=\"kith\"" : "Bearer realm=\"kith\", error=\"invalid_token\"");
        }
        write(ctx, problem);
    }

    private static int statusOf(DomainException e) {
        if (e instanceof InvalidInput) {
            return 400;
        }
        if (e instanceof Unauthenticated) {
            return 401;
        }
        if (e instanceof Forbidden) {
            return 403;
        }
        if (e instanceof NotFound) {
            return 404;
        }
        if (e instanceof Conflict || e instanceof RuleViolation) {
            return 409;
        }
        if (e instanceof TooLarge) {
            return 413;
        }
        if (e instanceof UnsupportedType) {
            return 415;
        }
        throw new IllegalStateException("unmapped domain exception " + e.getClass());
    }

    private void http(HttpProblem e, Context ctx) {
        e.headers().forEach(ctx::header);
        write(ctx, ProblemResponse.of(e.status(), e.code(), e.getMessage()));
    }

    private void javalin(HttpResponseException e, Context ctx) {
        int status = e.getStatus();
        switch (status) {
            case 404 -> write(ctx, ProblemResponse.of(404, "not_found",
                    "Nothing here: no route matches " + ctx.method() + " " + shortened(ctx.path()) + "."));
            case 405 -> {
                String allowed = allowedMethods(ctx.path());
                ctx.header("Allow", allowed);
                write(ctx, ProblemResponse.of(405, "method_not_allowed",
                        ctx.method() + " is not allowed here; use " + allowed + "."));
            }
            case 413 -> write(ctx, ProblemResponse.of(413, "payload_too_large", "The request body is too large."));
            default -> {
                if (status >= 500) {
                    unexpected(e, ctx);
                } else {
                    write(ctx, ProblemResponse.of(status, codeOf(status), e.getMessage()));
                }
            }
        }
    }

    private String allowedMethods(String path) {
        return router.get().allHttpHandlers().stream()
                .filter(parsed -> parsed.endpoint.method.isHttpMethod() && parsed.matches(path))
                .map(parsed -> parsed.endpoint.method.name())
                .distinct()
                .sorted()
                .collect(Collectors.joining(", "));
    }

    /** Javalin's validators, as in {@code ctx.queryParamAsClass("limit", Integer.class).check(...)}. */
    private void validation(ValidationException e, Context ctx) {
        List<FieldErrorResponse> fields = new ArrayList<>();
        e.getErrors().forEach((field, errors) -> errors.forEach(error ->
                fields.add(new FieldErrorResponse(field, readable(error.getMessage())))));
        write(ctx, ProblemResponse.of(400, "validation_failed", "The request has invalid fields.").withErrors(fields));
    }

    /** Javalin's messages are keys like TYPE_CONVERSION_FAILED; say them in words. */
    private static String readable(String message) {
        return switch (message) {
            case "TYPE_CONVERSION_FAILED" -> "has the wrong type";
            case "NULLCHECK_FAILED" -> "is required";
            case "DESERIALIZATION_FAILED" -> "could not be read";
            default -> message;
        };
    }

    private void unexpected(Exception e, Context ctx) {
        String correlationId = CommonHeaders.requestId(ctx);
        LOG.error("Unexpected failure on {} {} [correlationId={}]", ctx.method(), shortened(ctx.path()), correlationId, e);
        write(ctx, internalError().withCorrelationId(correlationId));
    }

    private void fatal(HttpServletResponse res, Error error) {
        String known = res.getHeader(CommonHeaders.REQUEST_ID);
        String correlationId = known != null ? known : UUID.randomUUID().toString();
        LOG.error("Fatal error while serving a request [correlationId={}]", correlationId, error);
        if (res.isCommitted()) {
            return;
        }
        try {
            res.resetBuffer();
            res.setStatus(500);
            res.setContentType(PROBLEM_JSON);
            res.getOutputStream().write(bytes(internalError().withCorrelationId(correlationId)));
        } catch (IOException | IllegalStateException e) {
            LOG.debug("Could not write the 500 response", e);
        }
    }

    private static ProblemResponse internalError() {
        return ProblemResponse.of(500, "internal_error",
                "Something went wrong on our side. Quote the correlation id if you report it.");
    }

    /** A problem for a status Jetty answered on its own, before Javalin saw the request. */
    ProblemResponse forStatus(int status) {
        String code = codeOf(status);
        return ProblemResponse.of(status, code, switch (status) {
            case 400 -> "The request is malformed.";
            case 404 -> "Nothing here.";
            case 413 -> "The request is too large.";
            case 414 -> "The request URI is too long.";
            case 417 -> "Only the expectation 100-continue is understood.";
            case 426 -> "Speak HTTP/1.1 (or HTTP/1.0) to this server.";
            case 431 -> "The request headers are too large.";
            case 501 -> "The server does not implement this request.";
            case 503 -> "The server is shutting down or overloaded; try again shortly.";
            case 505 -> "Only HTTP/1.1 and HTTP/1.0 are spoken here.";
            default -> "The request could not be served.";
        });
    }

    static String codeOf(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 401 -> "unauthenticated";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 406 -> "not_acceptable";
            case 408 -> "request_timeout";
            case 409 -> "conflict";
            case 411 -> "length_required";
            case 413 -> "payload_too_large";
            case 414 -> "uri_too_long";
            case 415 -> "unsupported_media_type";
            case 417 -> "expectation_failed";
            case 426 -> "upgrade_required";
            case 429 -> "rate_limited";
            case 431 -> "headers_too_large";
            case 501 -> "not_implemented";
            case 503 -> "service_unavailable";
            case 505 -> "http_version_not_supported";
            default -> status >= 500 ? "internal_error" : "http_" + status;
        };
    }

    byte[] bytes(ProblemResponse problem) {
        try {
            return mapper.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            // a problem record always serializes; keep a fixed answer rather than a second failure
            return ("{\"type\":\"" + ProblemResponse.TYPE_BASE + "internal_error\",\"title\":\"Internal error\","
                    + "\"status\":500,\"detail\":\"Something went wrong on our side.\",\"code\":\"internal_error\"}")
                    .getBytes(StandardCharsets.UTF_8);
        }
    }

    private static String shortened(String path) {
        String printable = path.codePoints()
                .map(cp -> Character.isISOControl(cp) || Character.getType(cp) == Character.SURROGATE ? '?' : cp)
                .limit(200)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return path.length() > 200 ? printable + "…" : printable;
    }
}
