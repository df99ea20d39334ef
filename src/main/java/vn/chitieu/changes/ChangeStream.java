package vn.chitieu.changes;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import vn.chitieu.config.ChitieuConfig;

/**
 * A live stream of the feed. It reads a page only when the one before has been written to the
 * connection (Quarkus asks for the next event once the last is sent), so a slow reader holds at
 * most one page in memory; when nothing is new it waits the poll interval without a thread, and
 * sends a comment every heartbeat. When the instance begins to shut down, every stream ends after
 * what it is sending, so that its reader reconnects, with Last-Event-ID, to another instance
 * instead of holding the shutdown until its timeout.
 */
@ApplicationScoped
class ChangeStream {

  /** The changes read, and sent, at a time. */
  private static final int PAGE = 100;

  private final ChangeFeed feed;
  private final ChitieuConfig.Changes config;
  private final Clock clock;
  private volatile boolean closing;

  ChangeStream(ChangeFeed feed, ChitieuConfig config, Clock clock) {
    this.feed = feed;
    this.config = config.changes();
    this.clock = clock;
  }

  /** The stream from a cursor; a cursor that has left the feed fails here, before it opens. */
  Multi<OutboundSseEvent> from(Cursor start, Sse sse) {
    ChangePage first = feed.read(start, PAGE);
    Reader reader = new Reader(sse, first.next());
    OutboundSseEvent opened = sse.newEventBuilder().comment("changes after " + start).build();
    Multi<List<OutboundSseEvent>> following =
        Multi.createBy()
            .repeating()
            .uni(
                () ->
                    Uni.createFrom()
                        .item(reader::read)
                        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                        .onItem()
                        .transformToUni(
                            events ->
                                events.isEmpty()
                                    ? Uni.createFrom()
                                        .item(reader.quiet())
                                        .onItem()
                                        .delayIt()
                                        .by(config.pollInterval())
                                    : Uni.createFrom().item(events)))
            .whilst(events -> !closing);
    return Multi.createBy()
        .concatenating()
        .streams(Multi.createFrom().item(reader.events(opened, first)), following)
        .onItem()
        .disjoint();
  }

  void close(@Observes ShutdownDelayInitiatedEvent event) {
    closing = true;
  }

  /** One stream's place in the feed, and when it last sent something. */
  private final class Reader {

    private final Sse sse;
    private volatile String cursor;
    private volatile Instant lastSent;

    Reader(Sse sse, String cursor) {
      this.sse = sse;
      this.cursor = cursor;
      this.lastSent = clock.instant();
    }

    /** The next page's events; none if nothing is new. */
    List<OutboundSseEvent> read() {
      ChangePage page = feed.read(Cursor.parse(cursor, "Last-Event-ID"), PAGE);
      cursor = page.next();
      return page.items().stream().map(this::event).toList();
    }

    /** What to send when nothing is new: a heartbeat when one is due, else nothing. */
    List<OutboundSseEvent> quiet() {
      Instant now = clock.instant();
      if (now.isBefore(lastSent.plus(config.heartbeat()))) {
        return List.of();
      }
      lastSent = now;
      return List.of(sse.newEventBuilder().comment("heartbeat").build());
    }

    List<OutboundSseEvent> events(OutboundSseEvent opened, ChangePage page) {
      return Stream.concat(Stream.of(opened), page.items().stream().map(this::event)).toList();
    }

    private OutboundSseEvent event(Change change) {
      lastSent = clock.instant();
      return sse.newEventBuilder()
          .id(change.cursor())
          .mediaType(MediaType.APPLICATION_JSON_TYPE)
          .data(Change.class, change)
          .build();
    }
  }
}
