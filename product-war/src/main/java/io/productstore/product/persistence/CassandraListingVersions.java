package io.productstore.product.persistence;

import com.datastax.oss.driver.api.core.cql.Row;
import io.productstore.common.cassandra.Cql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** The versions in one partition of {@code listing_versions}: a dozen rows, read in one go. */
@ApplicationScoped
public class CassandraListingVersions implements ListingVersions {

  private Cql cql;

  protected CassandraListingVersions() {}

  @Inject
  public CassandraListingVersions(Cql cql) {
    this.cql = cql;
  }

  @Override
  public Map<String, UUID> all() {
    Map<String, UUID> versions = new HashMap<>();
    for (Row row : cql.execute("SELECT category, version FROM listing_versions WHERE bucket = 0")) {
      versions.put(row.getString("category"), row.getUuid("version"));
    }
    return versions;
  }

  @Override
  public void moved(String category) {
    // A random version, not a counter: writing it again (a retry) is harmless.
    cql.execute(
        "INSERT INTO listing_versions (bucket, category, version) VALUES (0, ?, ?)",
        category,
        UUID.randomUUID());
  }
}
