/** Orders and their status history, under the public prefix /order-api. */
package io.productstore.order;
