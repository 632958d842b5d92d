package dev.kith.adapter.javalin.shared;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * The body of a healthy {@code /health/live} or {@code /health/ready}.
 *
 * @param status {@code up}
 * @param checks for readiness, each check's state ({@code up} or {@code down}); absent for liveness
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HealthResponse(String status, Map<String, String> checks) {
}
