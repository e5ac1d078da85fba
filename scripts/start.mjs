// `npm start`: serve the production build, building it first only when the sources are newer than
// dist/ (a build takes a while on a small machine; starting again after a build need not repeat it).
// Runs under the project's pinned Node (npm puts node_modules/.bin first on PATH).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];
const BUILT = 'dist/index.html';

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

const run = (cmd, args) => {
  const result = spawnSync(cmd, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

const builtAt = existsSync(BUILT) ? statSync(BUILT).mtimeMs : 0;
const changedAt = Math.max(...SOURCES.map(newest));
if (builtAt === 0 || changedAt > builtAt) {
  console.log(builtAt === 0 ? 'No build yet: building the site.' : 'Sources changed since the last build: building the site.');
  run('npm', ['run', 'build', '--silent']);
} else {
  console.log('dist/ is newer than every source: serving it as it is (delete dist/ to force a build).');
}
run('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', '4321']);
