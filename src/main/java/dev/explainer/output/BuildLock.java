package dev.explainer.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.UUID;

/**
 * The lock a build holds on its staging folders ({@code .site.build-ID}, {@code .site.old-ID}) from
 * before it makes them until they are gone: a file {@code .site.ID.lock} beside the site. The
 * operating system lets go of it when the process ends, even by kill -9, so a later build knows that
 * the folders of a lock it can take were left by a build that died.
 */
final class BuildLock implements AutoCloseable {
    private final Path file;
    private final String id;
    private final FileChannel channel;

    private BuildLock(Path file, String id, FileChannel channel) {
        this.file = file;
        this.id = id;
        this.channel = channel;
    }

    String id() {
        return id;
    }

    /** A new lock, with a new id, for a build into {@code target}; its folders may be made once it is held. */
    static BuildLock create(Path target) {
        while (true) {
            String id = UUID.randomUUID().toString();
            Path file = file(target, id);
            Optional<BuildLock> lock = take(file, id, StandardOpenOption.CREATE_NEW);
            // a cleaner that took the new file before us deleted it: a lock on it would guard nothing
            if (lock.isPresent() && Files.exists(file)) {
                return lock.get();
            }
            lock.ifPresent(BuildLock::release);
        }
    }

    /** The lock of the folders with {@code id}, unless a live build holds it (or its file is gone). */
    static Optional<BuildLock> take(Path target, String id, boolean create) {
        return take(file(target, id), id, create ? StandardOpenOption.CREATE : StandardOpenOption.WRITE);
    }

    private static Optional<BuildLock> take(Path file, String id, OpenOption how) {
        FileChannel channel;
        try {
            channel = FileChannel.open(file, how, StandardOpenOption.WRITE);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            FileLock held;
            try {
                held = how == StandardOpenOption.CREATE_NEW ? channel.lock() : channel.tryLock();
            } catch (OverlappingFileLockException e) {
                // held by another build in this process
                held = null;
            }
            if (held == null) {
                channel.close();
                return Optional.empty();
            }
            return Optional.of(new BuildLock(file, id, channel));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path file(Path target, String id) {
        return target.resolveSibling("." + target.getFileName() + "." + id + ".lock");
    }

    /** Deletes the lock file, then lets go of the lock: call once the build's folders are gone. */
    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release();
        }
    }

    private void release() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
