#!/usr/bin/env bash
# Creates (or brings up to date) .venv-ref, the Python virtualenv holding the reference implementation
# of RFC 5545 recurrences (python-dateutil) for tests/rrule-differential.test.ts. Idempotent; .ci/run
# calls it, and the test calls it on a developer's machine when the venv is missing.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ ! -x .venv-ref/bin/python ]; then
  python3 -m venv .venv-ref
fi
.venv-ref/bin/python -m pip install --quiet --disable-pip-version-check -r tests/reference/requirements.txt
.venv-ref/bin/python -c 'import dateutil, tzdata; print(f"reference: python-dateutil {dateutil.__version__}, tzdata {tzdata.IANA_VERSION}")'
