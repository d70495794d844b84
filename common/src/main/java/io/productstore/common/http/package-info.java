/** Plain JDK HTTP clients, configured once: depends on nothing else of the store. */
package io.productstore.common.http;
