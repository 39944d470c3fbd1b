package dev.explainer.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
    private final Map<String, String> hashes = new ConcurrentHashMap<>();

    TemplateSources(Path templatesDir) {
        this.dir = templatesDir;
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
        MessageDigest digest = sha256();
        if (dynamic) {
            digest.update(allProjectTemplates().getBytes(StandardCharsets.UTF_8));
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

    private String allProjectTemplates() {
        StringBuilder all = new StringBuilder();
        if (Files.isDirectory(dir)) {
            try (var walk = Files.walk(dir)) {
                for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                    all.append(dir.relativize(p)).append('\0').append(Files.readString(p, StandardCharsets.UTF_8)).append('\0');
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return all.toString();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
