package io.productstore.ops;

import jakarta.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

/**
 * What an incident does to the store, and how it is undone — the same for the harness and the game
 * day: its command (stopping Cassandra, freezing the server), the load that is the incident itself
 * (an attack), the stock of the load's products, and its faults through each service's fault API.
 * {@link #end} undoes all of it, once, whatever happened in between.
 */
final class Disruption {

  private final Http store;
  private final Incident incident;
  private final List<String> products;
  private final Consumer<String> log;
  private Load attack;
  private boolean begun;
  private boolean ended;

  Disruption(Http store, Incident incident, List<String> products, Consumer<String> log) {
    this.store = store;
    this.incident = incident;
    this.products = products;
    this.log = log;
  }

  /** Causes the incident; every fault reverts by itself after {@code ttlSeconds}. */
  void begin(String admin, int ttlSeconds) {
    begun = true;
    run(incident.injectCommand());
    if (incident.isCausedByLoad()) {
      attack = new Load(store, incident.loadProfile(), products).start();
      log.accept("the " + incident.load() + " load starts: it is the incident");
    }
    if (incident.stock() >= 0) {
      setStock(admin, incident.stock());
    }
    for (Incident.Injection injection : incident.faults()) {
      Http.Answer answer =
          store.send(
              "POST",
              "/" + injection.prefix() + "/admin/faults",
              admin,
              Json.createObjectBuilder(injection.fault()).add("ttl_seconds", ttlSeconds).build());
      log.accept("inject " + injection.fault() + " → HTTP " + answer.status());
    }
  }

  /** Undoes what {@link #begin} did (a second call does nothing). */
  void end(String admin) {
    if (!begun || ended) {
      return;
    }
    ended = true;
    if (attack != null) {
      attack.stop();
      log.accept("the " + incident.load() + " load stops: " + attack.summary());
    }
    run(incident.clearCommand());
    if (incident.stock() >= 0) {
      setStock(admin, Setup.STOCK);
    }
    incident.faults().stream()
        .map(Incident.Injection::prefix)
        .distinct()
        .forEach(prefix -> store.send("DELETE", "/" + prefix + "/admin/faults", admin, null));
  }

  /** Sets every load product's stock, as an admin would with PUT /api/products/{id}. */
  private void setStock(String admin, int stock) {
    long changed =
        products.stream()
            .map(
                id ->
                    store.send(
                        "PUT",
                        "/api/products/" + id,
                        admin,
                        Json.createObjectBuilder().add("stock_count", stock).build()))
            .filter(answer -> answer.status() == 200)
            .count();
    log.accept("stock of " + changed + "/" + products.size() + " load products set to " + stock);
  }

  /** Runs a command from the project's folder; "{profile}" is the store's profile. */
  private void run(List<String> command) {
    if (command.isEmpty()) {
      return;
    }
    String profile = System.getenv().getOrDefault("STORE_PROFILE", "dev");
    List<String> line = command.stream().map(word -> word.replace("{profile}", profile)).toList();
    try {
      Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      log.accept(
          "ran "
              + String.join(" ", line)
              + " → exit "
              + process.waitFor()
              + (output.isBlank() ? "" : ": " + output.strip().replace('\n', ' ')));
    } catch (IOException e) {
      log.accept("could not run " + line + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
