package io.productstore.ops;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Game day: a hidden incident under load. {@code start} picks one (named or at random), starts the
 * load, injects its faults and says only that something is wrong; {@code hint} gives the next step
 * of its runbook; {@code reveal} says what it was, when it started and which alerts fired, and ends
 * it.
 *
 * <pre>GameDay start|hint|reveal STORE_URL PROMETHEUS_URL STATE_FILE INCIDENTS_DIR [NAME|random]
 * </pre>
 */
public final class GameDay {

  private static final Duration LENGTH = Duration.ofMinutes(30);

  private GameDay() {}

  public static void main(String[] args) throws Exception {
    Http store = new Http(args[1]);
    Http prometheus = new Http(args[2]);
    Path state = Path.of(args[3]);
    List<Incident> incidents = Incident.all(Path.of(args[4]));
    switch (args[0]) {
      case "start" -> start(store, state, incidents, args.length > 5 ? args[5] : "random");
      case "hint" -> hint(state, incidents);
      case "reveal" -> reveal(store, prometheus, state, incidents);
      default -> throw new IllegalArgumentException("start, hint or reveal");
    }
  }

  /** Runs until the game is revealed (the state file is gone) or 30 minutes have passed. */
  private static void start(Http store, Path state, List<Incident> incidents, String name)
      throws Exception {
    List<Incident> real = incidents.stream().filter(i -> !i.expectedAlerts().isEmpty()).toList();
    Incident incident =
        "random".equals(name)
            ? real.get(ThreadLocalRandom.current().nextInt(real.size()))
            : incidents.stream()
                .filter(i -> i.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No incident " + name));
    String admin = store.login("swagger_admin", "admin123");
    List<String> products = Setup.products(store, admin);
    // An attack is the incident itself: the shoppers around it are the steady load.
    Load.Profile background =
        incident.isCausedByLoad() ? Load.Profile.named("steady") : incident.loadProfile();
    Load load = new Load(store, background, products).start();
    Thread.sleep(20_000); // a quiet baseline first, so the dashboards show a before and an after
    Disruption disruption = new Disruption(store, incident, products, note -> {});
    disruption.begin(admin, (int) LENGTH.toSeconds());
    Instant started = Instant.now();
    Files.createDirectories(state.toAbsolutePath().getParent());
    Files.writeString(
        state,
        Json.createObjectBuilder()
            .add("incident", incident.name())
            .add("started_at", started.toString())
            .add("hints_given", 0)
            .build()
            .toString(),
        StandardCharsets.UTF_8);
    System.out.println(
        "[gameday] Something is wrong with the store. Dashboards, Prometheus and the logs"
            + " are yours. ./store incident hint for a nudge, ./store incident reveal to end it.");
    Instant end = started.plus(LENGTH);
    while (Files.exists(state) && Instant.now().isBefore(end)) {
      Thread.sleep(2000);
    }
    disruption.end(store.login("swagger_admin", "admin123")); // the first token has expired
    load.stop();
  }

  private static void hint(Path state, List<Incident> incidents) throws Exception {
    JsonObject game = read(state);
    Incident incident = find(incidents, game.getString("incident"));
    int given = game.getInt("hints_given");
    if (given >= incident.hints().size()) {
      System.out.println("[gameday] No more hints: ./store incident reveal");
      return;
    }
    System.out.println(
        "[gameday] Hint "
            + (given + 1)
            + "/"
            + incident.hints().size()
            + ": "
            + incident.hints().get(given));
    Files.writeString(
        state,
        Json.createObjectBuilder(game).add("hints_given", given + 1).build().toString(),
        StandardCharsets.UTF_8);
  }

  private static void reveal(Http store, Http prometheus, Path state, List<Incident> incidents)
      throws Exception {
    JsonObject game = read(state);
    Incident incident = find(incidents, game.getString("incident"));
    Instant started = Instant.parse(game.getString("started_at"));
    long seconds = Math.max(60, Duration.between(started, Instant.now()).toSeconds());
    String query =
        java.net.URLEncoder.encode(
            "max_over_time(ALERTS{alertstate=\"firing\"}[" + seconds + "s])",
            StandardCharsets.UTF_8);
    List<String> fired =
        prometheus
            .get("/api/v1/query?query=" + query, null)
            .json()
            .asJsonObject()
            .getJsonObject("data")
            .getJsonArray("result")
            .getValuesAs(JsonObject.class)
            .stream()
            .map(r -> r.getJsonObject("metric").getString("alertname"))
            .distinct()
            .sorted()
            .toList();
    Files.deleteIfExists(state); // ends the running game: its load stops and its faults are cleared
    System.out.println(
        "[gameday] It was: "
            + incident.name()
            + " — "
            + incident.title()
            + " ("
            + incident.kind()
            + ")");
    System.out.println(
        "[gameday] Started at "
            + started
            + ", "
            + seconds / 60
            + " min "
            + seconds % 60
            + " s ago.");
    System.out.println(
        "[gameday] Alerts that fired: "
            + (fired.isEmpty() ? "none (yet)" : String.join(", ", fired)));
    System.out.println(
        "[gameday] Expected: " + incident.alertNames() + ". Runbook: " + incident.runbook());
  }

  private static JsonObject read(Path state) throws Exception {
    if (!Files.exists(state)) {
      throw new IllegalStateException("No game running: ./store incident start [NAME|random]");
    }
    return Json.createReader(new StringReader(Files.readString(state))).readObject();
  }

  private static Incident find(List<Incident> incidents, String name) {
    return incidents.stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
  }
}
