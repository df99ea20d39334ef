package vn.chitieu.system;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.HttpHeaders;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.PathItem.HttpMethod;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.info.Info;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.servers.Server;
import org.eclipse.microprofile.openapi.models.tags.Tag;
import vn.chitieu.achievement.AchievementResource;
import vn.chitieu.changes.ChangeResource;
import vn.chitieu.common.ETags;
import vn.chitieu.common.sheet.SheetFormat;
import vn.chitieu.exchange.ImportResource;
import vn.chitieu.indicator.IndicatorResource;
import vn.chitieu.lock.LockResource;
import vn.chitieu.outlook.IndicatorOutlookResource;
import vn.chitieu.outlook.OutlookResource;
import vn.chitieu.plan.TargetResource;
import vn.chitieu.progress.ScorecardResource;
import vn.chitieu.progress.SeriesResource;
import vn.chitieu.ratelimit.RateLimitFilter;

/**
 * Completes every operation: the role it needs (read from its {@code @RolesAllowed}); its 400, 401,
 * 403, 429 and 500 responses (with the rate-limit headers on each 2xx and 4xx), 404 where its path
 * names a resource, 413 and 415 where it takes a body; the conditional-request parts where it reads
 * or changes one resource (ETag headers, If-Match required, 304, 412 and 428); on each error
 * response the problem schema, a description and an example ({@link ProblemExamples}). Resources
 * declare only what is particular to them; their examples are in META-INF/openapi.yaml.
 */
public class OpenApiFilter implements OASFilter {

  private static final List<Class<?>> RESOURCES =
      List.of(
          IndicatorResource.class,
          TargetResource.class,
          AchievementResource.class,
          LockResource.class,
          ScorecardResource.class,
          SeriesResource.class,
          OutlookResource.class,
          IndicatorOutlookResource.class,
          ImportResource.class,
          ChangeResource.class);

  /** The order of a path's operations in the document; the service has no others. */
  private static final List<HttpMethod> METHODS =
      List.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

  /** The descriptions SmallRye and Quarkus give the responses they add. */
  private static final Set<String> GENERATED =
      Set.of("Bad Request", "Not Authorized", "Not Allowed");

  /**
   * Declares the server and its audience, drops schemas that nothing refers to, and completes each
   * operation; its error examples name its path.
   */
  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    openAPI.setServers(
        List.of(
            OASFactory.createServer()
                .url("/")
                .description("The service itself, in each environment (local, staging, production)")
                .addExtension("x-internal", true)));
    if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
      // The raw generic page and version, and the types inlined where they are nullable.
      for (String unused :
          List.of(
              "Page",
              "Version",
              "Baseline",
              "ProgressTarget",
              "ProgressAchievement",
              "OutlookBaseline",
              "OutlookLatest")) {
        openAPI.getComponents().removeSchema(unused);
      }
    }
    addRateLimitHeaders(openAPI.getComponents());
    Map<String, String> roles = roles();
    Set<String> tagged = new HashSet<>();
    openAPI
        .getPaths()
        .getPathItems()
        .forEach(
            (path, item) -> {
              Operation get = item.getOperations().get(HttpMethod.GET);
              if (get != null && hasHeader(get, HttpHeaders.IF_NONE_MATCH)) {
                tagged.add(path.substring(0, path.lastIndexOf('/')));
              }
            });
    Map<String, PathItem> items = new TreeMap<>();
    openAPI
        .getPaths()
        .getPathItems()
        .forEach((path, item) -> items.put(path, complete(path, item, roles, tagged)));
    openAPI.getPaths().setPathItems(items);
    putInOrder(openAPI);
  }

  /**
   * The path item with its operations completed, in the order of {@link #METHODS}. Tagged paths are
   * the collections whose items are read with ETags: their single creates answer with one.
   */
  private static PathItem complete(
      String path, PathItem item, Map<String, String> roles, Set<String> tagged) {
    PathItem completed =
        OASFactory.createPathItem()
            .summary(item.getSummary())
            .description(item.getDescription())
            .servers(item.getServers())
            .parameters(item.getParameters())
            .extensions(item.getExtensions());
    for (HttpMethod method : METHODS) {
      Operation operation = item.getOperations().get(method);
      if (operation != null) {
        completed.setOperation(method, complete(path, operation, roles, tagged.contains(path)));
      }
    }
    return completed;
  }

  private static Operation complete(
      String path, Operation operation, Map<String, String> roles, boolean tagged) {
    String role = roles.get(operation.getOperationId());
    if (role == null) {
      throw new IllegalStateException("No @RolesAllowed for " + operation.getOperationId());
    }
    String particular = operation.getDescription();
    List<String> errors = new ArrayList<>(List.of("400", "401", "403", "429", "500"));
    if (path.contains("{")) {
      errors.add("404");
    }
    if (operation.getRequestBody() != null) {
      errors.addAll(List.of("413", "415"));
    }
    APIResponses responses = operation.getResponses();
    withoutAsOfExample(operation);
    tablesAsFiles(responses);
    boolean change = hasHeader(operation, HttpHeaders.IF_MATCH);
    boolean read = hasHeader(operation, HttpHeaders.IF_NONE_MATCH);
    if (change) {
      errors.addAll(List.of("412", "428"));
    }
    if (read) {
      responses.addAPIResponse(
          "304",
          OASFactory.createAPIResponse()
              .description(
                  "Not modified: If-None-Match named the ETag of the version this request"
                      + " would answer with"));
    }
    if (change || read || (tagged && responses.hasAPIResponse("201"))) {
      responses.getAPIResponses().entrySet().stream()
          .filter(response -> response.getKey().matches("20[01]|304"))
          .forEach(response -> response.getValue().addHeader(HttpHeaders.ETAG, ETAG));
    }
    errors.forEach(code -> describe(responses, code, path));
    withRateLimitHeaders(responses);
    return inOrder(
        operation.description(
            "Needs the `"
                + role
                + "` role (or a higher one)."
                + (particular == null ? "" : " " + particular)),
        path);
  }

  /**
   * A list's CSV and workbook answers as the files they are: the generator gives every media type a
   * method produces the JSON page's schema.
   */
  private static void tablesAsFiles(APIResponses responses) {
    APIResponse ok = responses.getAPIResponse("200");
    if (ok == null || ok.getContent() == null) {
      return;
    }
    ok.getContent()
        .getMediaTypes()
        .forEach(
            (type, media) -> {
              if (type.startsWith(SheetFormat.CSV_TYPE)) {
                media.schema(
                    OASFactory.createSchema()
                        .addType(Schema.SchemaType.STRING)
                        .description("CSV, UTF-8, a header row, the columns of the import")
                        .maxLength(Integer.MAX_VALUE));
              } else if (type.startsWith(SheetFormat.XLSX_TYPE)) {
                media.schema(
                    OASFactory.createSchema()
                        .addType(Schema.SchemaType.STRING)
                        .format("binary")
                        .description("An Excel workbook")
                        .maxLength(Integer.MAX_VALUE));
              }
            });
  }

  /**
   * The IETF draft's RateLimit headers on every 2xx and 4xx answer, and Retry-After on the 429
   * (ratelimit/RateLimitFilter), each described once under components.headers.
   */
  private static void withRateLimitHeaders(APIResponses responses) {
    responses.getAPIResponses().entrySet().stream()
        .filter(response -> response.getKey().matches("[24].."))
        .forEach(
            response ->
                response
                    .getValue()
                    .addHeader(RateLimitFilter.RATE_LIMIT, headerRef(RateLimitFilter.RATE_LIMIT))
                    .addHeader(
                        RateLimitFilter.RATE_LIMIT_POLICY,
                        headerRef(RateLimitFilter.RATE_LIMIT_POLICY)));
    responses
        .getAPIResponse("429")
        .addHeader(HttpHeaders.RETRY_AFTER, headerRef(HttpHeaders.RETRY_AFTER));
  }

  private static Header headerRef(String name) {
    return OASFactory.createHeader().ref("#/components/headers/" + name);
  }

  private static void addRateLimitHeaders(Components components) {
    components
        .addHeader(
            RateLimitFilter.RATE_LIMIT,
            OASFactory.createHeader()
                .description(
                    "What the caller's client may still send to this instance: remaining requests"
                        + " (r) and seconds until its quota is whole again (t), e.g."
                        + " \"per-client\";r=39;t=1. Sent where the client has a limit")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(100)))
        .addHeader(
            RateLimitFilter.RATE_LIMIT_POLICY,
            OASFactory.createHeader()
                .description(
                    "The client's limit on this instance: a quota (q) of requests at once,"
                        + " refilled over a window (w) of seconds, e.g. \"per-client\";q=40;w=2."
                        + " Sent where the client has a limit")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(100)))
        .addHeader(
            HttpHeaders.RETRY_AFTER,
            OASFactory.createHeader()
                .description(
                    "Seconds after which the client may send again: 1, as every limit refills at"
                        + " least one request a second")
                .schema(
                    OASFactory.createSchema()
                        .addType(Schema.SchemaType.INTEGER)
                        .format("int32")
                        .minimum(BigDecimal.ONE)
                        .maximum(BigDecimal.ONE)));
  }

  private static final Header ETAG =
      OASFactory.createHeader()
          .description("The version this response holds, as a strong entity tag such as \"3\"")
          .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(22));

  /**
   * asOf as a plain date-time: the shared Instant schema's example would be filled in by Swagger
   * UI's "Try it out", silently asking for the past.
   */
  private static void withoutAsOfExample(Operation operation) {
    if (operation.getParameters() != null) {
      operation.getParameters().stream()
          .filter(parameter -> "asOf".equals(parameter.getName()))
          .forEach(
              parameter ->
                  parameter.schema(
                      OASFactory.createSchema()
                          .addType(Schema.SchemaType.STRING)
                          .format("date-time")
                          .maxLength(35)));
    }
  }

  /** Describes and types a conditional-request header parameter; true if the operation has one. */
  private static boolean hasHeader(Operation operation, String name) {
    if (operation.getParameters() == null) {
      return false;
    }
    for (Parameter parameter : operation.getParameters()) {
      if (parameter.getIn() == Parameter.In.HEADER && name.equals(parameter.getName())) {
        boolean ifMatch = name.equals(HttpHeaders.IF_MATCH);
        parameter
            .required(ifMatch)
            .description(
                ifMatch
                    ? "The ETag of the version this change was made from (or *); without it 428,"
                        + " and 412 if the resource has changed since"
                    : "The ETag of a version the caller holds; 304 without a body if still"
                        + " current")
            .schema(
                OASFactory.createSchema()
                    .addType(Schema.SchemaType.STRING)
                    .maxLength(ETags.MAX_HEADER_LENGTH));
        return true;
      }
    }
    return false;
  }

  /** The role of each operation, from its method's {@code @RolesAllowed} or else its class's. */
  private static Map<String, String> roles() {
    Map<String, String> roles = new HashMap<>();
    for (Class<?> resource : RESOURCES) {
      for (Method method : resource.getDeclaredMethods()) {
        var operation =
            method.getAnnotation(org.eclipse.microprofile.openapi.annotations.Operation.class);
        RolesAllowed allowed =
            method.isAnnotationPresent(RolesAllowed.class)
                ? method.getAnnotation(RolesAllowed.class)
                : resource.getAnnotation(RolesAllowed.class);
        if (operation != null && allowed != null) {
          roles.put(operation.operationId(), allowed.value()[0]);
        }
      }
    }
    return roles;
  }

  /** Adds the response, or replaces the generator's generic text ("Bad Request", "Not Allowed"). */
  private static void describe(APIResponses responses, String code, String path) {
    APIResponse response = responses.getAPIResponse(code);
    if (response == null) {
      responses.addAPIResponse(
          code,
          OASFactory.createAPIResponse().description(ProblemExamples.description(code, path)));
    } else if (GENERATED.contains(response.getDescription())) {
      response.setDescription(ProblemExamples.description(code, path));
    }
  }

  /**
   * The model keeps each part where it was first added, which for the operations given examples in
   * META-INF/openapi.yaml is before their summary. The document is committed and reviewed, so its
   * parts are put back in one order: paths sorted, operations by method, their parts as the
   * specification lists them, responses by status.
   */
  private static void putInOrder(OpenAPI openAPI) {
    Components components = openAPI.getComponents();
    String version = openAPI.getOpenapi();
    Info info = openAPI.getInfo();
    List<Tag> tags = openAPI.getTags();
    Paths paths = openAPI.getPaths();
    List<Server> servers = openAPI.getServers();
    openAPI.components(null).openapi(null).info(null).tags(null).paths(null).servers(null);
    openAPI
        .components(components)
        .openapi(version)
        .info(info)
        .tags(tags)
        .paths(paths)
        .servers(servers);
  }

  /** The operation in the specification's order, each error response given its problem example. */
  private static Operation inOrder(Operation operation, String path) {
    APIResponses responses = OASFactory.createAPIResponses();
    new TreeMap<>(operation.getResponses().getAPIResponses())
        .forEach(
            (code, response) ->
                responses.addAPIResponse(
                    code,
                    OASFactory.createAPIResponse()
                        .description(response.getDescription())
                        .headers(response.getHeaders())
                        .content(
                            code.matches("[45]..")
                                ? ProblemExamples.content(code, operation.getOperationId(), path)
                                : response.getContent())
                        .links(response.getLinks())
                        .extensions(response.getExtensions())));
    return OASFactory.createOperation()
        .summary(operation.getSummary())
        .description(operation.getDescription())
        .externalDocs(operation.getExternalDocs())
        .operationId(operation.getOperationId())
        .tags(operation.getTags())
        .parameters(operation.getParameters())
        .requestBody(operation.getRequestBody())
        .responses(responses)
        .callbacks(operation.getCallbacks())
        .deprecated(operation.getDeprecated())
        .security(operation.getSecurity())
        .servers(operation.getServers())
        .extensions(operation.getExtensions());
  }
}
