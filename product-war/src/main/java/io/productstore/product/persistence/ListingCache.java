package io.productstore.product.persistence;

import io.productstore.product.domain.Listing;
import io.productstore.product.domain.ProductQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The listing candidates of each category (and of the whole catalog), read from Cassandra at most
 * once per {@code catalog.listing-cache-ttl} and dropped at once when this instance changes a
 * product of that category. Listings then filter, sort and count in memory instead of reading
 * thousands of rows per request; another instance's change shows within the TTL. It holds only what
 * Cassandra holds, so losing it (a restart) loses nothing.
 */
@ApplicationScoped
public class ListingCache {

  /** The key of the whole catalog's candidates. */
  static final String EVERYTHING = "";

  /** A category's candidates, sorted once per sort key when loaded. */
  private record Snapshot(List<Listing> byName, List<Listing> byPrice, long loadedAt) {

    static Snapshot of(List<Listing> listings) {
      return new Snapshot(sorted(listings, "name"), sorted(listings, "price"), System.nanoTime());
    }

    private static List<Listing> sorted(List<Listing> listings, String sortBy) {
      return listings.stream().sorted(ProductQuery.ascending(sortBy)).toList();
    }

    List<Listing> sortedBy(String sortBy) {
      return "price".equals(sortBy) ? byPrice : byName;
    }
  }

  private final ConcurrentMap<String, Snapshot> snapshots = new ConcurrentHashMap<>();
  private long ttlNanos;

  protected ListingCache() {}

  @Inject
  public ListingCache(@ConfigProperty(name = "catalog.listing-cache-ttl") Duration ttl) {
    this.ttlNanos = ttl.toNanos();
  }

  /**
   * The category's candidates sorted ascending by {@code sortBy}, loaded by {@code load} when
   * missing or older than the TTL.
   */
  List<Listing> get(String category, String sortBy, Supplier<List<Listing>> load) {
    long now = System.nanoTime();
    return snapshots
        .compute(
            category,
            (key, cached) ->
                cached != null && now - cached.loadedAt() < ttlNanos
                    ? cached
                    : Snapshot.of(load.get()))
        .sortedBy(sortBy);
  }

  /** Forgets a category (and the whole catalog) after this instance changed one of its products. */
  void changed(String category) {
    snapshots.remove(category);
    snapshots.remove(EVERYTHING);
  }
}
