/** Small helpers the services' business-metrics adapters share. */
package io.productstore.common.metrics;
