/**
 * Faults a trainer injects on purpose (latency, errors, slow Cassandra, a dead downstream...), each
 * with a TTL.
 */
package io.productstore.common.faults;
