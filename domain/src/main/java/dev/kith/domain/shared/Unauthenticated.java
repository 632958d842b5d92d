package dev.kith.domain.shared;

/** The actor could not be authenticated. */
public non-sealed class Unauthenticated extends DomainException {

    public Unauthenticated(String code, String message) {
        super(code, message);
    }
}
