// `npm run codegen:check`: fails when the generated files on disk are not what `npm run codegen` would
// write now (schema or documents changed without regenerating, or a generated file edited by hand).
// It generates in memory and compares with the working tree, not with git, so it passes right after
// `npm run codegen`, before anything is committed. CI runs it on a fresh clone, where the working tree
// is what was committed. Usage: `codegen-check.ts [project-dir]` (default: this repository).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { ROOT_DIR } from '../config.js';

interface Drift {
  file: string;
  problem: 'stale' | 'missing' | 'not generated';
}

/** Every file under a generated folder, relative to the project. */
function filesUnder(root: string, dir: string): string[] {
  const abs = join(root, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs).flatMap((name) => {
    const rel = join(dir, name);
    return statSync(join(root, rel)).isDirectory() ? filesUnder(root, rel) : [rel];
  });
}

/** What differs between codegen's output for the project at `root` and the files on its disk. */
export async function findDrift(root: string): Promise<Drift[]> {
  const { default: config } = (await import(pathToFileURL(join(root, 'codegen.ts')).href)) as { default: CodegenConfig };
  const outputs = (await generate({ ...config, cwd: root, silent: true }, false)) as { filename: string; content: string }[];
  const expected = new Map(outputs.map((o) => [relative(root, resolve(root, o.filename)), o.content]));
  const drift: Drift[] = [];
  for (const [file, content] of expected) {
    const path = join(root, file);
    if (!existsSync(path)) drift.push({ file, problem: 'missing' });
    else if (readFileSync(path, 'utf8') !== content) drift.push({ file, problem: 'stale' });
  }
  // A file left in a generated folder that codegen no longer writes (a renamed output, a stray edit).
  const folders = Object.keys(config.generates).map((target) => (target.endsWith('/') ? target : target.replace(/[^/]+$/, '')));
  for (const folder of new Set(folders)) {
    for (const file of filesUnder(root, folder)) if (!expected.has(file)) drift.push({ file, problem: 'not generated' });
  }
  return drift.sort((a, b) => a.file.localeCompare(b.file));
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.filename);
if (isMain) {
  const root = resolve(process.argv[2] ?? ROOT_DIR);
  const drift = await findDrift(root).catch((error: unknown) => {
    console.error(`Codegen failed, so generated code cannot be checked: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
  if (drift.length > 0) {
    const lines = drift.map((d) => `  ${d.file}: ${d.problem === 'stale' ? 'differs from what codegen generates (edited by hand, or not regenerated)' : d.problem === 'missing' ? 'missing' : 'not written by codegen'}`);
    console.error(`Generated code is out of date; run "npm run codegen" (and commit the result):\n${lines.join('\n')}`);
    process.exit(1);
  }
  console.log('Generated code is up to date.');
}
