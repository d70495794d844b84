package io.productstore.product.domain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Business metrics as lists of what was counted, for tests to read. */
public final class RecordingCatalogMetrics implements CatalogMetrics {

  final List<Change> changes = new ArrayList<>();
  final List<Reservation> reservations = new ArrayList<>();
  public final List<Duration> listingReads = new ArrayList<>();

  @Override
  public void changed(Change change) {
    changes.add(change);
  }

  @Override
  public void reservation(Reservation outcome) {
    reservations.add(outcome);
  }

  @Override
  public void listingsRead(Duration took) {
    listingReads.add(took);
  }
}
