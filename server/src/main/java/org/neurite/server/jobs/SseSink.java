package org.neurite.server.jobs;

import io.javalin.http.sse.SseClient;

/**
 * One event-stream client of one job. It first gets the events it missed, then the live ones, each as
 * {@code id: <n>} and {@code data: <event JSON>} (no event name, so {@code EventSource.onmessage} sees them
 * all); after the job's last event the stream is closed. A client that goes away is unsubscribed the moment
 * a write to it fails (at the next event or heartbeat), so nothing of it stays behind. No thread of its own:
 * live events are written by the job's thread.
 */
final class SseSink implements JobListener {
    private final SseClient client;
    private final Job job;

    private SseSink(SseClient client, Job job) {
        this.client = client;
        this.job = job;
    }

    /** Streams {@code job}'s events after {@code afterId} to {@code client}, then its live events. */
    static void attach(SseClient client, Job job, long afterId) {
        SseSink sink = new SseSink(client, job);
        client.keepAlive();
        client.onClose(() -> job.unsubscribe(sink));
        sink.start(afterId);
    }

    /** Holding this sink's lock while catching up makes a live event wait until the history is out. */
    private synchronized void start(long afterId) {
        Job.Subscription subscription = job.subscribe(afterId, this);
        for (JobEvent event : subscription.missed()) {
            send(event);
        }
        if (!subscription.live()) {
            client.close(); // the job has ended and its last event is out: nothing more will come
        }
    }

    @Override
    public synchronized void onEvent(JobEvent event) {
        send(event);
    }

    @Override
    public synchronized void onIdle() {
        if (!client.terminated()) {
            client.sendComment("waiting");
        }
    }

    private void send(JobEvent event) {
        if (client.terminated()) {
            return;
        }
        client.sendData(event.json(), Long.toString(event.id()));
        if (event.isFinal()) {
            client.close();
        }
    }
}
