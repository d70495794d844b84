/** The cart's business metrics in MicroProfile Metrics. */
package io.productstore.cart.metrics;
