package vn.chitieu.system;

import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.Method;
import java.util.ArrayList;
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
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.servers.Server;
import org.eclipse.microprofile.openapi.models.tags.Tag;
import vn.chitieu.achievement.AchievementResource;
import vn.chitieu.indicator.IndicatorResource;
import vn.chitieu.lock.LockResource;
import vn.chitieu.plan.TargetResource;
import vn.chitieu.progress.ScorecardResource;
import vn.chitieu.progress.SeriesResource;

/**
 * Completes every operation: the role it needs (read from its {@code @RolesAllowed}); its 400, 401,
 * 403 and 500 responses, 404 where its path names a resource, 413 and 415 where it takes a body; on
 * each error response the problem schema, a description and an example ({@link ProblemExamples}).
 * Resources declare only what is particular to them; their examples are in META-INF/openapi.yaml.
 */
public class OpenApiFilter implements OASFilter {

  private static final List<Class<?>> RESOURCES =
      List.of(
          IndicatorResource.class,
          TargetResource.class,
          AchievementResource.class,
          LockResource.class,
          ScorecardResource.class,
          SeriesResource.class);

  /** The order of a path's operations in the document; the service has no others. */
  private static final List<HttpMethod> METHODS =
      List.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE);

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
      // The raw generic page, and the types inlined where they are nullable.
      for (String unused : List.of("Page", "Baseline", "ProgressTarget", "ProgressAchievement")) {
        openAPI.getComponents().removeSchema(unused);
      }
    }
    Map<String, String> roles = roles();
    Map<String, PathItem> items = new TreeMap<>();
    openAPI
        .getPaths()
        .getPathItems()
        .forEach((path, item) -> items.put(path, complete(path, item, roles)));
    openAPI.getPaths().setPathItems(items);
    putInOrder(openAPI);
  }

  /** The path item with its operations completed, in the order of {@link #METHODS}. */
  private static PathItem complete(String path, PathItem item, Map<String, String> roles) {
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
        completed.setOperation(method, complete(path, operation, roles));
      }
    }
    return completed;
  }

  private static Operation complete(String path, Operation operation, Map<String, String> roles) {
    String role = roles.get(operation.getOperationId());
    if (role == null) {
      throw new IllegalStateException("No @RolesAllowed for " + operation.getOperationId());
    }
    String particular = operation.getDescription();
    List<String> errors = new ArrayList<>(List.of("400", "401", "403", "500"));
    if (path.contains("{")) {
      errors.add("404");
    }
    if (operation.getRequestBody() != null) {
      errors.addAll(List.of("413", "415"));
    }
    APIResponses responses = operation.getResponses();
    errors.forEach(code -> describe(responses, code, path));
    return inOrder(
        operation.description(
            "Needs the `"
                + role
                + "` role (or a higher one)."
                + (particular == null ? "" : " " + particular)),
        path);
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
