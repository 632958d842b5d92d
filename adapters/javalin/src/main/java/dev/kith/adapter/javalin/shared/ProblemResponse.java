package dev.kith.adapter.javalin.shared;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem document, the body of every error response ({@code application/problem+json}).
 *
 * @param type a URI naming the kind of problem, {@code https://kith.dev/problems/<code>}
 * @param title a short summary that is the same for every problem of this type
 * @param status the HTTP status code
 * @param detail what went wrong this time, for people
 * @param code the stable machine-readable code, such as {@code username_taken}
 * @param errors for invalid input, which fields and why; absent otherwise
 * @param correlationId for server faults, the id under which the failure was logged; absent otherwise
 * @param checks for a failed readiness probe, the state of each check; absent otherwise
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProblemResponse(String type, String title, int status, String detail, String code,
                              List<FieldErrorResponse> errors, String correlationId, Map<String, String> checks) {

    /** The base of every problem type URI. */
    public static final String TYPE_BASE = "https://kith.dev/problems/";

    /** A problem with no field errors, correlation id or checks. */
    public static ProblemResponse of(int status, String code, String detail) {
        return new ProblemResponse(TYPE_BASE + code, titleOf(code), status, detail, code, null, null, null);
    }

    /** The same problem listing the fields that failed. */
    public ProblemResponse withErrors(List<FieldErrorResponse> fieldErrors) {
        return new ProblemResponse(type, title, status, detail, code, List.copyOf(fieldErrors), correlationId, checks);
    }

    /** The same problem carrying the id its failure was logged under. */
    public ProblemResponse withCorrelationId(String id) {
        return new ProblemResponse(type, title, status, detail, code, errors, id, checks);
    }

    /** The same problem carrying the state of each readiness check. */
    public ProblemResponse withChecks(Map<String, String> states) {
        return new ProblemResponse(type, title, status, detail, code, errors, correlationId,
                Collections.unmodifiableMap(new LinkedHashMap<>(states)));
    }

    /** {@code username_taken} becomes {@code Username taken}: one title per type, as RFC 9457 asks. */
    static String titleOf(String code) {
        String words = (" " + code.replace('_', ' ') + " ")
                .replace(" json ", " JSON ").replace(" uri ", " URI ").replace(" http ", " HTTP ").strip();
        return words.isEmpty() ? "Error" : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
