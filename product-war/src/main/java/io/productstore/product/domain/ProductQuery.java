package io.productstore.product.domain;

import io.productstore.common.domain.DomainException;
import io.productstore.common.domain.Page;
import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A listing request: filters, a global sort over the whole filtered set, and a page of it. The
 * database narrows by category (SAI); price range, name filter, sort and the exact total are
 * applied here to the complete set of the category, so pages are stable and totals exact.
 */
public record ProductQuery(
    Optional<String> category,
    Optional<BigDecimal> minPrice,
    Optional<BigDecimal> maxPrice,
    Optional<String> text,
    String sortBy,
    boolean descending,
    int skip,
    int limit) {

  /** Checks the parameters as API.md §5 says: min above max is 400, bad values 422. */
  public static ProductQuery of(
      String category,
      BigDecimal minPrice,
      BigDecimal maxPrice,
      String text,
      String sortBy,
      String sortOrder,
      int skip,
      int limit) {
    List<DomainException.Violation> errors = new ArrayList<>();
    if (!"name".equals(sortBy) && !"price".equals(sortBy)) {
      errors.add(new DomainException.Violation("sort_by", "must be name or price"));
    }
    if (!"asc".equals(sortOrder) && !"desc".equals(sortOrder)) {
      errors.add(new DomainException.Violation("sort_order", "must be asc or desc"));
    }
    if (!errors.isEmpty()) {
      throw DomainException.invalid("Invalid listing parameters", errors);
    }
    Page.requireValid(skip, limit);
    if (minPrice != null && maxPrice != null && minPrice.compareTo(maxPrice) > 0) {
      throw DomainException.rejected("min_price must not be greater than max_price");
    }
    return new ProductQuery(
        Optional.ofNullable(category).filter(c -> !c.isBlank()),
        Optional.ofNullable(minPrice),
        Optional.ofNullable(maxPrice),
        Optional.ofNullable(text).filter(t -> !t.isBlank()).map(t -> t.toLowerCase(Locale.ROOT)),
        sortBy,
        "desc".equals(sortOrder),
        skip,
        limit);
  }

  public ProductQuery inCategory(String name) {
    return new ProductQuery(
        Optional.of(name), minPrice, maxPrice, text, sortBy, descending, skip, limit);
  }

  /**
   * The page of the category's candidates (all products without a category), given already sorted
   * ascending by {@link #ascending(String)} of this query's sort key.
   */
  public Page<Listing> page(List<Listing> sortedAscending) {
    List<Listing> matching =
        hasFilters() ? sortedAscending.stream().filter(this::matches).toList() : sortedAscending;
    return Page.of(descending ? reversed(matching) : matching, skip, limit);
  }

  private boolean hasFilters() {
    return text.isPresent() || minPrice.isPresent() || maxPrice.isPresent();
  }

  private boolean matches(Listing listing) {
    return (text.isEmpty() || listing.name().toLowerCase(Locale.ROOT).contains(text.get()))
        && (minPrice.isEmpty() || listing.price().compareTo(minPrice.get()) >= 0)
        && (maxPrice.isEmpty() || listing.price().compareTo(maxPrice.get()) <= 0);
  }

  /**
   * The global order of a sort key: name, or price then name, then id, so that equal keys keep one
   * order across pages. Descending is exactly the reverse.
   */
  public static Comparator<Listing> ascending(String sortBy) {
    Comparator<Listing> byName = Comparator.comparing(Listing::name, String.CASE_INSENSITIVE_ORDER);
    Comparator<Listing> primary =
        "price".equals(sortBy)
            ? Comparator.comparing(Listing::price).thenComparing(byName)
            : byName;
    return primary.thenComparing(Listing::productId);
  }

  private static <T> List<T> reversed(List<T> list) {
    return new AbstractList<>() {
      @Override
      public T get(int index) {
        return list.get(list.size() - 1 - index);
      }

      @Override
      public int size() {
        return list.size();
      }
    };
  }
}
