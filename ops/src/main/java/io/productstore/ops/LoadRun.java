package io.productstore.ops;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.HdrHistogram.Histogram;

/**
 * A named load against the running store for a bounded time, with a progress line every 5 s and, at
 * the end, a latency and error summary and an HTML report with its charts.
 *
 * <pre>LoadRun STORE_URL PROFILE SECONDS USERS|- REPORT_DIR</pre>
 */
public final class LoadRun {

  private static final Duration TICK = Duration.ofSeconds(5);

  /** One progress tick: when, requests per second, p50 and p99 in ms, errors so far. */
  record Tick(long second, double rate, double p50, double p99, long errors) {}

  private LoadRun() {}

  public static void main(String[] args) throws Exception {
    Http store = new Http(args[0]);
    Load.Profile profile = Load.Profile.named(args[1]);
    Duration duration = Duration.ofSeconds(Long.parseLong(args[2]));
    if (!"-".equals(args[3])) {
      profile = profile.withUsers(Integer.parseInt(args[3]));
    }
    String admin = store.login("swagger_admin", "admin123");
    Load load = new Load(store, profile, Setup.products(store, admin)).start();
    System.out.printf(
        "[load] %s: %d users for %d s against %s%n",
        profile.name(), profile.users(), duration.toSeconds(), args[0]);
    List<Tick> ticks = new ArrayList<>();
    Instant start = Instant.now();
    long before = 0;
    while (Duration.between(start, Instant.now()).compareTo(duration) < 0) {
      Thread.sleep(TICK.toMillis());
      Histogram interval = load.interval();
      long requests = load.requests();
      long errors = errors(load);
      Tick tick =
          new Tick(
              Duration.between(start, Instant.now()).toSeconds(),
              (requests - before) / (double) TICK.toSeconds(),
              interval.getValueAtPercentile(50) / 1000.0,
              interval.getValueAtPercentile(99) / 1000.0,
              errors);
      before = requests;
      ticks.add(tick);
      System.out.printf(
          Locale.ROOT,
          "[load] %4d s  %6.1f req/s  p50 %6.1f ms  p99 %7.1f ms  errors %d%n",
          tick.second(),
          tick.rate(),
          tick.p50(),
          tick.p99(),
          tick.errors());
    }
    load.stop();
    String summary = load.summary();
    System.out.println("[load] done: " + summary);
    Path dir = Path.of(args[4]);
    Files.createDirectories(dir);
    Path report =
        dir.resolve(
            "load-"
                + profile.name()
                + "-"
                + LocalDate.now()
                + "-"
                + Instant.now().getEpochSecond()
                + ".html");
    Files.writeString(report, html(profile, duration, summary, ticks), StandardCharsets.UTF_8);
    System.out.println("[load] report: " + report);
  }

  private static long errors(Load load) {
    return load.byStatus.entrySet().stream()
        .filter(e -> e.getKey().startsWith("5") || e.getKey().startsWith("no"))
        .mapToLong(e -> e.getValue().sum())
        .sum();
  }

  private static String html(
      Load.Profile profile, Duration duration, String summary, List<Tick> ticks) {
    return "<!doctype html><meta charset=utf-8><title>Load "
        + profile.name()
        + "</title>"
        + "<style>body{font-family:sans-serif;margin:2em}svg{border:1px solid #ccc;margin:0 1em 1em 0}</style>"
        + "<h1>Load: "
        + profile.name()
        + ", "
        + LocalDate.now()
        + "</h1><p>"
        + profile.users()
        + " users for "
        + duration.toSeconds()
        + " s. "
        + summary
        + "</p>"
        + chart("Requests per second", ticks.stream().map(Tick::rate).toList(), "#36c")
        + chart("p99 latency (ms)", ticks.stream().map(Tick::p99).toList(), "#c33")
        + chart("p50 latency (ms)", ticks.stream().map(Tick::p50).toList(), "#393")
        + "<p>Latencies are corrected for coordinated omission at the profile's mean think time "
        + "(HdrHistogram). Every request carried a W3C traceparent.</p>";
  }

  /** A line chart as inline SVG: no script, no server, a browser opens it as it is. */
  private static String chart(String title, List<Double> values, String color) {
    int width = 640;
    int height = 200;
    double max = Math.max(1e-9, values.stream().mapToDouble(Double::doubleValue).max().orElse(1));
    StringBuilder points = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      double x = 40 + (width - 50) * (values.size() == 1 ? 0 : i / (double) (values.size() - 1));
      double y = height - 20 - (height - 40) * values.get(i) / max;
      points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
    }
    return String.format(
        Locale.ROOT,
        "<svg width=%d height=%d><text x=40 y=14>%s (max %.1f)</text>"
            + "<line x1=40 y1=%d x2=%d y2=%d stroke=#999 /><polyline fill=none stroke='%s' stroke-width=2 "
            + "points='%s'/></svg>",
        width,
        height,
        title,
        max,
        height - 20,
        width - 10,
        height - 20,
        color,
        points);
  }
}
