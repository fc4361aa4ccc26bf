// A hostile client in its own process (`node --import tsx bench/attacker.ts <graphql url> <clients>`):
// sends arm C's hostile bodies in a loop until stopped, so the attack's own CPU (building and sending
// 2 MB bodies) is not charged to the process whose latency is measured. Prints the count on exit.
import { hostileBodiesC, sendHostile } from './queries/q8-hostile.js';

const [url, clientsArg] = process.argv.slice(2);
if (!url) throw new Error('usage: bench/attacker.ts <graphql url> [clients]');
const bodies = hostileBodiesC();
let sent = 0;
let running = true;
const stop = () => {
  running = false;
};
process.on('SIGTERM', stop);
process.stdin.on('end', stop);
process.stdin.resume();
console.log('ready');
await Promise.all(
  Array.from({ length: Number(clientsArg ?? 2) }, async () => {
    while (running) {
      await sendHostile(url, bodies[sent++ % bodies.length]!.body).catch(() => undefined);
    }
  }),
);
console.log(`sent ${sent}`);
process.exit(0);
