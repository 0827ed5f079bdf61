// `npm run openapi`: build, write the gateway's OpenAPI document (dist/openapi.json) without a server,
// lint it with Redocly and Spectral, and regenerate the typed client's types (test/generated/gateway-api.d.ts).
// `npm run openapi -- --check` (CI) fails instead of rewriting when the committed types are stale.
import { ensureProjectNode } from './lib/node-runtime.mjs';
import { CLIENT_TYPES, generateClientTypes, lintDocument, writeDocument } from './lib/openapi.mjs';
import { build, installIfNeeded } from './lib/project.mjs';
import { exitOnFailure, step } from './lib/steps.mjs';

async function main() {
  await ensureProjectNode();
  const check = process.argv.includes('--check');
  await step('dependencies', installIfNeeded);
  await step('build', build);
  await step('write the OpenAPI document', writeDocument);
  await step('lint it (Redocly recommended, Spectral spectral:oas)', lintDocument);
  const result = await step(`generate ${CLIENT_TYPES}`, () => generateClientTypes({ check }));
  if (result === 'written') await step('build with the new client types', build);
}

main().catch(exitOnFailure);
