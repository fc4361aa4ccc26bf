// Fails when `npm run codegen` would change a tracked file: generated code must be committed as generated.
import { execFileSync } from 'node:child_process';
import { ROOT_DIR } from '../config.js';

const generated = ['api/generated', 'web/src/gql'];
execFileSync('npx', ['graphql-codegen', '--config', 'codegen.ts', '--silent'], { cwd: ROOT_DIR, stdio: 'inherit' });
const diff = execFileSync('git', ['status', '--porcelain', '--', ...generated], { cwd: ROOT_DIR, encoding: 'utf8' });
if (diff.trim().length > 0) {
  console.error(`Generated code is out of date; run "npm run codegen" and commit the result:\n${diff}`);
  process.exit(1);
}
console.log('Generated code is up to date.');
