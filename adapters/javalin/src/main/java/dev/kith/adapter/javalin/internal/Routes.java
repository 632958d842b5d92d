package dev.kith.adapter.javalin.internal;

import io.javalin.config.RoutesConfig;

/**
 * The routes of one bounded context (or of the service itself); the server adds every {@code Routes} it
 * is built with, so a new context's endpoints are one new class.
 */
@FunctionalInterface
public interface Routes {

    /** Declares this context's endpoints. */
    void addTo(RoutesConfig routes);
}
