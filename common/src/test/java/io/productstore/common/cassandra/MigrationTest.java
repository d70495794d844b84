package io.productstore.common.cassandra;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MigrationTest {

  private static final String FILE =
      """
      -- Users and their credentials
      CREATE TABLE IF NOT EXISTS users_by_username (
          username text PRIMARY KEY,
          roles set<text>
      );
      -- a comment between statements
      CREATE INDEX IF NOT EXISTS ON users_by_username (roles);

      INSERT INTO t (a) VALUES ('x')
      """;

  @Test
  void should_split_statements_at_line_end_semicolons_and_take_first_comment_as_description() {
    Migration migration = Migration.parse(3, FILE);

    assertThat(migration.version()).isEqualTo(3);
    assertThat(migration.description()).isEqualTo("Users and their credentials");
    assertThat(migration.statements())
        .containsExactly(
            "CREATE TABLE IF NOT EXISTS users_by_username (\n    username text PRIMARY KEY,\n    roles set<text>\n)",
            "CREATE INDEX IF NOT EXISTS ON users_by_username (roles)",
            "INSERT INTO t (a) VALUES ('x')");
  }

  @Test
  void should_keep_the_checksum_when_only_comments_and_blank_lines_change() {
    String reformatted = FILE.replace("-- a comment between statements", "\n\n-- another remark");

    assertThat(Migration.parse(3, reformatted).checksum())
        .isEqualTo(Migration.parse(3, FILE).checksum());
  }

  @Test
  void should_change_the_checksum_when_a_statement_changes() {
    String changed = FILE.replace("roles set<text>", "roles list<text>");

    assertThat(Migration.parse(3, changed).checksum())
        .isNotEqualTo(Migration.parse(3, FILE).checksum());
  }

  @Test
  void should_load_versions_in_order_and_stop_at_the_first_gap() {
    assertThat(Migration.loadAll(getClass().getClassLoader()))
        .extracting(Migration::version)
        .containsExactly(1, 2);
  }
}
