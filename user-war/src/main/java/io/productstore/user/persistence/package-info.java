/** Cassandra tables of the user service and the repository over them. */
package io.productstore.user.persistence;
