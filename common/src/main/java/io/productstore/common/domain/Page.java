package io.productstore.common.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a list: {@code {items, total, page, pages, has_next, has_prev}} with {@code page =
 * skip / limit + 1} and {@code pages = ceil(total / limit)}; totals are exact.
 */
public record Page<T>(
    List<T> items, long total, long page, long pages, boolean hasNext, boolean hasPrev) {

  public static final int MAX_LIMIT = 100;

  /**
   * The deepest page start: nobody reads page 101 of a listing, and a crawler walking every page of
   * every filter would make each request scan further; deeper readers narrow the filter.
   */
  public static final int MAX_SKIP = 10_000;

  /** The page at {@code skip}/{@code limit} of a complete, already ordered list. */
  public static <T> Page<T> of(List<T> all, int skip, int limit) {
    requireValid(skip, limit);
    int from = (int) Math.min(all.size(), (long) skip);
    int to = (int) Math.min(all.size(), (long) skip + limit);
    return of(new ArrayList<>(all.subList(from, to)), all.size(), skip, limit);
  }

  /** A page whose items were fetched separately from its exact total. */
  public static <T> Page<T> of(List<T> items, long total, int skip, int limit) {
    requireValid(skip, limit);
    long pages = (total + limit - 1) / limit;
    return new Page<>(
        List.copyOf(items),
        total,
        skip / limit + 1,
        pages,
        (long) skip + items.size() < total,
        skip > 0);
  }

  /** The same page with every item converted. */
  public <R> Page<R> map(Function<? super T, ? extends R> convert) {
    return new Page<>(
        items.stream().<R>map(convert).toList(), total, page, pages, hasNext, hasPrev);
  }

  /** 0 <= skip <= 10,000 and 1 <= limit <= 100, or a 422 naming the parameter. */
  public static void requireValid(int skip, int limit) {
    List<DomainException.Violation> errors = new ArrayList<>();
    if (skip < 0 || skip > MAX_SKIP) {
      errors.add(
          new DomainException.Violation(
              "skip", "must be from 0 to " + MAX_SKIP + "; narrow the filter to read further"));
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      errors.add(new DomainException.Violation("limit", "must be between 1 and " + MAX_LIMIT));
    }
    if (!errors.isEmpty()) {
      throw DomainException.invalid("Invalid paging parameters", errors);
    }
  }
}
