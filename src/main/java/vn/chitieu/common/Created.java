package vn.chitieu.common;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * The answer to a create: 201, the new resource, a Location naming it under the request's path, and
 * the ETag of its first version.
 */
public final class Created {

  private Created() {}

  /** The answer to a create of a resource read without ETags, such as a period lock. */
  public static Response at(UriInfo uri, Object key, Object resource) {
    return Response.created(uri.getAbsolutePathBuilder().path(key.toString()).build())
        .entity(resource)
        .build();
  }

  public static Response at(UriInfo uri, Object key, long version, Object resource) {
    return Response.created(uri.getAbsolutePathBuilder().path(key.toString()).build())
        .tag(new EntityTag(String.valueOf(version)))
        .entity(resource)
        .build();
  }
}
