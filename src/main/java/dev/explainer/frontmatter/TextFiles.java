package dev.explainer.frontmatter;

import dev.explainer.diag.Diagnostic;
import dev.explainer.diag.SourcePos;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** Reads the project's text files as strict UTF-8: a bad byte is an error naming its line, never a silent '?'. */
public final class TextFiles {
    private TextFiles() {
    }

    /** The largest source file read: far beyond any article, well below what would exhaust the heap. */
    public static final long MAX_BYTES = 8L << 20;

    /** The text (without a BOM), or the error that makes the file unreadable. */
    public record Text(Optional<String> text, Optional<Diagnostic> error) {
        static Text of(String s) {
            return new Text(Optional.of(s), Optional.empty());
        }

        static Text failed(Diagnostic d) {
            return new Text(Optional.empty(), Optional.of(d));
        }
    }

    /** @param path the file's path relative to the project: it must really be inside that folder ("content/") */
    public static Text read(Path root, String path) {
        Path relative = Path.of(path);
        Path folder = relative.getNameCount() > 1 ? root.resolve(relative.getName(0)) : root;
        try {
            return decode(path, bytes(folder, root.resolve(path)));
        } catch (IOException e) {
            return unreadable(path, e);
        }
    }

    /**
     * The bytes of {@code file}, which must really be inside {@code folder}: news text, pages and
     * templates are read only from the project, so a link out of the folder (to /etc/passwd, to the
     * project's .git/config) or a link that loops is refused, and so is anything but a regular file.
     */
    public static byte[] bytes(Path folder, Path file) throws IOException {
        return bytes(folder, file, MAX_BYTES);
    }

    /** Like {@link #bytes(Path, Path)}, with a size limit of its own (an asset may be a large image). */
    public static byte[] bytes(Path folder, Path file, long limit) throws IOException {
        Path real;
        try {
            real = file.toRealPath();
        } catch (FileSystemException e) {
            if (Files.isSymbolicLink(file)) {
                throw new IOException("a link that loops or leads nowhere", e);
            }
            throw e;
        }
        if (!real.startsWith(folder.toRealPath())) {
            throw new IOException("a link to " + real + ", outside " + folder.getFileName() + "/: only files inside it are read");
        }
        if (!Files.isRegularFile(real)) {
            throw new NotAFile(real);
        }
        long size = Files.size(real);
        if (size > limit) {
            throw new IOException(String.format(Locale.ROOT, "too large (%.1f MB): a file here may be at most %d MB",
                    size / 1e6, limit >> 20));
        }
        return Files.readAllBytes(real);
    }

    /** A folder, pipe, socket or device where a text file was expected: skipped, since reading one may never end. */
    public static final class NotAFile extends IOException {
        NotAFile(Path real) {
            super(kind(real) + ", not a regular file");
        }

        private static String kind(Path p) {
            if (Files.isDirectory(p)) {
                return "a folder";
            }
            try {
                int type = (Integer) Files.getAttribute(p, "unix:mode") & 0170000;
                return switch (type) {
                    case 0010000 -> "a named pipe (FIFO)";
                    case 0140000 -> "a socket";
                    case 0020000, 0060000 -> "a device";
                    default -> "a special file";
                };
            } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
                return "a special file";
            }
        }
    }

    /** What the operating system said ("No space left on device"), without the path it was said of. */
    public static String reason(IOException e) {
        return e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : String.valueOf(e.getMessage());
    }

    /** The error for a file that could not be read; a warning for one that is not a file, which is skipped. */
    public static Text unreadable(String path, IOException e) {
        SourcePos pos = SourcePos.file(path);
        return Text.failed(e instanceof NotAFile ? Diagnostic.warning(pos, "skipped: " + e.getMessage())
                : Diagnostic.error(pos, "cannot read: " + e.getMessage()));
    }

    public static Text decode(String path, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            return Text.failed(Diagnostic.error(new SourcePos(path, lineAt(bytes, at)), String.format(Locale.ROOT,
                    "not valid UTF-8 (byte 0x%02X at offset %d)", bytes[at] & 0xff, at))
                    .withHint("save the file as UTF-8; Windows-1252 or Latin-1 text must be converted"));
        }
        decoder.flush(out);
        String text = out.flip().toString();
        return Text.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    /** The 1-based line of a byte offset. */
    public static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
