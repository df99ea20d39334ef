package vn.chitieu.common;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * The answer to a create: 201, the new resource, a Location naming it under the collection's path,
 * and the ETag of its first version where the resource has ETags.
 *
 * <p>The Location is a path from the server's root, such as {@code /api/v1/targets/<id>}, which RFC
 * 9110 allows: an absolute URL would have to take its host from the request's Host header, which
 * the caller chooses ({@code Host: evil.example}). The header is set as it is, since JAX-RS's own
 * {@code created} would resolve it against that host again.
 */
public final class Created {

  private Created() {}

  /** The answer to a create of a resource read without ETags, such as a period lock. */
  public static Response at(UriInfo uri, Object key, Object resource) {
    return Response.status(Response.Status.CREATED)
        .header(HttpHeaders.LOCATION, location(uri, key))
        .entity(resource)
        .build();
  }

  public static Response at(UriInfo uri, Object key, long version, Object resource) {
    return Response.fromResponse(at(uri, key, resource))
        .tag(new EntityTag(String.valueOf(version)))
        .build();
  }

  /** The new resource's path from the server's root, encoded, without scheme or host. */
  static String location(UriInfo uri, Object key) {
    return uri.getAbsolutePathBuilder().path(key.toString()).build().getRawPath();
  }
}
