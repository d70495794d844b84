/** Operator tools run against a live store: load, the incident harness, game days. */
package io.productstore.ops;
