package io.productstore.ops;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** What Prometheus and the alert receiver say now. */
final class Observed {

  /** An alert as Prometheus reports it: its labels and whether it is pending or firing. */
  record Alert(Map<String, String> labels, String state) {
    String name() {
      return labels.get("alertname");
    }

    boolean matches(Map<String, String> expected) {
      return expected.entrySet().stream()
          .allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
    }
  }

  private final Http prometheus;
  private final Http receiver;

  Observed(Http prometheus, Http receiver) {
    this.prometheus = prometheus;
    this.receiver = receiver;
  }

  List<Alert> alerts() {
    Http.Answer answer = prometheus.get("/api/v1/alerts", null);
    if (answer.status() != 200) {
      throw new IllegalStateException(
          "Prometheus answered HTTP " + answer.status() + ": " + answer.body());
    }
    return answer
        .json()
        .asJsonObject()
        .getJsonObject("data")
        .getJsonArray("alerts")
        .getValuesAs(JsonObject.class)
        .stream()
        .map(a -> new Alert(strings(a.getJsonObject("labels")), a.getString("state")))
        .toList();
  }

  List<Alert> firing() {
    return alerts().stream().filter(a -> "firing".equals(a.state())).toList();
  }

  /** The alert names the receiver was notified of with this status (firing or resolved). */
  Set<String> notified(String status) {
    Http.Answer answer = receiver.get("/notifications", null);
    if (answer.status() != 200) {
      return Set.of();
    }
    return answer.json().asJsonArray().getValuesAs(JsonObject.class).stream()
        .map(n -> n.getJsonObject("body"))
        .filter(body -> body.containsKey("alerts"))
        .flatMap(body -> body.getJsonArray("alerts").getValuesAs(JsonObject.class).stream())
        .filter(alert -> status.equals(alert.getString("status", "")))
        .map(alert -> alert.getJsonObject("labels").getString("alertname", ""))
        .collect(Collectors.toSet());
  }

  private static Map<String, String> strings(JsonObject labels) {
    return labels.entrySet().stream()
        .collect(
            Collectors.toMap(
                Map.Entry::getKey,
                e ->
                    e.getValue().getValueType() == JsonValue.ValueType.STRING
                        ? ((jakarta.json.JsonString) e.getValue()).getString()
                        : e.getValue().toString()));
  }
}
