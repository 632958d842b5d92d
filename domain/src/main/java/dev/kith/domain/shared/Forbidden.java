package dev.kith.domain.shared;

/** The actor is known but not allowed to do this. */
public non-sealed class Forbidden extends DomainException {

    public Forbidden(String code, String message) {
        super(code, message);
    }
}
