/** Rest Clients of the services the user service calls, and their gateways. */
package io.productstore.user.client;
