package dev.kith.domain.shared;

/** The input is of a kind the core does not accept, such as a file that is no supported image or video. */
public non-sealed class UnsupportedType extends DomainException {

    public UnsupportedType(String code, String message) {
        super(code, message);
    }
}
