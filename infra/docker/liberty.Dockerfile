# One Product Store service as an Open Liberty image, built from the server ./store build made:
#   ./store build && docker build -f infra/docker/liberty.Dockerfile --build-arg SERVER=cart .
# SERVER is product, cart, order or user (target/liberty/wlp/usr/servers/SERVER: its server.xml,
# the shared fragments, jvm.options, the WAR and lib/global). Secrets are mounted at run time,
# never built in.
FROM icr.io/appcafe/open-liberty:26.0.0.3-kernel-slim-java17-openj9-ubi-minimal
ARG SERVER
COPY --chown=1001:0 target/liberty/wlp/usr/servers/${SERVER}/server.xml /config/server.xml
COPY --chown=1001:0 target/liberty/wlp/usr/servers/${SERVER}/fragments/ /config/fragments/
COPY --chown=1001:0 target/liberty/wlp/usr/servers/${SERVER}/jvm.options /config/jvm.options
# The kernel image installs exactly the features server.xml names, then the application.
RUN features.sh
COPY --chown=1001:0 target/liberty/wlp/usr/servers/${SERVER}/apps/ /config/apps/
# The third-party libraries, which the WARs do not bundle: the server's global library.
COPY --chown=1001:0 target/liberty/wlp/usr/servers/${SERVER}/lib/global/ /config/lib/global/
RUN configure.sh
