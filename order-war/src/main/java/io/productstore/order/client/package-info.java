/** Rest Clients of the services the order service calls, and their gateways. */
package io.productstore.order.client;
