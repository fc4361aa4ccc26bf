"""Parses an RSS, Atom or JSON feed file with feedparser, for tests/feeds.test.ts, and prints what a
feed reader sees as one JSON object: the feed's version and title, whether feedparser found it
malformed (bozo), and each entry's id, title, link, published and updated (UTC, ISO 8601), author,
HTML content and enclosures.

Usage: python feed_reference.py FILE
"""
import calendar
import json
import sys
from datetime import datetime, timezone

import feedparser


def iso(parsed):
    if not parsed:
        return None
    return datetime.fromtimestamp(calendar.timegm(parsed), timezone.utc).isoformat().replace("+00:00", "Z")


def main():
    with open(sys.argv[1], "rb") as f:
        data = f.read()
    feed = feedparser.parse(data)
    print(json.dumps({
        "version": feed.version,
        "bozo": bool(feed.bozo),
        "bozo_exception": str(feed.get("bozo_exception")) if feed.bozo else None,
        "title": feed.feed.get("title"),
        "entries": [
            {
                "id": e.get("id"),
                "title": e.get("title"),
                "link": e.get("link"),
                "published": iso(e.get("published_parsed")),
                "updated": iso(e.get("updated_parsed")),
                "author": e.get("author"),
                "content": (e.get("content") or [{}])[0].get("value") or e.get("summary"),
                "enclosures": [{"href": x.get("href"), "type": x.get("type")} for x in e.get("enclosures", [])],
            }
            for e in feed.entries
        ],
    }))


main()
