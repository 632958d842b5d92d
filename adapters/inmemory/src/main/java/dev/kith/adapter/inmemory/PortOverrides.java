package dev.kith.adapter.inmemory;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Adapters that replace the in-memory ones, port by port: each goes into the ports record that has a
 * component of its port's type, in place of that component and nothing else. Works on any ports record,
 * so a new context's record needs nothing here.
 */
final class PortOverrides {

    private final Map<Class<?>, Object> adapters = new LinkedHashMap<>();
    private final Set<Class<?>> applied = new LinkedHashSet<>();

    <P> void put(Class<P> port, P adapter) {
        Objects.requireNonNull(port, "port");
        adapters.put(port, port.cast(Objects.requireNonNull(adapter, "adapter")));
    }

    /** {@code ports} with each overridden component replaced; {@code ports} itself when none is. */
    <R extends Record> R applyTo(R ports) {
        RecordComponent[] components = ports.getClass().getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        boolean replaced = false;
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                if (adapters.containsKey(types[i])) {
                    values[i] = adapters.get(types[i]);
                    applied.add(types[i]);
                    replaced = true;
                } else {
                    values[i] = components[i].getAccessor().invoke(ports);
                }
            }
            if (!replaced) {
                return ports;
            }
            @SuppressWarnings("unchecked")
            R copy = (R) ports.getClass().getDeclaredConstructor(types).newInstance(values);
            return copy;
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot copy " + ports.getClass().getSimpleName(), e);
        }
    }

    /** Fails when an override matched no component of the records it was {@linkplain #applyTo applied} to. */
    void requireAllApplied() {
        Set<Class<?>> unknown = new LinkedHashSet<>(adapters.keySet());
        unknown.removeAll(applied);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("not a port of the core: "
                    + unknown.stream().map(Class::getName).collect(Collectors.joining(", ")));
        }
    }
}
