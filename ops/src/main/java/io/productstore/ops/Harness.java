package io.productstore.ops;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reproduction harness: for each incident it runs the load, injects the faults, waits until
 * every expected alert FIRES in Prometheus within its deadline and Alertmanager has delivered the
 * notification, clears the faults, waits until the alerts RESOLVE and the resolved notification
 * arrives, and notes any alert that fired unexpectedly. It prints a table and writes a timeline
 * report (text and HTML).
 *
 * <pre>Harness STORE_URL PROMETHEUS_URL RECEIVER_URL REPORT_DIR INCIDENTS_DIR [NAME...]</pre>
 */
public final class Harness {

  private static final Duration POLL = Duration.ofSeconds(2);
  private static final Duration NOTIFY_GRACE = Duration.ofSeconds(60);
  private static final Duration WARM_UP = Duration.ofSeconds(30);

  /** What happened to one expected alert of an incident. */
  record Outcome(
      String incident,
      String alert,
      Long firedAfter,
      boolean notified,
      Long resolvedAfter,
      boolean resolvedNotified,
      Set<String> unexpected) {
    boolean passed() {
      return firedAfter != null
          && notified
          && resolvedAfter != null
          && resolvedNotified
          && unexpected.isEmpty();
    }
  }

  private final Http store;
  private final Observed observed;
  private final Timeline timeline = new Timeline();

  private String admin;

  private Harness(Http store, Observed observed) {
    this.store = store;
    this.observed = observed;
  }

  public static void main(String[] args) throws Exception {
    Harness harness =
        new Harness(new Http(args[0]), new Observed(new Http(args[1]), new Http(args[2])));
    Path reports = Path.of(args[3]);
    List<Incident> incidents = Incident.all(Path.of(args[4]));
    Set<String> wanted = new LinkedHashSet<>(List.of(args).subList(5, args.length));
    if (!wanted.isEmpty()) {
      incidents = incidents.stream().filter(i -> wanted.contains(i.name())).toList();
    }
    List<Outcome> outcomes = harness.run(incidents);
    String table = Timeline.table(outcomes);
    System.out.println(table);
    Files.createDirectories(reports);
    String stamp = LocalDate.now() + "-" + Instant.now().getEpochSecond();
    Path text = reports.resolve("harness-" + stamp + ".txt");
    Path html = reports.resolve("harness-" + stamp + ".html");
    Files.writeString(text, table + "\n" + harness.timeline.text(), StandardCharsets.UTF_8);
    Files.writeString(html, harness.timeline.html(table), StandardCharsets.UTF_8);
    long passed = outcomes.stream().filter(Outcome::passed).count();
    System.out.println("[harness] report: " + html + " (and " + text.getFileName() + ")");
    System.out.println("harness: " + passed + " passed, " + (outcomes.size() - passed) + " failed");
    System.exit(passed == outcomes.size() ? 0 : 1);
  }

  List<Outcome> run(List<Incident> incidents) throws IOException, InterruptedException {
    admin = store.login("swagger_admin", "admin123");
    List<String> products = Setup.products(store, admin);
    List<Outcome> outcomes = new ArrayList<>();
    Load load = null;
    try {
      for (Incident incident : incidents) {
        if (incident.isCausedByLoad()) {
          // The load is the incident (an attack): no background load, and it starts as the fault.
          if (load != null) {
            load.stop();
            timeline.note("load", load.profile().name() + ": " + load.summary());
            load = null;
          }
        } else if (load == null || !load.profile().equals(incident.loadProfile())) {
          load = restart(load, incident, products);
        }
        Disruption disruption =
            new Disruption(store, incident, products, note -> timeline.note(incident.name(), note));
        try {
          outcomes.addAll(reproduce(incident, disruption));
        } finally {
          disruption.end(admin);
        }
      }
    } finally {
      if (load != null) {
        load.stop();
        timeline.note("load", load.profile().name() + ": " + load.summary());
      }
    }
    return outcomes;
  }

  /** A load of the incident's profile, warmed up (its users registered) before any fault. */
  private Load restart(Load running, Incident incident, List<String> products)
      throws InterruptedException {
    if (running != null) {
      running.stop();
      timeline.note("load", running.profile().name() + ": " + running.summary());
    }
    Load load = new Load(store, incident.loadProfile(), products).start();
    timeline.note(
        "load",
        "started "
            + incident.load()
            + " ("
            + load.profile().users()
            + " users); warming up for "
            + WARM_UP.toSeconds()
            + " s");
    Thread.sleep(WARM_UP.toMillis());
    return load;
  }

  private List<Outcome> reproduce(Incident incident, Disruption disruption)
      throws InterruptedException {
    admin = store.login("swagger_admin", "admin123"); // a fresh token: a full run outlasts one
    if (incident.expectedAlerts().isEmpty()) {
      return List.of(quiet(incident));
    }
    Set<String> allowed = new LinkedHashSet<>(incident.mayFire());
    incident.expectedAlerts().forEach(a -> allowed.add(a.get("alertname")));
    awaitQuiet(incident, allowed);
    Instant start = Instant.now();
    timeline.note(incident.name(), "start: " + incident.title());
    disruption.begin(admin, incident.fireWithinSeconds() + 120);
    Map<Map<String, String>, Long> fired = new LinkedHashMap<>();
    Set<String> unexpected = new LinkedHashSet<>();
    Instant fireBy = start.plusSeconds(incident.fireWithinSeconds());
    while (fired.size() < incident.expectedAlerts().size() && Instant.now().isBefore(fireBy)) {
      List<Observed.Alert> firing = observed.firing();
      for (Map<String, String> expected : incident.expectedAlerts()) {
        if (!fired.containsKey(expected) && firing.stream().anyMatch(a -> a.matches(expected))) {
          fired.put(expected, seconds(start));
          timeline.note(incident.name(), "FIRING " + expected + " after " + seconds(start) + " s");
        }
      }
      firing.stream()
          .map(Observed.Alert::name)
          .filter(n -> !allowed.contains(n))
          .forEach(unexpected::add);
      Thread.sleep(POLL.toMillis());
    }
    Set<String> notifiedFiring = awaitNotified(incident, "firing", fired.keySet());
    disruption.end(admin);
    Instant cleared = Instant.now();
    timeline.note(incident.name(), "faults cleared after " + seconds(start) + " s");
    Map<Map<String, String>, Long> resolved = new LinkedHashMap<>();
    Instant resolveBy = cleared.plusSeconds(incident.resolveWithinSeconds());
    while (resolved.size() < fired.size() && Instant.now().isBefore(resolveBy)) {
      List<Observed.Alert> alerts = observed.alerts();
      for (Map<String, String> expected : fired.keySet()) {
        if (!resolved.containsKey(expected)
            && alerts.stream().noneMatch(a -> a.matches(expected))) {
          resolved.put(expected, seconds(cleared));
          timeline.note(
              incident.name(),
              "RESOLVED " + expected + " " + seconds(cleared) + " s after clearing");
        }
      }
      alerts.stream()
          .filter(a -> "firing".equals(a.state()))
          .map(Observed.Alert::name)
          .filter(n -> !allowed.contains(n))
          .forEach(unexpected::add);
      Thread.sleep(POLL.toMillis());
    }
    Set<String> notifiedResolved = awaitNotified(incident, "resolved", resolved.keySet());
    if (!unexpected.isEmpty()) {
      timeline.note(incident.name(), "UNEXPECTED alerts fired: " + unexpected);
    }
    return incident.expectedAlerts().stream()
        .map(
            expected ->
                new Outcome(
                    incident.name(),
                    describe(expected),
                    fired.get(expected),
                    notifiedFiring.contains(expected.get("alertname")),
                    resolved.get(expected),
                    notifiedResolved.contains(expected.get("alertname")),
                    unexpected))
        .toList();
  }

  /** An incident without faults: for its whole duration no alert may fire. */
  private Outcome quiet(Incident incident) throws InterruptedException {
    awaitQuiet(incident, Set.of());
    Instant start = Instant.now();
    timeline.note(
        incident.name(),
        "start: " + incident.title() + " (" + incident.fireWithinSeconds() + " s)");
    Set<String> fired = new LinkedHashSet<>();
    while (seconds(start) < incident.fireWithinSeconds()) {
      observed.firing().forEach(alert -> fired.add(alert.name()));
      Thread.sleep(POLL.toMillis());
    }
    timeline.note(
        incident.name(),
        fired.isEmpty() ? "no alert fired in " + seconds(start) + " s" : "alerts fired: " + fired);
    return new Outcome(incident.name(), "(none expected)", 0L, true, 0L, true, fired);
  }

  /** Waits (bounded) until no alert but the incident's own is pending or firing: a clean start. */
  private void awaitQuiet(Incident incident, Set<String> allowed) throws InterruptedException {
    Instant giveUp = Instant.now().plusSeconds(180);
    List<Observed.Alert> active = observed.alerts();
    while (!active.isEmpty() && Instant.now().isBefore(giveUp)) {
      Thread.sleep(POLL.toMillis());
      active = observed.alerts();
    }
    if (!active.isEmpty()) {
      timeline.note(
          incident.name(),
          "still active before the start: " + active.stream().map(Observed.Alert::name).toList());
    }
  }

  private Set<String> awaitNotified(
      Incident incident, String status, Set<Map<String, String>> alerts)
      throws InterruptedException {
    Set<String> names = new LinkedHashSet<>();
    alerts.forEach(a -> names.add(a.get("alertname")));
    Instant giveUp = Instant.now().plus(NOTIFY_GRACE);
    Set<String> notified = observed.notified(status);
    while (!notified.containsAll(names) && Instant.now().isBefore(giveUp)) {
      Thread.sleep(POLL.toMillis());
      notified = observed.notified(status);
    }
    timeline.note(
        incident.name(),
        "notified (" + status + "): " + names.stream().filter(notified::contains).toList());
    return notified;
  }

  private static String describe(Map<String, String> expected) {
    Map<String, String> rest = new LinkedHashMap<>(expected);
    String name = rest.remove("alertname");
    return rest.isEmpty() ? name : name + rest;
  }

  private static long seconds(Instant since) {
    return Duration.between(since, Instant.now()).toSeconds();
  }
}
