package io.productstore.ops;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One incident of infra/incidents/NAME.json: the faults that cause it (each injected through a
 * service's fault API, or a command such as stopping Cassandra, with the command that undoes it;
 * "{profile}" in a command is the store's profile; or the stock the load's products are set to, -1
 * for unchanged), the load profile it needs, the alerts that must fire within a deadline and
 * resolve within another, the ones that may fire along as consequences, and its runbook and hints.
 */
record Incident(
    String name,
    String title,
    String kind,
    String load,
    List<Injection> faults,
    List<String> injectCommand,
    List<String> clearCommand,
    int stock,
    List<Map<String, String>> expectedAlerts,
    List<String> mayFire,
    int fireWithinSeconds,
    int resolveWithinSeconds,
    String runbook,
    List<String> hints) {

  /** One fault: the service's prefix (api, cart-api, ...) and the body of its fault API. */
  record Injection(String prefix, JsonObject fault) {}

  static Incident read(Path file) {
    try (JsonReader reader = Json.createReader(Files.newBufferedReader(file))) {
      JsonObject json = reader.readObject();
      return new Incident(
          json.getString("name"),
          json.getString("title"),
          json.getString("kind"),
          json.getString("load", "steady"),
          json.getJsonArray("faults").getValuesAs(JsonObject.class).stream()
              .map(f -> new Injection(f.getString("prefix"), f.getJsonObject("fault")))
              .toList(),
          command(json, "inject"),
          command(json, "clear"),
          json.getInt("stock", -1),
          json.getJsonArray("expected_alerts").getValuesAs(JsonObject.class).stream()
              .map(Incident::labels)
              .toList(),
          json.containsKey("may_fire")
              ? json.getJsonArray("may_fire").getValuesAs(jakarta.json.JsonString.class).stream()
                  .map(jakarta.json.JsonString::getString)
                  .toList()
              : List.of(),
          json.getInt("fire_within_seconds"),
          json.getInt("resolve_within_seconds"),
          json.getString("runbook"),
          json.getJsonArray("hints").getValuesAs(jakarta.json.JsonString.class).stream()
              .map(jakarta.json.JsonString::getString)
              .toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A command of the incident ("commands": {"inject": [...], "clear": [...]}), or none. */
  private static List<String> command(JsonObject json, String which) {
    if (!json.containsKey("commands") || !json.getJsonObject("commands").containsKey(which)) {
      return List.of();
    }
    return json
        .getJsonObject("commands")
        .getJsonArray(which)
        .getValuesAs(jakarta.json.JsonString.class)
        .stream()
        .map(jakarta.json.JsonString::getString)
        .toList();
  }

  private static Map<String, String> labels(JsonObject alert) {
    return alert.entrySet().stream()
        .collect(
            java.util.stream.Collectors.toMap(
                Map.Entry::getKey, e -> ((jakarta.json.JsonString) e.getValue()).getString()));
  }

  /** Every incident of the folder, by name. */
  static List<Incident> all(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(f -> f.toString().endsWith(".json"))
          .map(Incident::read)
          .sorted(
              java.util.Comparator.comparing(Incident::isDisruptive).thenComparing(Incident::name))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** No fault, no command, no stock change, but alerts expected: the load itself goes wrong. */
  boolean isCausedByLoad() {
    return faults.isEmpty() && injectCommand.isEmpty() && stock < 0 && !expectedAlerts.isEmpty();
  }

  /** Stops a process or fills the heap: run after the others, so a casualty spoils nothing else. */
  boolean isDisruptive() {
    return !injectCommand.isEmpty() || "jvm".equals(kind);
  }

  /** The load this incident runs under. */
  Load.Profile loadProfile() {
    return Load.Profile.named(load);
  }

  String alertNames() {
    return String.join(
        ", ", expectedAlerts.stream().map(a -> a.get("alertname")).distinct().toList());
  }
}
