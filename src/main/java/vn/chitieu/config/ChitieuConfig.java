package vn.chitieu.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.ZoneId;

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
  }

  /** The PostgreSQL the service starts for itself when no datasource URL is configured. */
  Embedded embedded();

  interface Embedded {
    String DEFAULT_DATA_DIR = "data/postgres";

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
  }
}
