package vn.chitieu.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.chitieu.Fixtures;
import vn.chitieu.Tokens;
import vn.chitieu.client.ApiClient;
import vn.chitieu.client.ApiResponse;
import vn.chitieu.client.api.AchievementsApi;
import vn.chitieu.client.api.IndicatorsApi;
import vn.chitieu.client.api.ProgressApi;
import vn.chitieu.client.api.TargetsApi;
import vn.chitieu.client.model.AchievementRequest;
import vn.chitieu.client.model.IndicatorName;
import vn.chitieu.client.model.IndicatorRequest;
import vn.chitieu.client.model.Measure;
import vn.chitieu.client.model.Outcome;
import vn.chitieu.client.model.PageVersionTargetResponse;
import vn.chitieu.client.model.Polarity;
import vn.chitieu.client.model.ProgressRow;
import vn.chitieu.client.model.Status;
import vn.chitieu.client.model.Target;
import vn.chitieu.client.model.TargetRequest;

/**
 * The core flow through the Java client of clients/java (vn.chitieu:chitieu-client, generated from
 * docs/openapi.yaml by openapi-generator 7.25.0), against the running service over HTTP: nothing
 * but the client is used.
 */
@QuarkusTest
class GeneratedClientTest {

  @Test
  void shouldRunTheCoreFlowWithTheGeneratedClient() throws Exception {
    ApiClient client = new ApiClient();
    client.updateBaseUri("http://localhost:" + RestAssured.port);
    String token = Tokens.withRoles("client-flow", "admin");
    client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
    String code = Fixtures.uniqueCode("CLIENT");

    new IndicatorsApi(client)
        .createIndicator(
            new IndicatorRequest()
                .code(code)
                .name(
                    new IndicatorName()
                        .vi("Chỉ tiêu thử của client")
                        .en("Client flow test indicator"))
                .sector("TEST_CLIENT")
                .measure(Measure.PERCENT)
                .unit("%")
                .decimals(2)
                .polarity(Polarity.LOWER_IS_BETTER));
    TargetsApi targets = new TargetsApi(client);
    Target target =
        targets.createTarget(
            new TargetRequest()
                .indicator(code)
                .period("2020")
                .area("22")
                .value(new BigDecimal("0.36")));
    new AchievementsApi(client)
        .createAchievement(
            new AchievementRequest()
                .indicator(code)
                .period("2020")
                .area("22")
                .value(new BigDecimal("0.23"))
                .status(Status.PRELIMINARY)
                .reportedOn(LocalDate.of(2020, 12, 16)));

    List<ProgressRow> scorecard =
        new ProgressApi(client).getScorecard("2020", "22", null, null, null, code, null);

    assertThat(scorecard).hasSize(1);
    ProgressRow row = scorecard.get(0);
    assertThat(row.getOutcome()).isEqualTo(Outcome.EXCEEDED);
    assertThat(row.getMargin()).isEqualByComparingTo("0.13");
    assertThat(row.getPercentOfTarget()).isEqualByComparingTo("63.89");
    assertThat(row.getAchievement().getStatus()).isEqualTo(Status.PRELIMINARY);

    // A safe partial change: read the ETag, send it back with a merge patch.
    ApiResponse<Target> read = targets.getTargetWithHttpInfo(target.getId(), null, null);
    String etag = read.getHeaders().get("etag").get(0);
    Target changed =
        targets.patchTarget(
            target.getId(), etag, Map.of("value", new BigDecimal("0.30"), "reason", "Điều chỉnh"));
    assertThat(changed.getValue()).isEqualByComparingTo("0.30");
    assertThat(changed.getVersion()).isEqualTo(1L);
    PageVersionTargetResponse history = targets.getTargetHistory(target.getId(), null, null);
    assertThat(history.getItems()).hasSize(2);
    assertThat(history.getItems().get(0).getReason()).isEqualTo("Điều chỉnh");
  }
}
