package io.productstore.common.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The old generation is what the heap-pressure alert reads. */
class HeapGaugeTest {

  @Test
  void should_count_the_old_generation_of_each_collector_and_not_the_young_pools() {
    assertThat(List.of("G1 Old Gen", "PS Old Gen", "Tenured Gen"))
        .allMatch(HeapGauge::isOldGeneration);
    assertThat(List.of("G1 Eden Space", "G1 Survivor Space", "PS Eden Space", "Metaspace"))
        .noneMatch(HeapGauge::isOldGeneration);
  }

  @Test
  void should_see_data_kept_past_collections_in_the_old_generation() {
    long before = HeapGauge.oldGenerationUsed();
    List<byte[]> kept = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      kept.add(new byte[4 << 20]); // past half a region: G1 puts each straight into the old gen
    }
    System.gc();
    assertThat(HeapGauge.oldGenerationUsed() - before).isGreaterThanOrEqualTo(48L << 20);
    assertThat(kept).hasSize(16);
  }
}
