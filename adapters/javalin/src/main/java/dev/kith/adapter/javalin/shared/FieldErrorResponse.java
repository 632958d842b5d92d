package dev.kith.adapter.javalin.shared;

/**
 * One rejected input field in a problem's {@code errors} list.
 *
 * @param field the field's name as the request spelled it
 * @param message why it was rejected
 */
public record FieldErrorResponse(String field, String message) {
}
