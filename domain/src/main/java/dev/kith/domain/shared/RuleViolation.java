package dev.kith.domain.shared;

/** A business rule forbids the change in the current state. */
public non-sealed class RuleViolation extends DomainException {

    public RuleViolation(String code, String message) {
        super(code, message);
    }
}
