package org.neurite.server.jobs;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.neurite.engine.train.Shards;

/**
 * The threads a job's shards run on: the job's own thread takes the first shard, a pool shared by every job
 * the others. Shard tasks never wait on each other, so a shared pool cannot deadlock; when jobs compete for
 * it they only take turns. Which thread runs a shard does not change the result (the engine sums in shard order).
 */
final class ShardThreads implements Shards.Parallel {
    private final ExecutorService pool;

    ShardThreads(ExecutorService pool) {
        this.pool = pool;
    }

    @Override
    public void runAll(Runnable[] tasks, int count) {
        Future<?>[] others = new Future<?>[count];
        for (int i = 1; i < count; i++) {
            others[i] = pool.submit(tasks[i]);
        }
        if (count > 0) {
            tasks[0].run();
        }
        for (int i = 1; i < count; i++) {
            try {
                others[i].get();
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException r) {
                    throw r;
                }
                if (cause instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(cause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while a shard trained", e);
            }
        }
    }
}
