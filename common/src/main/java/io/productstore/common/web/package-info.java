/** Small web pieces every service answers the same way. */
package io.productstore.common.web;
