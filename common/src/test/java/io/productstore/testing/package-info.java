/** Test support shared by every module's integration tests: where the servers are, and tokens. */
package io.productstore.testing;
