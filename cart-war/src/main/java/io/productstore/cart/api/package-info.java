/** HTTP resources and their request and response records. */
package io.productstore.cart.api;
