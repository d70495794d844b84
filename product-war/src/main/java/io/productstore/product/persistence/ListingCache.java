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
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The listing candidates of each category (and of the whole catalog), read from Cassandra once and
 * kept until their category's version moves: this instance's change drops them at once, and past
 * {@code catalog.listing-cache-ttl} one background check reads the versions (a dozen rows) and
 * re-reads the category's thousands of rows only if another instance moved it. Listings then
 * filter, sort and count in memory. It holds only what Cassandra holds, so losing it (a restart)
 * loses nothing.
 *
 * <p>Requests never wait for a check or a re-read: they keep the old snapshot meanwhile. A
 * category's read takes 0.9 s of the two cores on a slow machine (product_listing_read_seconds),
 * and re-reading each category every TTL whether or not it changed kept the listings' p99 at half
 * peak at 20-68 ms (docs/benchmarks). Past {@code catalog.listing-cache-max-age} a snapshot is
 * re-read even if no version moved, so a change whose version failed to be written shows by then.
 * Only a missing snapshot (the first read, or after this instance's own change) is loaded while the
 * request waits.
 */
@ApplicationScoped
public class ListingCache {

  private static final Logger LOG = Logger.getLogger(ListingCache.class.getName());

  /** The key of the whole catalog's candidates. */
  static final String EVERYTHING = "";

  /**
   * A category's candidates, sorted once per sort key when read, with the version they were read
   * at. Compared by identity, so that a re-read replaces only the snapshot it was started from.
   */
  private static final class Snapshot {
    private final List<Listing> byName;
    private final List<Listing> byPrice;
    private final Object version;
    private final long readAtMillis;
    private volatile long checkedAtMillis;
    private final AtomicBoolean checking = new AtomicBoolean();

    private Snapshot(List<Listing> listings, Object version, long readAtMillis) {
      this.byName = sorted(listings, "name");
      this.byPrice = sorted(listings, "price");
      this.version = version;
      this.readAtMillis = readAtMillis;
      this.checkedAtMillis = readAtMillis;
    }

    private static List<Listing> sorted(List<Listing> listings, String sortBy) {
      return listings.stream().sorted(ProductQuery.ascending(sortBy)).toList();
    }

    List<Listing> sortedBy(String sortBy) {
      return "price".equals(sortBy) ? byPrice : byName;
    }

    /** True for the one caller that should check this snapshot, once it is past the TTL. */
    boolean claimCheck(long nowMillis, long ttlMillis) {
      return nowMillis - checkedAtMillis >= ttlMillis && checking.compareAndSet(false, true);
    }

    /** Whether it still holds what Cassandra holds at {@code current}, and is young enough. */
    boolean isCurrent(Object current, long nowMillis, long maxAgeMillis) {
      return version.equals(current) && nowMillis - readAtMillis < maxAgeMillis;
    }

    /** Checked and still current: good for another TTL. */
    void stillCurrent(long checkedAtMillis) {
      this.checkedAtMillis = checkedAtMillis;
      checking.set(false);
    }
  }

  private final ConcurrentMap<String, Snapshot> snapshots = new ConcurrentHashMap<>();
  private long ttlMillis;
  private long maxAgeMillis;
  private Clock clock;
  private Executor checks;
  private ListingVersions versions;
  private CatalogMetrics metrics;

  protected ListingCache() {}

  @Inject
  public ListingCache(
      @ConfigProperty(name = "catalog.listing-cache-ttl") Duration ttl,
      @ConfigProperty(name = "catalog.listing-cache-max-age") Duration maxAge,
      Clock clock,
      @FanOut Executor checks,
      ListingVersions versions,
      CatalogMetrics metrics) {
    this.ttlMillis = ttl.toMillis();
    this.maxAgeMillis = maxAge.toMillis();
    this.clock = clock;
    this.checks = checks;
    this.versions = versions;
    this.metrics = metrics;
  }

  /**
   * The category's candidates sorted ascending by {@code sortBy}: read by {@code load} when
   * missing, checked in the background when past the TTL.
   */
  List<Listing> get(String category, String sortBy, Supplier<List<Listing>> load) {
    Snapshot cached = snapshots.get(category);
    if (cached == null) {
      cached = snapshots.computeIfAbsent(category, key -> read(key, load));
    } else if (cached.claimCheck(clock.millis(), ttlMillis)) {
      Snapshot stale = cached;
      checks.execute(() -> check(category, stale, load));
    }
    return cached.sortedBy(sortBy);
  }

  private Snapshot read(String category, Supplier<List<Listing>> load) {
    long readAt = clock.millis(); // before the reads: the snapshot is at least this fresh
    return read(versionOf(category), readAt, load);
  }

  /** Reads the rows after their version, so a change the rows miss has moved the version. */
  private Snapshot read(Object version, long readAt, Supplier<List<Listing>> load) {
    Snapshot read = new Snapshot(load.get(), version, readAt);
    metrics.listingsRead(Duration.ofMillis(clock.millis() - readAt));
    return read;
  }

  /** A category's version; the whole catalog's is every category's. */
  private Object versionOf(String category) {
    Map<String, UUID> all = versions.all();
    return EVERYTHING.equals(category) ? all : Optional.ofNullable(all.get(category));
  }

  private void check(String category, Snapshot stale, Supplier<List<Listing>> load) {
    try {
      long checkedAt = clock.millis();
      Object current = versionOf(category);
      if (stale.isCurrent(current, checkedAt, maxAgeMillis)) {
        stale.stillCurrent(checkedAt);
      } else {
        // Replaces only the snapshot it started from: one dropped by changed() meanwhile stays
        // dropped, so this instance never shows listings older than its own change.
        snapshots.replace(category, stale, read(current, checkedAt, load));
      }
    } catch (RuntimeException e) {
      stale.checking.set(false); // the next request past the TTL tries again
      LOG.log(Level.WARNING, "checking the listings of category ''{0}'' failed", category);
      LOG.log(Level.FINE, "the check's failure", e);
    }
  }

  /**
   * Moves the category's version and forgets it (and the whole catalog) here, after this instance
   * changed one of its products.
   */
  void changed(String category) {
    try {
      versions.moved(category);
    } finally {
      snapshots.remove(category);
      snapshots.remove(EVERYTHING);
    }
  }
}
