package io.productstore.common.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PageTest {

  private static final List<Integer> TWENTY_FIVE = IntStream.rangeClosed(1, 25).boxed().toList();

  @Test
  void should_number_pages_from_skip_and_limit_with_exact_totals() {
    Page<Integer> second = Page.of(TWENTY_FIVE, 10, 10);

    assertThat(second.items()).containsExactly(11, 12, 13, 14, 15, 16, 17, 18, 19, 20);
    assertThat(second.total()).isEqualTo(25);
    assertThat(second.page()).isEqualTo(2);
    assertThat(second.pages()).isEqualTo(3);
    assertThat(second.hasNext()).isTrue();
    assertThat(second.hasPrev()).isTrue();
  }

  @Test
  void should_end_on_a_short_last_page_and_answer_empty_past_the_end() {
    Page<Integer> last = Page.of(TWENTY_FIVE, 20, 10);
    assertThat(last.items()).containsExactly(21, 22, 23, 24, 25);
    assertThat(last.hasNext()).isFalse();

    Page<Integer> beyond = Page.of(TWENTY_FIVE, 100, 10);
    assertThat(beyond.items()).isEmpty();
    assertThat(beyond.total()).isEqualTo(25);
  }

  @Test
  void should_refuse_a_negative_skip_and_a_limit_outside_1_to_100() {
    assertThatThrownBy(() -> Page.of(TWENTY_FIVE, -1, 10))
        .isInstanceOfSatisfying(
            DomainException.class,
            e ->
                assertThat(e.violations())
                    .extracting(DomainException.Violation::field)
                    .containsExactly("skip"));
    assertThatThrownBy(() -> Page.of(TWENTY_FIVE, 0, 0)).isInstanceOf(DomainException.class);
    assertThatThrownBy(() -> Page.of(TWENTY_FIVE, 0, 101))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.reason()).isEqualTo(DomainException.Reason.INVALID));
  }

  @Test
  void should_refuse_paging_deeper_than_ten_thousand_and_allow_exactly_that() {
    assertThat(Page.of(TWENTY_FIVE, Page.MAX_SKIP, 10).items()).isEmpty();
    assertThatThrownBy(() -> Page.of(TWENTY_FIVE, Page.MAX_SKIP + 1, 10))
        .isInstanceOfSatisfying(
            DomainException.class,
            e ->
                assertThat(e.violations())
                    .singleElement()
                    .satisfies(v -> assertThat(v.message()).contains("narrow the filter")));
  }
}
