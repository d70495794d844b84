package io.productstore.user.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.productstore.common.domain.DomainException;
import io.productstore.common.domain.DomainException.Reason;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RefreshTokensTest {

  private final InMemoryRefreshTokens store = new InMemoryRefreshTokens();
  private final RefreshTokens tokens = new RefreshTokens(store, Duration.ofDays(7));

  private void assertRefused(String token) {
    assertThatThrownBy(() -> tokens.rotate(token))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.UNAUTHENTICATED);
              assertThat(e.detail()).isEqualTo(RefreshTokens.INVALID);
            });
  }

  @Test
  void should_exchange_a_token_for_a_new_one_of_the_same_account() {
    String first = tokens.issue("anna");

    RefreshTokens.Rotation rotation = tokens.rotate(first);

    assertThat(rotation.username()).isEqualTo("anna");
    assertThat(rotation.next()).isNotEqualTo(first);
    assertThat(tokens.rotate(rotation.next()).username()).isEqualTo("anna");
  }

  @Test
  void should_store_only_hashes() {
    String token = tokens.issue("anna");

    assertThat(store.tokens).doesNotContainKey(token).containsKey(RefreshTokens.hash(token));
  }

  @Test
  void should_revoke_the_whole_family_when_a_used_token_comes_back() {
    String stolen = tokens.issue("anna");
    String next = tokens.rotate(stolen).next();

    assertRefused(stolen);
    assertRefused(next);
  }

  @Test
  void should_refuse_every_token_of_a_family_after_logout() {
    String first = tokens.issue("anna");
    String next = tokens.rotate(first).next();

    tokens.revoke(next);

    assertRefused(next);
  }

  @Test
  void should_keep_other_logins_of_the_same_user_after_one_logout() {
    String phone = tokens.issue("anna");
    String laptop = tokens.issue("anna");

    tokens.revoke(phone);

    assertThat(tokens.rotate(laptop).username()).isEqualTo("anna");
  }

  @Test
  void should_refuse_an_unknown_token_and_ignore_its_logout() {
    assertRefused("made-up");
    tokens.revoke("made-up");
  }
}
