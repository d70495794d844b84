/** The order service's business metrics in MicroProfile Metrics. */
package io.productstore.order.metrics;
