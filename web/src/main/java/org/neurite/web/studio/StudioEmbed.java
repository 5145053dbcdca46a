package org.neurite.web.studio;

import org.neurite.engine.train.TrainingEvent;
import org.neurite.web.embed.EmbedChannel;
import org.neurite.web.embed.EmbedMessages;

/** The Studio inside a course page: each epoch and the end of each run go out; the course page's requests come in. */
final class StudioEmbed {
    static final String WIDGET = "studio";

    /** What the Studio does for a request; each returns why it could not, or null. */
    interface Page {
        String resetRequested();

        String stateRequested(String hash);

        String trainRequested();

        String pauseRequested();
    }

    private final EmbedChannel channel;

    StudioEmbed(Page page) {
        channel = EmbedChannel.open(WIDGET, request -> switch (request.command) {
            case RESET -> page.resetRequested();
            case SET_STATE -> page.stateRequested(request.state);
            case TRAIN -> page.trainRequested();
            case PAUSE -> page.pauseRequested();
        });
    }

    /** A run's event: epochs as they end, and how the run ended. */
    void event(TrainingEvent event) {
        switch (event.type()) {
            case EPOCH -> channel.post(EmbedMessages.epoch(WIDGET, event));
            case DONE, STOPPED, DIVERGED -> channel.post(EmbedMessages.trained(WIDGET,
                    event.type().id(), Math.max(event.epoch(), 0)));
            default -> {
                // batches are too many to forward; errors are on the page
            }
        }
    }
}
