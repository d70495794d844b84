/** The product catalog: products, categories and stock, under the public prefix /api. */
package io.productstore.product;
