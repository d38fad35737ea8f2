#!/usr/bin/env python3
"""Writes the example body's folder file from the published results of its key suggestions.

Usage: python3 tools/suggestions_to_ron.py SESSION.ron SEED_2022.txt SEED_2025.txt OUT/body.ron

SESSION.ron is the example session (sessions/hebi-12-09.ron): its body and house style, and its
roster as the body's roster (members since the start of the term; their earlier history is not
published). The seeds are the results of 2022 and 2025 (shared/seeds/001_… and 004_…), text
extracted from the newspaper: every key suggestion's title, 牵头单位 and 办理情况, and the
publication's headline, introduction and closing are parsed out of them. What they do not
publish (the deputies of each suggestion, numbers, dates, classes, evaluations) is left
unrecorded, never guessed; the suggestions are marked concluded (办结), as the results say.

The text is cleaned of what the print added: the ASCII punctuation becomes the full-width forms
(「，」「：」「；」「（」「）」), spaces where a headline was broken over two lines go, and a
paragraph broken over two pages (a line not ending a sentence) is joined again. The running
headline of 2025's second page (「提升办理实效」 with the subtitle again) is not part of the text.

Afterwards run `huiwu format OUT/body.ron` to write it in the program's own layout.

Standard library only.
"""

import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from seed_to_ron import E, NONE, some, to_ron  # noqa: E402

FULL_WIDTH = {",": "，", ":": "：", ";": "；", "(": "（", ")": "）"}

# The running headline of the second page of the 2025 results.
PAGE_HEADS = {"提升办理实效"}


def full_width(text):
    return "".join(FULL_WIDTH.get(ch, ch) for ch in text)


def ends_sentence(line):
    return line.endswith(("。", "）", ")", "”"))


def paragraphs(lines):
    """Joins lines broken over two pages: a line that does not end a sentence goes on."""
    out = []
    pending = ""
    for line in lines:
        pending += line
        if ends_sentence(line):
            out.append(pending)
            pending = ""
    if pending:
        out.append(pending)
    return out


def parse_results(path, year, raised_at, first_id):
    lines = [l.strip() for l in open(path, encoding="utf-8").read().split("\n")]
    lines = [l for l in lines if l]
    title, subtitle = lines[0], lines[1]
    body = [l for l in lines[2:] if l not in PAGE_HEADS and l != subtitle]
    closing = ""
    if body and re.fullmatch(r"[(（].*[)）]", body[-1]):
        closing = full_width(body.pop())
    heading = [i for i, l in enumerate(body) if l.startswith("关于") and
               l.replace(" ", "").endswith("办理情况")]
    intro = [full_width(p) for p in paragraphs(body[:heading[0]])]
    suggestions = []
    labelled = False
    for n, start in enumerate(heading):
        end = heading[n + 1] if n + 1 < len(heading) else len(body)
        head = full_width(body[start].replace(" ", ""))
        assert head.endswith("办理情况"), head
        lead = body[start + 1]
        assert lead.startswith("牵头单位"), lead
        unit = full_width(lead)[len("牵头单位："):]
        text = "\n".join(full_width(p) for p in paragraphs(body[start + 2:end]))
        if text.startswith("办理情况："):
            labelled = True
            text = text[len("办理情况："):]
        suggestions.append({
            "id": first_id + n,
            "year": year,
            "raised_at": raised_at,
            "title": head[:-len("办理情况")],
            "handed_over": NONE,
            "lead_units": [unit],
            "key": some({"supervisors": []}),
            "answers": [{
                "date": NONE,
                "class": NONE,
                "text": text,
                "satisfaction": NONE,
            }],
            "concluded": True,
        })
    # A two-part headline is printed with a space between its parts.
    publication = {
        "year": year,
        "title": title.replace(" ", "\u3000"),
        "subtitle": subtitle,
        "introduction": intro,
        "handling_label": labelled,
    }
    if closing:
        publication["closing"] = closing
    return suggestions, publication


def session_parts(path):
    """The body (as RON text) and the roster of the example session."""
    text = open(path, encoding="utf-8").read()
    body = re.search(r"\n  body: (\(\n.*?\n  \)),\n  details:", text, re.S).group(1)
    roster_text = re.search(r"\n  roster: \[\n(.*?)\n  \],\n", text, re.S).group(1)
    members = []
    for entry in re.finditer(r"\(\n(.*?)\n    \)", roster_text, re.S):
        fields = dict(re.findall(r"^\s*(\w+): (.*?),$", entry.group(1), re.M))
        members.append({
            "id": int(fields["id"]),
            "name": fields["name"].strip('"'),
            "gender": E(fields.get("gender", "Unspecified")),
            "periods": [{
                "role": E(fields["role"]),
                "rank": int(fields.get("rank", "0")),
                "from": NONE,
                "until": NONE,
            }],
        })
    return body, members


def main(argv):
    if len(argv) != 5:
        print(__doc__)
        return 2
    session, seed_2022, seed_2025, out = argv[1:]
    body, members = session_parts(session)
    first, pub_2022 = parse_results(seed_2022, 2022, "市十一届人大五次会议", 1)
    second, pub_2025 = parse_results(seed_2025, 2025, "市十二届人大四次会议", len(first) + 1)
    rest = {
        "members": members,
        "opinions": [],
        "suggestions": first + second,
        "publications": [pub_2022, pub_2025],
    }
    text = to_ron(rest)
    # The body is copied as the session file writes it.
    text = "(\n  format_version: 1,\n  body: " + body + ",\n" + text[2:] + "\n"
    with open(out, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"suggestions {len(first)} + {len(second)}, members {len(members)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
