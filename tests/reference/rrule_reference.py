"""Reference expansion of RFC 5545 recurrence rules, for tests/rrule-differential.test.ts.

Reads a JSON list of cases on stdin, each {"rule", "start", "tz", "from", "to"}: an RRULE of the
subset Convergences supports, the series' wall-clock start ("2027-03-28T02:30:00", local time in the
IANA zone "tz"), and a window [from, to) of UTC instants (null: the whole series, which is then bounded
by COUNT or UNTIL). Writes a JSON list of {"startUtc", "starts"}: the start's instant and the series'
starts in the window, as UTC instants ("2027-03-28T01:30:00.000Z"), or {"error"}.

What the reference does, exactly:
- python-dateutil's rrule works on wall-clock times: each occurrence is the start's local time on a
  day of the rule, attached to the zone (zoneinfo, from the pinned tzdata package) with fold=0.
  zoneinfo reads fold=0 as RFC 5545 §3.3.5 says: a time that occurs twice is its first occurrence
  (the offset before the change), and a time the clocks skip is read with the offset before the gap
  (02:30 on the last Sunday of March in Paris is 01:30Z). Nothing is shifted by hand: converting
  each occurrence to UTC with astimezone() is the RFC reading.
- dateutil counts DTSTART only when the rule yields it; RFC 5545 (§3.8.5.3) counts it always, as the
  first occurrence. So when the rule does not yield the start, the start is added in front, and with
  COUNT the rule's last occurrence is dropped (the start took its place).
- UNTIL as a date alone (20270630) is Convergences' shorthand for the whole day in the series' zone:
  it is given to dateutil as the UTC instant one second before the next local midnight.
"""

import json
import sys
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr


def iso(dt):
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.") + f"{dt.microsecond // 1000:03d}Z"


def parse_utc(text):
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def rule_for_dateutil(rule, tz):
    parts = []
    for part in rule.split(";"):
        name, value = part.split("=", 1)
        if name == "UNTIL" and len(value) == 8:
            next_midnight = datetime(int(value[:4]), int(value[4:6]), int(value[6:8]), tzinfo=tz) + timedelta(days=1)
            last = next_midnight.astimezone(timezone.utc) - timedelta(seconds=1)
            value = last.strftime("%Y%m%dT%H%M%SZ")
        parts.append(f"{name}={value}")
    return ";".join(parts)


def expand(case):
    tz = ZoneInfo(case["tz"])
    start = datetime.fromisoformat(case["start"]).replace(tzinfo=tz, fold=0)
    rule = rrulestr(rule_for_dateutil(case["rule"], tz), dtstart=start)
    lo = parse_utc(case["from"]) if case.get("from") else None
    hi = parse_utc(case["to"]) if case.get("to") else None
    count = next((int(p[6:]) for p in case["rule"].split(";") if p.startswith("COUNT=")), None)
    start_utc = start.astimezone(timezone.utc)
    instants = []
    for occurrence in rule:
        at = occurrence.astimezone(timezone.utc)
        if hi is not None and at >= hi and count is None:
            break
        instants.append(at)
    if start_utc not in instants:
        instants.insert(0, start_utc)
        if count is not None and len(instants) > count:
            instants.pop()
    starts = [iso(at) for at in instants if (lo is None or at >= lo) and (hi is None or at < hi)]
    return {"startUtc": iso(start_utc), "starts": starts}


def main():
    out = []
    for case in json.load(sys.stdin):
        try:
            out.append(expand(case))
        except Exception as error:  # reported per case, so one bad case names itself
            out.append({"error": f"{type(error).__name__}: {error}"})
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
