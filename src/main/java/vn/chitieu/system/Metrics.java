package vn.chitieu.system;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Set;

/**
 * Latency histograms for the HTTP server, so that percentiles can be computed across pods; and a
 * fixed {@code uri} label for requests no route was chosen for.
 */
class Metrics {

  /**
   * Answers given before a resource method is chosen (the path fits a route but the method, the
   * body's type or the accepted types do not), so Quarkus has no route template and would label
   * them with the raw path: one new label per made-up id, until Micrometer's cap on uri labels
   * stops recording new ones. 413, 414 and 431 are answered by the HTTP layer before any route
   * (BodySizeLimit, HttpLimits). Unmatched paths (404) are already labelled {@code NOT_FOUND}.
   */
  static final Set<String> UNROUTED_STATUSES =
      Set.of("405", "406", "413", "414", "415", "431", "501");

  static final String UNROUTED_URI = "UNKNOWN";

  @Produces
  @Singleton
  MeterFilter unroutedRequestsShareOneUri() {
    return new MeterFilter() {
      @Override
      public Meter.Id map(Meter.Id id) {
        if (id.getName().startsWith("http.server.requests")
            && UNROUTED_STATUSES.contains(id.getTag("status"))
            && id.getTag("uri") != null) {
          return id.replaceTags(Tags.of(id.getTags()).and("uri", UNROUTED_URI));
        }
        return id;
      }
    };
  }

  @Produces
  @Singleton
  MeterFilter httpServerHistograms() {
    return new MeterFilter() {
      @Override
      public DistributionStatisticConfig configure(
          Meter.Id id, DistributionStatisticConfig config) {
        if (id.getName().startsWith("http.server.requests")) {
          return DistributionStatisticConfig.builder()
              .percentilesHistogram(true)
              .build()
              .merge(config);
        }
        return config;
      }
    };
  }
}
