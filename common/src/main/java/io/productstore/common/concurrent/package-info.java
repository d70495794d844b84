/** The container's executors and clock, produced once for every service. */
package io.productstore.common.concurrent;
