package vn.chitieu.common;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * The answer to a create: 201, the new resource, and a Location naming it under the request's path.
 */
public final class Created {

  private Created() {}

  public static Response at(UriInfo uri, Object key, Object resource) {
    return Response.created(uri.getAbsolutePathBuilder().path(key.toString()).build())
        .entity(resource)
        .build();
  }
}
