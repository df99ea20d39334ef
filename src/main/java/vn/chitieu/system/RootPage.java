package vn.chitieu.system;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Answers {@code GET /} with a page that points to Swagger UI and the OpenAPI document (health and
 * metrics are on the management port, not this one), where a newcomer would otherwise meet a 404
 * problem. A plain route, outside the API: it needs no token and is no part of the OpenAPI
 * document.
 */
@ApplicationScoped
class RootPage {

  private static final String HTML =
      """
      <!DOCTYPE html>
      <html lang="en">
      <head><meta charset="utf-8"><title>Chỉ tiêu</title></head>
      <body>
      <h1>Chỉ tiêu</h1>
      <p>Indicators, targets and achievements of the Department of Labour, Invalids and Social
      Affairs. The API is under <code>/api/v1</code>; calls carry a bearer token (reads may go
      without one where the deployment allows anonymous reading).</p>
      <ul>
      <li><a href="/q/swagger-ui">Swagger UI</a>: read and try the API</li>
      <li><a href="/q/openapi">OpenAPI document</a>: the contract</li>
      </ul>
      </body>
      </html>
      """;

  void install(@Observes Router router) {
    router
        .get("/")
        .handler(
            context ->
                context
                    .response()
                    .putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8")
                    .end(HTML));
  }
}
