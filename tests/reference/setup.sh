#!/usr/bin/env bash
# Creates (or brings up to date) .venv-ref, the Python virtualenv holding the reference implementations
# the tests compare against: RFC 5545 recurrences (python-dateutil) for tests/rrule-differential.test.ts,
# icalendar + recurring-ical-events and feedparser for tests/feeds.test.ts. Idempotent; .ci/run calls
# it, and the tests call it on a developer's machine when the venv is missing or behind.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ ! -x .venv-ref/bin/python ]; then
  python3 -m venv .venv-ref
fi
.venv-ref/bin/python -m pip install --quiet --disable-pip-version-check -r tests/reference/requirements.txt
.venv-ref/bin/python -c 'import dateutil, tzdata; print(f"reference: python-dateutil {dateutil.__version__}, tzdata {tzdata.IANA_VERSION}")'
.venv-ref/bin/python -c 'import icalendar, feedparser; from importlib.metadata import version; print("feed parsers: icalendar", icalendar.__version__, "recurring-ical-events", version("recurring-ical-events"), "feedparser", feedparser.__version__)'
