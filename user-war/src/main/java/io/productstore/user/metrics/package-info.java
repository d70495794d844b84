/** The user service's business metrics in MicroProfile Metrics. */
package io.productstore.user.metrics;
