/** The catalog's business metrics in MicroProfile Metrics. */
package io.productstore.product.metrics;
