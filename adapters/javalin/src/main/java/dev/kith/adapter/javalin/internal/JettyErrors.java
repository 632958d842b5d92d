package dev.kith.adapter.javalin.internal;

import dev.kith.adapter.javalin.shared.ProblemResponse;
import java.nio.ByteBuffer;
import java.util.List;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's error pages, replaced: a request Jetty refuses on its own (headers too large, a URI it cannot
 * parse, a request arriving while the server shuts down) still gets problem+json, never Jetty's HTML.
 *
 * <p>Jetty's handlers write an error body only for GET, POST and HEAD ({@code errorPageForMethod}), so a
 * PUT whose path is not UTF-8 or a PUT with headers too large got a bare status and no content type.
 * Here every method gets its body; Jetty itself leaves the body out of an answer to HEAD.
 */
final class JettyErrors {

    private final ErrorResponses responses;

    JettyErrors(ErrorResponses responses) {
        this.responses = responses;
    }

    ErrorHandler forServer() {
        return new ErrorHandler() {
            @Override
            public boolean errorPageForMethod(String method) {
                return true;
            }

            @Override
            protected void generateResponse(Request request, Response response, int code, String message,
                                            Throwable cause, Callback callback) {
                writeProblem(response, code, callback);
            }
        };
    }

    org.eclipse.jetty.ee10.servlet.ErrorHandler forServletContext() {
        return new org.eclipse.jetty.ee10.servlet.ErrorHandler() {
            @Override
            public boolean errorPageForMethod(String method) {
                return true;
            }

            @Override
            protected boolean generateAcceptableResponse(Request request, Response response, Callback callback,
                                                         String contentType, List<java.nio.charset.Charset> charsets,
                                                         int code, String message, Throwable cause) {
                writeProblem(response, code, callback);
                return true;
            }
        };
    }

    private void writeProblem(Response response, int code, Callback callback) {
        int status = code >= 400 && code <= 599 ? code : 500;
        ProblemResponse problem = responses.forStatus(status);
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, ErrorResponses.PROBLEM_JSON);
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, ByteBuffer.wrap(responses.bytes(problem)), callback);
    }
}
