/** Cassandra tables of the order service and the repository over them. */
package io.productstore.order.persistence;
