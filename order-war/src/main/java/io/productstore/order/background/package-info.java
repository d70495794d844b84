/**
 * The order service's background work on the container's scheduler: the lifecycle poller, traced.
 */
package io.productstore.order.background;
