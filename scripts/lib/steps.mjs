// Named, timed set-up steps: progress as it goes, and a failure that names the step and the fix.
export class StepError extends Error {
  constructor(message, fix) {
    super(message);
    this.fix = fix;
  }
}

export async function step(name, fn) {
  const started = Date.now();
  process.stdout.write(`▸ ${name} ...\n`);
  try {
    const result = await fn();
    process.stdout.write(`✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
    return result;
  } catch (error) {
    process.stdout.write(`✗ ${name} failed after ${((Date.now() - started) / 1000).toFixed(1)} s: ${error.message}\n`);
    if (error.fix) process.stdout.write(`  fix: ${error.fix}\n`);
    throw Object.assign(error, { reported: true });
  }
}

export function exitOnFailure(error) {
  if (!error.reported) console.error(error);
  process.exit(1);
}
