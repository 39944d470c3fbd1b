package dev.explainer.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
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

    private final Path dir;
    private final String treeHash;
    private final Map<String, String> hashes = new ConcurrentHashMap<>();

    /** @param treeHash a hash of everything in {@code templatesDir}, for templates that name others in variables */
    TemplateSources(Path templatesDir, String treeHash) {
        this.dir = templatesDir;
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

    /** The project's copy if it has one, else the embedded default. */
    private Optional<String> source(String name) {
        try {
            Path file = dir.resolve(name).normalize();
            if (file.startsWith(dir.normalize()) && Files.isRegularFile(file)) {
                return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
            }
            try (InputStream in = TemplateSources.class.getClassLoader().getResourceAsStream(Templates.EMBEDDED + "/" + name)) {
                return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            // unreadable now: rendering reports it
            return Optional.empty();
        }
    }
}
