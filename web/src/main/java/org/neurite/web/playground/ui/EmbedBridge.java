package org.neurite.web.playground.ui;

import org.neurite.engine.train.RunState;
import org.neurite.engine.train.TrainingEvent;
import org.neurite.web.embed.EmbedChannel;
import org.neurite.web.embed.EmbedMessages;
import org.neurite.web.playground.train.Session;

/**
 * The Playground inside a course page: tells it each epoch (at most once a frame: the course page wants the
 * latest figures, not thousands of messages a second) and how a run ended, and carries out its requests.
 */
final class EmbedBridge {
    static final String WIDGET = "playground";

    private final EmbedChannel channel;
    private int postedEpochs;

    EmbedBridge(PageController page) {
        channel = EmbedChannel.open(WIDGET, request -> switch (request.command) {
            case RESET -> {
                page.reset();
                yield null;
            }
            case SET_STATE -> page.follow(request.state);
            case TRAIN -> page.play();
            case PAUSE -> {
                page.pause();
                yield null;
            }
        });
    }

    /** After a frame: the latest epoch, if the count moved since the last one told (back to 0 after a reset). */
    void drawn(Session session) {
        int epochs = session.epochs();
        if (epochs == postedEpochs) {
            return;
        }
        postedEpochs = epochs;
        Session.Metrics m = session.metrics();
        channel.post(EmbedMessages.epoch(WIDGET, new TrainingEvent(TrainingEvent.Type.EPOCH, epochs, -1, -1,
                m.trainLoss, m.trainAccuracy, m.testLoss, m.testAccuracy, Float.NaN, session.learningRate(), null)));
    }

    /** A run ended by itself (not a pause): the target, the epoch limit, or divergence. */
    void ended(Session session) {
        drawn(session);
        String outcome = session.state() == RunState.DIVERGED ? "diverged"
                : session.targetReached() ? "target" : session.state() == RunState.DONE ? "done" : "stopped";
        channel.post(EmbedMessages.trained(WIDGET, outcome, session.epochs()));
    }
}
