#!/usr/bin/python3
"""A second opinion on hearth's iCalendar files: parse each with python3-icalendar (Debian
package python3-icalendar, installed by scripts/setup.sh) and print every event's UID, start
(as UTC, so the VTIMEZONE rules are applied), end, summary and status, one per line. The
Catch2 test in tests/sites_test.cpp compares this with what the file should mean."""
import sys
from datetime import datetime, timezone

import icalendar


def main():
    for path in sys.argv[1:]:
        with open(path, "rb") as f:
            data = f.read()
        cal = icalendar.Calendar.from_ical(data)
        zones = {}
        for tz in cal.walk("VTIMEZONE"):
            zones[str(tz["TZID"])] = tz.to_tz()
        for event in cal.walk("VEVENT"):
            out = [str(event["UID"])]
            for key in ("DTSTART", "DTEND"):
                if key not in event:
                    out.append("-")
                    continue
                value = event[key].dt
                if isinstance(value, datetime):
                    tzid = event[key].params.get("TZID")
                    if tzid and value.tzinfo is None:
                        value = zones[tzid].localize(value)
                    out.append(value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%MZ"))
                else:
                    out.append(value.isoformat())
            out.append(str(event["SUMMARY"]))
            out.append(str(event["STATUS"]))
            print(" | ".join(out))


if __name__ == "__main__":
    main()
