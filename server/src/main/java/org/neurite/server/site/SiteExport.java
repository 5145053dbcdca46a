package org.neurite.server.site;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.neurite.server.mnist.MnistFile;

/**
 * The site as plain files for any static host (a university web folder, GitHub Pages): the pages, the bundle, the
 * WebJars' {@code dist} folders, the MNIST files when they are at hand, and in place of {@code GET /api/server} a
 * file {@code api/server} saying there is no server, so the pages hide server training and the model store. Written
 * to a folder and zipped beside it.
 */
public final class SiteExport {

    /** The file a page reads as {@code api/server}; a real server answers there instead. */
    static final String SERVER_INFO = "api/server";
    static final String MNIST_DIR = "data/mnist";
    static final String WEBJARS = "META-INF/resources/webjars";

    private SiteExport() {
    }

    /**
     * Writes the site to {@code folder} (emptied first if it holds an earlier export) and {@code folder.zip}.
     *
     * @param mnistDir     where the MNIST files are; copied beside the pages when all four are there
     * @param embedOrigins origins whose messages the embeds accept, as {@code --embed-origins} gives them
     */
    public static void write(Path folder, Path mnistDir, List<String> embedOrigins, PrintStream out) throws IOException {
        prepare(folder);
        ClasspathTree.copy("public", folder, path -> true);
        // A page loads WebJars from webjars/<name>/<version>/dist/...: the rest of a WebJar is sources and docs.
        ClasspathTree.copy(WEBJARS, folder.resolve("webjars"), path -> path.split("/").length > 3
                && path.split("/")[2].equals("dist"));
        writeServerInfo(folder.resolve(SERVER_INFO), embedOrigins);
        boolean mnist = copyMnist(mnistDir, folder.resolve(MNIST_DIR));
        Path zip = folder.resolveSibling(folder.getFileName() + ".zip");
        long files = zip(folder, zip);
        out.println("Static site written to " + folder + " (" + files + " files) and " + zip);
        out.println(mnist ? "The MNIST files are in data/mnist/ beside the pages."
                : "The MNIST files were not found in " + mnistDir + ": the Studio needs them in data/mnist/, or open"
                        + " it as mnist.html?data=<URL of a folder that holds them>.");
    }

    /** Refuses to empty a folder that holds anything but an earlier export. */
    private static void prepare(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            boolean earlier = Files.isRegularFile(folder.resolve(SERVER_INFO));
            try (Stream<Path> entries = Files.list(folder)) {
                if (!earlier && entries.findAny().isPresent()) {
                    throw new IOException(folder + " is not empty and holds no earlier export; choose an empty folder");
                }
            }
            try (Stream<Path> all = Files.walk(folder)) {
                for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        Files.createDirectories(folder);
    }

    private static void writeServerInfo(Path file, List<String> embedOrigins) throws IOException {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("server", false);
        info.put("embedOrigins", embedOrigins);
        Files.createDirectories(file.getParent());
        Files.write(file, new ObjectMapper().writeValueAsBytes(info));
    }

    private static boolean copyMnist(Path mnistDir, Path to) throws IOException {
        for (MnistFile file : MnistFile.ALL) {
            if (!Files.isRegularFile(mnistDir.resolve(file.name()))) {
                return false;
            }
        }
        Files.createDirectories(to);
        for (MnistFile file : MnistFile.ALL) {
            Files.copy(mnistDir.resolve(file.name()), to.resolve(file.name()), StandardCopyOption.REPLACE_EXISTING);
        }
        return true;
    }

    /** Zips every file of {@code folder}, paths relative to it; returns how many. */
    private static long zip(Path folder, Path zip) throws IOException {
        Path partial = zip.resolveSibling(zip.getFileName() + ".part");
        long count = 0;
        try (OutputStream bytes = Files.newOutputStream(partial); ZipOutputStream out = new ZipOutputStream(bytes);
             Stream<Path> all = Files.walk(folder)) {
            for (Path file : all.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new ZipEntry(folder.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, out);
                out.closeEntry();
                count++;
            }
        }
        Files.move(partial, zip, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return count;
    }
}
