package dev.explainer.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What each page template is made of: itself and every template it extends, includes, imports or
 * embeds, read where {@link Templates} would read them (the project's {@code templates/}, then the
 * embedded defaults). A page needs drawing again only when the hash of its template's closure changed.
 * A reference that is not a plain string (a name in a variable) could be any template, so such a
 * template depends on all of them.
 */
final class TemplateSources {
    private static final Pattern REFERENCE = Pattern.compile(
            "\\{%-?\\s*(?:extends|include|import|embed|from)\\s+(?:\"([^\"]+)\"|'([^']+)'|(\\S))");

    private final TemplateLoader loader;
    private final String treeHash;
    private final Map<String, String> hashes = new ConcurrentHashMap<>();

    /** @param treeHash a hash of everything in {@code templatesDir}, for templates that name others in variables */
    TemplateSources(Path templatesDir, String treeHash) {
        this.loader = new TemplateLoader(templatesDir);
        this.treeHash = treeHash;
    }

    /** The hash of {@code name}'s closure; a missing template counts as empty (rendering it reports the error). */
    String hash(String name) {
        return hashes.computeIfAbsent(name, this::closureHash);
    }

    private String closureHash(String name) {
        Map<String, String> closure = new TreeMap<>();
        Deque<String> todo = new ArrayDeque<>();
        todo.add(name);
        boolean dynamic = false;
        while (!todo.isEmpty()) {
            String next = todo.pop();
            if (closure.containsKey(next)) {
                continue;
            }
            String source = source(next).orElse("");
            closure.put(next, source);
            Matcher m = REFERENCE.matcher(source);
            while (m.find()) {
                if (m.group(3) != null) {
                    dynamic = true;
                } else {
                    todo.add(m.group(1) != null ? m.group(1) : m.group(2));
                }
            }
        }
        MessageDigest digest = Fingerprint.sha256();
        if (dynamic) {
            digest.update(treeHash.getBytes(StandardCharsets.UTF_8));
        }
        closure.forEach((n, source) -> {
            digest.update(n.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(source.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        });
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * A loop of templates that extend, include, import or embed one another, reached from {@code name}:
     * the chain of names ("a.peb", "b.peb", "a.peb") and the line of the reference that closes it.
     */
    record Loop(List<String> chain, int line) {
    }

    Optional<Loop> loop(String name) {
        return loop(new ArrayList<>(List.of(name)), new HashSet<>());
    }

    private Optional<Loop> loop(List<String> path, Set<String> done) {
        String last = path.get(path.size() - 1);
        if (!done.add(last)) {
            return Optional.empty();
        }
        String source = source(last).orElse("");
        Matcher m = REFERENCE.matcher(source);
        while (m.find()) {
            String next = m.group(1) != null ? m.group(1) : m.group(2);
            if (next == null) {
                continue;
            }
            List<String> longer = new ArrayList<>(path);
            longer.add(next);
            if (path.contains(next)) {
                return Optional.of(new Loop(longer.subList(path.indexOf(next), longer.size()), lineOf(source, m.start())));
            }
            Optional<Loop> found = loop(longer, done);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The project's copy if it has one, else the embedded default. */
    private Optional<String> source(String name) {
        try {
            return loader.source(name);
        } catch (IOException e) {
            // unreadable now: rendering reports it
            return Optional.empty();
        }
    }
}
