package io.productstore.ops;

import com.datastax.oss.driver.api.core.ConsistencyLevel;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.HdrHistogram.Histogram;

/**
 * The failure drills of the cluster shape (issue 14, docs/deployment.md). Each breaks a part of the
 * cluster that {@code ./store cluster} runs and supervises (a killed server is started again, as a
 * Deployment would), under the steady load, then mends it and reads back what the load was told:
 * every acknowledged order still listed, none twice, every order's lifecycle complete. A drill
 * passes on the data it reads back, never on logs.
 *
 * <p>Usage: {@code Drills EDGE_URL ROOT REPORT_DIR [NAME...]}, NAME one of {@link #NAMES}.
 */
public final class Drills {

  static final List<String> NAMES =
      List.of(
          "pollers-share-work",
          "cassandra-node-killed",
          "instances-killed",
          "orders-killed-mid-lifecycle",
          "product-stopped",
          "cassandra-node-slow",
          "cassandra-node-frozen",
          "everything-restarted");

  private static final int PRODUCT = 9081;
  private static final int[] CARTS = {9082, 9092};
  private static final int[] ORDERS = {9083, 9093};
  private static final int USER = 9084;
  private static final String DELIVERED = "order_transitions_total\\{[^}]*status=\"DELIVERED\"";
  private static final Duration SETTLE = Duration.ofSeconds(240);

  /** One drill's line of the table. */
  record Outcome(
      String drill,
      boolean passed,
      long requests,
      String statuses,
      int acknowledged,
      int lost,
      int duplicated,
      String figures) {

    /** The row's cells in the order of the table's columns. */
    List<String> cells() {
      return List.of(
          drill,
          passed ? "passed" : "FAILED",
          String.valueOf(requests),
          statuses,
          String.valueOf(acknowledged),
          String.valueOf(lost),
          String.valueOf(duplicated),
          figures);
    }
  }

  private final Http edge;
  private final Path root;
  private final String admin;
  private final List<String> products;
  private final Map<Integer, Http> servers = new java.util.concurrent.ConcurrentHashMap<>();

  private Drills(Http edge, Path root) {
    this.edge = edge;
    this.root = root;
    this.admin = edge.login("swagger_admin", "admin123");
    this.products = Setup.products(edge, admin);
  }

  public static void main(String[] args) throws Exception {
    Path reports = Path.of(args[2]);
    List<String> names = args.length > 3 ? List.of(args).subList(3, args.length) : NAMES;
    Drills drills = new Drills(new Http(args[0]), Path.of(args[1]));
    List<Outcome> outcomes = new ArrayList<>();
    for (String name : names) {
      say("=== %s", name);
      Outcome outcome;
      try {
        outcome = drills.run(name);
      } catch (RuntimeException | IOException e) {
        // A drill whose step failed (a node that did not come back) fails; the others still run.
        outcome = new Outcome(name, false, 0, "", 0, 0, 0, "could not run: " + e.getMessage());
      }
      say("%s: %s; %s", name, outcome.passed() ? "PASSED" : "FAILED", outcome.figures());
      outcomes.add(outcome);
    }
    Path table = write(outcomes, reports);
    say("table: %s (and .html)", table);
    System.exit(outcomes.stream().allMatch(Outcome::passed) ? 0 : 1);
  }

  private Outcome run(String name) throws Exception {
    return switch (name) {
      case "pollers-share-work" -> pollersShareWork();
      case "cassandra-node-killed" -> cassandraNodeKilled();
      case "instances-killed" -> instancesKilled();
      case "orders-killed-mid-lifecycle" -> ordersKilledMidLifecycle();
      case "product-stopped" -> productStopped();
      case "cassandra-node-slow" -> cassandraNodeSlow();
      case "cassandra-node-frozen" -> cassandraNodeFrozen();
      case "everything-restarted" -> everythingRestarted();
      default -> throw new IllegalArgumentException("No drill " + name + "; one of " + NAMES);
    };
  }

  // --- the drills ------------------------------------------------------------------------------

  /**
   * Two order servers poll the same schedule: every order's DELIVERED step is counted once over
   * both (none taken twice, none skipped), and both took a share (the work is not one's alone).
   */
  private Outcome pollersShareWork() {
    awaitNoLifecycleSteps();
    double[] before = {metric(ORDERS[0], DELIVERED), metric(ORDERS[1], DELIVERED)};
    Load load = startLoad();
    pause(Duration.ofSeconds(30));
    Ledger.Audit audit = finish(load);
    double first = metric(ORDERS[0], DELIVERED) - before[0];
    double second = metric(ORDERS[1], DELIVERED) - before[1];
    long delivered = audit.withStatus("DELIVERED");
    return outcome(
        "pollers-share-work",
        load,
        audit,
        delivered == audit.orders().size() && first + second == delivered,
        "orders delivered %d of %d; DELIVERED steps taken by the two order servers %.0f + %.0f",
        delivered,
        audit.orders().size(),
        first,
        second);
  }

  /**
   * Until neither order server has taken a lifecycle step for 40 s (longer than any step's delay in
   * the drills' cluster; at most five minutes): the orders of an earlier run still on their way
   * would otherwise be counted as this drill's.
   */
  private void awaitNoLifecycleSteps() {
    String steps = "order_transitions_total";
    Instant until = Instant.now().plusSeconds(300);
    double last = -1;
    Instant still = Instant.now();
    while (Instant.now().isBefore(until)) {
      double now = metric(ORDERS[0], steps) + metric(ORDERS[1], steps);
      if (now != last) {
        last = now;
        still = Instant.now();
      } else if (Duration.between(still, Instant.now()).toSeconds() >= 40) {
        return;
      }
      pause(Duration.ofSeconds(5));
    }
    say("order lifecycles still moving after 300 s: the steps counted include others'");
  }

  /**
   * kill -9 a Cassandra node: every write acknowledged, reads and checkouts go on; it catches up.
   */
  private Outcome cassandraNodeKilled() throws Exception {
    Load load = startLoad();
    Instant from = Instant.now();
    sh("infra/bin/cassandra.sh", "kill", "node2");
    pause(Duration.ofSeconds(60));
    Map<String, Long> during = statuses(load);
    sh("infra/bin/cassandra.sh", "start", "node2");
    sh("infra/bin/cassandra.sh", "repair", "node2");
    Ledger.Audit audit = finish(load);
    int disagreeing = readAtAll(audit);
    long errors = serverErrors(during);
    return outcome(
        "cassandra-node-killed",
        load,
        audit,
        errors == 0 && disagreeing == 0,
        "5xx while down %d; orders read at ALL on three nodes %d, disagreeing %d; %s",
        errors,
        audit.orders().size(),
        disagreeing,
        since(from));
  }

  /** kill -9 one cart and one order instance: nginx routes around them, survivors finish. */
  private Outcome instancesKilled() throws Exception {
    Load load = startLoad();
    kill(CARTS[1]);
    kill(ORDERS[1]);
    pause(Duration.ofSeconds(30));
    waitReady(CARTS[1]);
    waitReady(ORDERS[1]);
    Ledger.Audit audit = finish(load);
    long pending = audit.withStatus("PENDING");
    long errors = serverErrors(statuses(load));
    // A request in flight on a killed server dies with it (a POST is never retried by nginx):
    // at most one per simulated user may fail, nothing else.
    return outcome(
        "instances-killed",
        load,
        audit,
        pending == 0 && errors <= load.profile().users(),
        "5xx %d (in flight on the killed servers, at most %d); orders left PENDING %d",
        errors,
        load.profile().users(),
        pending);
  }

  /** kill -9 both order servers while orders are in their lifecycle: every one completes. */
  private Outcome ordersKilledMidLifecycle() throws Exception {
    Load load = startLoad();
    kill(ORDERS[0]);
    kill(ORDERS[1]);
    waitReady(ORDERS[0]);
    waitReady(ORDERS[1]);
    pause(Duration.ofSeconds(20));
    Ledger.Audit audit = finish(load);
    long delivered = audit.withStatus("DELIVERED");
    long irregular = audit.irregularHistories();
    return outcome(
        "orders-killed-mid-lifecycle",
        load,
        audit,
        delivered == audit.orders().size() && irregular == 0,
        "delivered %d of %d within %d s of the load's end; histories skipping a step %d",
        delivered,
        audit.orders().size(),
        SETTLE.toSeconds(),
        irregular);
  }

  /** The catalog gone: checkout answers 503 fast, carts still read, breakers open and close. */
  private Outcome productStopped() throws Exception {
    Load load = startLoad();
    List<String> shoppers = shoppersWithCarts(4);
    Ledger theirs = new Ledger();
    double opened = breakerOpenings();
    kill(PRODUCT);
    Histogram checkouts = new Histogram(3);
    int refused = 0;
    int cartsRead = 0;
    int tries = 0;
    Instant until = Instant.now().plusSeconds(20);
    while (Instant.now().isBefore(until)) {
      for (String token : shoppers) {
        Http.Answer checkout = edge.send("POST", "/cart-api/cart/checkout", token, null);
        theirs.checkout(token, checkout);
        checkouts.recordValue(Math.max(1, checkout.took().toMillis()));
        refused += checkout.status() == 503 ? 1 : 0;
        cartsRead += edge.get("/cart-api/cart", token).status() == 200 ? 1 : 0;
        tries++;
      }
    }
    double openedDuring = breakerOpenings() - opened;
    waitReady(PRODUCT);
    // Once the catalog is back the breakers close (after their 5 s delay and a trial call): each
    // shopper tries again every second, as a client would, until its checkout goes through.
    Instant back = Instant.now();
    int bought = 0;
    for (String token : shoppers) {
      while (Duration.between(back, Instant.now()).toSeconds() < 60) {
        Http.Answer checkout = edge.send("POST", "/cart-api/cart/checkout", token, null);
        theirs.checkout(token, checkout);
        if (checkout.status() == 200) {
          break;
        }
        pause(Duration.ofSeconds(1));
      }
      bought += edge.get("/cart-api/cart", token).body().contains("\"product_id\"") ? 0 : 1;
    }
    String closedAfter = since(back);
    Ledger.Audit audit = finish(load);
    // Each shopper clicked checkout again and again while it failed: one cart, one order.
    Ledger.Audit theirOrders = theirs.audit(edge);
    long p99 = checkouts.getValueAtPercentile(99);
    return outcome(
        "product-stopped",
        load,
        audit,
        refused == tries
            && p99 < 1000
            && cartsRead == tries
            && openedDuring > 0
            && bought == shoppers.size()
            && theirOrders.intact()
            && theirOrders.orders().size() == shoppers.size(),
        "checkouts while down %d: 503 %d, p99 %d ms; carts read %d; breakers opened %.0f;"
            + " after its return %d of %d checkouts went through within %s; the %d shoppers'"
            + " orders %d",
        tries,
        refused,
        p99,
        cartsRead,
        openedDuring,
        bought,
        shoppers.size(),
        closedAfter,
        shoppers.size(),
        theirOrders.orders().size());
  }

  /**
   * A slow Cassandra node (stopped 250 ms of every 500 ms for 30 s): no errors, p99 under a second,
   * because the other two replicas make every quorum and idempotent statements are also sent to
   * another coordinator after the speculative delay.
   */
  private Outcome cassandraNodeSlow() throws Exception {
    Disrupted slow = underLoad(() -> sh("infra/bin/cassandra.sh", "slow", "node3", "30"), () -> {});
    return outcome(
        "cassandra-node-slow",
        slow.load(),
        slow.audit(),
        slow.errors() == 0 && slow.p99() < 1000,
        "5xx %d; p99 while slow %d ms (bound 1000 ms)",
        slow.errors(),
        slow.p99());
  }

  /**
   * A Cassandra node that stops answering (SIGSTOP) for 30 s with its sockets open: the driver is
   * to take it out of its query plans once a heartbeat goes unanswered (2 s of silence, then 2 s
   * for the heartbeat; by design, not observed here); a conditional statement it was coordinating
   * then times out (2 s) and is answered 503 (its outcome unknown, so not sent again): at most one
   * per shopper, nothing lost. A checkout in those first seconds may meet a timeout in each service
   * it crosses, and the gateways retry one another's 503s, so its wait is bounded by their timeouts
   * (the order gateway's 8 s, plus a statement's 2 s), not by one.
   */
  private Outcome cassandraNodeFrozen() throws Exception {
    Disrupted frozen =
        underLoad(
            () -> {
              sh("infra/bin/cassandra.sh", "freeze", "node3");
              pause(Duration.ofSeconds(30));
            },
            () -> sh("infra/bin/cassandra.sh", "thaw", "node3"));
    int users = frozen.load().profile().users();
    return outcome(
        "cassandra-node-frozen",
        frozen.load(),
        frozen.audit(),
        frozen.errors() <= users && frozen.p99() < 10_000,
        "5xx %d (in flight on the frozen node, at most %d); p99 while frozen %d ms (bound 10 s)",
        frozen.errors(),
        users,
        frozen.p99());
  }

  /** A step of a drill that may fail (a command that exits non-zero). */
  private interface Step {
    void run() throws Exception;
  }

  /** What the load saw while a part was broken (its p99 then), and what it left once mended. */
  private record Disrupted(Load load, long p99, long errors, Ledger.Audit audit) {}

  private Disrupted underLoad(Step breakIt, Step mendIt) throws Exception {
    Load load = startLoad();
    load.interval();
    breakIt.run();
    long p99 = load.interval().getValueAtPercentile(99) / 1000;
    mendIt.run();
    Ledger.Audit audit = finish(load);
    return new Disrupted(load, p99, serverErrors(statuses(load)), audit);
  }

  /** Every server and every Cassandra node stopped and started: everything still there. */
  private Outcome everythingRestarted() throws Exception {
    Load load = startLoad();
    pause(Duration.ofSeconds(20));
    Ledger.Audit before = finish(load);
    Map<String, Long> counted = steadyTotals();
    for (int port : allPorts()) {
      stop(port);
    }
    sh("infra/bin/cassandra.sh", "stop", "cluster");
    sh("infra/bin/cassandra.sh", "start", "cluster");
    for (int port : allPorts()) {
      waitReady(port);
    }
    Ledger.Audit after = load.ledger.audit(edge);
    Map<String, Long> recounted = totals();
    return new Outcome(
        "everything-restarted",
        after.intact()
            && after.orders().size() == before.orders().size()
            && recounted.equals(counted),
        load.requests(),
        statuses(load).toString(),
        after.acknowledged(),
        after.lost(),
        after.duplicated(),
        String.format(
            Locale.ROOT,
            "before %s, after %s; the load's orders %d before, %d after",
            counted,
            recounted,
            before.orders().size(),
            after.orders().size()));
  }

  // --- the load and the read-back --------------------------------------------------------------

  private Load startLoad() {
    Load load = new Load(edge, Load.Profile.named("steady"), products).start();
    while (load.shopping.get() < load.profile().users()) {
      pause(Duration.ofSeconds(1));
    }
    pause(Duration.ofSeconds(15));
    return load;
  }

  /** Stops the load, lets the lifecycle and recovery settle, reads every user's orders back. */
  private Ledger.Audit finish(Load load) {
    load.stop();
    Instant until = Instant.now().plus(SETTLE);
    Ledger.Audit audit = load.ledger.audit(edge);
    while (Instant.now().isBefore(until)
        && audit.withStatus("DELIVERED") + audit.withStatus("CANCELLED") < audit.orders().size()) {
      pause(Duration.ofSeconds(5));
      audit = load.ledger.audit(edge);
    }
    return audit;
  }

  /** Reads every order at ALL (all three replicas answer alike); the count that do not. */
  private int readAtAll(Ledger.Audit audit) {
    try (CqlSession session =
        CqlSession.builder()
            .addContactPoint(new InetSocketAddress("127.0.0.2", 9042))
            .withLocalDatacenter("datacenter1")
            .withKeyspace("store_orders")
            .build()) {
      PreparedStatement read =
          session.prepare("SELECT status FROM orders_by_id WHERE order_id = ?");
      int disagreeing = 0;
      for (JsonObject order : audit.orders()) {
        var row =
            session
                .execute(
                    read.bind(UUID.fromString(order.getString("id")))
                        .setConsistencyLevel(ConsistencyLevel.ALL))
                .one();
        if (row == null || !order.getString("status").equals(row.getString("status"))) {
          disagreeing++;
        }
      }
      return disagreeing;
    }
  }

  /**
   * Four users, each with a cart holding a load product, to check out while the catalog is away.
   */
  private List<String> shoppersWithCarts(int count) {
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String username = "drill_" + i + "_" + Long.toString(System.nanoTime(), 36);
      edge.send(
          "POST",
          "/user-api/users/register",
          null,
          Json.createObjectBuilder()
              .add("username", username)
              .add("password", "drill-" + username)
              .add("full_name", "Drill " + i)
              .build());
      String token = edge.login(username, "drill-" + username);
      edge.send(
          "POST",
          "/cart-api/cart/items",
          token,
          Json.createObjectBuilder().add("product_id", products.get(i)).add("quantity", 1).build());
      tokens.add(token);
    }
    return tokens;
  }

  /**
   * The totals once two readings 15 s apart agree (at most two minutes): checkouts that earlier
   * drills left unfinished are still being finished by the recovery, which is not a restart's
   * doing.
   */
  private Map<String, Long> steadyTotals() {
    Instant until = Instant.now().plusSeconds(120);
    Map<String, Long> last = totals();
    while (Instant.now().isBefore(until)) {
      pause(Duration.ofSeconds(15));
      Map<String, Long> now = totals();
      if (now.equals(last)) {
        return now;
      }
      say("totals still changing: %s, then %s", last, now);
      last = now;
    }
    return last;
  }

  /** The store's totals an admin reads: products, users, orders, carts. */
  private Map<String, Long> totals() {
    Map<String, Long> totals = new LinkedHashMap<>();
    totals.put("products", total("/api/products/?limit=1"));
    totals.put("users", total("/user-api/users?limit=1"));
    totals.put("orders", total("/order-api/orders/?limit=1"));
    totals.put("carts", total("/cart-api/carts/?limit=1"));
    return totals;
  }

  /** A listing's total (its page's "total", or the length of a plain list); -status if refused. */
  private long total(String path) {
    // A fresh login: the drills outlast an access token's 30 minutes.
    Http.Answer answer = edge.get(path, edge.login("swagger_admin", "admin123"));
    if (answer.status() != 200) {
      return -answer.status();
    }
    return answer.json() instanceof JsonObject page
        ? page.getJsonNumber("total").longValue()
        : answer.json().asJsonArray().size();
  }

  private static Map<String, Long> statuses(Load load) {
    Map<String, Long> statuses = new java.util.TreeMap<>();
    load.byStatus.forEach((status, count) -> statuses.put(status, count.sum()));
    return statuses;
  }

  private static long serverErrors(Map<String, Long> statuses) {
    return statuses.getOrDefault("5xx", 0L) + statuses.getOrDefault("no answer", 0L);
  }

  private Outcome outcome(
      String drill, Load load, Ledger.Audit audit, boolean passed, String figures, Object... args) {
    load.serverErrors.forEach(error -> say("5xx at %s", error));
    return new Outcome(
        drill,
        passed && audit.intact(),
        load.requests(),
        statuses(load).toString(),
        audit.acknowledged(),
        audit.lost(),
        audit.duplicated(),
        String.format(Locale.ROOT, figures, args));
  }

  // --- the cluster's parts -------------------------------------------------------------------

  private static int[] allPorts() {
    return new int[] {PRODUCT, ORDERS[0], ORDERS[1], CARTS[0], CARTS[1], USER};
  }

  /** kill -9 the server on the port (its pid is in the file ./store cluster keeps). */
  private void kill(int port) throws IOException {
    signal(port, true);
  }

  private void stop(int port) throws IOException {
    signal(port, false);
  }

  private void signal(int port, boolean forcibly) throws IOException {
    long pid = Long.parseLong(Files.readString(pidFile(port)).strip());
    ProcessHandle server = ProcessHandle.of(pid).orElseThrow();
    say("%s the server on %d (pid %d)", forcibly ? "kill -9" : "stopping", port, pid);
    if (forcibly) {
      server.destroyForcibly();
    } else {
      server.destroy();
    }
    server.onExit().join();
  }

  private Path pidFile(int port) {
    return root.resolve("work/dev/cluster/" + port + "/pid");
  }

  /** Until the server on the port (started again by ./store cluster) is ready. */
  private void waitReady(int port) {
    Http server = server(port);
    Instant from = Instant.now();
    Instant until = from.plusSeconds(400);
    while (Instant.now().isBefore(until)) {
      if (server.get("/health/ready", null).status() == 200) {
        say("the server on %d is ready after %s", port, since(from));
        return;
      }
      pause(Duration.ofSeconds(2));
    }
    throw new IllegalStateException("the server on " + port + " was not ready in 400 s");
  }

  /** Circuit breakers opened so far by the servers that call the catalog (cart and order). */
  private double breakerOpenings() {
    double sum = 0;
    for (int port : new int[] {CARTS[0], CARTS[1], ORDERS[0], ORDERS[1]}) {
      sum += metric(port, "ft_circuitbreaker_opened_total");
    }
    return sum;
  }

  private double metric(int port, String series) {
    return server(port).metric(series);
  }

  /** One client per server for the whole run, not one per poll. */
  private Http server(int port) {
    return servers.computeIfAbsent(port, p -> new Http("http://127.0.0.1:" + p));
  }

  private void sh(String... command) throws IOException, InterruptedException {
    say("$ %s", String.join(" ", command));
    int exit = new ProcessBuilder(command).directory(root.toFile()).inheritIO().start().waitFor();
    if (exit != 0) {
      throw new IllegalStateException(String.join(" ", command) + " exited " + exit);
    }
  }

  // --- the table -------------------------------------------------------------------------------

  private static Path write(List<Outcome> outcomes, Path reports) throws IOException {
    Files.createDirectories(reports);
    StringBuilder md =
        new StringBuilder(
            "| drill | result | requests | statuses | acknowledged orders | lost | duplicated |"
                + " figures |\n|---|---|---|---|---|---|---|---|\n");
    StringBuilder html =
        new StringBuilder(
            "<!doctype html><meta charset=utf-8><title>Failure drills</title><style>body{font:14px"
                + " sans-serif}td,th{border:1px solid #ccc;padding:4px}.p{background:#cfc}"
                + ".f{background:#fcc}</style><h1>Failure drills "
                + Instant.now()
                + "</h1><table><tr><th>drill<th>result<th>requests<th>statuses<th>acknowledged"
                + "<th>lost<th>duplicated<th>figures");
    for (Outcome o : outcomes) {
      md.append("| ").append(String.join(" | ", o.cells())).append(" |\n");
      html.append("<tr class=").append(o.passed() ? "p" : "f").append('>');
      o.cells()
          .forEach(
              cell -> html.append("<td>").append(cell.replace("&", "&amp;").replace("<", "&lt;")));
    }
    String stamp = Instant.now().toString().replace(':', '-').substring(0, 16);
    Path table = reports.resolve("drills-" + stamp + ".md");
    Files.writeString(table, md);
    Files.writeString(reports.resolve("drills-" + stamp + ".html"), html + "</table>");
    System.out.print(md);
    return table;
  }

  private static String since(Instant from) {
    return Duration.between(from, Instant.now()).toSeconds() + " s";
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** A line of progress, with its time of day (to set beside the load's server errors). */
  private static void say(String format, Object... args) {
    System.out.printf(
        Locale.ROOT,
        "[drills] %s %s%n",
        LocalTime.now().withNano(0),
        String.format(Locale.ROOT, format, args));
  }
}
