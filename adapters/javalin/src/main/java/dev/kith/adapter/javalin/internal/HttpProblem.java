package dev.kith.adapter.javalin.internal;

import java.util.Map;

/**
 * A failure of the HTTP exchange itself (wrong media type, malformed JSON, too large, rate limited) that
 * the adapter finds before any use case runs; rendered as problem+json like every other error.
 */
public final class HttpProblem extends RuntimeException {

    private final int status;
    private final String code;
    private final Map<String, String> headers;

    /** A problem with extra response headers, such as {@code Retry-After}. */
    public HttpProblem(int status, String code, String detail, Map<String, String> headers) {
        // no stack trace: these are expected client errors, thrown often and never logged as faults
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
        this.headers = Map.copyOf(headers);
    }

    /** A problem without extra headers. */
    public HttpProblem(int status, String code, String detail) {
        this(status, code, detail, Map.of());
    }

    /** 400 for a body that is not a JSON object. */
    public static HttpProblem malformedJson(String detail) {
        return new HttpProblem(400, "malformed_json", detail);
    }

    /** 413 for a body over the limit. */
    public static HttpProblem payloadTooLarge(long maxBytes) {
        return new HttpProblem(413, "payload_too_large", "The request body is larger than " + maxBytes + " bytes.");
    }

    /** The HTTP status code. */
    public int status() {
        return status;
    }

    /** The machine-readable problem code. */
    public String code() {
        return code;
    }

    /** Headers the response must carry. */
    public Map<String, String> headers() {
        return headers;
    }
}
