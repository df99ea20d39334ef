package vn.chitieu.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * Compares the committed contract with the last release's (docs/openapi-baseline.yaml): a breaking
 * change fails unless the major version of info.version goes up. On a release, copy
 * docs/openapi.yaml over the baseline.
 */
class CompatibilityTest {

  private static final Path BASELINE = Path.of("docs/openapi-baseline.yaml");

  @Test
  void shouldNotBreakCallersWithoutANewMajorVersion() throws Exception {
    ChangedOpenApi diff =
        OpenApiCompare.fromContents(
            Files.readString(BASELINE), Files.readString(ContractTest.COMMITTED));
    if (diff.isIncompatible()) {
      String before = diff.getOldSpecOpenApi().getInfo().getVersion();
      String after = diff.getNewSpecOpenApi().getInfo().getVersion();
      assertThat(major(after))
          .as(
              "The contract breaks callers of %s:%n%s%nBump the major version of info.version,"
                  + " or keep the change compatible.",
              before, render(diff))
          .isGreaterThan(major(before));
    }
  }

  @Test
  void shouldDetectABreakingChange() throws Exception {
    String contract = Files.readString(ContractTest.COMMITTED);
    String withoutAnOperation =
        contract
            .replace("operationId: getScorecard", "operationId: renamed")
            .replace("/api/v1/progress:", "/api/v1/progress-renamed:");
    assertThat(OpenApiCompare.fromContents(contract, withoutAnOperation).isIncompatible()).isTrue();
  }

  private static int major(String version) {
    return Integer.parseInt(version.split("\\.")[0]);
  }

  private static String render(ChangedOpenApi diff) {
    var out = new java.io.ByteArrayOutputStream();
    new MarkdownRender()
        .render(diff, new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8));
    return out.toString(java.nio.charset.StandardCharsets.UTF_8);
  }
}
