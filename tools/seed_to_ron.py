#!/usr/bin/env python3
"""Converts the published gazette of 鹤壁市十二届人大常委会第九次会议 into a session file.

Usage: python3 tools/seed_to_ron.py SEED.txt OUT.ron

The seed is text extracted from the published PDF. Everything in the session file is parsed
out of it: the roster and the leave list, the observers, every report with its full text, the
resolutions, the appointment motions. What the gazette does not publish (vote counts,
satisfaction results, genders of members, the venue) is left unrecorded, never guessed.

The text is cleaned of what the PDF extraction added: ASCII spaces between Chinese characters
or between a Chinese character and a number, and paragraphs broken over two lines. After
writing, the script checks that every run of at least 8 Chinese characters of the documents'
part of the seed occurs in the output and prints what is missing.

Standard library only.
"""

import json
import re
import sys

# ---------------------------------------------------------------------------------------------
# RON output

class E:
    """An enum value: `Name`, `Name(arg)`, `Name(a, b)`."""

    def __init__(self, name, *args):
        self.name = name
        self.args = args


def ron_string(text):
    for ch in text:
        if ord(ch) < 0x20:
            raise ValueError(f"control character in {text!r}")
    return json.dumps(text, ensure_ascii=False)


def to_ron(value, indent=0):
    pad = "  " * indent  # the form `huiwu format` writes
    inner = "  " * (indent + 1)
    if isinstance(value, E):
        if not value.args:
            return value.name
        return value.name + "(" + ", ".join(to_ron(a, indent) for a in value.args) + ")"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return ron_string(value)
    if isinstance(value, dict):
        if not value:
            return "()"
        parts = [f"{inner}{key}: {to_ron(item, indent + 1)}," for key, item in value.items()]
        return "(\n" + "\n".join(parts) + "\n" + pad + ")"
    if isinstance(value, list):
        if not value:
            return "[]"
        parts = [f"{inner}{to_ron(item, indent + 1)}," for item in value]
        return "[\n" + "\n".join(parts) + "\n" + pad + "]"
    raise TypeError(f"cannot write {value!r}")


def some(value):
    return E("Some", value)


NONE = E("None")

# ---------------------------------------------------------------------------------------------
# Text cleaning

def is_wide(ch):
    """A Chinese character or full-width punctuation: anything outside ASCII."""
    return ord(ch) > 0x7F


def space_goes(left, right):
    """Whether an ASCII space between `left` and `right` is an artefact of the PDF extraction.

    It goes when one side is Chinese (or full-width punctuation) and the other side is Chinese,
    a digit, ASCII punctuation, or a Latin token with a capital (5G, IDC, IPv6, 4A). It stays
    between ASCII on both sides and next to a lower-case English word (「体系 and 康养」).
    """
    before, after = left[-1], right[0]
    if not (is_wide(before) or is_wide(after)):
        return False
    if is_wide(before) and is_wide(after):
        return True
    word = re.match(r"[A-Za-z]+", right) if is_wide(before) else re.search(r"[A-Za-z]+$", left)
    if word and len(word.group()) >= 2 and word.group().islower():
        return False
    return True


def clean(text):
    """Removes the spaces the extraction added; keeps meaningful ones."""
    text = text.strip()
    pieces = re.split(r"( +)", text)
    out = pieces[0]
    for index in range(1, len(pieces) - 1, 2):
        right = pieces[index + 1]
        if out and right and space_goes(out, right):
            out += right
        else:
            out += " " + right
    return out


ARTICLE = re.compile(r"^(第[一二三四五六七八九十百]+条) +")


def clean_article(text):
    """「第一条 为…」: the space after the article number is kept, as the full-width space of print."""
    match = ARTICLE.match(text)
    if match:
        return match.group(1) + "\u3000" + clean(text[match.end():])
    return clean(text)


def clean_names(text):
    """「尚 欣 郑 辉 蔺其军」 → [尚欣, 郑辉, 蔺其军]: two-character names are padded with a space."""
    tokens = text.split()
    names = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if len(token) == 1 and index + 1 < len(tokens) and len(tokens[index + 1]) == 1:
            names.append(token + tokens[index + 1])
            index += 2
        else:
            names.append(token)
            index += 1
    return names

# ---------------------------------------------------------------------------------------------
# Blocks

CHINESE_DIGITS = "一二三四五六七八九十"
FINAL = "。！？：；”;:!?"
SENTENCE_INSIDE = "。！？；;"

# Lines that are headings although the extraction lost their number.
UNNUMBERED_HEADINGS = {"进一步推动《纲要》实施的重点任务举措": 1}


def marker_level(line):
    """The heading level of a line's leading mark, like `heading_level` in src/model/text.rs,
    without its length limit."""
    if not line:
        return None
    first = line[0]
    if first in CHINESE_DIGITS:
        rest = line.lstrip(CHINESE_DIGITS)
        return 1 if rest.startswith("、") else None
    if first in "（(":
        had_digit = len(line) > 1 and line[1] in CHINESE_DIGITS
        rest = line[1:].lstrip(CHINESE_DIGITS)
        return 2 if had_digit and rest[:1] in ("）", ")") else None
    if first.isdigit():
        rest = line.lstrip("0123456789")
        return 3 if rest[:1] in (".", "．", "、") else None
    return None


def heading_level(line):
    """A heading: a numbered line that is not a sentence (no full stop, no final ：；) and short.

    The program's own rule allows 60 characters; a 一、 heading of the 司法局 report has 63
    (「三、贯彻执行市人民代表大会及其常委会决议、决定情况，…」), so up to 70 are allowed here when
    the line holds no sentence punctuation at all.
    """
    if line in UNNUMBERED_HEADINGS:
        return UNNUMBERED_HEADINGS[line]
    level = marker_level(line)
    if level is None:
        return None
    plain = line.replace("**", "")
    if any(ch in plain for ch in SENTENCE_INSIDE) or plain[-1] in FINAL:
        return None
    if len(plain) > 70:
        return None
    return level


def ends_sentence(text):
    plain = text.replace("**", "").rstrip()
    if not plain:
        return True
    if plain[-1] in FINAL:
        return True
    return plain.endswith("。）") or plain.endswith("。)")


def blocks_from_lines(lines, clean_line=clean):
    """Blocks from raw seed lines (blank lines included)."""
    blocks = []
    table = None
    for raw in lines:
        if not raw.strip():
            table = None  # a blank line ends a table
            continue
        if "\t" in raw:
            cells = [clean(cell) for cell in raw.split("\t")]
            if table is None:
                caption = ""
                if blocks and blocks[-1].name == "Paragraph" and not ends_sentence(blocks[-1].args[0]) \
                        and len(blocks[-1].args[0]) <= 40:
                    caption = blocks.pop().args[0]
                table = {"caption": caption, "header_rows": 2, "rows": []}
                if not caption:
                    del table["caption"]  # as `huiwu format` writes it
                blocks.append(E("Table", table))
            table["rows"].append(cells)
            continue
        table = None
        line = raw.strip()
        if line.startswith("- "):
            line = line[2:]
        text = clean_line(line)
        level = heading_level(text)
        previous = blocks[-1] if blocks else None
        if level is None and previous is not None and previous.name == "Paragraph" \
                and not ends_sentence(previous.args[0]):
            blocks[-1] = E("Paragraph", clean_line(previous.args[0] + line))
            continue
        if level is not None:
            blocks.append(E("Heading", level, text))
        else:
            blocks.append(E("Paragraph", text))
    return blocks

# ---------------------------------------------------------------------------------------------
# The seed

HEADER = "——"
CLOSING = re.compile(r"^(以上报告[,，]请予审议。|《[^》]+》及其说明，请(予)?审议。)$")
RESOLUTION_TITLE = "鹤壁市人民代表大会常务委员会"
ADOPTION = re.compile(r"^[(（]\s*2023\s*年\s*12\s*月\s*21\s*日鹤壁市第十二届人民代表大会")
APPOINTMENT_LIST = "鹤壁市十二届人大常委会第九次会议人事任免名单"
DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")


def iso_date(text):
    match = DATE.search(text)
    if not match:
        raise ValueError(f"no date in {text!r}")
    year, month, day = (int(g) for g in match.groups())
    return f"{year:04d}-{month:02d}-{day:02d}"


class Seed:
    def __init__(self, path):
        with open(path, encoding="utf-8") as handle:
            self.lines = handle.read().split("\n")

    def next_filled(self, index):
        """Index of the first non-blank line at or after `index`."""
        while index < len(self.lines) and not self.lines[index].strip():
            index += 1
        return index

    def line(self, index):
        return self.lines[index].strip() if index < len(self.lines) else ""

    def find(self, text, start=0):
        for index in range(start, len(self.lines)):
            if self.lines[index].strip() == text:
                return index
        raise ValueError(f"line {text!r} not found")

    def starts_document(self, index):
        """Whether the line at `index` begins a report, resolution, motion or the lists."""
        text = self.line(index)
        if not text:
            return False
        after = self.line(self.next_filled(index + 1))
        if after.startswith(HEADER):
            return True
        if text.startswith(RESOLUTION_TITLE) and (text.endswith("决议") or text.endswith("规范")
                                                  or text == RESOLUTION_TITLE):
            return True
        if text.startswith("关于提请任") and "〔" in after:
            return True
        return text == APPOINTMENT_LIST


def report_kind(title, submitter):
    if "讲话" in title:
        return "Speech"
    if title.endswith("的说明"):
        return "Explanation"
    if title.endswith("专项工作报告"):
        return "SpecialWorkReport"
    if title.endswith("调研报告"):
        return "SurveyReport"
    if title.endswith("视察报告"):
        return "InspectionVisitReport"
    if "执法检查组" in submitter:
        return "LawEnforcementInspectionReport"
    if "审计查出问题整改" in title:
        return "AuditRectificationReport"
    return "WorkReport"


POSTS = ("副主任", "秘书长", "主任")


def split_byline(byline):
    """「市人大常委会副主任 尚欣」 → (市人大常委会, 市人大常委会副主任 尚欣); a unit → (unit, "")."""
    if " " not in byline:
        return byline, ""
    office = byline.split(" ")[0]
    for post in POSTS:
        if office.endswith(post):
            return office[: -len(post)], byline
    return office, byline


def parse(seed):
    reports = []
    resolutions = []
    motions = []

    # The chair's closing speech.
    start = seed.find("在市十二届人大常委会第九次会议结束时的讲话")
    presenter_line = seed.next_filled(start + 1)
    date_line = seed.next_filled(presenter_line + 1)
    salutation_line = seed.next_filled(date_line + 1)
    closing_line = seed.find("会议到此结束，散会。", salutation_line)
    reports.append({
        "id": 1,
        "kind": E("Speech"),
        "title": clean(seed.line(start)),
        "submitter": "市人大常委会",
        "presenter": seed.line(presenter_line),
        "date": some(iso_date(seed.line(date_line))),
        "salutation": seed.line(salutation_line),
        "body": blocks_from_lines(seed.lines[salutation_line + 1:closing_line]),
        "closing": seed.line(closing_line),
    })

    index = seed.next_filled(closing_line + 1)
    end_of_documents = seed.find(APPOINTMENT_LIST)
    while index < end_of_documents:
        text = seed.line(index)
        after = seed.line(seed.next_filled(index + 1))
        if after.startswith(HEADER):
            index = parse_report(seed, index, reports)
        elif text.startswith("附件："):
            index = parse_attachment(seed, index, reports[-1])
        elif text.startswith(RESOLUTION_TITLE):
            index = parse_resolution(seed, index, resolutions)
        elif text.startswith("关于提请任"):
            index = parse_motion(seed, index, motions)
        else:
            raise ValueError(f"line {index + 1} begins no document: {text!r}")
        index = seed.next_filled(index)
    return reports, resolutions, motions


def parse_report(seed, index, reports):
    title = clean(seed.line(index))
    header = seed.next_filled(index + 1)
    assert seed.line(header).startswith(HEADER), header
    date = iso_date(seed.line(header))
    header_end = seed.next_filled(header + 1)
    assert seed.line(header_end) == "常务委员会第九次会议上", header_end
    byline_line = seed.next_filled(header_end + 1)
    salutation_line = seed.next_filled(byline_line + 1)
    salutation = seed.line(salutation_line)
    assert salutation.endswith("："), salutation
    closing_line = salutation_line + 1
    while not CLOSING.match(clean(seed.line(closing_line))):
        closing_line += 1
        if seed.starts_document(closing_line):
            raise ValueError(f"report at line {index + 1} has no closing line")
    submitter, presenter = split_byline(seed.line(byline_line))
    report = {
        "id": len(reports) + 1,
        "kind": E(report_kind(title, submitter)),
        "title": title,
        "submitter": submitter,
        "presenter": presenter,
        "date": some(date),
        "salutation": salutation,
        "body": blocks_from_lines(seed.lines[salutation_line + 1:closing_line]),
        "closing": clean(seed.line(closing_line)).replace("以上报告,请予审议。", "以上报告，请予审议。"),
    }
    reports.append(report)
    return closing_line + 1


def document_end(seed, index):
    """The first line after `index` that begins another document."""
    index += 1
    while index < len(seed.lines) and not seed.starts_document(index):
        index += 1
    return index


def parse_attachment(seed, index, report):
    """「附件：《…》」, then 「附件」, then the attachment's own title and text."""
    label = seed.next_filled(index + 1)
    assert seed.line(label) == "附件", label
    title_line = seed.next_filled(label + 1)
    end = document_end(seed, title_line)
    report["attachments"] = [{
        "title": clean(seed.line(title_line)),
        "body": blocks_from_lines(seed.lines[title_line + 1:end]),
    }]
    return end


def parse_resolution(seed, index, resolutions):
    title = seed.line(index)
    body_start = index + 1
    # A title printed over two lines continues on the very next line.
    if seed.line(index + 1) and not ADOPTION.match(seed.line(index + 1)):
        title += seed.line(index + 1)
        body_start = index + 2
    body_start = seed.next_filled(body_start)
    if ADOPTION.match(seed.line(body_start)):
        # The adoption line (two printed lines) is derived by the program, not stored.
        while not seed.line(body_start).endswith("通过)") and not seed.line(body_start).endswith("通过）"):
            body_start += 1
        body_start += 1
    end = document_end(seed, index)
    title = clean(title)
    kind = "WorkingRules" if title.endswith("规范") else "Resolution"
    resolutions.append({
        "id": len(resolutions) + 1,
        "kind": E(kind),
        "title": title,
        "status": E("Adopted"),
        "body": blocks_from_lines(seed.lines[body_start:end], clean_line=clean_article),
        "explanation": NONE,  # filled in once the reports are known
    })
    return end


NOMINATORS = {
    "鹤人常主任会议": "CouncilOfChairpersons",
    "鹤政文": "Mayor",
    "鹤监文": "SupervisoryCommission",
    "鹤检文": "ChiefProcurator",
}

ENTRY = re.compile(r"^(?P<person>[^（(为的]+)(?P<female>[（(]女[）)])?(?:为(?P<posts_in>.+)|的(?P<posts_out>.+)职务)[；。;]$")


def parse_motion(seed, index, motions):
    title = clean(seed.line(index))
    number_line = seed.next_filled(index + 1)
    number = clean(seed.line(number_line))
    nominator = next(v for k, v in NOMINATORS.items() if number.startswith(k))
    addressee_line = seed.next_filled(number_line + 1)
    addressee = seed.line(addressee_line).rstrip("：:")
    basis_line = seed.next_filled(addressee_line + 1)
    basis = clean(seed.line(basis_line))
    assert basis.endswith("任命："), basis
    end = document_end(seed, index)
    body = [seed.line(i) for i in range(basis_line + 1, end) if seed.line(i)]
    appoint, remove = ("DecideAppoint", "DecideRemove") if nominator == "Mayor" else ("Appoint", "Remove")
    action = appoint
    entries = []
    signatory = None
    date = None
    first_entry_id = sum(len(m["entries"]) for m in motions) + 1
    for text in body:
        text = clean(text)
        if text in ("任命：", "决定任命："):
            action = appoint
        elif text in ("免去：", "决定免去："):
            action = remove
        elif text == "请予审议。":
            continue
        elif DATE.fullmatch(text) or DATE.fullmatch(text.replace(" ", "")):
            date = iso_date(text)
        elif ENTRY.match(text):
            match = ENTRY.match(text)
            posts = match.group("posts_in") or match.group("posts_out")
            entries.append({
                "id": first_entry_id + len(entries),
                "action": E(action),
                "person": match.group("person"),
                "gender": E("Female" if match.group("female") else "Unspecified"),
                "posts": posts.split("、"),
            })
        elif signatory is None:
            signatory = text
        else:
            raise ValueError(f"motion {title}: cannot place {text!r}")
    motions.append({
        "id": len(motions) + 1,
        "title": title,
        "document_number": number,
        "nominator": E(nominator),
        "addressee": addressee,
        "basis": basis,
        "signatory": signatory,
        "date": some(date),
        "entries": entries,
    })
    return end

# ---------------------------------------------------------------------------------------------
# Lists at the end: attendance and observers

def parse_roster(seed):
    start = seed.find("鹤壁市十二届人大常委会第九次会议出缺席人员名单")
    end = seed.find("鹤壁市十二届人大常委会第九次会议列席人员名单")
    groups = {}
    current = None
    for index in range(start + 1, end):
        text = seed.line(index)
        if not text:
            continue
        if "：" in text:
            label, names = text.split("：", 1)
            current = label.replace(" ", "")
            current = re.sub(r"（.*?）", "", current)
            groups[current] = clean_names(names)
        else:
            groups[current] += clean_names(text)
    roster = []

    def add(name, role, rank):
        roster.append({
            "id": len(roster) + 1,
            "name": name,
            "gender": E("Unspecified"),
            "role": E(role),
            "rank": rank,
        })

    for name in groups["主任"]:
        add(name, "Chair", 1)
    for rank, name in enumerate(groups["副主任"], 1):
        add(name, "ViceChair", rank)
    for name in groups["秘书长"]:
        add(name, "SecretaryGeneral", 1)
    for name in groups["委员"]:
        add(name, "Member", 0)
    for name in groups["请假"]:
        add(name, "Member", 0)
    by_name = {m["name"]: m["id"] for m in roster}
    absences = [{"member": by_name[name], "kind": E("Leave", "")} for name in groups["请假"]]
    return roster, absences, groups


def parse_observers(seed):
    start = seed.find("鹤壁市十二届人大常委会第九次会议列席人员名单")
    units = []
    for index in range(start + 1, len(seed.lines)):
        text = seed.line(index)
        if not text:
            continue
        unit, names = text.split("\t", 1)
        people = []
        for piece in names.split("、"):
            people += clean_names(piece)
        units.append({"id": len(units) + 1, "unit": unit.strip(), "names": people})
    return units

# ---------------------------------------------------------------------------------------------
# The session


def build(seed):
    reports, resolutions, motions = parse(seed)
    roster, absences, groups = parse_roster(seed)
    observers = parse_observers(seed)

    def report_id(title_part, submitter_part=""):
        found = [r["id"] for r in reports
                 if title_part in r["title"] and submitter_part in r["submitter"] + r["presenter"]]
        if len(found) != 1:
            raise ValueError(f"report {title_part!r}/{submitter_part!r}: {found}")
        return found[0]

    def resolution_id(title_part):
        found = [r["id"] for r in resolutions if title_part in r["title"]]
        assert len(found) == 1, title_part
        return found[0]

    # Resolutions and what explains them.
    explanations = {
        "指标调整的决议": report_id("部分指标调整建议的报告", "市发展和改革委员会"),
        "财政预算调整方案的决议": report_id("财政预算调整方案的报告", "市财政局"),
        "执法检查工作规范": report_id("执法检查工作规范》的说明"),
        "加强检察建议工作的决议": report_id("加强检察建议工作的决议》的说明"),
    }
    for resolution in resolutions:
        key = next(k for k in explanations if resolution["title"].endswith(k))
        resolution["explanation"] = some(explanations[key])

    R = lambda i: E("Report", i)  # noqa: E731
    S = lambda i: E("Resolution", i)  # noqa: E731

    suggestions_gov = report_id("代表建议、批评和意见办理情况的报告", "市人民政府")
    suggestions_npc = report_id("意见办理情况的报告", "尚欣")
    plan_gov = report_id("起草情况的报告")
    plan_survey = report_id("中期评估的调研报告")
    audit = report_id("审计查出问题整改情况的报告")
    inspection = report_id("贯彻落实情况的报告", "执法检查组")
    indicators = report_id("部分指标调整建议的报告")
    budget = report_id("财政预算调整方案的报告")
    rule_of_law = report_id("法治政府建设情况的专项工作报告")
    prosperity = report_id("共同富裕示范区创建情况的专项工作报告")
    prosperity_visit = report_id("共同富裕示范区创建情况的视察报告")
    weihe = report_id("贯彻落实情况的专项工作报告", "市水利局")
    weihe_survey = report_id("贯彻落实情况的调研报告", "专题调研组")
    rules_note = report_id("执法检查工作规范》的说明")
    procuratorial_note = report_id("加强检察建议工作的决议》的说明")

    evaluated_units = [
        ("市工业和信息化局", "市工信局"),
        ("市司法局", "市司法局"),
        ("市民政局", "市民政局"),
        ("市城市管理局", "市城市管理局"),
        ("市水利局", "市水利局"),
    ]
    evaluation_reports = []
    for unit, short in evaluated_units:
        own = report_id("新时代高质量发展示范城市建设工作情况的报告", unit)
        survey = report_id(f"关于评议{unit}工作情况的调研报告")
        evaluation_reports.append((unit, own, survey))

    def byline_of(report_ids, field):
        values = []
        for rid in report_ids:
            value = reports[rid - 1][field]
            if value and value not in values:
                values.append(value)
        return "、".join(values)

    def item(kind, title, docs, outcome, submitter=None, presenter=None):
        ids = [d.args[0] for d in docs if d.name == "Report"]
        return {
            "kind": E(kind),
            "title": title,
            "submitter": submitter if submitter is not None else byline_of(ids, "submitter"),
            "presenter": presenter if presenter is not None else byline_of(ids, "presenter"),
            "documents": docs,
            "outcome": E(outcome),
        }

    agenda = [
        item("HearAndDeliberate",
             "听取和审议市人民政府关于2023年重点民生实事办理情况的专项工作报告",
             [R(report_id("重点民生实事办理情况的专项工作报告"))], "Adopted"),
        item("HearAndDeliberate",
             "听取和审议市人民政府关于市十二届人大一次会议以来代表建议、批评和意见办理情况的报告"
             "和市人大常委会关于代表建议办理情况的报告",
             [R(suggestions_gov), R(suggestions_npc)], "Adopted"),
        item("HearAndDeliberate",
             "听取和审议市人民政府关于《鹤壁市国民经济和社会发展的“十四五”规划中期评估报告》起草情况的报告"
             "和市人大常委会专题调研组关于鹤壁市国民经济和社会发展“十四五”规划纲要实施情况中期评估的调研报告",
             [R(plan_gov), R(plan_survey)], "Adopted"),
        item("HearAndDeliberate",
             "听取和审议市审计局关于2022年度市级预算执行和其他财政收支审计查出问题整改情况的报告",
             [R(audit)], "Adopted"),
        item("HearAndDeliberate",
             "听取和审议市人大常委会执法检查组关于检查《河南省革命老区振兴发展促进条例》贯彻落实情况的报告",
             [R(inspection)], "Adopted"),
        item("DeliberateDraft",
             "审议鹤壁市人民代表大会常务委员会关于批准2023年经济社会发展部分指标调整的决议（草案）",
             [S(resolution_id("指标调整的决议")), R(indicators)], "Adopted"),
        item("DeliberateDraft",
             "审议鹤壁市人民代表大会常务委员会关于批准鹤壁市2023年市级第二次财政预算调整方案的决议（草案）",
             [S(resolution_id("财政预算调整方案的决议")), R(budget)], "Adopted"),
        item("HearAndDeliberate",
             "听取和审议市司法局关于2023年度法治政府建设情况的专项工作报告",
             [R(rule_of_law)], "Deliberated"),
        item("HearAndDeliberate",
             "听取和审议市发展改革委关于国家共同富裕示范区创建情况的专项工作报告"
             "和市人大常委会专题视察组关于国家共同富裕示范区创建情况的视察报告",
             [R(prosperity), R(prosperity_visit)], "Deliberated"),
        item("HearAndDeliberate",
             "听取和审议市水利局关于《鹤壁市人民代表大会常务委员会关于促进卫河流域生态治理和高质量发展的决议》"
             "贯彻落实情况的专项工作报告和市人大常委会专题调研组的调研报告",
             [R(weihe), R(weihe_survey)], "Deliberated"),
        item("DeliberateDraft",
             "审议鹤壁市人民代表大会常务委员会执法检查工作规范（修订草案）",
             [S(resolution_id("执法检查工作规范")), R(rules_note)], "Adopted"),
        item("DeliberateDraft",
             "审议鹤壁市人民代表大会常务委员会关于加强检察建议工作的决议（草案）",
             [S(resolution_id("加强检察建议工作的决议")), R(procuratorial_note)], "Adopted"),
        item("WorkEvaluation",
             "开展新时代高质量发展示范城市建设工作评议，听取和审议市工业和信息化局、市司法局、市民政局、"
             "市城市管理局、市水利局关于新时代高质量发展示范城市建设工作情况的报告和市人大常委会评议工作组的调研报告",
             [R(i) for _, own, survey in evaluation_reports for i in (own, survey)], "Adopted",
             submitter="市工业和信息化局、市司法局、市民政局、市城市管理局、市水利局、市人大常委会评议工作组",
             presenter=""),
        item("Appointments", "审议人事任免事项",
             [E("Motion", m["id"]) for m in motions], "Adopted",
             submitter="鹤壁市人大常委会主任会议、市人民政府、市监察委员会、市人民检察院",
             presenter=""),
    ]
    for number, agenda_item in enumerate(agenda, 1):
        agenda_item = {"id": number, **agenda_item}
        agenda[number - 1] = agenda_item

    votes = []

    def vote(subject):
        votes.append({"id": len(votes) + 1, "subject": subject,
                      "record": E("ResultOnly", E("Adopted")),
                      # Published results were announced at the session: locked records.
                      "announced": True})

    for number in (1, 2, 3, 4, 5, 13):
        vote(E("AgendaItem", number))
    for resolution in resolutions:
        vote(E("Resolution", resolution["id"]))
    for motion in motions:
        for entry in motion["entries"]:
            vote(E("Entries", [entry["id"]]))

    evaluations = [{
        "id": 1,
        "subject": "重点督办建议办理情况",
        "reports": [suggestions_gov, suggestions_npc],
        "record": E("NotRecorded"),
    }]
    for unit, own, survey in evaluation_reports:
        evaluations.append({
            "id": len(evaluations) + 1,
            "subject": f"{unit}工作",
            "reports": [own, survey],
            "record": E("NotRecorded"),
        })

    chair = next(m["id"] for m in roster if m["role"].name == "Chair")
    session = {
        "format_version": 1,
        "body": {
            "region": "鹤壁市",
            "name": "鹤壁市人民代表大会常务委员会",
            "short_name": "市人大常委会",
            "term": 12,
            "settings": {
                "has_secretary_general": True,
                "satisfaction_rule": {
                    "base": E("AllMembers"),
                    "threshold_percent": 50,
                    "strictly_more": True,
                },
                "name_order": E("FullName"),
                "show_not_pressed": False,
                "names_per_line": 5,
            },
        },
        "details": {
            "number": 9,
            "dates": ["2023-12-21"],
            "venue": "",
            "presiding": some(chair),
            "sittings": [{
                "id": 1,
                "kind": E("Plenary"),
                "date": "2023-12-21",
                "time": "",
                "venue": "",
                "presiding": NONE,
            }],
        },
        "roster": roster,
        "absences": absences,
        "observers": observers,
        "agenda": agenda,
        "reports": [finish_report(r) for r in reports],
        "resolutions": resolutions,
        "motions": motions,
        "votes": votes,
        "evaluations": evaluations,
    }
    return session


def finish_report(report):
    """Field order as the model has it; empty presenter and attachments left out."""
    out = {}
    for key in ("id", "kind", "title", "submitter", "presenter", "date", "salutation", "body",
                "closing", "attachments"):
        if key in ("presenter", "attachments") and not report.get(key):
            continue
        out[key] = report[key]
    return out

# ---------------------------------------------------------------------------------------------
# Checks


def all_text(value):
    """Every string in the session."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, E):
        for arg in value.args:
            yield from all_text(arg)
    elif isinstance(value, dict):
        for item in value.values():
            yield from all_text(item)
    elif isinstance(value, list):
        for item in value:
            yield from all_text(item)


# Lines of the seed that the program derives and the file does not store.
DERIVED = [
    re.compile(r"^——\s*2023\s*年"),               # 「——2023年12月21日在…」 header of every report
    re.compile(r"^常务委员会第九次会议(上|通过\))$"),  # its second line, and of the adoption line
    ADOPTION,                                      # 「(2023年12月21日…通过)」 adoption line
]


def check_coverage(seed, session, first=57, last=1931):
    """Every run of ≥ 8 Chinese characters of seed lines first..last (1-based) occurs in the output."""
    strings = [clean(s) for s in all_text(session)]
    # Appointment entries are stored as parts; the motion prints them as clauses.
    for motion in session["motions"]:
        for entry in motion["entries"]:
            posts = "、".join(entry["posts"])
            person = entry["person"] + ("（女）" if entry["gender"].name == "Female" else "")
            strings.append(f"{person}为{posts}")
            strings.append(f"{person}的{posts}职务")
    text = "\n".join(strings).replace("\u3000", "").replace("**", "")
    # Tables: a cell's text is whole, but runs may cross cells in the seed; compare per cell.
    missing = []
    for number in range(first, last + 1):
        raw = seed.lines[number - 1].strip()
        if not raw or any(p.match(raw) for p in DERIVED):
            continue
        pieces = raw.split("\t")
        for piece in pieces:
            cleaned = clean(piece.lstrip("- ")).replace("**", "")
            for run in re.findall(r"[\u4e00-\u9fff]{8,}", cleaned):
                if run not in text:
                    missing.append((number, run))
    return missing


def check_emphasis(session):
    odd = []
    for report in session["reports"]:
        blocks = list(report["body"]) + [b for a in report.get("attachments", []) for b in a["body"]]
        for block in blocks:
            if block.name in ("Paragraph", "Heading") and block.args[-1].count("**") % 2:
                odd.append((report["id"], block.args[-1][:30]))
    return odd


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    seed = Seed(argv[1])
    session = build(seed)
    with open(argv[2], "w", encoding="utf-8") as handle:
        handle.write(to_ron(session) + "\n")

    reports = session["reports"]
    blocks = sum(len(r["body"]) + sum(len(a["body"]) for a in r.get("attachments", [])) for r in reports)
    chars = 0
    for r in reports:
        for b in r["body"] + [b for a in r.get("attachments", []) for b in a["body"]]:
            if b.name == "Table":
                chars += sum(len(c) for row in b.args[0]["rows"] for c in row)
            else:
                chars += len(b.args[-1])
    entries = sum(len(m["entries"]) for m in session["motions"])
    print(f"members {len(session['roster'])}, on leave {len(session['absences'])}, "
          f"observer units {len(session['observers'])} "
          f"({sum(len(u['names']) for u in session['observers'])} people)")
    print(f"reports {len(reports)}, blocks {blocks}, characters {chars}, "
          f"resolutions {len(session['resolutions'])}, motions {len(session['motions'])}, "
          f"entries {entries}, agenda items {len(session['agenda'])}, votes {len(session['votes'])}, "
          f"evaluations {len(session['evaluations'])}")
    missing = check_coverage(seed, session)
    print(f"seed runs of ≥8 Chinese characters missing from the output: {len(missing)}")
    for number, run in missing:
        print(f"  line {number}: {run}")
    odd = check_emphasis(session)
    for report_id, start in odd:
        print(f"  unpaired ** in report {report_id}: {start}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
