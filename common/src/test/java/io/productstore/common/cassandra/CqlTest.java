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
}
