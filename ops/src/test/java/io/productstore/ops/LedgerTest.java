package io.productstore.ops;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LedgerTest {

  private final Ledger ledger = new Ledger();
  private final Map<String, List<JsonObject>> store = new HashMap<>();

  private static JsonObject order(String id, String... history) {
    JsonArrayBuilder changes = Json.createArrayBuilder();
    for (String status : history) {
      changes.add(Json.createObjectBuilder().add("status", status));
    }
    return Json.createObjectBuilder()
        .add("id", id)
        .add("status", history[history.length - 1])
        .add("status_history", changes)
        .build();
  }

  /** The store places the order and answers as it was told to (200 with it, or not). */
  private void checkout(String user, JsonObject order, int status) {
    if (order != null) {
      store.computeIfAbsent(user, k -> new ArrayList<>()).add(order);
    }
    ledger.checkout(
        user, new Http.Answer(status, order == null ? "" : order.toString(), Duration.ZERO));
  }

  private Ledger.Audit audit() {
    Map<String, JsonArray> listed = new HashMap<>();
    store.forEach((user, orders) -> listed.put(user, Json.createArrayBuilder(orders).build()));
    return ledger.audit(user -> Optional.of(listed.getOrDefault(user, JsonArray.EMPTY_JSON_ARRAY)));
  }

  @Test
  void every_acknowledged_order_read_back_is_intact() {
    checkout("ann", order("o1", "PENDING", "CREATED"), 200);
    checkout("bob", order("o2", "CREATED", "PROCESSING"), 200);

    Ledger.Audit audit = audit();

    assertThat(audit.intact()).isTrue();
    assertThat(audit.acknowledged()).isEqualTo(2);
    assertThat(audit.orders()).hasSize(2);
  }

  @Test
  void an_acknowledged_order_the_store_no_longer_lists_is_lost() {
    checkout("ann", order("o1", "CREATED"), 200);
    ledger.checkout("ann", new Http.Answer(200, order("o2", "CREATED").toString(), Duration.ZERO));

    Ledger.Audit audit = audit();

    assertThat(audit.lost()).isEqualTo(1);
    assertThat(audit.intact()).isFalse();
  }

  @Test
  void a_checkout_without_an_answer_may_place_its_order_but_never_two() {
    checkout("ann", order("o1", "CREATED"), 0);
    assertThat(audit().intact()).isTrue();

    store.get("ann").add(order("o9", "CREATED"));
    Ledger.Audit audit = audit();

    assertThat(audit.duplicated()).isEqualTo(1);
    assertThat(audit.intact()).isFalse();
  }

  @Test
  void an_order_nobody_was_told_of_is_a_duplicate_unless_a_checkout_got_a_5xx() {
    checkout("ann", order("o1", "CREATED"), 200);
    checkout("ann", order("o2", "CREATED"), 503);
    assertThat(audit().intact()).isTrue();

    checkout("ann", order("o3", "CREATED"), 400);
    Ledger.Audit audit = audit();

    assertThat(audit.duplicated()).isEqualTo(1);
    assertThat(audit.lost()).isZero();
  }

  @Test
  void a_user_whose_orders_cannot_be_read_fails_the_audit() {
    checkout("ann", order("o1", "CREATED"), 200);

    Ledger.Audit audit = ledger.audit(user -> Optional.empty());

    assertThat(audit.unreadableUsers()).isEqualTo(1);
    assertThat(audit.intact()).isFalse();
  }

  @Test
  void a_history_that_skips_a_lifecycle_step_is_irregular() {
    checkout("ann", order("o1", "PENDING", "CREATED", "PROCESSING", "SHIPPING", "DELIVERED"), 200);
    checkout("bob", order("o2", "CREATED", "SHIPPING"), 200);

    Ledger.Audit audit = audit();

    assertThat(audit.irregularHistories()).isEqualTo(1);
    assertThat(audit.withStatus("DELIVERED")).isEqualTo(1);
    assertThat(List.of(audit.lost(), audit.duplicated())).containsOnly(0);
  }
}
