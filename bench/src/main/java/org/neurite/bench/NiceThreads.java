package org.neurite.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Lowers the CPU priority (nice 10, Linux) of the calling thread; threads it starts afterwards inherit it. The load
 * run's clients stand for browsers on other machines: on one machine they should take the CPU the server leaves,
 * not compete with it. Elsewhere, or without {@code renice}, nothing changes.
 */
final class NiceThreads {
    static final int NICE = 10;

    private NiceThreads() {
    }

    /** Returns whether the priority was lowered. */
    static boolean lowerThisThread() {
        try {
            String tid = Path.of("/proc/thread-self").toRealPath().getFileName().toString();
            Process renice = new ProcessBuilder("renice", "-n", Integer.toString(NICE), "-p", tid)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return renice.waitFor(5, TimeUnit.SECONDS) && renice.exitValue() == 0;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
