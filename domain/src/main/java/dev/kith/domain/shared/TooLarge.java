package dev.kith.domain.shared;

/** The input is larger than a configured limit allows, such as an upload over the size limit. */
public non-sealed class TooLarge extends DomainException {

    public TooLarge(String code, String message) {
        super(code, message);
    }
}
