// Instants read from Neo4j come back as ISO-8601 strings in UTC with milliseconds, whatever offset or
// zone they were written with (api/db/values.ts computes them from the fields; the driver's own
// conversion is the reference).
import { describe, expect, it } from 'vitest';
import { testDb } from './helpers/db.js';

describe('instants read from Neo4j', () => {
  const db = testDb();

  it('turns every DateTime into the same UTC instant the driver computes', async () => {
    const [row] = await db.read((tx) =>
      tx.runText<{ values: string[] }>(
        `RETURN [datetime('2026-06-01T00:00:00Z'), datetime('2026-03-29T01:59:59.999+01:00'), datetime('2026-10-25T02:30:00+01:00'),
          datetime('2026-01-01T11:00:00.123456789+05:30'), datetime('2026-01-01T00:00:00+02:00'),
          datetime({year: 2026, month: 7, day: 14, hour: 12, timezone: 'Europe/Paris'}), datetime('0050-06-01T12:00:00Z')] AS values`,
      ),
    );
    expect(row!.values).toEqual([
      '2026-06-01T00:00:00.000Z',
      '2026-03-29T00:59:59.999Z',
      '2026-10-25T01:30:00.000Z',
      '2026-01-01T05:30:00.123Z',
      '2025-12-31T22:00:00.000Z',
      '2026-07-14T10:00:00.000Z',
      '0050-06-01T12:00:00.000Z',
    ]);
  });
});
