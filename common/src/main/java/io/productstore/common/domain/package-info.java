/**
 * What every service's domain may use: its failures, paging and compare-and-set retries; no HTTP,
 * no driver.
 */
package io.productstore.common.domain;
