package dev.kith.domain.shared;

import java.util.List;

/** Input that fails validation; {@link #errors()} says which field and why. */
public non-sealed class InvalidInput extends DomainException {

    private final List<FieldError> errors;

    public InvalidInput(String code, String message, List<FieldError> errors) {
        super(code, message);
        this.errors = List.copyOf(errors);
    }

    /** One field that failed validation. */
    public static InvalidInput field(String field, String message) {
        return new InvalidInput("validation_failed", field + ": " + message, List.of(new FieldError(field, message)));
    }

    /** Several fields that failed validation. */
    public static InvalidInput fields(List<FieldError> errors) {
        return new InvalidInput("validation_failed", "The request has invalid fields.", errors);
    }

    /** The fields that failed, in the order they were checked; empty when the input as a whole is wrong. */
    public List<FieldError> errors() {
        return errors;
    }
}
