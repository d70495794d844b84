/** How calls to other services fail: one mapping of their errors to what our caller sees. */
package io.productstore.common.client;
