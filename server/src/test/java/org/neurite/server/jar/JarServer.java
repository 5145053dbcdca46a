package org.neurite.server.jar;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The runnable jar started as {@code ./neurite run} starts it: {@code java -Xmx... -jar <jar>}, in a child JVM. */
record JarServer(Process process, int port, Path log) implements AutoCloseable {
    private static final Pattern ADDRESS = Pattern.compile("Neurite is running at http://[^:/]+:(\\d+)/");
    /** Linux clock ticks per second, as /proc reports CPU time in (USER_HZ is 100 on every Linux build). */
    private static final double TICKS_PER_SECOND = 100;

    static JarServer start(Path jar, Path dataDir, Path mnistDir, Path log) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(java.toString(), "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-jar", jar.toString(), "--port", "0", "--data-dir", dataDir.toString(),
                "--mnist-dir", mnistDir.toString(), "--max-jobs", "1"))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            Matcher address = ADDRESS.matcher(Files.readString(log));
            if (address.find()) {
                return new JarServer(process, Integer.parseInt(address.group(1)), log);
            }
            if (!process.isAlive()) {
                break;
            }
            Thread.sleep(50);
        }
        process.destroyForcibly();
        throw new AssertionError("the server did not start:\n" + Files.readString(log));
    }

    /** CPU seconds the process has used so far (user + system), from /proc/<pid>/stat. */
    double cpuSeconds() throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
        // Fields after the command name (which may hold spaces) start after the last ')'.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor();
        }
    }
}
