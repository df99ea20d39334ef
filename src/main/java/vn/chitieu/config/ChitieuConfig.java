package vn.chitieu.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/** The service's own settings, under the {@code chitieu.} prefix. */
@ConfigMapping(prefix = "chitieu")
public interface ChitieuConfig {

  /** GSO code of the area a target or achievement belongs to when the caller names none. */
  @WithDefault("22")
  String homeArea();

  /** The area a request names, or the home area when it names none. */
  default String areaOrHome(String area) {
    return area == null ? homeArea() : area;
  }

  /** The zone whose calendar decides what "today" is, e.g. for a report date in the future. */
  @WithDefault("Asia/Ho_Chi_Minh")
  ZoneId timeZone();

  /** Load the demo dataset at start-up when the catalogue is empty. */
  @WithDefault("false")
  boolean demoData();

  Security security();

  interface Security {
    /** Let GET requests through without a token, for open-data deployments. */
    @WithDefault("false")
    boolean anonymousRead();

    /**
     * The longest lifetime ({@code exp - iat}) a token may have; longer ones are refused. Identity
     * providers issue access tokens for minutes; the dev tokens last 12 hours.
     */
    @WithDefault("PT12H")
    Duration maxTokenLifetime();

    /**
     * The OpenID Connect realm (its issuer URL, e.g. a Keycloak realm's) where Swagger UI's
     * Authorize signs people in, with authorization code and PKCE, as the client {@code
     * quarkus.swagger-ui.oauth-client-id}; unset, Authorize takes a pasted bearer token only.
     */
    Optional<String> signInRealm();
  }

  /** Per-client request limits of this pod ({@code ratelimit/RateLimiter}). */
  RateLimit rateLimit();

  interface RateLimit {
    /** Requests a client may send per second, on average; 0 lets every client through. */
    @WithDefault("0")
    int requestsPerSecond();

    /** Requests a client may send at once after a pause; at least requests-per-second. */
    @WithDefault("0")
    int burst();

    /** Other limits for clients named here (their azp, client_id or sub). */
    Map<String, Client> clients();

    interface Client {
      /** As the default: 0 lets this client through unlimited. */
      int requestsPerSecond();

      @WithDefault("0")
      int burst();
    }
  }

  /** The PostgreSQL the service starts for itself when no datasource URL is configured. */
  Embedded embedded();

  interface Embedded {
    String DEFAULT_DATA_DIR = "data/postgres";

    /**
     * Start it when no datasource URL is configured; when off, a missing URL stops the service at
     * start-up. Read by {@code system/EmbeddedDatabase} before Quarkus starts.
     */
    @WithDefault("true")
    boolean enabled();

    /** Where the embedded PostgreSQL keeps its data, relative to the working directory. */
    @WithDefault(DEFAULT_DATA_DIR)
    String dataDir();
  }

  /** The largest body of a request other than an import. */
  @WithDefault("1M")
  MemorySize maxBodySize();

  /** Bulk imports ({@code POST /api/v1/imports}). */
  Imports imports();

  interface Imports {
    /**
     * The largest import body; also the HTTP layer's limit ({@code
     * quarkus.http.limits.max-body-size}), which must be at least this.
     */
    @WithDefault("64M")
    MemorySize maxSize();

    /** The most rows one import takes. */
    @WithDefault("200000")
    int maxRows();

    /**
     * The rows an import checks and writes at a time: what it holds in memory is about this many
     * rows, besides the key of every row.
     */
    @WithDefault("5000")
    @Min(1)
    int chunkRows();
  }

  Changes changes();

  /** The change feed (docs/design.md, "The change feed"). */
  interface Changes {
    /**
     * How long the feed vouches for a revision after it was written: a cursor whose next revision
     * is older gets 410 and resynchronises from the lists.
     */
    @WithDefault("P30D")
    Duration retention();

    /** How often a live stream looks for new changes when it has sent all there were. */
    @WithDefault("1S")
    Duration pollInterval();

    /** How often a live stream with nothing new sends a comment, so that proxies keep it open. */
    @WithDefault("15S")
    Duration heartbeat();
  }
}
