/** Cassandra tables of the cart service and the repository over them. */
package io.productstore.cart.persistence;
