package dev.explainer.render;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
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
 * A keyed hash ({@link SipHash}, 64 bits, the key in {@link FingerprintKey}) of everything a page is
 * made from: view records walked component by component, with lists and ordered maps and sets in
 * their order, and hash maps and sets sorted. Two equal fingerprints mean the same template gets the
 * same data, so the page it draws is the same; a value of a type it does not know is refused rather
 * than guessed at, so a page is never wrongly thought unchanged.
 */
final class Fingerprint {
    private final Map<Class<?>, Method[]> accessors = new ConcurrentHashMap<>();
    private final FingerprintKey key;

    Fingerprint(FingerprintKey key) {
        this.key = key;
    }

    String of(Object... parts) {
        Hasher d = new Hasher(key);
        for (Object part : parts) {
            add(d, part);
        }
        return d.finish();
    }

    private void add(Hasher d, Object o) {
        if (o == null) {
            d.tag('n');
        } else if (o instanceof String str) {
            d.tag('s');
            d.text(str);
        } else if (o instanceof CharSequence || o instanceof Number || o instanceof Boolean || o instanceof Character
                || o instanceof Enum<?> || o instanceof TemporalAccessor || o instanceof ZoneId) {
            d.tag('v');
            d.text(o.getClass().getName());
            d.text(o.toString());
        } else if (o instanceof Optional<?> opt) {
            d.tag('o');
            add(d, opt.orElse(null));
        } else if (o instanceof Collection<?> c) {
            d.tag('c');
            d.number(c.size());
            if (ordered(c)) {
                c.forEach(x -> add(d, x));
            } else if (strings(c)) {
                d.tag('u');
                c.stream().map(String.class::cast).sorted().forEach(d::text);
            } else {
                c.stream().map(this::part).sorted().forEach(d::text);
            }
        } else if (o instanceof Map<?, ?> m) {
            d.tag('m');
            d.number(m.size());
            if (ordered(m)) {
                m.forEach((k, v) -> {
                    add(d, k);
                    add(d, v);
                });
            } else if (strings(m.keySet())) {
                // text keys are distinct and sort by themselves: no digest of each entry is needed for an order
                d.tag('k');
                m.keySet().stream().map(String.class::cast).sorted().forEach(k -> {
                    d.text(k);
                    add(d, m.get(k));
                });
            } else {
                m.entrySet().stream().map(e -> part(e.getKey()) + part(e.getValue())).sorted().forEach(d::text);
            }
        } else if (o instanceof byte[] bytes) {
            d.tag('b');
            d.bytes(bytes);
        } else if (o.getClass().isRecord()) {
            d.tag('r');
            d.text(o.getClass().getName());
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
        Hasher d = new Hasher(key);
        add(d, o);
        return d.finish();
    }

    /** Feeds tags, lengths and UTF-8 text to SipHash through a buffer, with no big string in between. */
    private static final class Hasher {
        private final SipHash hash;
        private final ByteBuffer buffer = ByteBuffer.allocate(8192);

        Hasher(FingerprintKey key) {
            hash = new SipHash(key.k0(), key.k1());
        }

        void tag(char c) {
            room(2);
            buffer.putChar(c);
        }

        void number(int n) {
            room(4);
            buffer.putInt(n);
        }

        /** Length-prefixed UTF-8, so "ab","c" and "a","bc" differ. */
        void text(String s) {
            bytes(s.getBytes(StandardCharsets.UTF_8));
        }

        void bytes(byte[] bytes) {
            number(bytes.length);
            if (bytes.length > buffer.capacity()) {
                room(buffer.capacity());
                hash.update(bytes, 0, bytes.length);
            } else {
                room(bytes.length);
                buffer.put(bytes);
            }
        }

        private void room(int bytes) {
            if (buffer.remaining() < bytes) {
                hash.update(buffer.array(), 0, buffer.position());
                buffer.clear();
            }
        }

        String finish() {
            hash.update(buffer.array(), 0, buffer.position());
            return HexFormat.of().toHexDigits(hash.finish());
        }
    }

    private static boolean strings(Collection<?> c) {
        for (Object x : c) {
            if (!(x instanceof String)) {
                return false;
            }
        }
        return true;
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

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
