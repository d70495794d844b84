/** Carts and the rules they keep. */
package io.productstore.cart.domain;
