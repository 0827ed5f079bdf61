// Runs s3rver in the foreground; scripts/infra/s3.mjs spawns it detached.
// Usage: node s3rver-main.mjs --port 4569 --dir /path --bucket name
import { parseArgs } from 'node:util';
import S3rver from 's3rver';

const { values } = parseArgs({
  options: { port: { type: 'string' }, dir: { type: 'string' }, bucket: { type: 'string' } },
});
if (!values.port || !values.dir || !values.bucket) {
  console.error('usage: s3rver-main.mjs --port <port> --dir <directory> --bucket <name>');
  process.exit(2);
}

const server = new S3rver({
  address: '127.0.0.1',
  port: Number(values.port),
  directory: values.dir,
  silent: true,
  configureBuckets: [{ name: values.bucket }],
});
await server.run();
console.log(`s3rver listening on 127.0.0.1:${values.port}, bucket ${values.bucket}`);

for (const signal of ['SIGTERM', 'SIGINT']) {
  process.once(signal, () => server.close(() => process.exit(0)));
}
