/** Health checks every service needs, and the old clients' health routes. */
package io.productstore.common.health;
