// `npm start`: builds the app, then runs it with Electron on this folder (`electron .`).
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ELECTRON_MISSING_HELP, findElectron } from './find-electron.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = (name) => join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);

const electron = findElectron();
if (!electron) {
  console.error(ELECTRON_MISSING_HELP);
  process.exit(1);
}

// On Windows the .cmd shim needs a shell; the arguments are fixed, so nothing is interpolated.
const build = spawnSync(bin('electron-vite'), ['build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
if (build.status !== 0) {
  console.error('Сборка не удалась, приложение не запущено. / The build failed; the app was not started.');
  process.exit(build.status ?? 1);
}

const child = spawn(electron, ['.', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', shell: false });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
