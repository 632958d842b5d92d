package dev.kith.domain.shared;

/** The request conflicts with the current state, such as a taken username. */
public non-sealed class Conflict extends DomainException {

    public Conflict(String code, String message) {
        super(code, message);
    }
}
