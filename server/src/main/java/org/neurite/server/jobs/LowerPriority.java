package org.neurite.server.jobs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Lowers the CPU priority of the calling thread (nice 10 on Linux), for the threads that train: when training and
 * a class's page requests want the same cores, the requests go first and the training takes what is left. Java has
 * no call for it (thread priorities are ignored on Linux), but Linux keeps a nice value per thread and lets any
 * user raise its own; elsewhere, or without {@code renice}, the thread keeps its priority.
 */
final class LowerPriority {
    static final int NICE = 10;

    private LowerPriority() {
    }

    /** {@code task}, run after lowering the priority of the thread it runs on. */
    static Runnable around(Runnable task) {
        return () -> {
            lowerThisThread();
            task.run();
        };
    }

    static void lowerThisThread() {
        try {
            // /proc/thread-self is /proc/<pid>/task/<tid>: the kernel's id of this thread
            String tid = Path.of("/proc/thread-self").toRealPath().getFileName().toString();
            Process renice = new ProcessBuilder("renice", "-n", Integer.toString(NICE), "-p", tid)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!renice.waitFor(5, TimeUnit.SECONDS)) {
                renice.destroyForcibly();
            }
        } catch (IOException | UnsupportedOperationException e) {
            // not Linux, or no renice: the thread trains at the usual priority
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
