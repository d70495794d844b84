/** Tools run by hand against a running store: the catalog seeder and the catalog benchmark. */
package io.productstore.product.tools;
