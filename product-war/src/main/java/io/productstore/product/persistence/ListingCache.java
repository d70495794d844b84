package io.productstore.product.persistence;

import io.productstore.common.concurrent.FanOut;
import io.productstore.product.domain.CatalogMetrics;
import io.productstore.product.domain.Listing;
import io.productstore.product.domain.ProductQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The listing candidates of each category (and of the whole catalog), read from Cassandra at most
 * once per {@code catalog.listing-cache-ttl} and dropped at once when this instance changes a
 * product of that category. Listings then filter, sort and count in memory instead of reading
 * thousands of rows per request; another instance's change shows within the TTL and one reload. It
 * holds only what Cassandra holds, so losing it (a restart) loses nothing.
 *
 * <p>Past the TTL, requests keep the old snapshot while one reload runs in the background: a
 * category's reload reads thousands of rows, and the requests that waited for it made the listings'
 * p99 at half peak 303 ms (docs/benchmarks; each read is timed as product_listing_read_seconds).
 * Only a missing snapshot (the first read, or after this instance's own change) is loaded while the
 * request waits.
 */
@ApplicationScoped
public class ListingCache {

  private static final Logger LOG = Logger.getLogger(ListingCache.class.getName());

  /** The key of the whole catalog's candidates. */
  static final String EVERYTHING = "";

  /**
   * A category's candidates, sorted once per sort key when loaded. Compared by identity, so that a
   * reload replaces only the snapshot it was started from.
   */
  private static final class Snapshot {
    private final List<Listing> byName;
    private final List<Listing> byPrice;
    private final long readAtMillis;
    private final AtomicBoolean reloading = new AtomicBoolean();

    private Snapshot(List<Listing> listings, long readAtMillis) {
      this.byName = sorted(listings, "name");
      this.byPrice = sorted(listings, "price");
      this.readAtMillis = readAtMillis;
    }

    private static List<Listing> sorted(List<Listing> listings, String sortBy) {
      return listings.stream().sorted(ProductQuery.ascending(sortBy)).toList();
    }

    List<Listing> sortedBy(String sortBy) {
      return "price".equals(sortBy) ? byPrice : byName;
    }

    /** True for the one caller that should reload this snapshot, once it is past the TTL. */
    boolean claimReload(long nowMillis, long ttlMillis) {
      return nowMillis - readAtMillis >= ttlMillis && reloading.compareAndSet(false, true);
    }
  }

  private final ConcurrentMap<String, Snapshot> snapshots = new ConcurrentHashMap<>();
  private long ttlMillis;
  private Clock clock;
  private Executor reloads;
  private CatalogMetrics metrics;

  protected ListingCache() {}

  @Inject
  public ListingCache(
      @ConfigProperty(name = "catalog.listing-cache-ttl") Duration ttl,
      Clock clock,
      @FanOut Executor reloads,
      CatalogMetrics metrics) {
    this.ttlMillis = ttl.toMillis();
    this.clock = clock;
    this.reloads = reloads;
    this.metrics = metrics;
  }

  /**
   * The category's candidates sorted ascending by {@code sortBy}: loaded by {@code load} when
   * missing, reloaded in the background when older than the TTL.
   */
  List<Listing> get(String category, String sortBy, Supplier<List<Listing>> load) {
    Snapshot cached = snapshots.get(category);
    if (cached == null) {
      cached = snapshots.computeIfAbsent(category, key -> read(load));
    } else if (cached.claimReload(clock.millis(), ttlMillis)) {
      Snapshot stale = cached;
      reloads.execute(() -> reload(category, stale, load));
    }
    return cached.sortedBy(sortBy);
  }

  private Snapshot read(Supplier<List<Listing>> load) {
    long readAt = clock.millis(); // before the read: the snapshot is at least this fresh
    Snapshot read = new Snapshot(load.get(), readAt);
    metrics.listingsRead(Duration.ofMillis(clock.millis() - readAt));
    return read;
  }

  private void reload(String category, Snapshot stale, Supplier<List<Listing>> load) {
    try {
      // Replaces only the snapshot it started from: one dropped by changed() meanwhile stays
      // dropped, so this instance never shows listings older than its own change.
      snapshots.replace(category, stale, read(load));
    } catch (RuntimeException e) {
      stale.reloading.set(false); // the next request past the TTL tries again
      LOG.log(Level.WARNING, "reloading the listings of category ''{0}'' failed", category);
      LOG.log(Level.FINE, "the reload's failure", e);
    }
  }

  /** Forgets a category (and the whole catalog) after this instance changed one of its products. */
  void changed(String category) {
    snapshots.remove(category);
    snapshots.remove(EVERYTHING);
  }
}
