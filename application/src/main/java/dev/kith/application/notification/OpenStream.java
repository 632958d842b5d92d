package dev.kith.application.notification;

import dev.kith.application.shared.Actor;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.shared.InvalidInput;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/** Opens the signed-in account's real-time stream on this node. */
public final class OpenStream {

    private final Streams streams;

    OpenStream(Streams streams) {
        this.streams = streams;
    }

    /**
     * Opens a stream: first every event after {@code since} (what the client missed), in order, then the
     * new ones as they are committed, on any node. Each event carries its position; positions increase.
     *
     * @param actor a signed-in account
     * @param command the last position the client saw (none: only new events), and where events go
     * @return the open stream, to close when the socket closes; already ended with
     *     {@link StreamSink.Close#REFETCH} when the log no longer holds everything after {@code since}
     * @throws InvalidInput when {@code since} is not a position
     */
    public Streams.Stream execute(Actor actor, Command command) {
        AccountId me = actor.requireAccount();
        OptionalLong since = OptionalLong.empty();
        if (command.since().isPresent()) {
            String text = command.since().get();
            if (!text.matches("[0-9]{1,18}")) {
                throw InvalidInput.field("since", "is not a stream position");
            }
            since = OptionalLong.of(Long.parseLong(text));
        }
        return streams.open(me, since, command.sink());
    }

    /** Since which position, and the sink of the events. */
    public record Command(Optional<String> since, StreamSink sink) {
        public Command {
            since = since == null ? Optional.empty() : since;
            Objects.requireNonNull(sink, "sink");
        }
    }
}
