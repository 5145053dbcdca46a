package org.neurite.server.jobs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.neurite.server.http.ApiException;

/**
 * The jobs of this server and the bounded pool that trains them: {@code maxJobs} threads, {@code maxQueue}
 * jobs waiting; one more is refused with 429 and a Retry-After. Ended jobs are kept (history and model) until
 * {@link #KEPT_ENDED} newer ones have ended.
 */
public final class Jobs implements AutoCloseable {
    static final int KEPT_ENDED = 100;
    static final int RETRY_AFTER_SECONDS = 30;
    /** How long a stop request waits for a running job to end: a few of its time slices. */
    static final long STOP_WAIT_MS = 2_000;
    /** How often clients of quiet jobs get a comment line, so dropped connections are noticed. */
    static final long HEARTBEAT_SECONDS = 15;

    private final TrainingLimits limits;
    private final ThreadPoolExecutor pool;
    private final ScheduledExecutorService heartbeat;
    /** Runs the shards of jobs that train on several threads. */
    private final ExecutorService shardPool;
    private final ShardThreads shardThreads;
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    /** The pool's task of each job that has not started yet, so that stopping it frees its place in the queue. */
    private final Map<String, Runnable> waiting = new ConcurrentHashMap<>();

    public Jobs(TrainingLimits limits) {
        this.limits = limits;
        this.pool = new ThreadPoolExecutor(limits.maxJobs(), limits.maxJobs(), 0, TimeUnit.SECONDS,
                limits.maxQueue() == 0 ? new SynchronousQueue<>()
                        : new ArrayBlockingQueue<>(limits.maxQueue()), threads("neurite-job-", true));
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(threads("neurite-sse-heartbeat-", false));
        this.shardPool = Executors.newFixedThreadPool(TrainingLimits.maxThreadsPerJob(),
                threads("neurite-shard-", true));
        this.shardThreads = new ShardThreads(shardPool);
        heartbeat.scheduleWithFixedDelay(this::beat, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
    }

    public TrainingLimits limits() {
        return limits;
    }

    ShardThreads shardThreads() {
        return shardThreads;
    }

    /** Queues the job; refused with 429 when every thread is busy and the queue is full. */
    void submit(Job job) {
        JobRunner runner = new JobRunner(job);
        Runnable task = () -> {
            waiting.remove(job.id());
            runner.run();
        };
        jobs.put(job.id(), job);
        waiting.put(job.id(), task);
        try {
            pool.execute(task);
        } catch (RejectedExecutionException e) {
            jobs.remove(job.id());
            waiting.remove(job.id());
            job.release();
            throw ApiException.tooManyRequests("The server is busy: " + limits.maxJobs() + " job(s) are training and "
                    + limits.maxQueue() + " are waiting", "Try again in a little while (see Retry-After), stop one of"
                    + " your jobs (DELETE /api/jobs/{id}), or train in the browser.", RETRY_AFTER_SECONDS);
        }
        forgetOldJobs();
    }

    public Optional<Job> find(String id) {
        return Optional.ofNullable(id == null ? null : jobs.get(id));
    }

    /** Every job kept, newest first. */
    public List<Job> list() {
        List<Job> all = new ArrayList<>(jobs.values());
        all.sort(Comparator.comparingLong(Job::serial).reversed());
        return all;
    }

    /**
     * Stops a queued or running job and waits (briefly: a running job stops at the end of its time slice) until
     * it has; an ended job is left as it is.
     */
    public void stop(Job job) throws InterruptedException {
        job.requestStop();
        Runnable task = waiting.remove(job.id());
        if (task != null && pool.remove(task)) {
            job.release(); // it will never run: let its model and data go now
        }
        job.awaitEnd(STOP_WAIT_MS);
    }

    private void forgetOldJobs() {
        List<Job> ended = new ArrayList<>();
        for (Job job : list()) {
            if (job.state().isFinal()) {
                ended.add(job);
            }
        }
        for (Job job : ended.subList(Math.min(KEPT_ENDED, ended.size()), ended.size())) {
            jobs.remove(job.id());
        }
    }

    private void beat() {
        for (Job job : jobs.values()) {
            if (!job.state().isFinal()) {
                job.heartbeat();
            }
        }
    }

    /** Stops every job and the threads (the server is stopping). */
    @Override
    public void close() {
        for (Job job : jobs.values()) {
            job.requestStop();
        }
        heartbeat.shutdownNow();
        shardPool.shutdown();
        pool.shutdown();
        try {
            if (!pool.awaitTermination(5, TimeUnit.SECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /** Daemon threads named {@code prefix<n>}; threads that train run at a {@link LowerPriority}. */
    private static ThreadFactory threads(String prefix, boolean training) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(training ? LowerPriority.around(task) : task, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
