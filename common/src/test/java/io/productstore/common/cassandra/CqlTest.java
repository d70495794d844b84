package io.productstore.common.cassandra;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CqlTest {

  @Test
  void should_name_operations_by_verb_and_table_only() {
    assertThat(Cql.operation("SELECT product_id, name FROM products_by_id WHERE category = ?"))
        .isEqualTo("select_products_by_id");
    assertThat(Cql.operation("INSERT INTO users_by_username (username) VALUES (?) IF NOT EXISTS"))
        .isEqualTo("insert_users_by_username");
    assertThat(
            Cql.operation(
                "UPDATE stock_by_product SET stock = ? WHERE product_id = ? IF stock = ?"))
        .isEqualTo("update_stock_by_product");
    assertThat(Cql.operation("DELETE FROM login_failures_by_username WHERE username = ?"))
        .isEqualTo("delete_login_failures_by_username");
    assertThat(Cql.operation("SELECT COUNT(*) FROM login_failures_by_username WHERE username = ?"))
        .isEqualTo("select_login_failures_by_username");
    assertThat(Cql.operation("TRUNCATE x")).isEqualTo("other");
  }

  @Test
  void should_replay_reads_and_plain_writes_but_never_a_condition_or_a_relative_change() {
    assertThat(Cql.isIdempotent("SELECT stock FROM stock_by_product WHERE product_id = ?"))
        .isTrue();
    assertThat(Cql.isIdempotent("INSERT INTO orders_by_id (order_id, total) VALUES (?, ?)"))
        .isTrue();
    assertThat(Cql.isIdempotent("DELETE FROM cart_lines_by_user WHERE username = ?")).isTrue();
    assertThat(
            Cql.isIdempotent("INSERT INTO users_by_username (username) VALUES (?) IF NOT EXISTS"))
        .isFalse();
    assertThat(
            Cql.isIdempotent(
                "UPDATE stock_by_product SET stock = ? WHERE product_id = ? if stock = ?"))
        .isFalse();
    assertThat(
            Cql.isIdempotent(
                "UPDATE product_counts_by_category SET products = products + ? WHERE bucket = 0"))
        .isFalse();
    assertThat(Cql.isIdempotent("UPDATE t SET notified = ? WHERE id = ?")).isTrue();
  }
}
