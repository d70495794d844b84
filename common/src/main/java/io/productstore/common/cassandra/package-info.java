/** One CqlSession per WAR, connected in the background, with versioned schema migrations. */
package io.productstore.common.cassandra;
