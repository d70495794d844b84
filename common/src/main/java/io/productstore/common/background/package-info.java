/** Recurring background work on the container's managed scheduled executor. */
package io.productstore.common.background;
