package vn.chitieu.common;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list: its items and where it stands in the whole. */
@Schema(description = "One page of results")
public record Page<T>(
    @Schema(description = "The items of this page", maxItems = MAX_SIZE) List<T> items,
    @Schema(
            description = "Zero-based page number",
            examples = "0",
            minimum = "0",
            maximum = "1000000")
        int page,
    @Schema(description = "Page size asked for", examples = "50", minimum = "1", maximum = "500")
        int size,
    @Schema(
            description = "Items across all pages",
            examples = "8",
            minimum = "0",
            maximum = "9223372036854775807")
        long totalItems,
    @Schema(description = "Number of pages", examples = "1", minimum = "0", maximum = "2147483647")
        int totalPages) {

  public static final String DEFAULT_SIZE = "50";
  public static final int MAX_SIZE = 500;

  /** Keeps page × size within what a database offset can be. */
  public static final int MAX_PAGE = 1_000_000;

  /** A page of items read apart from their total. */
  public static <T> Page<T> of(List<T> items, int page, int size, long total) {
    return new Page<>(items, page, size, total, (int) ((total + size - 1) / size));
  }

  /** A page of a list held whole, such as rows read as of an instant. */
  public static <T> Page<T> slice(List<T> all, int page, int size) {
    long from = Math.min((long) page * size, all.size());
    int to = (int) Math.min(from + size, all.size());
    return of(all.subList((int) from, to), page, size, all.size());
  }

  public static <E, T> Page<T> of(
      PanacheQuery<E> query, int page, int size, Function<E, T> mapper) {
    List<T> items = query.page(page, size).list().stream().map(mapper).toList();
    // A short page tells the total without a second query, unless it is past the end.
    long total =
        items.size() < size && (page == 0 || !items.isEmpty())
            ? (long) page * size + items.size()
            : query.count();
    return of(items, page, size, total);
  }
}
