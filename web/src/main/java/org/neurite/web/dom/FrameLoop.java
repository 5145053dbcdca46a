package org.neurite.web.dom;

import org.teavm.jso.browser.Window;

/**
 * Runs a piece of work once per animation frame until it says it is done or {@link #stop()} is called.
 * Each frame's work must stay within a few milliseconds, so the page keeps responding while a demo runs.
 */
public final class FrameLoop {
    /** One frame's work; returns whether to go on. */
    public interface Frame {
        boolean run();
    }

    private Frame frame;
    private int generation;
    private boolean running;

    /** Starts {@code work}, replacing whatever ran before. */
    public void start(Frame work) {
        frame = work;
        running = true;
        generation++;
        schedule(generation);
    }

    public void stop() {
        running = false;
        generation++;
    }

    public boolean running() {
        return running;
    }

    private void schedule(int forGeneration) {
        // A stop or restart bumps the generation, so a frame requested for the old work does nothing.
        Window.requestAnimationFrame(timestamp -> {
            if (forGeneration != generation) {
                return;
            }
            boolean more = frame.run();
            if (forGeneration != generation) {
                return;
            }
            if (more) {
                schedule(forGeneration);
            } else {
                running = false;
            }
        });
    }
}
