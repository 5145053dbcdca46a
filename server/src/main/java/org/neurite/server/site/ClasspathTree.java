package org.neurite.server.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Copies a directory of the classpath to disk, from every classpath root that has it (the server's classes and
 * the web jar both hold {@code public/}; in the runnable jar it is one directory), so the export holds exactly the
 * files the server serves.
 */
final class ClasspathTree {

    private ClasspathTree() {
    }

    /** Copies every file under classpath directory {@code dir} whose relative path passes {@code keep}; returns the count. */
    static int copy(String dir, Path to, Predicate<String> keep) throws IOException {
        List<URL> roots = Collections.list(ClasspathTree.class.getClassLoader().getResources(dir + "/"));
        if (roots.isEmpty()) {
            throw new IOException("the classpath has no directory " + dir + "/ (build the project first)");
        }
        int copied = 0;
        for (URL root : roots) {
            copied += copyRoot(uri(root), to, keep);
        }
        return copied;
    }

    private static int copyRoot(URI root, Path to, Predicate<String> keep) throws IOException {
        if (root.getScheme().equals("file")) {
            return copyTree(Paths.get(root), to, keep);
        }
        // jar:file:/x.jar!/public/: walk the jar as a file system
        FileSystem jar;
        boolean opened = false;
        try {
            jar = FileSystems.newFileSystem(root, Map.of());
            opened = true;
        } catch (FileSystemAlreadyExistsException e) {
            jar = FileSystems.getFileSystem(root);
        }
        try {
            return copyTree(jar.provider().getPath(root), to, keep);
        } finally {
            if (opened) {
                jar.close();
            }
        }
    }

    private static int copyTree(Path from, Path to, Predicate<String> keep) throws IOException {
        int[] copied = {0};
        try (Stream<Path> files = Files.walk(from)) {
            files.filter(Files::isRegularFile).forEach(file -> {
                String relative = from.relativize(file).toString().replace('\\', '/');
                if (!keep.test(relative)) {
                    return;
                }
                Path target = to.resolve(relative);
                try (InputStream in = Files.newInputStream(file)) {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    copied[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot copy " + relative, e);
                }
            });
        }
        return copied[0];
    }

    private static URI uri(URL url) throws IOException {
        try {
            return url.toURI();
        } catch (URISyntaxException e) {
            throw new IOException("unreadable classpath location " + url, e);
        }
    }
}
