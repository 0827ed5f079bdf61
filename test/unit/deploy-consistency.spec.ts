import 'reflect-metadata';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, posix } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { envVarsOf } from '@los/common';
import { ALL_SERVICES, ServiceName } from '@los/contracts';

const COMPOSE = 'docker-compose.yml';
const DOCKERFILE = 'deploy/Dockerfile';
const K8S_DIR = 'deploy/k8s';
const KUSTOMIZATION = `${K8S_DIR}/kustomization.yaml`;
const MYSQL_INIT = 'deploy/mysql/init/01-databases.sql';
const NGINX_CONF = 'deploy/nginx/nginx.conf';
const ENV_EXAMPLE = '.env.example';
const MIGRATE_VAR = 'MIGRATE_SERVICE';
const MIGRATE_SCRIPT = 'scripts/migrate.mjs';
const LIVE = '/health/live';
const READY = '/health/ready';
/** Compose services allowed to publish a port on the host: the entry point, the sandbox and the mail catcher's UI. */
const PUBLISHED = new Set(['nginx', ServiceName.Sandbox, 'maildev']);

/** Each app's own MySQL and Mongo database, for apps whose schema has MYSQL_URL / MONGO_URL. */
const DATABASE: Record<ServiceName, string | undefined> = {
  [ServiceName.Gateway]: 'los_gateway',
  [ServiceName.Kyc]: 'los_kyc',
  [ServiceName.Offer]: 'los_offer',
  [ServiceName.Underwriting]: 'los_underwriting',
  [ServiceName.Disbursal]: 'los_disbursal',
  [ServiceName.Sandbox]: undefined,
};

type Obj = Record<string, any>;
type Env = Map<string, { value: string | undefined; from: string }>;

const read = (file: string) => {
  assert.ok(existsSync(join(process.cwd(), file)), `${file} is missing (run the tests from the repo root)`);
  return readFileSync(join(process.cwd(), file), 'utf8');
};
const knownVars = (app: ServiceName) => new Set(envVarsOf(app).map((v) => v.name));
const requiredVars = (app: ServiceName) =>
  envVarsOf(app)
    .filter((v) => v.required)
    .map((v) => v.name);
const readsMysql = (app: ServiceName) => knownVars(app).has('MYSQL_URL');
const noProblems = (problems: string[]) => {
  if (problems.length > 0) assert.fail(`\n${problems.join('\n')}`);
};

function unknownVars(where: string, app: ServiceName, env: Env, allowed: string[] = []) {
  const known = knownVars(app);
  return [...env]
    .filter(([name]) => !known.has(name) && !allowed.includes(name))
    .map(([name, { from }]) => `${where}: ${name} (from ${from}) is not in envVarsOf('${app}')`);
}

function missingVars(where: string, app: ServiceName, env: Env, names = requiredVars(app)) {
  return names
    .filter((name) => !env.get(name)?.value)
    .map((name) => `${where}: ${name} is required by envVarsOf('${app}') but not provided`);
}

const appEnvProblems = (where: string, app: ServiceName, env: Env) => [...unknownVars(where, app, env), ...missingVars(where, app, env)];

/** A migration gets MIGRATE_SERVICE, its app's MYSQL_URL and at most other variables of that app. */
function migrationEnvProblems(where: string, app: ServiceName, env: Env) {
  const named = env.get(MIGRATE_VAR)?.value;
  return [
    ...unknownVars(where, app, env, [MIGRATE_VAR]),
    ...missingVars(where, app, env, ['MYSQL_URL']),
    ...(named === app ? [] : [`${where}: ${MIGRATE_VAR} must be '${app}', got '${named}'`]),
  ];
}

const healthPaths = (text: string) => [LIVE, READY].filter((path) => text.includes(path));
const runsMigration = (command: unknown) => [command].flat(2).join(' ').includes(`${MIGRATE_SCRIPT} up`);
const dbOf = (url: string | undefined) => (url ? new URL(url).pathname.slice(1) : undefined);

// ---------------------------------------------------------------- docker-compose.yml
const compose: Obj = parse(read(COMPOSE), { merge: true });
const services: Record<string, Obj> = compose.services ?? {};

function composeEnv(name: string): Env {
  const service = services[name];
  assert.ok(service, `${COMPOSE}: no service '${name}'`);
  assert.equal(service.env_file, undefined, `${COMPOSE}: ${name} uses env_file, which this test does not read`);
  const raw = service.environment ?? {};
  const entries: [string, unknown][] = Array.isArray(raw)
    ? raw.map((line: string) => [line.split('=')[0], line.includes('=') ? line.slice(line.indexOf('=') + 1) : null])
    : Object.entries(raw);
  const from = `${COMPOSE} services.${name}.environment`;
  return new Map(entries.map(([key, value]) => [key, { value: value == null ? undefined : String(value), from }]));
}

const healthcheckText = (name: string) => [services[name]?.healthcheck?.test ?? []].flat().join(' ');

describe(COMPOSE, () => {
  for (const app of ALL_SERVICES) {
    describe(app, () => {
      it('is built from deploy/Dockerfile with APP set to its name', () => {
        const build = services[app]?.build;
        assert.ok(build, `${COMPOSE}: no service '${app}' with a build section`);
        assert.equal(build.dockerfile, DOCKERFILE, `${COMPOSE}: ${app} must build from ${DOCKERFILE}`);
        assert.equal(build.args?.APP, app, `${COMPOSE}: ${app} must build with args.APP=${app}`);
      });

      it('receives exactly the variables its schema knows, with every required one', () => {
        noProblems(appEnvProblems(`${COMPOSE} ${app}`, app, composeEnv(app)));
      });

      it('has a healthcheck on a health path of its HTTP_PORT', () => {
        const test = healthcheckText(app);
        assert.ok(healthPaths(test).length > 0, `${COMPOSE}: ${app} healthcheck must request ${LIVE} or ${READY}, got: ${test}`);
        const port = composeEnv(app).get('HTTP_PORT')?.value;
        assert.ok(port, `${COMPOSE}: ${app} must set HTTP_PORT explicitly`);
        assert.ok(
          test.includes('process.env.HTTP_PORT') || test.includes(`:${port}/`),
          `${COMPOSE}: ${app} healthcheck must target HTTP_PORT (${port}), got: ${test}`,
        );
      });

      it('uses its own databases, created by the MySQL init script', () => {
        if (!readsMysql(app)) return;
        const env = composeEnv(app);
        const database = DATABASE[app];
        assert.ok(database, `DATABASE in this spec has no database for ${app}`);
        assert.equal(dbOf(env.get('MYSQL_URL')?.value), database, `${COMPOSE}: ${app} MYSQL_URL must name database ${database}`);
        assert.equal(dbOf(env.get('MONGO_URL')?.value), database, `${COMPOSE}: ${app} MONGO_URL must name database ${database}`);
        assert.match(read(MYSQL_INIT), new RegExp(`CREATE DATABASE IF NOT EXISTS ${database}\\b`), `${MYSQL_INIT} must create ${database}`);
      });

      it('waits for a one-shot migration when it has MySQL, and only then', () => {
        const job = `migrate-${app}`;
        if (!readsMysql(app)) {
          assert.equal(services[job], undefined, `${COMPOSE}: ${job} exists but ${app} has no MYSQL_URL`);
          return;
        }
        const migrate = services[job];
        assert.ok(migrate, `${COMPOSE}: no service '${job}'`);
        assert.equal(migrate.build?.args?.APP, app, `${COMPOSE}: ${job} must build with args.APP=${app}`);
        assert.ok(runsMigration(migrate.command), `${COMPOSE}: ${job} must run ${MIGRATE_SCRIPT} up`);
        const env = composeEnv(job);
        noProblems(migrationEnvProblems(`${COMPOSE} ${job}`, app, env));
        assert.equal(
          env.get('MYSQL_URL')?.value,
          composeEnv(app).get('MYSQL_URL')?.value,
          `${COMPOSE}: ${job} MYSQL_URL must equal ${app}'s`,
        );
        assert.equal(
          services[app].depends_on?.[job]?.condition,
          'service_completed_successfully',
          `${COMPOSE}: ${app} must depend on ${job} with condition service_completed_successfully`,
        );
      });
    });
  }

  it('builds deploy/Dockerfile only for apps and their migrations', () => {
    const names = new Set<string>(ALL_SERVICES.flatMap((app) => [app, `migrate-${app}`]));
    noProblems(
      Object.keys(services)
        .filter((name) => services[name].build && !names.has(name))
        .map((name) => `${COMPOSE}: ${name} is built from ${DOCKERFILE} but is neither an app nor migrate-<app>`),
    );
  });

  it('names an existing service and a condition in every depends_on', () => {
    const problems = Object.entries(services).flatMap(([name, service]) =>
      Object.entries(service.depends_on ?? {}).flatMap(([dep, spec]: [string, any]) => [
        ...(services[dep] ? [] : [`${COMPOSE}: ${name} depends on unknown service ${dep}`]),
        ...(spec?.condition ? [] : [`${COMPOSE}: ${name} depends on ${dep} without a condition`]),
      ]),
    );
    noProblems(problems);
  });

  it('publishes host ports only for nginx, the sandbox and maildev', () => {
    noProblems(
      Object.keys(services)
        .filter((name) => services[name].ports?.length && !PUBLISHED.has(name))
        .map((name) => `${COMPOSE}: ${name} publishes a host port; only ${[...PUBLISHED].join(', ')} may`),
    );
  });

  it('fronts the gateway with nginx on the gateway HTTP_PORT', () => {
    const port = composeEnv(ServiceName.Gateway).get('HTTP_PORT')?.value;
    assert.match(read(NGINX_CONF), new RegExp(`server\\s+gateway:${port}\\b`), `${NGINX_CONF} must proxy to gateway:${port}`);
    assert.ok(healthPaths(healthcheckText('nginx')).length > 0, `${COMPOSE}: nginx healthcheck must request a health path`);
  });
});

// ---------------------------------------------------------------- deploy/k8s
const k8sFiles = readdirSync(join(process.cwd(), K8S_DIR))
  .filter((f) => /\.ya?ml$/.test(f) && f !== 'kustomization.yaml')
  .sort();
const objects: { file: string; obj: Obj }[] = k8sFiles.flatMap((f) => {
  const file = `${K8S_DIR}/${f}`;
  return parseAllDocuments(read(file))
    .map((doc) => {
      assert.deepEqual(doc.errors.map(String), [], `${file} does not parse`);
      return { file, obj: doc.toJS() as Obj };
    })
    .filter(({ obj }) => obj);
});
const find = (kind: string, name: string) => objects.find(({ obj }) => obj.kind === kind && obj.metadata?.name === name);

function mustFind(kind: string, name: string) {
  const found = find(kind, name);
  assert.ok(found, `${K8S_DIR}: no ${kind} '${name}'`);
  return found;
}

function sourceKeys(kind: 'ConfigMap' | 'Secret', name: string): Record<string, string> {
  const obj = find(kind, name)?.obj;
  if (!obj) return {};
  const decoded = Object.fromEntries(
    Object.entries(obj.data ?? {}).map(([k, v]) => [k, kind === 'Secret' ? Buffer.from(String(v), 'base64').toString() : String(v)]),
  );
  return { ...decoded, ...obj.stringData };
}

/** The container's environment as Kubernetes builds it: envFrom first, then env overriding it. */
function k8sEnv(where: string, container: Obj): { env: Env; problems: string[] } {
  const env: Env = new Map();
  const problems: string[] = [];
  for (const ref of container.envFrom ?? []) {
    const kind = ref.configMapRef ? 'ConfigMap' : 'Secret';
    const name: string = (ref.configMapRef ?? ref.secretRef)?.name;
    if (!find(kind, name)) problems.push(`${where}: envFrom ${kind} '${name}', which no file in ${K8S_DIR} defines`);
    for (const [key, value] of Object.entries(sourceKeys(kind, name))) {
      env.set(`${ref.prefix ?? ''}${key}`, { value, from: `${kind} ${name}/${key}` });
    }
  }
  for (const { name, value, valueFrom } of container.env ?? []) {
    const keyRef = valueFrom?.configMapKeyRef ?? valueFrom?.secretKeyRef;
    if (!keyRef) {
      env.set(name, { value: valueFrom ? 'from-field' : value, from: 'env' });
      continue;
    }
    const kind = valueFrom.configMapKeyRef ? 'ConfigMap' : 'Secret';
    const keys = sourceKeys(kind, keyRef.name);
    if (!(keyRef.key in keys)) problems.push(`${where}: ${name} refers to ${kind} ${keyRef.name} key ${keyRef.key}, not defined`);
    env.set(name, { value: keys[keyRef.key], from: `${kind} ${keyRef.name}/${keyRef.key}` });
  }
  return { env, problems };
}

function hardeningProblems(where: string, pod: Obj, container: Obj) {
  const problems: string[] = [];
  const sc = container.securityContext ?? {};
  if ((sc.runAsNonRoot ?? pod.securityContext?.runAsNonRoot) !== true) problems.push(`${where}: runAsNonRoot must be true`);
  if (sc.readOnlyRootFilesystem !== true) problems.push(`${where}: readOnlyRootFilesystem must be true`);
  if (sc.allowPrivilegeEscalation !== false) problems.push(`${where}: allowPrivilegeEscalation must be false`);
  for (const bound of ['requests', 'limits']) {
    for (const resource of ['cpu', 'memory']) {
      if (!container.resources?.[bound]?.[resource]) problems.push(`${where}: resources.${bound}.${resource} is missing`);
    }
  }
  return problems;
}

const imageRepo = (image: string) => image.replace(/[:@][^/]*$/, '');

describe(K8S_DIR, () => {
  it('kustomization.yaml lists exactly the manifests in the folder, in namespace los', () => {
    const kustomization: Obj = parse(read(KUSTOMIZATION));
    const listed: string[] = kustomization.resources ?? [];
    noProblems([
      ...k8sFiles.filter((f) => !listed.includes(f)).map((f) => `${KUSTOMIZATION}: resources does not list ${f}`),
      ...listed.filter((f) => !k8sFiles.includes(f)).map((f) => `${KUSTOMIZATION}: resources lists missing ${f}`),
    ]);
    assert.equal(kustomization.namespace, 'los', `${KUSTOMIZATION} must set namespace: los`);
    mustFind('Namespace', 'los');
    noProblems(
      objects
        .filter(({ obj }) => obj.kind !== 'Namespace' && obj.metadata?.namespace !== 'los')
        .map(({ file, obj }) => `${file}: ${obj.kind} ${obj.metadata?.name} must set metadata.namespace: los`),
    );
  });

  for (const app of ALL_SERVICES) {
    describe(app, () => {
      const deployment = () => {
        const { file, obj } = mustFind('Deployment', app);
        const pod = obj.spec?.template?.spec ?? {};
        const container = (pod.containers ?? []).find((c: Obj) => c.name === app);
        assert.ok(container, `${file}: Deployment ${app} has no container named ${app}`);
        return { file, obj, pod, container };
      };
      const resolvePort = (container: Obj, port: number | string) =>
        typeof port === 'number' ? port : container.ports?.find((p: Obj) => p.name === port)?.containerPort;

      it('has a Deployment running its image, a Service and a CPU HorizontalPodAutoscaler', () => {
        const { file, obj, container } = deployment();
        assert.equal(imageRepo(container.image), `los/${app}`, `${file}: ${app} must run image los/${app}`);
        const service = mustFind('Service', app);
        const podLabels = obj.spec.template.metadata?.labels ?? {};
        for (const [key, value] of Object.entries(service.obj.spec?.selector ?? {})) {
          assert.equal(podLabels[key], value, `${service.file}: Service ${app} selector ${key}=${value} does not match the pods`);
        }
        const port = resolvePort(container, service.obj.spec?.ports?.[0]?.targetPort);
        assert.equal(port, container.ports?.[0]?.containerPort, `${service.file}: Service ${app} targetPort must be the container port`);
        const hpa = mustFind('HorizontalPodAutoscaler', app);
        assert.equal(hpa.obj.apiVersion, 'autoscaling/v2', `${hpa.file}: HPA ${app} must be autoscaling/v2`);
        assert.deepEqual(
          hpa.obj.spec?.scaleTargetRef,
          { apiVersion: 'apps/v1', kind: 'Deployment', name: app },
          `${hpa.file}: HPA ${app} must target Deployment ${app}`,
        );
        assert.ok(
          hpa.obj.spec?.metrics?.some((m: Obj) => m.resource?.name === 'cpu'),
          `${hpa.file}: HPA ${app} must scale on CPU`,
        );
      });

      it('probes /health/live and /health/ready on the container port it gives as HTTP_PORT', () => {
        const { file, container } = deployment();
        const containerPort = container.ports?.[0]?.containerPort;
        const { env } = k8sEnv(file, container);
        assert.equal(
          env.get('HTTP_PORT')?.value,
          String(containerPort),
          `${file}: ${app} HTTP_PORT must equal containerPort ${containerPort}`,
        );
        for (const [probe, path] of [
          ['livenessProbe', LIVE],
          ['readinessProbe', READY],
        ] as const) {
          const httpGet = container[probe]?.httpGet;
          assert.equal(httpGet?.path, path, `${file}: ${app} ${probe} must GET ${path}`);
          assert.equal(resolvePort(container, httpGet.port), containerPort, `${file}: ${app} ${probe} must use port ${containerPort}`);
        }
        if (container.startupProbe) {
          assert.ok(
            healthPaths(container.startupProbe.httpGet?.path ?? '').length > 0,
            `${file}: ${app} startupProbe must GET a health path`,
          );
        }
      });

      it('receives exactly the variables its schema knows, with every required one', () => {
        const { file, container } = deployment();
        const { env, problems } = k8sEnv(`${file} ${app}`, container);
        noProblems([...problems, ...appEnvProblems(`${file} ${app}`, app, env)]);
      });

      it('runs as non-root on a read-only root filesystem with bounded resources', () => {
        const { file, pod, container } = deployment();
        noProblems(hardeningProblems(`${file} ${app}`, pod, container));
      });

      it('has a migration Job when it has MySQL, and only then', () => {
        const job = `migrate-${app}`;
        if (!readsMysql(app)) {
          assert.equal(find('Job', job), undefined, `${K8S_DIR}: Job ${job} exists but ${app} has no MYSQL_URL`);
          return;
        }
        const { file, obj } = mustFind('Job', job);
        const pod = obj.spec?.template?.spec ?? {};
        const [container] = pod.containers ?? [];
        const where = `${file} Job ${job}`;
        assert.equal(imageRepo(container?.image ?? ''), `los/${app}`, `${where}: must run image los/${app}`);
        assert.ok(runsMigration([container.command, container.args]), `${where}: must run ${MIGRATE_SCRIPT} up`);
        const { env, problems } = k8sEnv(where, container);
        noProblems([...problems, ...migrationEnvProblems(where, app, env)]);
        assert.equal(
          env.get('MYSQL_URL')?.from,
          k8sEnv(file, deployment().container).env.get('MYSQL_URL')?.from,
          `${where}: MYSQL_URL must come from the same source as Deployment ${app}'s`,
        );
        noProblems(hardeningProblems(where, pod, container));
      });
    });
  }
});

// ---------------------------------------------------------------- network policies and the documents bucket
const policies = () => objects.filter(({ obj }) => obj.kind === 'NetworkPolicy').map(({ obj }) => obj);
const selects = (policy: Obj, app: string) => policy.spec?.podSelector?.matchLabels?.['app.kubernetes.io/name'] === app;
const hasType = (policy: Obj, type: string) => (policy.spec?.policyTypes ?? []).includes(type);
const peerNames = (policy: Obj) =>
  (policy.spec?.ingress ?? []).flatMap((rule: Obj) =>
    (rule.from ?? []).map((peer: Obj) =>
      peer.podSelector
        ? `pod:${peer.podSelector.matchLabels?.['app.kubernetes.io/name']}`
        : `ns:${peer.namespaceSelector?.matchLabels?.['kubernetes.io/metadata.name']}`,
    ),
  );

describe(`${K8S_DIR} network policies`, () => {
  it('deny all ingress and egress in the namespace by default', () => {
    const deny = policies().find(
      (p) =>
        Object.keys(p.spec?.podSelector ?? {}).length === 0 &&
        hasType(p, 'Ingress') &&
        hasType(p, 'Egress') &&
        !p.spec.ingress &&
        !p.spec.egress,
    );
    assert.ok(deny, `${K8S_DIR}: no NetworkPolicy with an empty podSelector denying Ingress and Egress`);
  });

  for (const app of ALL_SERVICES) {
    it(`give ${app} its own NetworkPolicy admitting only named peers on its container port`, () => {
      const policy = policies().find((p) => selects(p, app));
      assert.ok(policy, `${K8S_DIR}: no NetworkPolicy selecting app.kubernetes.io/name=${app}`);
      assert.ok(hasType(policy, 'Ingress'), `NetworkPolicy ${app} must govern Ingress`);
      const port = find('Deployment', app)?.obj.spec.template.spec.containers[0].ports[0].containerPort;
      for (const rule of policy.spec.ingress ?? []) {
        assert.ok((rule.from ?? []).length > 0, `NetworkPolicy ${app}: an ingress rule without from admits everyone`);
        assert.deepEqual(
          (rule.ports ?? []).map((p: Obj) => p.port),
          [port],
          `NetworkPolicy ${app}: ingress only on containerPort ${port}`,
        );
      }
    });
  }

  it('admit the gateway from the ingress controller, the sandbox from kyc-, offer-, underwriting- and disbursal-service only', () => {
    const peers = (app: string) => peerNames(policies().find((p) => selects(p, app))!).sort();
    assert.ok(peers(ServiceName.Gateway).includes('ns:ingress-nginx'));
    assert.deepEqual(peers(ServiceName.Sandbox), [
      'ns:monitoring',
      'pod:disbursal-service',
      'pod:kyc-service',
      'pod:offer-service',
      'pod:underwriting-service',
    ]);
    for (const app of [ServiceName.Kyc, ServiceName.Offer, ServiceName.Underwriting, ServiceName.Disbursal]) {
      assert.deepEqual(peers(app), ['ns:monitoring'], `${app} is reached over Redis, not HTTP: only Prometheus scrapes it`);
    }
  });

  it('let the sandbox open no connection (no egress rule of its own)', () => {
    noProblems(
      policies()
        .filter((p) => selects(p, ServiceName.Sandbox) && (p.spec.egress ?? []).length > 0)
        .map((p) => `NetworkPolicy ${p.metadata.name} gives the sandbox egress`),
    );
  });
});

describe('documents bucket', () => {
  it('is encrypted at rest and refuses non-TLS requests on S3 (deploy/k8s/s3-bucket.yaml)', () => {
    const config = mustFind('ConfigMap', 'los-s3-bucket').obj.data;
    const policy = JSON.parse(config['policy.json']);
    assert.ok(
      policy.Statement.some((st: Obj) => st.Effect === 'Deny' && st.Condition?.Bool?.['aws:SecureTransport'] === 'false'),
      'the bucket policy must deny aws:SecureTransport=false',
    );
    assert.equal(JSON.parse(config['encryption.json']).Rules[0].ApplyServerSideEncryptionByDefault.SSEAlgorithm, 'AES256');
    const job = mustFind('Job', 's3-bucket-hardening').obj.spec.template.spec.containers[0];
    const script = [job.command, job.args].flat().join(' ');
    for (const call of ['put-bucket-encryption', 'put-bucket-policy']) assert.ok(script.includes(call), `the Job must run ${call}`);
    const gatewayBucket = k8sEnv('gateway', mustFind('Deployment', 'gateway').obj.spec.template.spec.containers[0]).env.get('S3_BUCKET');
    assert.equal(config.BUCKET, gatewayBucket?.value, "the hardened bucket is the gateway's S3_BUCKET");
  });

  it('is encrypted (SSE-S3) and TLS-only in compose too (minio-init)', () => {
    const script = [services['minio-init']?.command].flat().join(' ');
    assert.match(script, /mc encrypt set sse-s3 "los\/\$\$BUCKET"/);
    assert.match(script, /"aws:SecureTransport":\["false"\]/);
    assert.match(script, /mc anonymous set-json/);
    assert.ok(composeEnv('minio').get('MINIO_KMS_SECRET_KEY')?.value, 'MinIO needs a KMS key for SSE-S3');
    assert.equal(composeEnv(ServiceName.Sandbox).get('NODE_ENV')?.value, 'development', 'the sandbox refuses production');
  });
});

// ---------------------------------------------------------------- deploy/Dockerfile
/** `file` and the local files it imports, transitively, as paths from the repo root. */
function scriptsImportedBy(file: string, seen = new Set<string>()): string[] {
  if (seen.has(file)) return [];
  seen.add(file);
  for (const [, spec] of read(file).matchAll(/(?:import|from)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
    scriptsImportedBy(posix.join(posix.dirname(file), spec), seen);
  }
  return [...seen];
}

describe(DOCKERFILE, () => {
  const lines = read(DOCKERFILE)
    .replace(/\\\n/g, ' ')
    .split('\n')
    .filter((l) => !/^\s*#/.test(l));
  const runtime = lines.slice(lines.findLastIndex((l) => /^FROM\s/i.test(l)));
  const directive = (name: string) => runtime.filter((l) => l.startsWith(`${name} `)).map((l) => l.slice(name.length + 1).trim());
  const template = /dist\/apps\/\$\{?APP\}?\/[^\s"']+\.js/g;
  const withApp = (text: string, app: string) => text.replace(/\$\{?APP\}?/g, app);

  it('starts dist/apps/<APP>/<entry>.js, the entry nest-cli.json declares for each app', () => {
    assert.ok(
      directive('ARG').some((arg) => /^APP(=|$)/.test(arg)),
      `${DOCKERFILE}: the final stage must declare ARG APP`,
    );
    const projects = JSON.parse(read('nest-cli.json')).projects ?? {};
    const cmd: string[] = JSON.parse(directive('CMD').at(-1) ?? '[]');
    const started = cmd.find((arg) => arg.endsWith('.js'));
    assert.ok(started, `${DOCKERFILE}: CMD must be exec form starting a .js file, got ${JSON.stringify(cmd)}`);
    const link = runtime.join('\n').match(new RegExp(`ln -sf? "?(\\S+?)"? "?${started.replace(/[.]/g, '\\.')}"?(\\s|$)`));
    for (const app of ALL_SERVICES) {
      const project = projects[app];
      assert.equal(project?.type, 'application', `nest-cli.json: no application project '${app}'`);
      const entry = `dist/${project.sourceRoot}/${project.entryFile}.js`;
      const target: string = link ? posix.join(posix.dirname(started), withApp(link[1], app)) : withApp(started, app);
      assert.equal(target, entry, `${DOCKERFILE}: for APP=${app} the image starts ${target}, but nest-cli.json builds ${entry}`);
      for (const path of read(DOCKERFILE).match(template) ?? []) {
        assert.equal(withApp(path, app), entry, `${DOCKERFILE}: ${path} does not match ${entry} for APP=${app}`);
      }
    }
  });

  it('runs as a non-root user', () => {
    const user = directive('USER').at(-1) ?? 'root';
    assert.doesNotMatch(user, /^(root|0)(:|$)/, `${DOCKERFILE}: the final stage must set a non-root USER, got ${user}`);
  });

  it('ships the migration script and every script it imports', () => {
    const copied = directive('COPY')
      .filter((c) => !c.startsWith('--from'))
      .flatMap((c) => c.split(/\s+/).slice(0, -1));
    const isCopied = (file: string) => copied.some((src) => file === src || file.startsWith(`${src}/`));
    noProblems(
      scriptsImportedBy(MIGRATE_SCRIPT)
        .filter((file) => !isCopied(file))
        .map((file) => `${DOCKERFILE}: the final stage does not COPY ${file}, which ${MIGRATE_SCRIPT} needs`),
    );
  });
});

// ---------------------------------------------------------------- .env.example
describe(ENV_EXAMPLE, () => {
  it('documents every variable an app reads, and no other', () => {
    const documented = new Set([...read(ENV_EXAMPLE).matchAll(/^#?\s*([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]));
    const readByApps = new Set(ALL_SERVICES.flatMap((app) => envVarsOf(app).map((v) => v.name)));
    noProblems([
      ...[...readByApps].filter((n) => !documented.has(n)).map((n) => `${ENV_EXAMPLE}: ${n} is read but not documented`),
      ...[...documented].filter((n) => !readByApps.has(n)).map((n) => `${ENV_EXAMPLE}: ${n} is documented but no app reads it`),
    ]);
  });
});
