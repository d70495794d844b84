/** The cart's background work on the container's scheduler: the checkout recovery pass. */
package io.productstore.cart.background;
