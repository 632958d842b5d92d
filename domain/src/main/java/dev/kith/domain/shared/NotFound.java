package dev.kith.domain.shared;

/** Something that is absent, or not visible to the actor. */
public non-sealed class NotFound extends DomainException {

    public NotFound(String code, String message) {
        super(code, message);
    }
}
