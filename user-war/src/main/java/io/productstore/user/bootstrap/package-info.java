/** The accounts that exist before anyone registers, seeded once the keyspace is ready. */
package io.productstore.user.bootstrap;
