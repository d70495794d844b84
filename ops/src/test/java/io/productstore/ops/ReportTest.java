package io.productstore.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {

  private static Bench.Figures figures(String scenario, String model, double rate, double p99) {
    return new Bench.Figures(scenario, model, rate, p99 / 2, p99, p99 * 2, 0, Map.of("2xx", 100L));
  }

  private static Report report(double rateOfTheProductPage, double p99OfTheCart) {
    return new Report(
        List.of(
            figures("1. GET product by id", "closed, 16 conns", rateOfTheProductPage, 30),
            figures("1. GET product by id", "open, 1500/s", rateOfTheProductPage / 2, 8),
            figures("4. add to cart", "closed, 16 conns", 800, 90),
            figures("4. add to cart", "open, 400/s", 400, p99OfTheCart)),
        figures("ceiling: GET /api/", "closed, 16 conns", 10_000, 20),
        figures("ceiling: GET /api/", "open, 5000/s", 5_000, 4),
        figures("ceiling: the driver's two reads", "closed, 16 conns", 5_000, 10),
        figures("ceiling: the driver's lightweight transaction", "closed, 16 conns", 4_000, 20),
        Map.of(),
        "abc1234",
        Map.of("server + Cassandra RSS", "1.90 GB"),
        Optional.of(new Startup(true, 14, 8)));
  }

  @Test
  void should_state_each_target_against_the_ceilings_of_the_same_run() {
    String markdown = report(3_000, 20).markdown();

    assertThat(markdown)
        .contains("| 1. GET product by id | 30% | 60% |")
        .contains("| GET by id ≥ 60% of the cheapest route | 30% | **no** |")
        .contains("| GET by id ≥ 60% of the driver's reads | 60% | yes |")
        .contains(
            "| GET by id p99 < 10 ms at half peak | 8.00 ms (the cheapest route at half its"
                + " peak: 4.00 ms) | yes |")
        .contains("| ceiling: GET /api/ | open, 5000/s | 5,000 | 2.00 | 4.00 | 8.00 | 0 |")
        .contains("| add to cart p99 < 25 ms at half peak | 20.00 ms (the cheapest route")
        .contains("20% of the driver's lightweight transactions per second")
        .contains("| server + Cassandra ≤ 2.0 GB RSS after the benchmark | 1.90 GB | yes |")
        .contains(
            "| start-up ≤ 10 s | 14 s after Cassandra was up (warm: the keyspaces were there);"
                + " the same server without its applications: 8 s | **no** |");
  }

  @Test
  void should_hold_a_first_start_to_20_seconds_and_refuse_a_malformed_measurement() {
    assertThat(Startup.parse("first 19 9")).contains(new Startup(false, 19, 9));
    assertThat(Startup.parse("first 19 9").orElseThrow().met()).isTrue();
    assertThat(Startup.parse("warm 11 9").orElseThrow().met()).isFalse();
    assertThat(Startup.parse(null)).isEmpty();
    assertThatIllegalArgumentException().isThrownBy(() -> Startup.parse("warm 11"));
  }

  @Test
  void should_call_a_fall_of_more_than_15_percent_a_regression_and_a_smaller_one_not(
      @TempDir Path docs) throws Exception {
    Files.writeString(docs.resolve("2026-11-30-1200.md"), report(3_000, 20).markdown());
    Path now = docs.resolve("2026-12-01-1200.md");
    Files.writeString(now, report(2_400, 21).markdown());

    report(2_400, 21).compareWithPrevious(docs, now);

    String compared = Files.readString(now);
    assertThat(compared)
        .contains("## Compared with 2026-11-30-1200.md")
        .contains(
            "| 1. GET product by id (closed) | 3,000 → 2,400 | 30.00 → 30.00 | **REGRESSION** |")
        .contains("| 4. add to cart (open) | 400 → 400 | 20.00 → 21.00 |  |");
  }
}
