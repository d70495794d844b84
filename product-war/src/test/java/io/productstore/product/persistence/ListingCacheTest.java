package io.productstore.product.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.productstore.product.domain.Listing;
import io.productstore.product.domain.RecordingCatalogMetrics;
import io.productstore.testing.TestClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ListingCacheTest {

  private static final Duration TTL = Duration.ofSeconds(5);
  private static final Duration MAX_AGE = Duration.ofMinutes(5);

  private final TestClock clock = TestClock.at("2026-12-03T06:00:00Z");

  /** Runs the background reloads only when the test says so. */
  private static final class HeldTasks implements Executor {
    private final Queue<Runnable> tasks = new ArrayDeque<>();

    @Override
    public void execute(Runnable task) {
      tasks.add(task);
    }

    int runAll() {
      int ran = 0;
      while (!tasks.isEmpty()) {
        tasks.poll().run();
        ran++;
      }
      return ran;
    }
  }

  /** What Cassandra holds for the category, counting the reads that reached it. */
  private final class Table implements Supplier<List<Listing>> {
    private final AtomicReference<List<Listing>> rows = new AtomicReference<>(List.of());
    private final AtomicInteger reads = new AtomicInteger();
    private volatile boolean down;
    private volatile Duration takes = Duration.ZERO;

    void holds(String... names) {
      rows.set(
          Arrays.stream(names)
              .map(name -> new Listing(UUID.randomUUID(), name, "books", BigDecimal.ONE))
              .toList());
    }

    @Override
    public List<Listing> get() {
      reads.incrementAndGet();
      clock.advance(takes);
      if (down) {
        throw new IllegalStateException("Cassandra is unavailable");
      }
      return rows.get();
    }
  }

  /** The versions all instances share, counting the reads that reached them. */
  private static final class Versions implements ListingVersions {
    private final Map<String, UUID> versions = new ConcurrentHashMap<>();
    private final AtomicInteger reads = new AtomicInteger();
    private volatile boolean down;

    @Override
    public Map<String, UUID> all() {
      reads.incrementAndGet();
      if (down) {
        throw new IllegalStateException("Cassandra is unavailable");
      }
      return new HashMap<>(versions);
    }

    @Override
    public void moved(String category) {
      versions.put(category, UUID.randomUUID());
    }
  }

  private final HeldTasks reloads = new HeldTasks();
  private final Table table = new Table();
  private final Versions versions = new Versions();
  private final RecordingCatalogMetrics metrics = new RecordingCatalogMetrics();
  private final ListingCache cache =
      new ListingCache(TTL, MAX_AGE, clock, reloads, versions, metrics);

  /**
   * Another instance's change: the rows and the version move, this instance's cache is not told.
   */
  private void anotherInstanceChanges(String... names) {
    table.holds(names);
    versions.moved("books");
  }

  private List<String> names() {
    return cache.get("books", "name", table).stream().map(Listing::name).toList();
  }

  @Test
  void a_category_is_read_once_per_ttl() {
    table.holds("Dune", "Emma");

    assertThat(names()).containsExactly("Dune", "Emma");
    clock.advance(TTL.minusMillis(1));
    assertThat(names()).containsExactly("Dune", "Emma");

    assertThat(table.reads).hasValue(1);
    assertThat(reloads.runAll()).isZero();
  }

  @Test
  void past_the_ttl_only_the_versions_are_read_while_nothing_changed() {
    table.holds("Dune");
    names();
    for (int i = 0; i < 10; i++) {
      clock.advance(TTL);
      assertThat(names()).containsExactly("Dune");
      reloads.runAll();
    }

    assertThat(table.reads).as("the rows, read once").hasValue(1);
    assertThat(versions.reads).as("the first read and one check per TTL").hasValue(11);
  }

  @Test
  void another_categorys_change_does_not_reread_this_one() {
    table.holds("Dune");
    names();
    versions.moved("toys");
    clock.advance(TTL);
    names();
    reloads.runAll();

    assertThat(table.reads).hasValue(1);
  }

  @Test
  void the_whole_catalog_is_reread_when_any_category_changed() {
    table.holds("Dune");
    cache.get(ListingCache.EVERYTHING, "name", table);
    versions.moved("toys");
    clock.advance(TTL);
    cache.get(ListingCache.EVERYTHING, "name", table);
    reloads.runAll();

    assertThat(table.reads).hasValue(2);
  }

  @Test
  void past_the_max_age_the_rows_are_reread_even_if_no_version_moved() {
    table.holds("Dune");
    names();
    table.holds("Dune", "Emma"); // a change whose version write was lost
    clock.advance(MAX_AGE);
    names();
    reloads.runAll();

    assertThat(names()).containsExactly("Dune", "Emma");
  }

  @Test
  void past_the_ttl_requests_get_the_old_listings_at_once_while_one_reload_runs() {
    table.holds("Dune");
    names();
    anotherInstanceChanges("Dune", "Emma");
    clock.advance(TTL);

    assertThat(names()).containsExactly("Dune");
    assertThat(names()).containsExactly("Dune");
    assertThat(table.reads).as("no request waited for a read").hasValue(1);

    assertThat(reloads.runAll()).as("one reload, however many requests").isEqualTo(1);
    assertThat(names()).containsExactly("Dune", "Emma");
  }

  @Test
  void every_read_and_reload_is_timed() {
    table.holds("Dune");
    table.takes = Duration.ofMillis(40);
    names();
    anotherInstanceChanges("Dune");
    clock.advance(TTL);
    table.takes = Duration.ofMillis(300);
    names();
    reloads.runAll();

    assertThat(metrics.listingReads).containsExactly(Duration.ofMillis(40), Duration.ofMillis(300));
  }

  @Test
  void sorts_by_price_as_well_as_by_name() {
    table.rows.set(
        List.of(
            new Listing(UUID.randomUUID(), "Dune", "books", new BigDecimal("9.50")),
            new Listing(UUID.randomUUID(), "Emma", "books", new BigDecimal("3.20"))));

    assertThat(cache.get("books", "price", table))
        .extracting(Listing::name)
        .containsExactly("Emma", "Dune");
    assertThat(cache.get("books", "name", table))
        .extracting(Listing::name)
        .containsExactly("Dune", "Emma");
  }

  @Test
  void this_instances_change_shows_at_once_and_a_reload_in_flight_does_not_undo_it() {
    table.holds("Dune");
    names();
    clock.advance(TTL);
    versions.moved("books"); // another instance's change, so the check below re-reads
    names(); // a check is now due; it runs below, after the change, with the rows it read before
    List<Listing> readBeforeTheChange = table.rows.get();
    table.holds("Dune", "Emma");
    cache.changed("books");

    assertThat(names()).containsExactly("Dune", "Emma");
    table.rows.set(readBeforeTheChange);
    reloads.runAll();
    assertThat(names()).as("the old reload replaced nothing").containsExactly("Dune", "Emma");
  }

  @Test
  void a_failed_reload_keeps_the_old_listings_and_the_next_request_tries_again() {
    table.holds("Dune");
    names();
    anotherInstanceChanges("Dune", "Emma");
    clock.advance(TTL);
    table.down = true;
    names();
    reloads.runAll();

    assertThat(names()).containsExactly("Dune");
    table.down = false;
    assertThat(reloads.runAll()).as("a new reload was queued").isEqualTo(1);
    assertThat(names()).containsExactly("Dune", "Emma");
  }

  @Test
  void a_failed_check_of_the_versions_keeps_the_old_listings_and_the_next_request_tries_again() {
    table.holds("Dune");
    names();
    anotherInstanceChanges("Dune", "Emma");
    clock.advance(TTL);
    versions.down = true;
    names();
    reloads.runAll();

    assertThat(names()).containsExactly("Dune");
    versions.down = false;
    assertThat(reloads.runAll()).as("a new check was queued").isEqualTo(1);
    assertThat(names()).containsExactly("Dune", "Emma");
  }

  @Test
  void this_instances_change_shows_on_another_instance_after_the_ttl() {
    ListingCache another = new ListingCache(TTL, MAX_AGE, clock, reloads, versions, metrics);
    table.holds("Dune");
    names();
    another.get("books", "name", table);
    table.holds("Dune", "Emma");
    cache.changed("books");
    clock.advance(TTL);

    assertThat(another.get("books", "name", table)).extracting(Listing::name).containsOnly("Dune");
    reloads.runAll();
    assertThat(another.get("books", "name", table))
        .extracting(Listing::name)
        .containsExactly("Dune", "Emma");
  }

  @Test
  void a_first_read_that_fails_fails_the_request_and_caches_nothing() {
    table.down = true;
    assertThatThrownBy(this::names).isInstanceOf(IllegalStateException.class);

    table.down = false;
    table.holds("Dune");
    assertThat(names()).containsExactly("Dune");
  }
}
