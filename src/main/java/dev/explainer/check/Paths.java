package dev.explainer.check;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/** Site-relative path arithmetic for links. */
final class Paths {
    private Paths() {
    }

    /** Resolves {@code href} against the page at {@code from}; null when it climbs above the site root. */
    static String resolve(String from, String href) {
        Deque<String> parts = new ArrayDeque<>();
        if (!href.startsWith("/")) {
            String[] base = from.split("/");
            for (int i = 0; i < base.length - 1; i++) {
                parts.addLast(base[i]);
            }
        }
        String[] segments = href.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String s = segments[i];
            if (s.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else if (!s.equals(".") && !(s.isEmpty() && i < segments.length - 1)) {
                parts.addLast(s);
            }
        }
        String joined = String.join("/", parts);
        return href.endsWith("/") && !joined.isEmpty() && !joined.endsWith("/") ? joined + "/" : joined;
    }

    static String decode(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
