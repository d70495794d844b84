package io.productstore.common.web;

import io.productstore.common.health.ServiceHealth;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The two routes every service answers the same way: its welcome at {@code /{prefix}/} and the old
 * clients' health probe ({@code /api/system/health}, {@code /cart-api/health}, ...).
 */
@Path("/")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "service", description = "Welcome and the compatibility health route")
public class ServiceInfoResource {

  /** The body of {@code GET /{prefix}/}. */
  public record Welcome(String message, String service, String docs) {}

  private String service;
  private String welcome;
  private ServiceHealth health;

  protected ServiceInfoResource() {}

  @Inject
  public ServiceInfoResource(
      @ConfigProperty(name = "store.service.name") String service,
      @ConfigProperty(name = "store.service.welcome") String welcome,
      ServiceHealth health) {
    this.service = service;
    this.welcome = welcome;
    this.health = health;
  }

  @GET
  @Operation(summary = "A short welcome naming the service")
  public Welcome welcome() {
    return new Welcome(welcome, service, "/openapi/ui/");
  }

  @GET
  @Path("{probe: health|system/health}")
  @Operation(summary = "200 with status ok when the service and its keyspace are usable, else 503")
  public Response health(
      @PathParam("probe") @Parameter(description = "health, or system/health for the catalog")
          String probe) {
    return health.report(service);
  }
}
