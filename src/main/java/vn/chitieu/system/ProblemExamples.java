package vn.chitieu.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import vn.chitieu.achievement.Lifecycle;
import vn.chitieu.achievement.Status;
import vn.chitieu.changes.ChangeFeed;
import vn.chitieu.common.ETags;
import vn.chitieu.common.Period;
import vn.chitieu.common.problem.FieldError;
import vn.chitieu.common.problem.Problem;
import vn.chitieu.common.problem.ProblemType;
import vn.chitieu.common.problem.Problems;
import vn.chitieu.common.sheet.SheetReader;
import vn.chitieu.exchange.ImportResource;
import vn.chitieu.figure.FigureRules;
import vn.chitieu.indicator.IndicatorService;
import vn.chitieu.lock.LockService;
import vn.chitieu.lock.PeriodLocks;
import vn.chitieu.outlook.OutlookService;
import vn.chitieu.ratelimit.RateLimitFilter;

/**
 * The error responses of the contract: for each status its description and the problem the service
 * sends, as it sends it, for one request to the operation. ErrorExamplesTest replays the ones a
 * test can provoke (401, 403, 404, 413, 415) and compares.
 */
final class ProblemExamples {

  /** The request id of every example. */
  private static final String REQUEST_ID = "5b0e6f1c-3a2d-4e8f-9c7b-1a2b3c4d5e6f";

  /** The value of {id} in an example path. */
  private static final String ID = "3f1c2a4e-8b7d-4c55-9e3a-2d6f0b1a9c10";

  /** The id of the existing figure a conflict names. */
  private static final String OTHER_ID = "7a9e5c1d-2f4b-4e8a-b6c3-1d0e9f8a7b65";

  /** The id of the lock a refused write names. */
  private static final UUID LOCK_ID = UUID.fromString("c4d2e6f8-1b3a-4d5c-9e7f-0a1b2c3d4e5f");

  private static final String CODE = "POOR_HOUSEHOLD_RATE";
  private static final String UNKNOWN_CODE = "NO_SUCH_INDICATOR";
  private static final String AREA = "22";
  private static final String UNKNOWN_AREA = "99999";
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Map<String, String> DESCRIPTIONS =
      Map.of(
          "400", "Invalid input: the problem's errors name each field",
          "401",
              "No valid bearer token: none was sent, or it is malformed, expired, wrongly signed,"
                  + " from another issuer or for another audience",
          "403", "The token is valid, but carries no role that may do this",
          "410",
              "The change after the cursor has left the feed: read the lists again, then follow"
                  + " the feed from the problem's next",
          "413",
              "The body is larger than chitieu.max-body-size (an import's: chitieu.imports.max-size)",
          "412",
              "If-Match names an older version: another change came first. GET the resource"
                  + " again and apply the change to what it now holds",
          "415", "The body is not application/json (application/merge-patch+json for a PATCH)",
          "428", "A change must send If-Match with the ETag of the version it was made from",
          "429",
              "The caller's client sent more than its limit on this instance"
                  + " (chitieu.rate-limit.*); Retry-After says when to send again",
          "500", "Server error; the problem carries the request id");

  /** One invalid input per operation that has a typical one; the others show a generic 400. */
  private static final Map<String, FieldError> INVALID =
      Map.ofEntries(
          Map.entry("listIndicators", new FieldError("size", "must be less than or equal to 500")),
          Map.entry("listChanges", new FieldError("limit", "must be less than or equal to 1000")),
          Map.entry("listTargets", new FieldError("size", "must be less than or equal to 500")),
          Map.entry(
              "listAchievements", new FieldError("size", "must be less than or equal to 500")),
          Map.entry(
              "createIndicator", new FieldError("decimals", "must be less than or equal to 6")),
          Map.entry(
              "replaceIndicator", new FieldError("decimals", "must be less than or equal to 6")),
          Map.entry("createTarget", new FieldError("value", "must not be null")),
          Map.entry("replaceTarget", new FieldError("value", "must not be null")),
          Map.entry("createAchievement", new FieldError("status", "must not be null")),
          Map.entry("createAchievements", new FieldError("[0].status", "must not be null")),
          Map.entry("replaceAchievement", new FieldError("status", "must not be null")),
          Map.entry("listLocks", new FieldError("size", "must be less than or equal to 500")),
          Map.entry("createLock", new FieldError("period", "must not be null")),
          Map.entry("getScorecard", new FieldError("period", "must not be null")),
          Map.entry("getSeries", new FieldError("from", Period.FORMS)),
          Map.entry("getOutlook", new FieldError("plan", OutlookService.PLAN_PERIOD)),
          Map.entry("getIndicatorOutlook", new FieldError("plan", OutlookService.PLAN_PERIOD)));

  /** What each conflict says, by operation. */
  private static final Map<String, String> CONFLICTS =
      Map.ofEntries(
          Map.entry("createIndicator", IndicatorService.codeTaken(CODE)),
          Map.entry("deleteIndicator", IndicatorService.inUse(CODE)),
          Map.entry("createTarget", duplicate("target", "2021")),
          Map.entry("replaceTarget", duplicate("target", "2021")),
          Map.entry("deleteTarget", locked("2021")),
          Map.entry("createAchievement", duplicate("achievement", "2020")),
          Map.entry("createAchievements", duplicate("achievement", "2020")),
          Map.entry("replaceAchievement", duplicate("achievement", "2020")),
          Map.entry("patchTarget", duplicate("target", "2021")),
          Map.entry(
              "patchAchievement",
              Lifecycle.reasonNeeded(Lifecycle.describe(Status.OFFICIAL, Status.OFFICIAL))),
          Map.entry("deleteAchievement", Lifecycle.reasonNeeded(Lifecycle.DELETING_OFFICIAL)),
          Map.entry("importFigures", ImportResource.CHANGED_MEANWHILE),
          Map.entry(
              "createLock", LockService.alreadyLocked("2020", "22", UUID.fromString(OTHER_ID))));

  /**
   * The writes that a lock refuses besides their first conflict: a second 409 example, for this
   * period.
   */
  private static final Map<String, String> LOCKED =
      Map.of(
          "createTarget", "2021",
          "replaceTarget", "2021",
          "patchTarget", "2021",
          "createAchievement", "2020",
          "createAchievements", "2020",
          "replaceAchievement", "2020",
          "patchAchievement", "2020",
          "deleteAchievement", "2020");

  /** What a 404 means, and says, by the first segment of the path after /api/v1. */
  private static final Map<String, NotFound> NOT_FOUND =
      Map.of(
          "indicators",
              new NotFound(
                  "No indicator has this code", "No indicator has code " + UNKNOWN_CODE + "."),
          "targets", new NotFound("No target has this id", "No target has id " + ID + "."),
          "achievements",
              new NotFound("No achievement has this id", "No achievement has id " + ID + "."),
          "locks", new NotFound("No lock has this id", "No lock has id " + ID + "."),
          "areas",
              new NotFound(
                  "No unit has this code (on validOn, if given)",
                  "No unit has the code " + UNKNOWN_AREA + "."));

  private record NotFound(String description, String detail) {}

  private ProblemExamples() {}

  /** What an error response with this status means, at this path template. */
  static String description(String status, String template) {
    return "404".equals(status) ? notFound(template).description() : DESCRIPTIONS.get(status);
  }

  /** The problem+json content of this error response, with its example. */
  static Content content(String status, String operationId, String template) {
    Map<String, Object> problem = example(status, operationId, template);
    String name = problem.get("type").toString().replace("urn:chitieu:problem:", "");
    MediaType mediaType =
        OASFactory.createMediaType()
            .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))
            .addExample(name, OASFactory.createExample().value(problem));
    if ("409".equals(status) && LOCKED.containsKey(operationId)) {
      Problem locked =
          Problems.of(
              ProblemType.CONFLICT, locked(LOCKED.get(operationId)), path(template, status));
      mediaType.addExample("period-locked", OASFactory.createExample().value(json(locked)));
    }
    return OASFactory.createContent().addMediaType(Problems.MEDIA_TYPE, mediaType);
  }

  /** The problem the operation at this path template answers with this status, as JSON. */
  private static Map<String, Object> example(String status, String operationId, String template) {
    String path = path(template, status);
    Problem problem =
        switch (status) {
          case "400" ->
              INVALID.containsKey(operationId)
                  ? Problems.invalid(List.of(INVALID.get(operationId)), path)
                  : Problems.of(
                      ProblemType.CLIENT_ERROR, "The request could not be understood.", path);
          case "401" -> Problems.of(ProblemType.UNAUTHORIZED, Problems.SEND_A_TOKEN, path);
          case "403" -> Problems.of(ProblemType.FORBIDDEN, Problems.NO_ROLE, path);
          case "404" -> Problems.of(ProblemType.NOT_FOUND, notFound(template).detail(), path);
          case "409" -> Problems.of(ProblemType.CONFLICT, CONFLICTS.get(operationId), path);
          case "413" ->
              Problems.of(
                  ProblemType.PAYLOAD_TOO_LARGE,
                  BodySizeLimit.isImport(path)
                      ? SheetReader.tooManyRowsDetail(
                          ConfigProvider.getConfig()
                              .getValue("chitieu.imports.max-rows", Integer.class))
                      : BodySizeLimit.detail(bodyLimit()),
                  path);
          case "410" ->
              Problems.gone(
                  ChangeFeed.goneDetail(
                      ConfigProvider.getConfig()
                          .getValue("chitieu.changes.retention", java.time.Duration.class)),
                  "1042",
                  path);
          case "412" -> Problems.of(ProblemType.PRECONDITION_FAILED, ETags.stale(4), path);
          case "415" -> Problems.of(ProblemType.UNSUPPORTED_MEDIA_TYPE, Problems.SEND_JSON, path);
          case "428" -> Problems.of(ProblemType.PRECONDITION_REQUIRED, ETags.SEND_IF_MATCH, path);
          case "429" ->
              Problems.of(ProblemType.TOO_MANY_REQUESTS, RateLimitFilter.detail(20, 40, 1), path);
          case "500" -> Problems.internal(path, REQUEST_ID);
          default -> throw new IllegalArgumentException("No example for status " + status);
        };
    if (problem.detail() == null) {
      throw new IllegalStateException("No " + status + " example for " + operationId);
    }
    return json(problem);
  }

  /** The problem as JSON, with the example request id. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> json(Problem problem) {
    Map<String, Object> json = JSON.convertValue(problem, Map.class);
    json.put("requestId", REQUEST_ID);
    return json;
  }

  /** The example's path: an existing code, or an unknown one where the answer is 404. */
  private static String path(String template, String status) {
    boolean area = template.startsWith("/api/v1/areas/");
    String code = area ? AREA : CODE;
    String unknown = area ? UNKNOWN_AREA : UNKNOWN_CODE;
    return template.replace("{code}", "404".equals(status) ? unknown : code).replace("{id}", ID);
  }

  private static NotFound notFound(String template) {
    return NOT_FOUND.get(template.split("/")[3]);
  }

  /**
   * The limit of bodies other than imports, configured at build time; BodySizeLimit reads the one
   * in force. (An import's example is the one of too many rows, which a test can provoke.)
   */
  private static long bodyLimit() {
    return ConfigProvider.getConfig()
        .getValue("chitieu.max-body-size", MemorySize.class)
        .asLongValue();
  }

  private static String duplicate(String kind, String period) {
    return FigureRules.duplicate(kind, CODE, period, "22", OTHER_ID);
  }

  /** The refusal of a write in a period that an approver locked. */
  private static String locked(String period) {
    return PeriodLocks.locked(period, "22", period, LOCK_ID, "dev-approver");
  }
}
