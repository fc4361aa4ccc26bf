// The per-zone tables of api/shared/zone.ts answer as Temporal itself does (temporal-polyfill, the
// maintained implementation they are built from): offsets at instants, and wall-clock times read with
// 'compatible' disambiguation (RFC 5545 §3.3.5), around clock changes, far in the future (where the
// tables are folded onto a year of the same kind) and in zones with unusual changes.
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { DAY_MS, formatWall, instantOfWall, offsetAt, parseWall, wallOf } from '../api/shared/zone.js';
import { wallClockStart } from '../api/shared/time.js';

const ZONES = [
  'Europe/Paris',
  'America/Cayenne',
  'America/Miquelon',
  'Indian/Reunion',
  'Pacific/Noumea',
  // Half-hour changes, changes at midnight, a skipped day, Ramadan suspensions, the far south.
  'Australia/Lord_Howe',
  'America/Havana',
  'Pacific/Apia',
  'Africa/Casablanca',
  'America/Santiago',
  'Pacific/Chatham',
];

function temporalAnswer(wall: number, tz: string): Temporal.ZonedDateTime {
  const d = new Date(wall);
  return Temporal.PlainDateTime.from({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes() }).toZonedDateTime(tz, {
    disambiguation: 'compatible',
  });
}

describe('zone tables against Temporal', () => {
  it('read wall-clock times and offsets as Temporal does, at every clock change of 1970–2040 and around it', () => {
    let checked = 0;
    for (const tz of ZONES) {
      let at: Temporal.ZonedDateTime | null = Temporal.Instant.from('1970-01-01T00:00:00Z').toZonedDateTimeISO(tz);
      for (;;) {
        at = at.getTimeZoneTransition('next');
        if (!at || at.year > 2040) break;
        const change = at.epochMilliseconds;
        // Every quarter of an hour of local time from three hours before the change to three after.
        const wallAtChange = Math.floor(wallOf(change, tz) / 900_000) * 900_000;
        for (let wall = wallAtChange - 3 * 3_600_000; wall <= wallAtChange + 3 * 3_600_000; wall += 900_000) {
          const expected = temporalAnswer(wall, tz);
          expect([tz, formatWall(wall), instantOfWall(wall, tz)]).toEqual([tz, formatWall(wall), expected.epochMilliseconds]);
          expect(offsetAt(expected.epochMilliseconds, tz)).toBe(expected.offsetNanoseconds / 1e6);
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(10_000);
  });

  it('read far years (folded onto a year of the same kind) as Temporal does', () => {
    for (const tz of ['Europe/Paris', 'America/Miquelon', 'Pacific/Chatham', 'Australia/Lord_Howe']) {
      for (const year of [2199, 2200, 2399, 2400, 3001, 5000, 7025, 9999]) {
        for (let day = 0; day < 366; day += 3) {
          const wall = Date.UTC(year, 0, 1) + day * DAY_MS + ((day * 7) % 24) * 3_600_000 + 1_800_000;
          if (new Date(wall).getUTCFullYear() !== year) continue;
          expect([tz, formatWall(wall), instantOfWall(wall, tz)]).toEqual([tz, formatWall(wall), temporalAnswer(wall, tz).epochMilliseconds]);
        }
      }
    }
  });

  it('keeps the wall-clock start a client wrote when it names the instant, else the instant’s local time', () => {
    // 02:30 the day Paris skips it, written with the offset before the gap (RFC 5545): 02:30 kept.
    expect(wallClockStart('2027-03-28T02:30:00+01:00', '2027-03-28T01:30:00.000Z', 'Europe/Paris')).toBe('2027-03-28T02:30:00');
    // The same instant written in UTC or as summer time: 03:30.
    expect(wallClockStart('2027-03-28T01:30:00Z', '2027-03-28T01:30:00.000Z', 'Europe/Paris')).toBe('2027-03-28T03:30:00');
    expect(wallClockStart('2027-03-28T03:30:00+02:00', '2027-03-28T01:30:00.000Z', 'Europe/Paris')).toBe('2027-03-28T03:30:00');
    // The second 02:30 of the night the clocks go back is still 02:30; a date alone is its midnight.
    expect(wallClockStart('2026-10-25T02:30:00+01:00', '2026-10-25T01:30:00.000Z', 'Europe/Paris')).toBe('2026-10-25T02:30:00');
    expect(wallClockStart('2026-10-25', '2026-10-24T22:00:00.000Z', 'Europe/Paris')).toBe('2026-10-25T00:00:00');
    expect(parseWall('2027-02-29T10:00')).toBeNull();
    expect(parseWall('2027-03-28T02:30:00.250')).toBe(Date.UTC(2027, 2, 28, 2, 30, 0, 250));
  });
});
