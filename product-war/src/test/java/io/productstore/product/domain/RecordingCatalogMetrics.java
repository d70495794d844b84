package io.productstore.product.domain;

import java.util.ArrayList;
import java.util.List;

/** Business metrics as lists of what was counted, for tests to read. */
final class RecordingCatalogMetrics implements CatalogMetrics {

  final List<Change> changes = new ArrayList<>();
  final List<Reservation> reservations = new ArrayList<>();

  @Override
  public void changed(Change change) {
    changes.add(change);
  }

  @Override
  public void reservation(Reservation outcome) {
    reservations.add(outcome);
  }
}
