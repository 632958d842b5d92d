package dev.kith.domain.shared;

/**
 * The one unchecked family of failures the core reports; {@link #code()} is stable and machine-readable.
 */
public abstract sealed class DomainException extends RuntimeException
        permits NotFound, Conflict, Forbidden, Unauthenticated, InvalidInput, RuleViolation, TooLarge, UnsupportedType {

    private final String code;

    protected DomainException(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    /** The stable machine-readable code, such as {@code username_taken}. */
    public final String code() {
        return code;
    }
}
