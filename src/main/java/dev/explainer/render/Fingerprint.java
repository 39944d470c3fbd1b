package dev.explainer.render;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A SHA-256 of everything a page is made from: view records walked component by component, with
 * lists and ordered maps and sets in their order, and hash maps and sets sorted. Two equal fingerprints mean the same template gets the same
 * data, so the page it draws is the same; a value of a type it does not know is refused rather than
 * guessed at, so a page is never wrongly thought unchanged.
 */
final class Fingerprint {
    private final Map<Class<?>, Method[]> accessors = new ConcurrentHashMap<>();

    String of(Object... parts) {
        StringBuilder text = new StringBuilder(4096);
        for (Object part : parts) {
            add(text, part);
        }
        return HexFormat.of().formatHex(sha256().digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private void add(StringBuilder d, Object o) {
        if (o == null) {
            tag(d, 'n');
        } else if (o instanceof String str) {
            tag(d, 's');
            text(d, str);
        } else if (o instanceof CharSequence || o instanceof Number || o instanceof Boolean || o instanceof Character
                || o instanceof Enum<?> || o instanceof TemporalAccessor) {
            tag(d, 'v');
            text(d, o.getClass().getName());
            text(d, o.toString());
        } else if (o instanceof Optional<?> opt) {
            tag(d, 'o');
            add(d, opt.orElse(null));
        } else if (o instanceof Collection<?> c) {
            tag(d, 'c');
            text(d, Integer.toString(c.size()));
            if (ordered(c)) {
                c.forEach(x -> add(d, x));
            } else {
                c.stream().map(this::part).sorted().forEach(d::append);
            }
        } else if (o instanceof Map<?, ?> m) {
            tag(d, 'm');
            text(d, Integer.toString(m.size()));
            if (ordered(m)) {
                m.forEach((k, v) -> {
                    add(d, k);
                    add(d, v);
                });
            } else {
                m.entrySet().stream().map(e -> part(e.getKey()) + part(e.getValue())).sorted().forEach(d::append);
            }
        } else if (o instanceof byte[] bytes) {
            tag(d, 'b');
            text(d, HexFormat.of().formatHex(sha256().digest(bytes)));
        } else if (o.getClass().isRecord()) {
            tag(d, 'r');
            text(d, o.getClass().getName());
            for (Method accessor : accessors.computeIfAbsent(o.getClass(), Fingerprint::accessorsOf)) {
                try {
                    add(d, accessor.invoke(o));
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + accessor + " for a fingerprint", e);
                }
            }
        } else {
            throw new IllegalArgumentException("cannot fingerprint a " + o.getClass().getName()
                    + ": views must be records, collections and plain values");
        }
    }

    /** One value's part of a fingerprint, to sort the members of an unordered collection. */
    private String part(Object o) {
        StringBuilder d = new StringBuilder();
        add(d, o);
        return d.toString();
    }

    /**
     * Whether iteration order is part of the value. A hash set or map (and {@code Set.of}, {@code Map.of})
     * iterates in an order that differs from one run of the JVM to the next, so its members are sorted:
     * the same data has the same fingerprint in every run, which the build cache on disk relies on.
     */
    private static boolean ordered(Object collection) {
        return collection instanceof List<?> || collection instanceof SortedMap<?, ?> || collection instanceof SortedSet<?>
                || collection instanceof LinkedHashMap<?, ?> || collection instanceof LinkedHashSet<?>
                || collection instanceof Deque<?>;
    }

    private static Method[] accessorsOf(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Method[] methods = new Method[components.length];
        for (int i = 0; i < components.length; i++) {
            methods[i] = components[i].getAccessor();
            methods[i].setAccessible(true);
        }
        return methods;
    }

    private static void tag(StringBuilder d, char c) {
        d.append(c);
    }

    /** Length-prefixed, so "ab","c" and "a","bc" differ. */
    private static void text(StringBuilder d, String s) {
        d.append(s.length()).append(':').append(s);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
