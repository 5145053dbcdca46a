package org.neurite.server.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A training thread lowers its own CPU priority, and only its own: the threads that answer requests keep theirs. */
class LowerPriorityTest {

    @Test
    void aTrainingThreadRunsAtNiceTenAndTheOthersKeepTheirPriority() throws Exception {
        assumeTrue(Files.exists(Path.of("/proc/thread-self/stat")),
                "per-thread priorities are read from Linux's /proc");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/renice")) || Files.isExecutable(Path.of("/bin/renice")),
                "renice (util-linux) is not installed; training threads keep their priority then");
        int before = niceOfThisThread();
        AtomicInteger training = new AtomicInteger(Integer.MIN_VALUE);
        Thread thread = new Thread(LowerPriority.around(() -> training.set(niceOfThisThread())), "neurite-job-test");
        thread.start();
        thread.join();
        assertEquals(before + LowerPriority.NICE, training.get(), "the training thread's nice");
        assertEquals(before, niceOfThisThread(), "the thread that started it is untouched");
    }

    /** Field 19 of /proc/thread-self/stat. */
    private static int niceOfThisThread() {
        try {
            String stat = Files.readString(Path.of("/proc/thread-self/stat"));
            return Integer.parseInt(stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ")[16]);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
