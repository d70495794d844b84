/** Products and the rules they keep. */
package io.productstore.product.domain;
