"""A task line's verb is not part of the name after it (round 21).

Backlogs, to-do lists, changelogs and comment lines open with a verb, capitalised because it opens the line:
"• Ask Quorvex AI for a trial", "- Dropped Ossabel-4 from the trial", "# Pull Tollgrind Arena numbers". A finder that
takes capitalised runs takes the verb into the name. :func:`lead_verb_cut` gives where the name starts instead: the
span's first word is a verb of such lines (a closed list of work verbs, base and past forms) and nothing but
bullet, checkbox, numbering or comment marks stands before it on its line. Linear in the names found.
"""
from __future__ import annotations

import re

LEAD_VERBS = frozenset("""Ask Asked Add Added Drop Dropped Pull Pulled Push Pushed Evaluate Evaluated Try Tried Check Checked
Run Ran Rerun Re-run Review Reviewed Update Updated Fix Fixed Move Moved Use Used Email Emailed Ping Pinged Compare Compared
Retire Retired Remove Removed Replace Replaced Switch Switched Migrate Migrated Deploy Deployed Test Tested Contact Contacted
Send Sent Renew Renewed Cancel Cancelled Canceled Upgrade Upgraded Downgrade Downgraded Swap Swapped Bump Bumped Pin Pinned
Enable Enabled Disable Disabled Install Installed Download Downloaded Subscribe Subscribed Trial Trialled Benchmark
Benchmarked Onboard Onboarded Integrate Integrated Fetch Fetched Investigate Investigated Document Documented Archive
Archived Revert Reverted Block Blocked Unblock Unblocked Wire Wired Port Ported Prototype Prototyped""".split())
# what may stand before the verb on its line: indentation, bullets, checkboxes, numbering, comment marks
LINE_LEAD = re.compile(r"(?:^|\n)[ \t]*(?:(?:[-*+•·‣◦>#;]+|//|\d{1,3}[.)]|\[[ xX]?\])[ \t]*)*\Z")


def lead_verb_cut(text: str, s: int, e: int) -> int | None:
    """Where the name starts when the span [s, e) opens with a task line's verb ("Ask Quorvex AI"), or None."""
    first, sep, rest = text[s:e].partition(" ")
    if not sep or first not in LEAD_VERBS or not rest[:1].isupper():
        return None
    if not LINE_LEAD.search(text, max(0, s - 40), s) and s != 0:
        return None
    return s + len(first) + 1
