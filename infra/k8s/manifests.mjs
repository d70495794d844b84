// The Kubernetes shape of the store, written as typed objects of kubernetes-models: each is
// validated against the Kubernetes API's JSON schema before it is written. The result,
// product-store.yaml, is committed, so a cluster needs only `kubectl apply -f`.
//
//   node manifests.mjs          validate and (re)write product-store.yaml
//   node manifests.mjs --check  validate and fail if product-store.yaml is not what this writes
//
// Same variables, ports and probes as the servers (liberty-config's DeploymentFilesTest) and as
// infra/docker-compose.yml. The Secrets are not here: docs/deployment.md shows how to create them.
import { readFileSync, writeFileSync } from "node:fs";
import { ConfigMap, Namespace, Service } from "kubernetes-models/v1";
import { Deployment, StatefulSet } from "kubernetes-models/apps/v1";
import { PodDisruptionBudget } from "kubernetes-models/policy/v1";
import { Ingress } from "kubernetes-models/networking.k8s.io/v1";
import YAML from "yaml";

const NAMESPACE = "product-store";
const VERSION = "1.0.0";
const CASSANDRA_NODES = 3;

// The four services: their servers' HTTP ports (server.xml defaults), public prefixes, instances.
const SERVICES = [
  { name: "product", port: 9081, https: 9444, prefix: "/api", replicas: 1 },
  { name: "cart", port: 9082, https: 9445, prefix: "/cart-api", replicas: 2 },
  { name: "order", port: 9083, https: 9446, prefix: "/order-api", replicas: 2 },
  { name: "user", port: 9084, https: 9447, prefix: "/user-api", replicas: 1, issuesTokens: true },
];

const cassandraHosts = Array.from(
  { length: CASSANDRA_NODES },
  (_, i) => `cassandra-${i}.cassandra.${NAMESPACE}.svc.cluster.local:9042`,
);

const config = new ConfigMap({
  metadata: { name: "store-config", namespace: NAMESPACE },
  data: {
    CASSANDRA_CONTACT_POINTS: cassandraHosts.join(","),
    CASSANDRA_LOCAL_DATACENTER: "datacenter1",
    CASSANDRA_REPLICATION: "{'class': 'NetworkTopologyStrategy', 'datacenter1': 3}",
    // A Service balances its pods: calls between services go to it directly.
    ...Object.fromEntries(
      SERVICES.map((s) => [`${s.name.toUpperCase()}_SERVICE_URL`, `http://${s.name}:${s.port}`]),
    ),
    STORE_DOWNSTREAM_CHECK_ENABLED: "true",
    STORE_DEMO_MODE: "false",
    JWT_ISSUER: "https://product-store.local/user-api",
    MP_JWT_VERIFY_PUBLICKEY_LOCATION: "file:///config/keys/jwt-public.pem",
    TLS_KEYSTORE: "/config/keys/tls.p12",
    ADMIN_USER: "admin",
    LOG_FORMAT: "json",
  },
});

/** An environment variable from a key of the Secret store-secrets. */
const secret = (name) => ({ name, valueFrom: { secretKeyRef: { name: "store-secrets", key: name } } });

function deployment(s) {
  const labels = { app: s.name, "app.kubernetes.io/part-of": "product-store" };
  const keys = ["jwt-public.pem", "tls.p12", ...(s.issuesTokens ? ["jwt-signing.p12"] : [])];
  return new Deployment({
    metadata: { name: s.name, namespace: NAMESPACE, labels },
    spec: {
      replicas: s.replicas,
      selector: { matchLabels: { app: s.name } },
      strategy: { type: "RollingUpdate", rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } },
      template: {
        metadata: {
          labels,
          annotations: {
            "prometheus.io/scrape": "true",
            "prometheus.io/port": String(s.port),
            "prometheus.io/path": "/metrics",
          },
        },
        spec: {
          terminationGracePeriodSeconds: 30,
          containers: [
            {
              name: s.name,
              image: `product-store/${s.name}:${VERSION}`,
              ports: [
                { name: "http", containerPort: s.port },
                { name: "https", containerPort: s.https },
              ],
              envFrom: [{ configMapRef: { name: "store-config" } }],
              env: [
                { name: "HTTP_PORT", value: String(s.port) },
                { name: "HTTPS_PORT", value: String(s.https) },
                secret("KEYSTORE_PASSWORD"),
                secret("ADMIN_PASSWORD"),
                ...SERVICES.map((o) => secret(`STORE_CLIENT_SECRET_${o.name.toUpperCase()}`)),
                ...(s.issuesTokens
                  ? [
                      { name: "JWT_KEYSTORE", value: "/config/keys/jwt-signing.p12" },
                      secret("JWT_KEYSTORE_PASSWORD"),
                    ]
                  : []),
              ],
              // Started: the applications are deployed; ready: Cassandra and the schema are
              // usable (and the critical downstreams answer); live: the server is not stuck.
              startupProbe: probe("/health/started", 5, 36),
              readinessProbe: probe("/health/ready", 5, 3),
              livenessProbe: probe("/health/live", 10, 3),
              // The heap is bounded at 512 MB (jvm.options); the rest is metaspace, code, threads.
              resources: {
                requests: { cpu: "500m", memory: "768Mi" },
                limits: { cpu: "2", memory: "1Gi" },
              },
              volumeMounts: [{ name: "keys", mountPath: "/config/keys", readOnly: true }],
            },
          ],
          volumes: [
            {
              name: "keys",
              secret: { secretName: "store-keys", items: keys.map((k) => ({ key: k, path: k })) },
            },
          ],
        },
      },
    },
  });
}

function probe(path, periodSeconds, failureThreshold) {
  return { httpGet: { path, port: "http" }, periodSeconds, timeoutSeconds: 3, failureThreshold };
}

const service = (s) =>
  new Service({
    metadata: { name: s.name, namespace: NAMESPACE, labels: { app: s.name } },
    spec: { selector: { app: s.name }, ports: [{ name: "http", port: s.port, targetPort: "http" }] },
  });

// Two instances keep one through a node drain; a single one may be moved.
const budget = (s) =>
  new PodDisruptionBudget({
    metadata: { name: s.name, namespace: NAMESPACE },
    spec: {
      selector: { matchLabels: { app: s.name } },
      ...(s.replicas > 1 ? { minAvailable: s.replicas - 1 } : { maxUnavailable: 1 }),
    },
  });

const cassandraService = new Service({
  metadata: { name: "cassandra", namespace: NAMESPACE, labels: { app: "cassandra" } },
  spec: {
    clusterIP: "None",
    selector: { app: "cassandra" },
    ports: [
      { name: "cql", port: 9042 },
      { name: "gossip", port: 7000 },
    ],
  },
});

const cassandra = new StatefulSet({
  metadata: { name: "cassandra", namespace: NAMESPACE, labels: { app: "cassandra" } },
  spec: {
    serviceName: "cassandra",
    replicas: CASSANDRA_NODES,
    podManagementPolicy: "OrderedReady",
    selector: { matchLabels: { app: "cassandra" } },
    template: {
      metadata: { labels: { app: "cassandra" } },
      spec: {
        terminationGracePeriodSeconds: 120,
        containers: [
          {
            name: "cassandra",
            image: "cassandra:5.0.9",
            ports: [
              { name: "cql", containerPort: 9042 },
              { name: "gossip", containerPort: 7000 },
            ],
            env: [
              { name: "CASSANDRA_CLUSTER_NAME", value: "product-store" },
              { name: "CASSANDRA_SEEDS", value: cassandraHosts[0].replace(":9042", "") },
              { name: "CASSANDRA_DC", value: "datacenter1" },
              { name: "CASSANDRA_ENDPOINT_SNITCH", value: "GossipingPropertyFileSnitch" },
              { name: "MAX_HEAP_SIZE", value: "1G" },
              { name: "HEAP_NEWSIZE", value: "256M" },
              { name: "POD_IP", valueFrom: { fieldRef: { fieldPath: "status.podIP" } } },
            ],
            // Ready when this node reports itself Up/Normal in the ring.
            readinessProbe: {
              exec: { command: ["/bin/sh", "-c", 'nodetool status | grep -q "^UN.*$POD_IP"'] },
              initialDelaySeconds: 30,
              periodSeconds: 15,
              timeoutSeconds: 10,
            },
            lifecycle: { preStop: { exec: { command: ["/bin/sh", "-c", "nodetool drain"] } } },
            resources: {
              requests: { cpu: "1", memory: "2Gi" },
              limits: { memory: "2Gi" },
            },
            volumeMounts: [{ name: "data", mountPath: "/var/lib/cassandra" }],
          },
        ],
      },
    },
    volumeClaimTemplates: [
      {
        metadata: { name: "data" },
        spec: { accessModes: ["ReadWriteOnce"], resources: { requests: { storage: "20Gi" } } },
      },
    ],
  },
});

// RF 3 at QUORUM survives one node down: never let a drain take two.
const cassandraBudget = new PodDisruptionBudget({
  metadata: { name: "cassandra", namespace: NAMESPACE },
  spec: { selector: { matchLabels: { app: "cassandra" } }, maxUnavailable: 1 },
});

const ingress = new Ingress({
  metadata: { name: "product-store", namespace: NAMESPACE },
  spec: {
    ingressClassName: "nginx",
    rules: [
      {
        http: {
          paths: SERVICES.map((s) => ({
            path: `${s.prefix}/`,
            pathType: "Prefix",
            backend: { service: { name: s.name, port: { number: s.port } } },
          })),
        },
      },
    ],
  },
});

const objects = [
  new Namespace({ metadata: { name: NAMESPACE } }),
  config,
  cassandraService,
  cassandra,
  cassandraBudget,
  ...SERVICES.flatMap((s) => [deployment(s), service(s), budget(s)]),
  ingress,
];
for (const o of objects) {
  o.validate();
}

const file = new URL("./product-store.yaml", import.meta.url);
const text =
  "# Written by infra/k8s/manifests.mjs (node manifests.mjs): edit that, not this.\n" +
  objects.map((o) => YAML.stringify(o.toJSON())).join("---\n");
if (process.argv.includes("--check")) {
  if (readFileSync(file, "utf8") !== text) {
    console.error("[k8s] product-store.yaml is not what manifests.mjs writes: run node manifests.mjs");
    process.exit(1);
  }
  console.log(`[k8s] ${objects.length} objects valid, product-store.yaml up to date`);
} else {
  writeFileSync(file, text);
  console.log(`[k8s] ${objects.length} objects valid, written to product-store.yaml`);
}
