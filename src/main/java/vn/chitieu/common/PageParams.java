package vn.chitieu.common;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The paging query parameters every list takes. */
public class PageParams {

  @QueryParam("page")
  @DefaultValue("0")
  @Min(0)
  @Max(Page.MAX_PAGE)
  @Parameter(description = "Zero-based page number")
  public int page;

  @QueryParam("size")
  @DefaultValue(Page.DEFAULT_SIZE)
  @Min(1)
  @Max(Page.MAX_SIZE)
  @Parameter(description = "Page size, at most " + Page.MAX_SIZE)
  public int size;
}
