package org.neurite.server.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.neurite.server.App;
import org.neurite.server.AppSettings;
import org.neurite.server.Http;
import org.neurite.server.mnist.MnistAvailability;

/**
 * A thousand event-stream clients that hang up mid-stream (some closing politely, some resetting the
 * connection) leave nothing behind: no listener on the job, no extra threads, no heap growth beyond a
 * generous bound, and the server still streams to the next client.
 */
class SseDisconnectTest {
    private static final int CLIENTS = 1000;
    private static final int WARM_UP = 100;
    /** Generous bounds: a leak of one thread or one buffer per client would exceed them many times over. */
    private static final int MAX_EXTRA_THREADS = 20;
    private static final long MAX_EXTRA_HEAP_BYTES = 32L << 20;

    @TempDir
    Path dataDir;

    private String summary;

    @Test
    @Timeout(300)
    void clientsThatHangUpMidStreamLeaveNoThreadsOrMemoryBehind() {
        Jobs jobs = new Jobs(new TrainingLimits(true, 1, 2, 100_000, TrainingLimits.DEFAULT_MAX_PARAMS));
        Javalin app = App.create(new AppSettings(dataDir, MnistAvailability.unavailable("not needed")), jobs);
        JavalinTest.test(app, (server, client) -> {
            JobsApi api = new JobsApi(server);
            String id = api.start(JobsApi.twoDimensionalJob("xor", 100_000, 20_000));
            Job job = jobs.find(id).orElseThrow();
            Random random = new Random(31);
            hangUps(server.port(), id, WARM_UP, random);
            JobLifecycleTest.awaitTrue(() -> job.listenerCount() == 0, "warm-up clients dropped");
            int threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();
            long heapBefore = heapAfterGc();

            hangUps(server.port(), id, CLIENTS, random);
            JobLifecycleTest.awaitTrue(() -> job.listenerCount() == 0, "every hung-up client is dropped");
            int threadsAfter = ManagementFactory.getThreadMXBean().getThreadCount();
            long heapAfter = heapAfterGc();
            summary = String.format("SSE disconnects=%d threads %d -> %d, heap %.1f MB -> %.1f MB", CLIENTS,
                    threadsBefore, threadsAfter, heapBefore / 1e6, heapAfter / 1e6);
            assertTrue(threadsAfter <= threadsBefore + MAX_EXTRA_THREADS, threadsBefore + " -> " + threadsAfter);
            assertTrue(heapAfter <= heapBefore + MAX_EXTRA_HEAP_BYTES, heapBefore + " -> " + heapAfter);
            try (SseStream stream = api.events(id)) {
                stream.next();
                assertEquals(1, job.listenerCount(), "a new client still gets the stream");
            }
            assertEquals("stopped", Http.json(api.delete("/api/jobs/" + id)).get("state").asText());
        });
        // Printed here: JavalinTest shows a passing test's output to no one.
        System.out.println(summary);
    }

    /** Opens {@code count} streams, reads until the first event, and hangs up. */
    private static void hangUps(int port, String id, int count, Random random) throws IOException {
        byte[] request = ("GET /api/jobs/" + id + "/events HTTP/1.1\r\nHost: localhost\r\n"
                + "Accept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < count; i++) {
            try (Socket socket = new Socket("localhost", port)) {
                socket.setSoTimeout(20_000);
                if (random.nextBoolean()) {
                    socket.setSoLinger(true, 0); // close with a reset, as a killed browser tab does
                }
                socket.getOutputStream().write(request);
                readUntilFirstEvent(socket.getInputStream());
            }
        }
    }

    private static void readUntilFirstEvent(InputStream in) throws IOException {
        StringBuilder seen = new StringBuilder();
        int b;
        while ((b = in.read()) >= 0) {
            seen.append((char) b);
            if (seen.indexOf("data:") >= 0) {
                return;
            }
        }
        throw new AssertionError("the stream ended before its first event: " + seen);
    }

    private static long heapAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
            least = Math.min(least, memory.getHeapMemoryUsage().getUsed());
        }
        return least;
    }
}
