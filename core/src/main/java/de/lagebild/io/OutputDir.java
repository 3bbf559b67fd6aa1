package de.lagebild.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * An output folder written all at once: files are first written to a hidden staging folder inside
 * the target, and only {@link #commit()} moves them into place (each by an atomic rename where the
 * file system allows). A run that fails before the commit leaves the target as it was.
 *
 * <p>File names are checked: a name may have sub-folders ({@code tables/hz.csv}) but can never
 * point outside the target folder, whatever an input file calls a municipality or table.
 */
public final class OutputDir implements AutoCloseable {
    private final Path target;
    private final Path staging;
    private final boolean createdTarget;
    /** The topmost folder open() created (the target or one of its parents), or null. */
    private final Path createdTop;
    private final List<String> files = new ArrayList<>();
    private boolean committed;

    private OutputDir(Path target, Path staging, boolean createdTarget, Path createdTop) {
        this.target = target;
        this.staging = staging;
        this.createdTarget = createdTarget;
        this.createdTop = createdTop;
    }

    /**
     * Opens an output folder, creating it (and missing parent folders) if needed, and creates the
     * hidden staging folder inside it.
     *
     * @param target the output folder, as given with {@code --out}
     * @return the opened folder; {@link #close()} it, after {@link #commit()} on success
     * @throws InputException when the path exists and is not a folder, or cannot be created
     */
    public static OutputDir open(Path target) {
        Path t = target.toAbsolutePath().normalize();
        try {
            boolean created = false;
            Path top = null;
            if (Files.exists(t) && !Files.isDirectory(t)) {
                throw new InputException(Problem.inFile(target.toString(), "is a file; --out needs a folder"));
            }
            if (!Files.exists(t)) {
                top = t;
                while (top.getParent() != null && !Files.exists(top.getParent())) {
                    top = top.getParent();
                }
                Files.createDirectories(t);
                created = true;
            }
            Path staging = Files.createTempDirectory(t, ".lagebild-staging-");
            return new OutputDir(t, staging, created, top);
        } catch (IOException e) {
            throw new InputException(Problem.inFile(target.toString(), "cannot be created: " + e.getMessage()));
        }
    }

    /**
     * The target folder.
     *
     * @return the absolute, normalised path of the target folder
     */
    public Path target() {
        return target;
    }

    /**
     * The staging path to write a file to; its parent folders are created.
     *
     * @param name a relative name with {@code /} as separator
     * @return the absolute path inside the staging folder to write the file to
     * @throws IllegalArgumentException when the name is absolute or leaves the folder
     * @throws java.io.UncheckedIOException when its parent folders cannot be created
     */
    public Path file(String name) {
        Path rel = safeRelative(name);
        Path p = staging.resolve(rel).normalize();
        if (!p.startsWith(staging)) {
            throw new IllegalArgumentException("output name leaves the output folder: " + name);
        }
        try {
            Files.createDirectories(p.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String key = rel.toString().replace('\\', '/');
        if (!files.contains(key)) {
            files.add(key);
        }
        return p;
    }

    /**
     * The names staged so far, in the order first asked for.
     *
     * @return an unmodifiable copy of the relative names, with {@code /} as separator
     */
    public List<String> files() {
        return List.copyOf(files);
    }

    static Path safeRelative(String name) {
        if (name == null || name.isBlank() || name.startsWith("/") || name.startsWith("\\") || name.contains(":")
                || name.contains("\u0000")) {
            throw new IllegalArgumentException("not a safe output name: " + name);
        }
        Path rel = Path.of(name).normalize();
        if (rel.isAbsolute() || rel.startsWith("..") || rel.toString().isEmpty()) {
            throw new IllegalArgumentException("output name leaves the output folder: " + name);
        }
        for (Path part : rel) {
            if (part.toString().equals("..") || part.toString().startsWith(".lagebild-staging-")) {
                throw new IllegalArgumentException("not a safe output name: " + name);
            }
        }
        return rel;
    }

    /**
     * Moves every staged file into the target folder, replacing files of the same name, and removes the
     * staging folder. Files asked for by {@link #file(String)} but never written are skipped.
     *
     * @throws java.io.UncheckedIOException when a file cannot be moved; the staging folder is removed
     *                                      all the same
     */
    public void commit() {
        try {
            for (String name : files) {
                Path from = staging.resolve(name);
                if (!Files.exists(from)) {
                    continue;
                }
                Path to = target.resolve(name);
                Files.createDirectories(to.getParent());
                try {
                    Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
                    Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            committed = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move outputs into " + target, e);
        } finally {
            deleteStaging();
        }
    }

    /**
     * Discards what was staged unless committed; an uncommitted run also removes the target folder and
     * the parent folders {@link #open(Path)} created, as far as they are empty.
     */
    @Override
    public void close() {
        if (!committed) {
            deleteStaging();
            if (createdTarget) {
                // the target and the parents open() created, innermost first, as long as they are empty
                for (Path p = target; p != null && p.startsWith(createdTop); p = p.getParent()) {
                    try (DirectoryStream<Path> ds = Files.newDirectoryStream(p)) {
                        if (ds.iterator().hasNext()) {
                            break;
                        }
                    } catch (IOException e) {
                        break;
                    }
                    try {
                        Files.delete(p);
                    } catch (IOException e) {
                        break; // leave an empty folder behind rather than fail the failure path
                    }
                }
            }
        }
    }

    private void deleteStaging() {
        if (!Files.exists(staging)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(staging)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // best effort: a hidden staging folder may remain
        }
    }
}
