#!/usr/bin/env node
// Summarises V8 .cpuprofile files (node --cpu-prof) by self time: the top functions and the top modules
// (node_modules package, node: internals, or the project's own file), as Markdown tables.
//   node tools/cpuprofile-top.mjs <file-or-dir>... [--top 25] [--skip-s 0] [--window-s 0] [--timeline]
//     [--callers <functionName>] [--inclusive <regexp over "function module">]
// --skip-s/--window-s keep only samples from that slice of each profile (e.g. one bench phase); --timeline prints
// busy ms per second to find the phases; --callers aggregates the JS call chains under one function (e.g. writeBuffer);
// --inclusive sums the time spent in and under the functions matching a pattern (e.g. 'pino|middie').
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  if (at < 0) return fallback;
  const value = Number(args[at + 1]);
  args.splice(at, 2);
  return value;
};
const top = option('--top', 25);
const skipUs = option('--skip-s', 0) * 1e6;
const windowUs = option('--window-s', 0) * 1e6;
const callersOf = args.includes('--callers') ? args.splice(args.indexOf('--callers'), 2)[1] : undefined;
const inclusiveOf = args.includes('--inclusive') ? new RegExp(args.splice(args.indexOf('--inclusive'), 2)[1]) : undefined;
const timeline = args.includes('--timeline') ? args.splice(args.indexOf('--timeline'), 1).length : 0;
const files = args.flatMap((path) =>
  statSync(path).isDirectory()
    ? readdirSync(path)
        .filter((name) => name.endsWith('.cpuprofile'))
        .map((name) => join(path, name))
    : [path],
);
if (files.length === 0) {
  console.error('usage: node tools/cpuprofile-top.mjs <file.cpuprofile|dir>... [--top N] [--skip-s S] [--window-s S]');
  process.exit(2);
}

const byFunction = new Map();
const byModule = new Map();
const byCaller = new Map();
const inclusive = new Map();
const busyBySecond = [];
let totalUs = 0;
for (const file of files) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node);
  let at = 0;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    at += delta;
    if (at < skipUs || (windowUs > 0 && at > skipUs + windowUs)) return;
    const frame = nodes.get(id).callFrame;
    if (frame.functionName === '(idle)' || frame.functionName === '(program)') return;
    totalUs += delta;
    const second = Math.floor(at / 1e6);
    busyBySecond[second] = (busyBySecond[second] ?? 0) + delta;
    if (inclusiveOf) {
      const seen = new Set();
      for (let up = nodes.get(id); up; up = parents.get(up.id)) {
        const name = `${up.callFrame.functionName || '(anonymous)'} ${moduleOf(up.callFrame)}`;
        if (inclusiveOf.test(name) && !seen.has(name)) {
          seen.add(name);
          inclusive.set(name, (inclusive.get(name) ?? 0) + delta);
        }
      }
    }
    if (callersOf && frame.functionName === callersOf) {
      const chain = [];
      for (let up = parents.get(id); up && chain.length < 4; up = parents.get(up.id)) {
        if (up.callFrame.url && !up.callFrame.url.startsWith('node:'))
          chain.push(`${up.callFrame.functionName || '(anonymous)'} ${moduleOf(up.callFrame)}`);
      }
      const key = chain.join(' < ');
      byCaller.set(key, (byCaller.get(key) ?? 0) + delta);
    }
    const where = moduleOf(frame);
    const name = `${frame.functionName || '(anonymous)'} ${where}${frame.url ? `:${frame.lineNumber + 1}` : ''}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + delta);
    byModule.set(where, (byModule.get(where) ?? 0) + delta);
  });
}

function moduleOf({ url, functionName }) {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const path = url.replace(/^file:\/\//, '');
  const pkg = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (pkg) return pkg[1];
  if (path.startsWith('node:')) return path;
  const own = path.match(/\/dist\/(.*)$/);
  return own ? own[1] : path;
}

const table = (title, entries) => {
  console.log(`\n| ${title} | self ms | % |\n|---|---:|---:|`);
  for (const [name, us] of [...entries].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`| ${name.replace(/\|/g, '\\|')} | ${(us / 1000).toFixed(0)} | ${((100 * us) / totalUs).toFixed(1)} |`);
  }
};
console.log(`busy (non-idle) CPU sampled: ${(totalUs / 1000).toFixed(0)} ms in ${files.length} profile(s)`);
if (timeline) console.log(busyBySecond.map((us, s) => `${s}s ${((us ?? 0) / 1000).toFixed(0)}`).join('  '));
table('module', byModule);
table('function', byFunction);
if (callersOf) table(`callers of ${callersOf}`, byCaller);
if (inclusiveOf) table(`inclusive (self + callees), matching ${inclusiveOf}`, inclusive);
