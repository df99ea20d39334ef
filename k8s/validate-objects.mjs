// Validates Kubernetes objects (a YAML stream on stdin) against the schemas that
// kubernetes-models ships, and checks the project's own rules for the service's pods.
import { readFileSync } from "node:fs";
import yaml from "js-yaml";

const CUSTOM_RESOURCES = new Set(["postgresql.cnpg.io/v1"]);
const docs = yaml.loadAll(readFileSync(0, "utf8")).filter(Boolean);
const problems = [];

for (const doc of docs) {
  const name = `${doc.kind}/${doc.metadata?.name}`;
  if (CUSTOM_RESOURCES.has(doc.apiVersion)) {
    checkCloudNativePg(doc, name);
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
}

for (const problem of problems) console.error(`INVALID ${problem}`);
console.log(`${docs.length} objects checked, ${problems.length} problems`);
process.exit(problems.length === 0 ? 0 : 1);
