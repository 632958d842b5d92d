package dev.kith.adapter.javalin;

/**
 * One dependency the server needs to take traffic, such as the database or Redis; {@code /health/ready}
 * runs each check it is given by name.
 */
@FunctionalInterface
public interface ReadinessCheck {

    /**
     * Whether the dependency answers now. Throwing counts as not ready; so does taking longer than the
     * server's readiness timeout.
     */
    boolean isReady() throws Exception;
}
