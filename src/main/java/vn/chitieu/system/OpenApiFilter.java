package vn.chitieu.system;

import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.Method;
import java.util.HashMap;
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
import org.eclipse.microprofile.openapi.models.info.Info;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.servers.Server;
import org.eclipse.microprofile.openapi.models.tags.Tag;
import vn.chitieu.achievement.AchievementResource;
import vn.chitieu.common.problem.Problems;
import vn.chitieu.indicator.IndicatorResource;
import vn.chitieu.plan.TargetResource;
import vn.chitieu.progress.ScorecardResource;
import vn.chitieu.progress.SeriesResource;

/**
 * Completes every operation: the role it needs (read from its {@code @RolesAllowed}), its 400 and
 * 500 responses, 413 and 415 where it takes a body, and on each error response the problem schema,
 * a description and an example ({@link ProblemExamples}). Resources declare only what is particular
 * to them; their examples are in META-INF/openapi.yaml.
 */
public class OpenApiFilter implements OASFilter {

  private static final List<Class<?>> RESOURCES =
      List.of(
          IndicatorResource.class,
          TargetResource.class,
          AchievementResource.class,
          ScorecardResource.class,
          SeriesResource.class);

  /** The order of a path's operations in the document; the service has no others. */
  private static final List<HttpMethod> METHODS =
      List.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE);

  /** The descriptions SmallRye and Quarkus give the responses they add. */
  private static final Set<String> GENERATED =
      Set.of("Bad Request", "Not Authorized", "Not Allowed");

  private final Map<String, String> roles = roles();

  @Override
  public Operation filterOperation(Operation operation) {
    String role = roles.get(operation.getOperationId());
    if (role == null) {
      throw new IllegalStateException(
          "No @RolesAllowed found for operation " + operation.getOperationId());
    }
    String particular = operation.getDescription();
    operation.setDescription(
        "Needs the `"
            + role
            + "` role (or a higher one)."
            + (particular == null ? "" : " " + particular));
    APIResponses responses = operation.getResponses();
    for (String code : List.of("400", "401", "403", "500")) {
      describe(responses, code);
    }
    if (operation.getRequestBody() != null) {
      describe(responses, "413");
      describe(responses, "415");
    }
    responses.getAPIResponses().forEach(OpenApiFilter::describeProblem);
    // Ordered by status, so that the committed document does not change from one run to the next.
    responses.setAPIResponses(new TreeMap<>(responses.getAPIResponses()));
    return operation;
  }

  /**
   * Declares the server and its audience, drops schemas that nothing refers to, and gives each
   * error response its example, which names the operation's path.
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
      // The raw generic page, and the types inlined where they are nullable.
      for (String unused : List.of("Page", "Baseline", "ProgressTarget", "ProgressAchievement")) {
        openAPI.getComponents().removeSchema(unused);
      }
    }
    Map<String, PathItem> items = new TreeMap<>();
    openAPI.getPaths().getPathItems().forEach((path, item) -> items.put(path, inOrder(path, item)));
    openAPI.getPaths().setPathItems(items);
    putInOrder(openAPI);
  }

  /**
   * The model keeps each part where it was first added, which for the operations given examples in
   * META-INF/openapi.yaml is before their summary. The document is committed and reviewed, so its
   * parts are put back in one order: paths sorted, operations by method, their parts as the
   * specification lists them.
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

  /** The path item with its operations in the order of their methods, each given its examples. */
  private static PathItem inOrder(String path, PathItem item) {
    PathItem ordered =
        OASFactory.createPathItem()
            .summary(item.getSummary())
            .description(item.getDescription())
            .servers(item.getServers())
            .parameters(item.getParameters())
            .extensions(item.getExtensions());
    for (HttpMethod method : METHODS) {
      Operation operation = item.getOperations().get(method);
      if (operation != null) {
        addExamples(path, operation);
        ordered.setOperation(method, inOrder(operation));
      }
    }
    return ordered;
  }

  private static Operation inOrder(Operation operation) {
    APIResponses responses = OASFactory.createAPIResponses();
    operation
        .getResponses()
        .getAPIResponses()
        .forEach(
            (code, response) ->
                responses.addAPIResponse(
                    code,
                    OASFactory.createAPIResponse()
                        .description(response.getDescription())
                        .headers(response.getHeaders())
                        .content(response.getContent())
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
  private static void describe(APIResponses responses, String code) {
    APIResponse response = responses.getAPIResponse(code);
    if (response == null) {
      responses.addAPIResponse(
          code, OASFactory.createAPIResponse().description(ProblemExamples.DESCRIPTIONS.get(code)));
    } else if (GENERATED.contains(response.getDescription())) {
      response.setDescription(ProblemExamples.DESCRIPTIONS.get(code));
    }
  }

  private static void describeProblem(String code, APIResponse response) {
    if (code.startsWith("4") || code.startsWith("5")) {
      response.setContent(problemContent());
    }
  }

  private static void addExamples(String path, Operation operation) {
    operation
        .getResponses()
        .getAPIResponses()
        .forEach(
            (code, response) -> {
              if (code.startsWith("4") || code.startsWith("5")) {
                Map<String, Object> problem =
                    ProblemExamples.example(code, operation.getOperationId(), path);
                String name = problem.get("type").toString().replace("urn:chitieu:problem:", "");
                response
                    .getContent()
                    .getMediaType(Problems.MEDIA_TYPE)
                    .addExample(name, OASFactory.createExample().value(problem));
              }
            });
  }

  private static Content problemContent() {
    return OASFactory.createContent()
        .addMediaType(
            Problems.MEDIA_TYPE,
            OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("#/components/schemas/Problem")));
  }
}
