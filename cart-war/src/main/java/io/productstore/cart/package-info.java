/** Carts and recently viewed products, under the public prefix /cart-api. */
package io.productstore.cart;
