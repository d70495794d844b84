package io.productstore.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** What Arquillian deploys in a WAR module's tests: the WAR the build just packaged, unchanged. */
public final class Deployments {

  private Deployments() {}

  /**
   * The module's WAR under a test name, so it never clashes with the application the service's own
   * server declares. Its context root still comes from its WEB-INF/ibm-web-ext.xml.
   */
  public static WebArchive builtWar() {
    File war = new File(System.getProperty("it.war"));
    return ShrinkWrap.create(ZipImporter.class, System.getProperty("it.server.name") + ".war")
        .importFrom(war)
        .as(WebArchive.class);
  }
}
