"""Expands an iCalendar file as a calendar app would, for tests/feeds.test.ts: icalendar parses it and
recurring-ical-events expands every VEVENT (RRULE, EXDATE, RDATE, RECURRENCE-ID overrides) between two
instants. Prints one JSON object per line: uid, start and end (UTC, ISO 8601 with milliseconds),
status, and recurrence_id (UTC) when the occurrence is an override.

Usage: python ical_reference.py FILE FROM TO  (FROM and TO as ISO 8601 instants)
"""
import json
import sys
from datetime import datetime, timezone

import icalendar
import recurring_ical_events


def iso(value):
    if not isinstance(value, datetime):
        # A date alone (all-day): midnight UTC of that day, so the test sees it is not a time.
        return value.isoformat()
    return value.astimezone(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def main():
    path, start, end = sys.argv[1:4]
    with open(path, "rb") as f:
        calendar = icalendar.Calendar.from_ical(f.read())
    begin = datetime.fromisoformat(start.replace("Z", "+00:00"))
    finish = datetime.fromisoformat(end.replace("Z", "+00:00"))
    for event in recurring_ical_events.of(calendar).between(begin, finish):
        rid = event.get("RECURRENCE-ID")
        print(json.dumps({
            "uid": str(event.get("UID")),
            "start": iso(event.decoded("DTSTART")),
            "end": iso(event.decoded("DTEND")) if event.get("DTEND") else None,
            "status": str(event.get("STATUS")) if event.get("STATUS") else None,
            "recurrence_id": iso(rid.dt) if rid else None,
            "sequence": int(event.get("SEQUENCE", 0)),
        }))


main()
