package io.productstore.ops;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import jakarta.json.Json;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * {@code ./store bench}: the store's hot paths against two ceilings measured in the same run, each
 * at saturation (closed model, 16 connections) and at half that rate (open model: every request has
 * an intended start time, and its latency counts from then, so a stalled server cannot hide its
 * queue, as wrk2 does). Writes a dated Markdown table under docs/benchmarks/, compares it with the
 * previous one (a change of more than 15% is printed loudly), and an HTML chart under work/.
 */
public final class Bench {

  static final int CONNECTIONS = 16;

  /** The open model's senders: how many of its requests can wait for answers at once. */
  static final int OPEN_SENDERS = 64;

  static final int CATEGORIES = 12;
  static final Duration WARM_UP = Duration.ofSeconds(60);
  static final String STOCKED = "Бенчмарк";

  /** One request of a scenario: its status, 0 for no answer. */
  @FunctionalInterface
  interface Step {
    int send(long iteration);
  }

  /** What one scenario measured under one model. */
  record Figures(
      String scenario,
      String model,
      double rate,
      double p50,
      double p99,
      double p999,
      long errors,
      Map<String, Long> statuses) {

    static Figures of(
        String scenario,
        String model,
        long count,
        double seconds,
        Histogram h,
        Map<String, LongAdder> statuses) {
      Map<String, Long> byStatus = new java.util.TreeMap<>();
      statuses.forEach((k, v) -> byStatus.put(k, v.sum()));
      long errors =
          byStatus.entrySet().stream()
              .filter(e -> !e.getKey().startsWith("2"))
              .mapToLong(Map.Entry::getValue)
              .sum();
      return new Figures(
          scenario,
          model,
          count / seconds,
          h.getValueAtPercentile(50) / 1000.0,
          h.getValueAtPercentile(99) / 1000.0,
          h.getValueAtPercentile(99.9) / 1000.0,
          errors,
          byStatus);
    }
  }

  private final Http http;
  private final String base;
  private final Duration window;
  private final List<Figures> results = new ArrayList<>();
  private final Map<String, String> notes = new LinkedHashMap<>();
  private final Set<String> only = only(System.getenv("BENCH_SCENARIOS"));
  private List<String> productIds = List.of();
  private List<String> stocked = List.of();
  private List<String[]> users = List.of();
  private List<String> tokens = List.of();
  private String firstCategory;

  private Bench(String base, Duration window) {
    this.base = base;
    this.http = new Http(base);
    this.window = window;
  }

  /**
   * Arguments: store URL, Cassandra host:port, products, users, seconds per window, docs dir, work
   * dir, commit.
   */
  public static void main(String[] args) throws Exception {
    Bench bench = new Bench(args[0], Duration.ofSeconds(Long.parseLong(args[4])));
    bench.run(
        args[1],
        Integer.parseInt(args[2]),
        Integer.parseInt(args[3]),
        Path.of(args[5]),
        Path.of(args[6]),
        args[7]);
  }

  private static void say(String format, Object... args) {
    System.out.printf(Locale.ROOT, "[bench] " + format + "%n", args);
  }

  private void run(
      String cassandra, int products, int userCount, Path docs, Path work, String commit)
      throws Exception {
    String admin = http.login("swagger_admin", "admin123");
    new Seeding(http, admin).catalogue(products, CATEGORIES);
    firstCategory = Seeding.category(0);
    stocked = new Seeding(http, admin).stocked(STOCKED, 200);
    productIds = sampleIds();
    users = new Seeding(http, admin).users(userCount);
    say("logging in %d users", users.size());
    String[] logged = new String[users.size()];
    Seeding.inParallel(users.size(), i -> logged[i] = http.login(users.get(i)[0], users.get(i)[1]));
    tokens = List.of(logged);
    // A server just (re)started runs interpreted code for minutes on two shared cores: every
    // route measured is called until the JIT has compiled it, so runs after a restart compare.
    say("warming up (%d s of every route measured)", WARM_UP.toSeconds());
    Step welcome = i -> status(http.get("/api/", null));
    Step[] routes = {
      welcome, this::productById, this::categoryPage, this::filteredPage, this::addToCart
    };
    closed("warm-up", i -> routes[(int) (i % routes.length)].send(i), WARM_UP);
    clearCarts();

    String cheapest = "ceiling: GET /api/ (the cheapest route, same filters)";
    Figures trivial = closed(cheapest, welcome, window);
    // Beside the half-peak targets: how much this machine stalls a route that does nothing.
    Figures trivialAtHalf = open(cheapest, welcome, Math.max(1, trivial.rate() / 2), window);
    Figures driver = driverCeiling(cassandra);
    Figures conditional = conditionalCeiling(cassandra);
    both("1. GET product by id", this::productById);
    boolean listings = wanted("2.") || wanted("3.");
    Tally before = listings ? Tally.listingReads(http) : null;
    both("2. category page of 20", this::categoryPage);
    both("3. filtered + sorted page", this::filteredPage);
    if (listings) {
      String reads = Tally.listingReads(http).since(before);
      notes.put("listing reads (scenarios 2-3)", reads);
      say("listing reads during scenarios 2-3: %s", reads);
    }
    both("4. add to cart", this::addToCart);
    if (wanted("5.")) {
      clearCarts();
    }
    both("5. checkout (add + checkout, the checkout timed)", this::checkout);
    both("6. login (distinct users)", this::login);
    if (wanted("7.")) {
      shopper();
    }
    if (wanted("8.")) {
      burstAfterIdle();
    }
    if (!only.isEmpty()) {
      notes.put(
          "scenarios", "only " + String.join(", ", new TreeSet<>(only)) + " (BENCH_SCENARIOS)");
    }

    Report report =
        new Report(
            results,
            trivial,
            trivialAtHalf,
            driver,
            conditional,
            notes,
            commit,
            Processes.describe(),
            Startup.parse(System.getenv("BENCH_STARTUP")));
    Path file = report.write(docs);
    report.compareWithPrevious(docs, file);
    Path html = report.html(work);
    say("table: %s", file);
    say("chart: %s", html);
  }

  /** The first 100 products of each category: the ids the reads pick from. */
  private List<String> sampleIds() {
    List<String> ids = new ArrayList<>();
    for (int c = 0; c < CATEGORIES; c++) {
      ids.addAll(Seeding.ids(http, Seeding.category(c)));
    }
    return ids;
  }

  // --- the scenarios -----------------------------------------------------------------------

  private int productById(long i) {
    return status(http.get("/api/products/" + pick(productIds), null));
  }

  private int categoryPage(long i) {
    return status(
        http.get(
            "/api/products/by-category/"
                + enc(firstCategory)
                + "?limit=20&skip="
                + 20 * ThreadLocalRandom.current().nextInt(50),
            null));
  }

  private int filteredPage(long i) {
    return status(
        http.get(
            "/api/products/?category="
                + enc(firstCategory)
                + "&min_price=100&max_price=3000&q="
                + enc("о")
                + "&sort_by=price&sort_order=desc&limit=20",
            null));
  }

  private int addToCart(long i) {
    return status(
        http.send(
            "POST",
            "/cart-api/cart/items",
            tokens.get((int) (i % tokens.size())),
            Json.createObjectBuilder()
                .add("product_id", pick(stocked))
                .add("quantity", 1)
                .build()));
  }

  /** One user's add and checkout; only the checkout's status and time count. */
  private int checkout(long i) {
    String token = tokens.get((int) (i % tokens.size()));
    int added = addToCart(i);
    // A failed add is the iteration's error: a checkout of the empty cart would hide it as a 4xx.
    return added >= 300 ? added : status(http.send("POST", "/cart-api/cart/checkout", token, null));
  }

  private int login(long i) {
    String[] user = users.get((int) (i % users.size()));
    try {
      http.login(user[0], user[1]);
      return 200;
    } catch (IllegalStateException refused) {
      return 401;
    }
  }

  private void clearCarts() {
    say("emptying the %d carts before the checkouts", tokens.size());
    Seeding.inParallel(
        tokens.size(), i -> http.send("DELETE", "/cart-api/cart/", tokens.get(i), null));
  }

  // --- the models --------------------------------------------------------------------------

  /** BENCH_SCENARIOS="4,5" runs those scenarios only (the ceilings always): an A/B of one path. */
  private static Set<String> only(String numbers) {
    return numbers == null || numbers.isBlank()
        ? Set.of()
        : Set.of(numbers.trim().split("\\s*,\\s*"));
  }

  private boolean wanted(String scenario) {
    return only.isEmpty() || only.contains(scenario.substring(0, scenario.indexOf('.')));
  }

  private void both(String scenario, Step step) {
    if (!wanted(scenario)) {
      return;
    }
    Figures peak = closed(scenario, step, window);
    results.add(peak);
    Tally gcBefore = Tally.collections(http);
    Figures half = open(scenario, step, Math.max(1, peak.rate() / 2), window);
    results.add(half);
    String gc = Tally.collections(http).since(gcBefore);
    notes.put("GC pauses at half peak, " + scenario, gc);
    say("GC pauses at half peak: %s", gc);
  }

  /** {@link #CONNECTIONS} clients, each sending its next request when the last one answered. */
  private Figures closed(String scenario, Step step, Duration length) {
    return closed(scenario, step, length, CONNECTIONS);
  }

  /** {@code clients} clients, each sending its next request when the last one answered. */
  private Figures closed(String scenario, Step step, Duration length, int clients) {
    Map<String, LongAdder> statuses = new ConcurrentHashMap<>();
    AtomicLong counter = new AtomicLong();
    long deadline = System.nanoTime() + length.toNanos();
    Recorder recorder = new Recorder(3);
    runOn(
        clients,
        () -> {
          while (System.nanoTime() < deadline) {
            long started = System.nanoTime();
            int status = step.send(counter.getAndIncrement());
            recorder.recordValue(Math.max(1, (System.nanoTime() - started) / 1000));
            count(statuses, status);
          }
        });
    Histogram latencies = recorder.getIntervalHistogram();
    Figures figures =
        Figures.of(
            scenario,
            "closed, " + clients + " conns",
            latencies.getTotalCount(),
            length.toSeconds(),
            latencies,
            statuses);
    if (!scenario.equals("warm-up")) {
      printed(figures);
    }
    return figures;
  }

  /**
   * A fixed arrival rate: request i is due at start + i / rate, and its latency counts from then;
   * {@link #OPEN_SENDERS} senders, so a slow answer delays the ones behind it as it would delay
   * real clients.
   */
  private Figures open(String scenario, Step step, double rate, Duration length) {
    Recorder recorder = new Recorder(3);
    Map<String, LongAdder> statuses = new ConcurrentHashMap<>();
    long total = (long) (rate * length.toSeconds());
    AtomicLong next = new AtomicLong();
    long start = System.nanoTime() + 50_000_000L;
    double interval = 1e9 / rate;
    runOn(
        OPEN_SENDERS,
        () -> {
          for (long i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
            long due = start + (long) (i * interval);
            long wait = due - System.nanoTime();
            if (wait > 0) {
              java.util.concurrent.locks.LockSupport.parkNanos(wait);
            }
            int status = step.send(i);
            recorder.recordValue(Math.max(1, (System.nanoTime() - due) / 1000));
            count(statuses, status);
          }
        });
    Histogram latencies = recorder.getIntervalHistogram();
    double took = Math.max(length.toSeconds(), (System.nanoTime() - start) / 1e9);
    Figures figures =
        Figures.of(
            scenario,
            String.format(Locale.ROOT, "open, %.0f/s", rate),
            latencies.getTotalCount(),
            took,
            latencies,
            statuses);
    return printed(figures);
  }

  private static Figures printed(Figures figures) {
    say(
        "%-52s %-16s %8.0f/s  p50 %6.2f  p99 %7.2f  p99.9 %7.2f ms  errors %d %s",
        figures.scenario(),
        figures.model(),
        figures.rate(),
        figures.p50(),
        figures.p99(),
        figures.p999(),
        figures.errors(),
        figures.errors() > 0 ? figures.statuses() : "");
    return figures;
  }

  private static void runOn(int threads, Runnable work) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch done = new CountDownLatch(threads);
    for (int t = 0; t < threads; t++) {
      pool.submit(
          () -> {
            try {
              work.run();
            } finally {
              done.countDown();
            }
          });
    }
    try {
      done.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    pool.shutdownNow();
  }

  private static void count(Map<String, LongAdder> statuses, int status) {
    statuses
        .computeIfAbsent(status == 0 ? "no answer" : String.valueOf(status), k -> new LongAdder())
        .increment();
  }

  // --- the ceilings and the two whole-store scenarios ----------------------------------------

  /**
   * The same two reads a product page makes (the product, then its stock), straight from the
   * driver.
   */
  private Figures driverCeiling(String contactPoint) {
    try (CqlSession session = session(contactPoint, "store_products")) {
      PreparedStatement product =
          session.prepare(
              "SELECT product_id, name, category, price, stock_count, description, manufacturer,"
                  + " created_at, updated_at FROM products_by_id WHERE product_id = ?");
      PreparedStatement stock =
          session.prepare("SELECT stock FROM stock_by_product WHERE product_id = ? LIMIT 1");
      List<UUID> ids = productIds.stream().map(UUID::fromString).toList();
      Figures figures =
          closed(
              "ceiling: the driver's two reads of a product page",
              i -> {
                UUID id = ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
                session.execute(product.bind(id)).one();
                session.execute(stock.bind(id)).one();
                return 200;
              },
              window);
      return figures;
    }
  }

  /**
   * What one lightweight transaction costs Cassandra here, the unit of the write paths (an add is
   * one, a checkout about eight): {@code INSERT ... IF NOT EXISTS} of a new row, each in its own
   * partition of a scratch keyspace, at the same concurrency.
   */
  private Figures conditionalCeiling(String contactPoint) {
    try (CqlSession session = session(contactPoint, null)) {
      schema(
          session,
          "CREATE KEYSPACE IF NOT EXISTS bench_scratch WITH replication ="
              + " {'class': 'SimpleStrategy', 'replication_factor': 1}");
      schema(
          session,
          "CREATE TABLE IF NOT EXISTS bench_scratch.claims (id uuid PRIMARY KEY, n bigint)");
      PreparedStatement claim =
          session.prepare("INSERT INTO bench_scratch.claims (id, n) VALUES (?, ?) IF NOT EXISTS");
      Figures figures =
          closed(
              "ceiling: the driver's lightweight transaction (IF NOT EXISTS)",
              i -> session.execute(claim.bind(UUID.randomUUID(), i)).wasApplied() ? 200 : 409,
              window);
      schema(session, "DROP KEYSPACE bench_scratch");
      return figures;
    }
  }

  /** A schema change waits for the node to agree with itself: longer than a query's 2 s here. */
  private static void schema(CqlSession session, String cql) {
    session.execute(SimpleStatement.newInstance(cql).setTimeout(Duration.ofSeconds(60)));
  }

  private static CqlSession session(String contactPoint, String keyspace) {
    String[] hostPort = contactPoint.split(":");
    var builder =
        CqlSession.builder()
            .addContactPoint(new InetSocketAddress(hostPort[0], Integer.parseInt(hostPort[1])))
            .withLocalDatacenter(
                Optional.ofNullable(System.getenv("CASSANDRA_LOCAL_DC")).orElse("datacenter1"));
    return keyspace == null ? builder.build() : builder.withKeyspace(keyspace).build();
  }

  /** The mixed profile of the load generator: 300 shoppers with 2–6 s think time. */
  private void shopper() throws InterruptedException {
    Load load = new Load(http, Load.Profile.named("shopper").withUsers(300), stocked).start();
    // 300 registrations and logins are 600 password hashes: the window opens once every shopper
    // shops, or it would time the hashing storm, not the profile.
    long giveUp = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (load.shopping.get() < 300 && System.nanoTime() < giveUp) {
      say("shoppers registered and shopping: %d of 300", load.shopping.get());
      Thread.sleep(10_000);
    }
    say("%d shoppers shopping; 20 s more before the window", load.shopping.get());
    Thread.sleep(20_000);
    load.interval();
    long before = load.requests();
    Thread.sleep(window.toMillis() * 2);
    Histogram measured = load.interval();
    long sent = load.requests() - before;
    load.stop();
    Map<String, LongAdder> statuses = new ConcurrentHashMap<>(load.byStatus);
    Figures figures =
        Figures.of(
            "7. mixed shopper profile, 300 users",
            "open, think 2-6 s",
            sent,
            window.toSeconds() * 2.0,
            measured,
            statuses);
    // The statuses are those of the whole run, registrations and warm-up included.
    results.add(printed(figures));
  }

  /**
   * How many of something the server did and their seconds together, from a counter and a sum of
   * its Prometheus text: the listing cache's reads (their timer), its garbage collections.
   */
  private record Tally(double count, double seconds) {
    static Tally listingReads(Http http) {
      return new Tally(
          http.metric("product_listing_read_seconds_count"),
          http.metric("product_listing_read_seconds_sum"));
    }

    static Tally collections(Http http) {
      return new Tally(http.metric("gc_total"), http.metric("gc_time_seconds"));
    }

    String since(Tally before) {
      double events = count - before.count;
      double millis = (seconds - before.seconds) * 1000;
      return events == 0
          ? "none"
          : String.format(
              Locale.ROOT,
              "%.0f, %.1f ms each on average, %.0f ms in all",
              events,
              millis / events,
              millis);
    }
  }

  /**
   * Quiet for 60 s, then as many clients as the open model's senders add to their carts at once: no
   * 503, no breaker opens. Each add holds a server thread while the product WAR serves its call on
   * the same pool, so this is the burst that finds a pool too small for nested calls.
   */
  private void burstAfterIdle() throws InterruptedException {
    say("idle for 60 s before a burst of adds to carts");
    Thread.sleep(60_000);
    double opened = http.metric("ft_circuitbreaker_opened_total");
    Figures burst =
        closed(
            "8. burst after 60 s idle (adds to carts)",
            this::addToCart,
            Duration.ofSeconds(3),
            OPEN_SENDERS);
    results.add(burst);
    double trips = http.metric("ft_circuitbreaker_opened_total") - opened;
    notes.put(
        "burst",
        String.format(Locale.ROOT, "circuit breakers opened during the burst: %.0f", trips));
    say("circuit breakers opened during the burst: %.0f", trips);
  }

  private static int status(Http.Answer answer) {
    return answer.status();
  }

  private static String pick(List<String> ids) {
    return ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
  }

  static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
