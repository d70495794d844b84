/** Rest Clients of the services the cart service calls, and their gateways. */
package io.productstore.cart.client;
