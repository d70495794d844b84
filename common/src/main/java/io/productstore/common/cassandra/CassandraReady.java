package io.productstore.common.cassandra;

import com.datastax.oss.driver.api.core.CqlSession;

/** Fired once the session is connected and the schema is current: the place to prepare or seed. */
public record CassandraReady(CqlSession session) {}
