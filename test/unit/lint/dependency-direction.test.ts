import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

/**
 * The layering of DESIGN.md is enforced by lint, not by good intentions; this
 * checks that the lint really refuses each forbidden direction.
 */
const eslint = new ESLint({ cwd: new URL('../../..', import.meta.url).pathname });

async function violations(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the dependency direction is enforced by lint', () => {
  it.each([
    ['shared/x.ts', "import { readFileSync } from 'node:fs';"],
    ['shared/x.ts', "import { app } from 'electron';"],
    ['shared/x.ts', "import { useState } from 'react';"],
    ['shared/x.ts', "import { createCore } from '../electron/core/app-core';"],
    ['renderer/src/x.ts', "import { createCore } from '../../electron/core/app-core';"],
    ['renderer/src/x.ts', "import { ipcRenderer } from 'electron';"],
    ['renderer/src/x.ts', "import { join } from 'node:path';"],
    ['electron/core/x.ts', "import { app } from 'electron';"],
    ['electron/core/x.ts', "import { bindIpc } from '../main/ipc';"],
    ['electron/core/x.ts', "import { App } from '../../renderer/src/App';"],
    ['electron/preload/x.ts', "import { createCore } from '../core/app-core';"],
    ['electron/main/x.ts', "import { App } from '../../renderer/src/App';"],
  ])('refuses in %s: %s', async (file, source) => {
    expect(await violations(file, `${source}\nexport {};\n`)).not.toEqual([]);
  });

  it.each([
    ['renderer/src/x.ts', "import { REQUEST_NAMES } from '../../shared/ipc/channels';"],
    ['electron/preload/x.ts', "import { contextBridge } from 'electron';"],
    ['electron/main/x.ts', "import { createCore } from '../core/app-core';"],
    ['electron/core/x.ts', "import { readFileSync } from 'node:fs';"],
    ['electron/core/x.ts', "import { message } from '../../shared/texts/messages';"],
  ])('allows in %s: %s', async (file, source) => {
    expect(await violations(file, `${source}\nexport {};\n`)).toEqual([]);
  });
});
