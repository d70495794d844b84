/** Orders, their statuses and the rules they keep. */
package io.productstore.order.domain;
