// `eval "$(node scripts/use-node.mjs)"`: puts the project's Node (.node-version, fetched once from the npm registry
// into ~/.cache/los/ when the machine's node is older) first on PATH for this shell. .ci/run does the same.
import { envWithProjectNode, projectNodeBinDir } from './lib/node-runtime.mjs';

const { PATH } = envWithProjectNode(projectNodeBinDir());
process.stdout.write(`export PATH='${PATH.replaceAll("'", "'\\''")}'\n`);
