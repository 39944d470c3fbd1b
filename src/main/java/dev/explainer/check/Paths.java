package dev.explainer.check;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Site-relative path arithmetic for links. */
final class Paths {
    private Paths() {
    }

    /** Resolves a relative {@code href} against the page at {@code from}; null when it climbs above the site root. */
    static String resolve(String from, String href) {
        int depth = 0;
        for (int i = 0; i < from.length(); i++) {
            if (from.charAt(i) == '/') {
                depth++;
            }
        }
        // the shape every generated link has: exactly as many "../" as the page is deep, then a clean path
        if (href.startsWith("../".repeat(depth)) && clean(href, 3 * depth)) {
            return href.substring(3 * depth);
        }
        List<String> parts = new ArrayList<>(List.of(from.split("/")));
        parts.remove(parts.size() - 1);
        String[] segments = href.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String s = segments[i];
            if (s.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.remove(parts.size() - 1);
            } else if (!s.equals(".") && !(s.isEmpty() && i < segments.length - 1)) {
                parts.add(s);
            }
        }
        return String.join("/", parts);
    }

    /** True when {@code href} from {@code start} has no "." or ".." segments and no empty ones. */
    private static boolean clean(String href, int start) {
        String rest = href.substring(start);
        return !rest.isEmpty() && !rest.startsWith("/") && !rest.contains("//") && !rest.startsWith("./")
                && !rest.startsWith("../") && !rest.contains("/./") && !rest.contains("/../")
                && !rest.endsWith("/.") && !rest.endsWith("/..") && !rest.equals(".") && !rest.equals("..");
    }

    static String decode(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
