import { readFileSync } from 'node:fs';

/**
 * Connection credentials may name where the secret lives instead of holding it: `env:NAME` (an environment
 * variable) or `file:/path` (a mounted secret, trailing newline dropped). Other values are used as written
 * (the sandbox's). A missing reference fails the boot naming the reference, never a value.
 */
export function resolveCredentials(
  partnerCode: string,
  credentials: Record<string, string>,
  env: NodeJS.ProcessEnv = process.env,
  readFile: (path: string) => string = (path) => readFileSync(path, 'utf8'),
): Record<string, string> {
  const resolved: Record<string, string> = {};
  for (const [name, value] of Object.entries(credentials)) {
    resolved[name] = resolveOne(value, env, readFile, `${partnerCode} credential ${name}`);
  }
  return resolved;
}

function resolveOne(value: string, env: NodeJS.ProcessEnv, readFile: (path: string) => string, what: string): string {
  if (value.startsWith('env:')) {
    const secret = env[value.slice(4)];
    if (!secret) throw new Error(`${what} names environment variable ${value.slice(4)}, which is not set`);
    return secret;
  }
  if (value.startsWith('file:')) {
    try {
      return readFile(value.slice(5)).replace(/\r?\n$/, '');
    } catch {
      throw new Error(`${what} names file ${value.slice(5)}, which cannot be read`);
    }
  }
  return value;
}
