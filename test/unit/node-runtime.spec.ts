import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

interface NodeRuntime {
  MINIMUM_NODE: string;
  PROJECT_NODE: string;
  meetsEngine(version?: string): boolean;
  envWithProjectNode(binDir: string, env: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
}
const runtime = () => import(pathToFileURL(join(process.cwd(), 'scripts/lib/node-runtime.mjs')).href) as Promise<NodeRuntime>;
const read = (file: string) => readFileSync(join(process.cwd(), file), 'utf8');

describe('the declared Node', () => {
  it('meets the engine from 22.12 on, and not before', async () => {
    const { meetsEngine } = await runtime();
    for (const version of ['22.12.0', 'v22.23.5', '23.0.0', '24.1.0']) assert.equal(meetsEngine(version), true, version);
    for (const version of ['20.20.2', 'v20.19.0', '22.11.9', '21.7.3']) assert.equal(meetsEngine(version), false, version);
  });

  it('is one version everywhere: package.json, its lock, .node-version and the Docker image', async () => {
    const { MINIMUM_NODE, PROJECT_NODE, meetsEngine } = await runtime();
    assert.equal(JSON.parse(read('package.json')).engines.node, `>=${MINIMUM_NODE}`);
    assert.equal(JSON.parse(read('package-lock.json')).packages[''].engines.node, `>=${MINIMUM_NODE}`);
    assert.ok(meetsEngine(PROJECT_NODE), `.node-version ${PROJECT_NODE} is older than the engine`);
    const image = read('deploy/Dockerfile').match(/^ARG NODE_IMAGE=node:(\d+)-/m)?.[1];
    assert.equal(image, PROJECT_NODE.split('.')[0], 'the Dockerfile runs another Node major');
  });

  it('puts the project node first on PATH for npm and node children', async () => {
    const { envWithProjectNode } = await runtime();
    assert.equal(envWithProjectNode('/cache/node/bin', { PATH: '/usr/bin:/bin' }).PATH, '/cache/node/bin:/usr/bin:/bin');
    assert.equal(envWithProjectNode('/cache/node/bin', {}).PATH, '/cache/node/bin');
  });

  it('runs these tests (npm test, .ci/run) on a node that meets the engine', async () => {
    const { meetsEngine } = await runtime();
    assert.ok(
      meetsEngine(process.versions.node),
      `tests run on Node ${process.versions.node}: use npm test, or eval "$(node scripts/use-node.mjs)" first`,
    );
  });
});
