/** Cassandra tables of the catalog and the repository over them. */
package io.productstore.product.persistence;
