package dev.kith.bootstrap;

import java.util.List;

/** The environment holds settings the server cannot start with; the message names each of them. */
public final class ConfigurationException extends RuntimeException {

    private final List<String> problems;

    public ConfigurationException(List<String> problems) {
        super("Kith cannot start with this configuration:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    /** One line per bad setting. */
    public List<String> problems() {
        return problems;
    }
}
