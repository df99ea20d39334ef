// Validates Kubernetes objects (a YAML stream on stdin) against the schemas that
// kubernetes-models ships, and checks the project's own rules: the service's pods; its network
// policy against its configuration (checkNetwork); the database's backups and connection limit.
import { readFileSync } from "node:fs";
import yaml from "js-yaml";

const CUSTOM_RESOURCES = new Set(["postgresql.cnpg.io/v1", "monitoring.coreos.com/v1"]);
const docs = yaml.loadAll(readFileSync(0, "utf8")).filter(Boolean);
const problems = [];

for (const doc of docs) {
  const name = `${doc.kind}/${doc.metadata?.name}`;
  if (CUSTOM_RESOURCES.has(doc.apiVersion)) {
    if (doc.kind === "Cluster") checkCloudNativePg(doc, name);
    if (!doc.spec) problems.push(`${name}: no spec`);
    continue;
  }
  const model = await modelOf(doc);
  if (!model) {
    problems.push(`${name}: no schema for ${doc.apiVersion}`);
    continue;
  }
  try {
    new model(doc).validate();
  } catch (error) {
    problems.push(`${name}: ${error.message}`);
  }
  if (doc.kind === "Deployment" || doc.kind === "StatefulSet") {
    checkPods(doc, name);
  }
}

async function modelOf(doc) {
  const path = doc.apiVersion.includes("/") ? doc.apiVersion : doc.apiVersion;
  try {
    const module = await import(`kubernetes-models/${path}/${doc.kind}`);
    return module[doc.kind] ?? module.default;
  } catch {
    return undefined;
  }
}

function checkPods(doc, name) {
  const pod = doc.spec.template.spec;
  if (pod.securityContext?.runAsNonRoot !== true) problems.push(`${name}: pods must run as non-root`);
  if (pod.automountServiceAccountToken !== false) problems.push(`${name}: service account token must not be mounted`);
  for (const c of pod.containers) {
    const sc = c.securityContext ?? {};
    if (sc.allowPrivilegeEscalation !== false) problems.push(`${name}/${c.name}: privilege escalation allowed`);
    if (!sc.capabilities?.drop?.includes("ALL")) problems.push(`${name}/${c.name}: capabilities not dropped`);
    if (!c.resources?.requests || !c.resources?.limits?.memory) problems.push(`${name}/${c.name}: no requests or memory limit`);
    for (const env of c.env ?? []) {
      if (/PASSWORD|SECRET|TOKEN/.test(env.name) && env.value !== undefined) {
        problems.push(`${name}/${c.name}: ${env.name} is written in the manifest, not read from a Secret`);
      }
    }
  }
  const dataVolumes = (doc.spec.volumeClaimTemplates ?? []).map((v) => v.metadata.name);
  if (doc.kind === "StatefulSet" && dataVolumes.length === 0) problems.push(`${name}: database without a PersistentVolumeClaim`);
  if (doc.kind === "Deployment") {
    if (doc.spec.strategy?.rollingUpdate?.maxUnavailable !== 0) problems.push(`${name}: rolling update may drop below the replica count`);
    for (const c of pod.containers) {
      if (!c.readinessProbe || !c.livenessProbe || !c.startupProbe) problems.push(`${name}/${c.name}: missing a probe`);
      if (c.securityContext?.readOnlyRootFilesystem !== true) problems.push(`${name}/${c.name}: root filesystem is writable`);
    }
  }
}

function checkCloudNativePg(doc, name) {
  if (!(doc.spec?.instances >= 3)) problems.push(`${name}: fewer than three instances`);
  if (!doc.spec?.storage?.size) problems.push(`${name}: no storage size`);
  const store = doc.spec?.backup?.barmanObjectStore;
  if (!store?.destinationPath) problems.push(`${name}: no backups to an object store`);
  if (!doc.spec?.backup?.retentionPolicy) problems.push(`${name}: backups without a retention policy`);
  for (const credential of Object.values(store?.s3Credentials ?? {})) {
    if (!credential?.name || !credential?.key) problems.push(`${name}: a backup credential not read from a Secret`);
  }
}

// The service's pods, their configuration and their policy, when this stream holds them.
function checkService() {
  const deployment = docs.find((d) => d.kind === "Deployment" && d.metadata.name === "chitieu");
  if (!deployment) return;
  const pod = deployment.spec.template;
  const container = pod.spec.containers[0];
  const ports = Object.fromEntries((container.ports ?? []).map((p) => [p.name, p.containerPort]));
  const portOf = (port) => (typeof port === "number" ? port : ports[port]);
  const configMaps = (container.envFrom ?? []).map((e) => e.configMapRef?.name);
  const config = Object.assign({}, ...docs.filter((d) => d.kind === "ConfigMap" && configMaps.includes(d.metadata.name)).map((d) => d.data));
  const policy = docs.find((d) => d.kind === "NetworkPolicy" && matches(d.spec.podSelector.matchLabels, pod.metadata.labels));
  if (!policy) {
    problems.push("the service's pods have no NetworkPolicy");
    return;
  }
  checkEgress(policy, config);
  checkIngress(policy, pod, portOf);
  checkPublicPaths(portOf);
  checkConnections(deployment, config);
}

// Every URL the service calls (the ConfigMap's values; the issuer is compared, never fetched;
// the OTLP endpoint only while tracing is on) is admitted by an egress rule, and every egress
// rule admits one of them (DNS aside, which every host name needs).
function checkEgress(policy, config) {
  const NOT_CALLED = new Set(["MP_JWT_VERIFY_ISSUER"]);
  const hostsAnnotation = policy.metadata.annotations?.["chitieu.vn/egress-hosts"];
  const addresses = hostsAnnotation ? JSON.parse(hostsAnnotation) : {};
  const rules = policy.spec.egress ?? [];
  const used = new Set();
  for (const [key, value] of Object.entries(config)) {
    if (NOT_CALLED.has(key) || !/^(jdbc:)?[a-z][a-z0-9+.-]*:\/\//.test(value)) continue;
    if (key.startsWith("QUARKUS_OTEL_") && config.QUARKUS_OTEL_SDK_DISABLED !== "false") continue;
    const url = new URL(value.replace(/^jdbc:/, ""));
    const port = Number(url.port || { https: 443, http: 80, postgresql: 5432 }[url.protocol.replace(":", "")]);
    const admitting = rules.filter((rule) => admitsPort(rule, port) && (rule.to ?? []).some((peer) => reaches(peer, url.hostname, addresses)));
    if (admitting.length === 0) problems.push(`${key}: no egress rule admits ${url.hostname}:${port}`);
    admitting.forEach((rule) => used.add(rule));
  }
  const dns = rules.find((rule) => admitsPort(rule, 53) && (rule.to ?? []).some((peer) => peer.podSelector?.matchLabels?.["k8s-app"] === "kube-dns"));
  if (!dns) problems.push("no egress rule admits DNS");
  used.add(dns);
  rules.filter((rule) => !used.has(rule)).forEach((rule) => problems.push(`egress rule admits what no setting needs: ${JSON.stringify(rule)}`));
}

// A host: a Service of this stream (no dot), a Service of another namespace (name.namespace.svc),
// or outside the cluster (an address block that the annotation chitieu.vn/egress-hosts names).
function reaches(peer, host, addresses) {
  if (!host.includes(".")) {
    const labels = podLabelsOfService(host);
    return !peer.namespaceSelector && !peer.ipBlock && labels !== undefined && matches(peer.podSelector?.matchLabels, labels);
  }
  const inCluster = host.match(/^[^.]+\.([^.]+)\.svc(\.cluster\.local)?$/);
  if (inCluster) return peer.namespaceSelector?.matchLabels?.["kubernetes.io/metadata.name"] === inCluster[1];
  return peer.ipBlock !== undefined && addresses[host] !== undefined && peer.ipBlock.cidr === addresses[host];
}

// The labels of the pods behind a Service of this stream, or those CloudNativePG gives a
// cluster's pods (its Services are <cluster>-rw, -ro and -r).
function podLabelsOfService(name) {
  const cluster = docs.find((d) => d.kind === "Cluster" && ["rw", "ro", "r"].some((s) => `${d.metadata.name}-${s}` === name));
  if (cluster) return cluster.spec.inheritedMetadata?.labels ?? {};
  const service = docs.find((d) => d.kind === "Service" && d.metadata.name === name);
  if (!service) return undefined;
  const workload = docs.find((d) => d.spec?.template?.metadata?.labels && matches(service.spec.selector, d.spec.template.metadata.labels));
  return workload?.spec.template.metadata.labels;
}

// The probes' ports and the ports Prometheus scrapes (PodMonitors of the pods) are admitted
// inbound; scraping from the monitoring namespace.
function checkIngress(policy, pod, portOf) {
  const rules = policy.spec.ingress ?? [];
  const container = pod.spec.containers[0];
  for (const probe of ["startupProbe", "readinessProbe", "livenessProbe"]) {
    const port = portOf(container[probe]?.httpGet?.port);
    if (port === undefined) problems.push(`${probe}: not an HTTP probe on a named container port`);
    else if (port !== portOf("management")) problems.push(`${probe}: health is on the management port, not ${port}`);
    else if (!rules.some((rule) => admitsPort(rule, port))) problems.push(`${probe}: port ${port} is not admitted inbound`);
  }
  for (const monitor of docs.filter((d) => d.kind === "PodMonitor" && matches(d.spec.selector.matchLabels, pod.metadata.labels))) {
    for (const endpoint of monitor.spec.podMetricsEndpoints) {
      const port = portOf(endpoint.port);
      const fromMonitoring = rules.some((rule) => admitsPort(rule, port) && (rule.from ?? []).some((peer) => peer.namespaceSelector?.matchLabels?.["kubernetes.io/metadata.name"] === "monitoring"));
      if (!fromMonitoring) problems.push(`PodMonitor/${monitor.metadata.name}: port ${endpoint.port} is not admitted from the monitoring namespace`);
    }
  }
}

// The public Service and the Ingress reach the API port only, and only the API, the OpenAPI
// document and Swagger UI.
function checkPublicPaths(portOf) {
  const PUBLIC = ["/api/", "/q/openapi", "/q/swagger-ui"];
  for (const service of docs.filter((d) => d.kind === "Service" && d.metadata.name === "chitieu")) {
    for (const port of service.spec.ports) {
      if (portOf(port.targetPort) !== portOf("http")) problems.push(`Service/chitieu: exposes port ${port.targetPort}, not the API's`);
    }
  }
  for (const ingress of docs.filter((d) => d.kind === "Ingress")) {
    for (const rule of ingress.spec.rules ?? []) {
      for (const path of rule.http?.paths ?? []) {
        if (!PUBLIC.includes(path.path)) problems.push(`Ingress/${ingress.metadata.name}: routes ${path.path}, which is not public`);
      }
    }
  }
}

// max_connections holds every pod the HPA may run, plus the rolling update's surge, at full pool.
function checkConnections(deployment, config) {
  const cluster = docs.find((d) => d.kind === "Cluster");
  const hpa = docs.find((d) => d.kind === "HorizontalPodAutoscaler" && d.spec.scaleTargetRef.name === deployment.metadata.name);
  if (!cluster || !hpa) return;
  const pool = Number(config.QUARKUS_DATASOURCE_JDBC_MAX_SIZE ?? applicationProperty("quarkus.datasource.jdbc.max-size"));
  const surge = Number(deployment.spec.strategy.rollingUpdate.maxSurge);
  const needed = (hpa.spec.maxReplicas + surge) * pool;
  const max = Number(cluster.spec.postgresql?.parameters?.max_connections ?? 100);
  if (!(max > needed)) problems.push(`Cluster/${cluster.metadata.name}: max_connections ${max} does not exceed (${hpa.spec.maxReplicas} pods + ${surge} surge) × ${pool} = ${needed}`);
}

function applicationProperty(name) {
  const line = readFileSync(new URL("../src/main/resources/application.properties", import.meta.url), "utf8")
    .split("\n").find((l) => l.startsWith(`${name}=`));
  return line?.slice(name.length + 1);
}

function admitsPort(rule, port) {
  return !rule.ports || rule.ports.some((p) => p.port === port);
}

function matches(selector, labels) {
  return Object.entries(selector ?? {}).every(([key, value]) => labels?.[key] === value);
}

checkService();

for (const problem of problems) console.error(`INVALID ${problem}`);
console.log(`${docs.length} objects checked, ${problems.length} problems`);
process.exit(problems.length === 0 ? 0 : 1);
