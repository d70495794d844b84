/** HTTP resources and their request and response records. */
package io.productstore.product.api;
