package vn.chitieu.system;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import vn.chitieu.common.problem.Problems;

/**
 * Completes every operation: its 400 and 500 responses, 413 and 415 where it takes a body, the
 * problem schema on each error response. Resources declare only what is particular to them.
 */
public class OpenApiFilter implements OASFilter {

  private static final Map<String, String> COMMON =
      new TreeMap<>(
          Map.of(
              "400", "Invalid input: the problem's errors name each field",
              "500", "Server error; the problem carries the request id"));

  @Override
  public Operation filterOperation(Operation operation) {
    APIResponses responses = operation.getResponses();
    if (responses == null) {
      return operation;
    }
    COMMON.forEach((code, description) -> describe(responses, code, description));
    if (operation.getRequestBody() != null) {
      describe(responses, "413", "The body is larger than quarkus.http.limits.max-body-size");
      describe(responses, "415", "The body is not application/json");
    }
    responses.getAPIResponses().forEach(OpenApiFilter::describeProblem);
    // Ordered by status, so that the committed document does not change from one run to the next.
    responses.setAPIResponses(new TreeMap<>(responses.getAPIResponses()));
    return operation;
  }

  /** Declares the server and its audience, and drops schemas that nothing refers to. */
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
  }

  /** Adds the response, or replaces the generator's generic "Bad Request" text. */
  private static void describe(APIResponses responses, String code, String description) {
    APIResponse response = responses.getAPIResponse(code);
    if (response == null) {
      responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description));
    } else if ("Bad Request".equals(response.getDescription())) {
      response.setDescription(description);
    }
  }

  private static void describeProblem(String code, APIResponse response) {
    if (code.startsWith("4") || code.startsWith("5")) {
      response.setContent(problemContent());
    }
  }

  private static Content problemContent() {
    return OASFactory.createContent()
        .addMediaType(
            Problems.MEDIA_TYPE,
            OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("#/components/schemas/Problem")));
  }
}
