# The front door of the deployed shape: Debian's nginx with headers-more, as infra/bin/nginx.sh
# runs it on a machine, its configuration rendered by that same script for the compose services
# (product, cart, order, user: each name resolves to every instance of the service).
#   docker build -f infra/docker/nginx.Dockerfile .
FROM debian:12.12-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends nginx libnginx-mod-http-headers-more-filter \
 && rm -rf /var/lib/apt/lists/*
COPY infra/nginx/ /opt/store/infra/nginx/
COPY infra/bin/nginx.sh /opt/store/infra/bin/nginx.sh
RUN mkdir -p /var/lib/store-nginx \
 && /opt/store/infra/bin/nginx.sh render /etc/nginx/store.conf /var/lib/store-nginx 8080 \
      product:9081 cart:9082 order:9083 user:9084
EXPOSE 8080
CMD ["nginx", "-c", "/etc/nginx/store.conf", "-g", "daemon off;"]
