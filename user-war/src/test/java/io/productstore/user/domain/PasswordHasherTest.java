package io.productstore.user.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

  private final PasswordHasher hasher = new PasswordHasher(1_000);

  @Test
  void should_match_the_password_it_hashed_and_nothing_else() {
    String stored = hasher.hash("correct horse");

    assertThat(hasher.matches("correct horse", stored)).isTrue();
    assertThat(hasher.matches("correct horse ", stored)).isFalse();
    assertThat(hasher.matches("", stored)).isFalse();
  }

  @Test
  void should_salt_each_hash_so_equal_passwords_look_different() {
    assertThat(hasher.hash("same")).isNotEqualTo(hasher.hash("same"));
  }

  @Test
  void should_check_an_old_hash_with_the_work_factor_it_was_made_with() {
    String old = new PasswordHasher(500).hash("correct horse");

    assertThat(old).startsWith("pbkdf2-sha256$500$");
    assertThat(hasher.matches("correct horse", old)).isTrue();
  }

  @Test
  void should_refuse_a_stored_value_of_another_scheme() {
    assertThat(hasher.matches("x", "md5$abc")).isFalse();
    assertThat(hasher.matches("x", "bcrypt$10$salt$hash")).isFalse();
    assertThat(hasher.matchDecoy("anything")).isFalse();
  }
}
