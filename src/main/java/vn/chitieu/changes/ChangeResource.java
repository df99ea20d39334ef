package vn.chitieu.changes;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.chitieu.security.Roles;

/** The change feed over HTTP: pages to poll, or a live stream of Server-Sent Events. */
@Path("/api/v1/changes")
@Tag(
    name = "Changes",
    description =
        "Every committed change of indicators, targets, achievements and locks, in commit order,"
            + " to keep a copy in step")
@RolesAllowed(Roles.READER)
public class ChangeResource {

  private static final String AFTER =
      "The cursor to read on from: an item's cursor or a page's next, as given; from the"
          + " beginning when left out";

  private final ChangeFeed feed;
  private final ChangeStream stream;

  ChangeResource(ChangeFeed feed, ChangeStream stream) {
    this.feed = feed;
    this.stream = stream;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "listChanges",
      summary = "Changes after a cursor, in commit order",
      description =
          "Every create, update and delete, each with the resource after it (none for a"
              + " deletion), who and when. Poll with the page's next as after: no change is"
              + " skipped or repeated, however writes interleave. A cursor whose next change is"
              + " older than the feed's retention gets 410: read the lists again, then follow from"
              + " the problem's next.")
  @APIResponse(responseCode = "200", description = "A page of changes, and the cursor to go on")
  @APIResponse(
      responseCode = "410",
      description =
          "Changes after the cursor have left the feed: resynchronise from the lists, then follow"
              + " from the problem's next")
  public ChangePage list(
      @Parameter(description = AFTER, example = "1042") @QueryParam("after") @Size(max = 100)
          String after,
      @Parameter(description = "The most changes to return, at most " + ChangeFeed.MAX_LIMIT)
          @QueryParam("limit")
          @DefaultValue(ChangeFeed.DEFAULT_LIMIT)
          @Min(1)
          @Max(ChangeFeed.MAX_LIMIT)
          int limit) {
    return feed.read(Cursor.parse(after, "after"), limit);
  }

  @GET
  @Path("/stream")
  @Produces(MediaType.SERVER_SENT_EVENTS)
  @Blocking
  @Operation(
      operationId = "streamChanges",
      summary = "The same changes, live, as Server-Sent Events",
      description =
          "Each event's data is one change (as in listChanges) and its id is the change's cursor,"
              + " so that a reconnecting EventSource resumes with Last-Event-ID. A comment is sent"
              + " when the stream opens and as a heartbeat while nothing changes. The service"
              + " reads the next changes only once the previous ones are sent, so a slow reader"
              + " is sent no faster than it reads.")
  @APIResponse(
      responseCode = "200",
      description = "An endless stream of changes",
      content =
          @Content(
              mediaType = MediaType.SERVER_SENT_EVENTS,
              schema = @Schema(type = SchemaType.STRING, maxLength = 2147483647)))
  @APIResponse(
      responseCode = "410",
      description =
          "Changes after the cursor have left the feed: resynchronise from the lists, then follow"
              + " from the problem's next")
  public Multi<OutboundSseEvent> stream(
      @Parameter(description = AFTER, example = "1042") @QueryParam("after") @Size(max = 100)
          String after,
      @Parameter(
              description =
                  "Sent by a reconnecting EventSource: the id of the last event it received;"
                      + " wins over after")
          @HeaderParam("Last-Event-ID")
          @Size(max = 100)
          String lastEventId,
      @Context Sse sse) {
    Cursor start =
        lastEventId != null
            ? Cursor.parse(lastEventId, "Last-Event-ID")
            : Cursor.parse(after, "after");
    return stream.from(start, sse);
  }
}
