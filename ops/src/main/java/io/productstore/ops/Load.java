package io.productstore.ops;

import jakarta.json.Json;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Simulated users against the store, in the background of the incident harness and the game day:
 * each registers and logs in once, then browses, adds to the cart and checks out in the mix of its
 * profile, with think time. Bounded: it stops when told or when its duration is over.
 */
final class Load {

  /** What each simulated user does with its steps. */
  enum Mode {
    /** Registers and logs in once, then browses, adds to the cart and checks out. */
    SHOP,
    /** Registers once, then logs in again and again with the right password. */
    LOG_IN,
    /** Guesses passwords of existing and unknown accounts. */
    GUESS
  }

  /** A named mix: users, think time, and how many browses per add and per checkout. */
  record Profile(
      String name,
      int users,
      Duration thinkMin,
      Duration thinkMax,
      int browsesPerAdd,
      int addsPerCheckout,
      Mode mode) {

    static final Map<String, Profile> ALL =
        Map.of(
            // the old Locust scenario: browse 30 : cart 1 : checkout 1, 2–6 s think time
            "shopper",
                new Profile(
                    "shopper", 20, Duration.ofSeconds(2), Duration.ofSeconds(6), 30, 1, Mode.SHOP),
            // enough of every route for the alerts' traffic guards, light on this 2-core machine
            "steady",
                new Profile(
                    "steady", 6, Duration.ofMillis(300), Duration.ofMillis(600), 4, 2, Mode.SHOP),
            "spike",
                new Profile(
                    "spike", 40, Duration.ofMillis(20), Duration.ofMillis(60), 4, 2, Mode.SHOP),
            "checkout-rush",
                new Profile(
                    "checkout-rush",
                    16,
                    Duration.ofMillis(10),
                    Duration.ofMillis(40),
                    0,
                    1,
                    Mode.SHOP),
            // a flash crowd browsing: many users, cheap catalog reads, little buying
            "crowd",
                new Profile(
                    "crowd",
                    100,
                    Duration.ofMillis(500),
                    Duration.ofMillis(1000),
                    30,
                    1,
                    Mode.SHOP),
            // everyone logging in at once (the morning after an outage): password hashing
            "login-storm",
                new Profile(
                    "login-storm",
                    12,
                    Duration.ofMillis(20),
                    Duration.ofMillis(80),
                    0,
                    0,
                    Mode.LOG_IN),
            "brute-force",
                new Profile(
                    "brute-force",
                    4,
                    Duration.ofMillis(50),
                    Duration.ofMillis(100),
                    0,
                    0,
                    Mode.GUESS));

    Profile withUsers(int count) {
      return new Profile(name, count, thinkMin, thinkMax, browsesPerAdd, addsPerCheckout, mode);
    }

    static Profile named(String name) {
      Profile profile = ALL.get(name);
      if (profile == null) {
        throw new IllegalArgumentException("No load profile " + name + "; one of " + ALL.keySet());
      }
      return profile;
    }
  }

  private final Http http;
  private final Profile profile;
  private final List<String> products;
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final List<Thread> users = new ArrayList<>();
  final Map<String, LongAdder> byStatus = new ConcurrentHashMap<>();

  /**
   * The first server errors, each with its time of day, request and answer (the drills print them:
   * a count alone does not tell an in-flight request on a killed server from a starting one).
   */
  final ConcurrentLinkedQueue<String> serverErrors = new ConcurrentLinkedQueue<>();

  private static final int SERVER_ERRORS_KEPT = 40;
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

  /** The checkouts sent and the orders acknowledged (the drills read them back). */
  final Ledger ledger = new Ledger();

  /** Users past their registration and login, shopping now. */
  final AtomicInteger shopping = new AtomicInteger();

  /** Latencies in microseconds, corrected for coordinated omission at the think time's mean. */
  final Recorder latencies = new Recorder(3);

  final Histogram total = new Histogram(3);

  Load(Http http, Profile profile, List<String> products) {
    this.http = http;
    this.profile = profile;
    this.products = products;
  }

  /** Starts the users (each on its own thread); {@link #stop} ends them. */
  Load start() {
    for (int i = 0; i < profile.users(); i++) {
      int user = i;
      Thread thread = new Thread(() -> shop(user), "load-" + profile.name() + "-" + i);
      thread.setDaemon(true);
      users.add(thread);
      thread.start();
    }
    return this;
  }

  void stop() {
    running.set(false);
    for (Thread user : users) {
      try {
        user.join(35_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  Profile profile() {
    return profile;
  }

  long requests() {
    return byStatus.values().stream().mapToLong(LongAdder::sum).sum();
  }

  /** The latencies recorded since the last call (for progress lines), also added to the total. */
  synchronized Histogram interval() {
    Histogram interval = latencies.getIntervalHistogram();
    total.add(interval);
    return interval;
  }

  /** "1234 requests, 2xx 1200, 4xx 30, 5xx 4; p50 12 ms, p99 310 ms, p99.9 900 ms". */
  synchronized String summary() {
    interval();
    StringBuilder counts = new StringBuilder();
    new java.util.TreeMap<>(byStatus)
        .forEach((k, v) -> counts.append(", ").append(k).append(' ').append(v.sum()));
    return requests() + " requests" + counts + "; " + percentiles(total);
  }

  static String percentiles(Histogram histogram) {
    return histogram.getTotalCount() == 0
        ? "no latencies"
        : "p50 "
            + histogram.getValueAtPercentile(50) / 1000
            + " ms, p99 "
            + histogram.getValueAtPercentile(99) / 1000
            + " ms, p99.9 "
            + histogram.getValueAtPercentile(99.9) / 1000
            + " ms";
  }

  private void shop(int index) {
    String username =
        "load_"
            + profile.name().replace('-', '_')
            + "_"
            + index
            + "_"
            + Long.toString(System.nanoTime(), 36);
    String password = "load-" + username;
    String token = profile.mode() == Mode.GUESS ? null : register(username, password);
    shopping.incrementAndGet();
    long step = 0;
    while (running.get()) {
      switch (profile.mode()) {
        case GUESS -> guess(index, step);
        case LOG_IN -> logIn(username, password);
        case SHOP -> act(token, index, step);
      }
      step++;
      think();
    }
  }

  private void logIn(String username, String password) {
    long started = System.nanoTime();
    try {
      http.login(username, password);
      count(200, null);
    } catch (IllegalStateException refused) {
      count(401, null);
    }
    record(Duration.ofNanos(System.nanoTime() - started));
  }

  private void guess(int index, long step) {
    try {
      http.login(step % 2 == 0 ? "swagger_user" : "nobody_" + index, "guess-" + step);
    } catch (IllegalStateException refused) {
      count(401, null);
    }
  }

  private void act(String token, int index, long step) {
    String product = products.get((int) ((index * 5L + step / 8) % products.size()));
    long cycle = (long) profile.browsesPerAdd() + 1;
    if (step % cycle < profile.browsesPerAdd()) {
      String path =
          step % 2 == 0 ? "/api/products/" + product : "/api/products/by-category/Load?limit=20";
      record("GET " + path, http.get(path, null));
      return;
    }
    record(
        "POST /cart-api/cart/items",
        http.send(
            "POST",
            "/cart-api/cart/items",
            token,
            Json.createObjectBuilder().add("product_id", product).add("quantity", 1).build()));
    if ((step / cycle) % profile.addsPerCheckout() == 0) {
      Http.Answer checkout = http.send("POST", "/cart-api/cart/checkout", token, null);
      record("POST /cart-api/cart/checkout", checkout);
      ledger.checkout(token, checkout);
    }
  }

  private String register(String username, String password) {
    http.send(
        "POST",
        "/user-api/users/register",
        null,
        Json.createObjectBuilder()
            .add("username", username)
            .add("password", password)
            .add("full_name", "Load " + username)
            .build());
    while (running.get()) {
      try {
        return http.login(username, password);
      } catch (IllegalStateException notYet) {
        think();
      }
    }
    return null;
  }

  private void record(String request, Http.Answer answer) {
    count(answer.status(), answer);
    if ((answer.status() == 0 || answer.status() >= 500)
        && serverErrors.size() < SERVER_ERRORS_KEPT) {
      String body = answer.body().replaceAll("\\s+", " ");
      serverErrors.add(
          String.format(
              Locale.ROOT,
              "%s %s: %d %s",
              LocalTime.now().format(CLOCK),
              request,
              answer.status(),
              body.length() > 200 ? body.substring(0, 200) + "..." : body));
    }
  }

  private void count(int status, Http.Answer answer) {
    byStatus
        .computeIfAbsent(status == 0 ? "no answer" : status / 100 + "xx", k -> new LongAdder())
        .increment();
    if (answer != null) {
      record(answer.took());
    }
  }

  private void record(Duration took) {
    long expectedInterval = (profile.thinkMin().toMillis() + profile.thinkMax().toMillis()) * 500;
    latencies.recordValueWithExpectedInterval(
        Math.max(1, took.toNanos() / 1000), Math.max(1, expectedInterval));
  }

  private void think() {
    long min = profile.thinkMin().toMillis();
    long max = profile.thinkMax().toMillis();
    try {
      Thread.sleep(min + ThreadLocalRandom.current().nextLong(Math.max(1, max - min)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running.set(false);
    }
  }
}
