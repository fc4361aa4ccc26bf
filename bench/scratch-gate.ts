import { generate } from './generate.js';
import { createHarness, runGate } from './harness.js';
const g = generate({ size: 'S', seed: 42, prefix: 'b' });
const h = await createHarness('bolt://127.0.0.1:7999', g);
try { await runGate(h, g, ['Q2', 'Q3'], 10, console.log); } catch (e) { console.error(String(e)); } finally { await h.close(); }
process.exit(0);
