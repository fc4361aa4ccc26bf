// Deterministic identifiers (RFC 4122 version 5): the same name always gives the same UUID, so
// data imported from a reference source keeps its ids across reruns and across servers.
import { createHash } from 'node:crypto';

/** The project's namespace, fixed forever: changing it would change every derived id. */
export const CONVERGENCES_NAMESPACE = 'e1ea6cfd-6fea-47b9-957d-55e7c099cb93';

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `uuidV5('COMMUNE:22278')` → the same UUID on every run. The namespace is a parameter only so standard test vectors can be checked. */
export function uuidV5(name: string, namespace: string = CONVERGENCES_NAMESPACE): string {
  if (!UUID_PATTERN.test(namespace)) throw new Error(`Invalid namespace UUID: ${namespace}`);
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50; // version 5
  bytes[8] = (bytes[8] & 0x3f) | 0x80; // RFC 4122 variant
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
