// Loads the parameterised statements kept in cypher/. One file, one statement, read once.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT_DIR } from '../config.js';

const CYPHER_DIR = join(ROOT_DIR, 'cypher');
const cache = new Map<string, string>();
/** An include line: the fragment's name, and the map parameter its parameters are read from, if any. */
export const INCLUDE = /^[ \t]*\/\/ @include ([a-z0-9/_-]+)(?: with \$([A-Za-z][A-Za-z0-9]*))?[ \t]*$/gm;

/** The text of `cypher/<name>.cypher`, e.g. `cypher('actor/get-actors-by-ids')`. */
export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    if (!/^[a-z0-9-]+(\/[a-z0-9_-]+)+$/.test(name)) throw new Error(`Invalid Cypher file name: ${name}`);
    // `// @include dir/file` lines pull in a shared fragment (static text, such as a list's filters).
    // `// @include dir/file with $map` reads the fragment's parameters from the map parameter `$map`
    // (`$kinds` becomes `$map.kinds`; `$access` stays the request's), so one statement can apply the
    // same fragment twice with two sets of values (the map's actor and action layers).
    text = readFileSync(join(CYPHER_DIR, `${name}.cypher`), 'utf8').replace(INCLUDE, (_, inc: string, map: string | undefined) => {
      const fragment = cypher(inc).replace(/^\/\/.*\n/gm, '');
      return map ? fragment.replace(/\$(?!access\b)([A-Za-z_][A-Za-z0-9_]*)/g, (_p, param: string) => `$${map}.${param}`) : fragment;
    });
    cache.set(name, text);
  }
  return text;
}

/** Migration files in order: `cypher/migrations/NNN-name.cypher`, each holding statements separated by `;` lines. */
export function migrationFiles(): { name: string; statements: string[] }[] {
  const dir = join(CYPHER_DIR, 'migrations');
  return readdirSync(dir)
    .filter((f) => /^\d{3}-[a-z0-9-]+\.cypher$/.test(f))
    .sort()
    .map((f) => ({
      name: f.replace(/\.cypher$/, ''),
      statements: readFileSync(join(dir, f), 'utf8')
        .split(/;\s*$/m)
        .map((s) => s.replace(/^\s*\/\/.*$/gm, '').trim())
        .filter((s) => s.length > 0),
    }));
}
