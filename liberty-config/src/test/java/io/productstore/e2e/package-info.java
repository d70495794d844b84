/**
 * End-to-end tests through the public paths of the all-in-one server (MicroShed, manually started).
 */
package io.productstore.e2e;
