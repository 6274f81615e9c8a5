"""Stage 2, clean: a `Document` becomes an `Article`: body paragraphs, metadata, removed blocks.

Each line of the document is a block, classified in this order (the first rule that fires wins):
1. machine data (JSON, PHP `var_dump`/`print_r`, JavaScript) and editor codes such as `S/SH 11`;
2. the title (the first line, when it looks like a headline) and the title repeated in the body;
3. cue-phrase rules on the line with its Markdown unwrapped: bylines, category lines, datelines,
   disclaimers, copyright lines, "original source" attributions, prompts, contacts;
4. lines made only of links (related-article stubs).
Kept lines are unwrapped from Markdown, and a sentence broken across lines or paragraphs is joined
again. Every removed line is kept, with its reason, in `Article.removed`: nothing is lost.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from newsdiff.errors import EmptyArticleError
from newsdiff.model import Article, Document, Metadata, RemovalReason, RemovedBlock
from newsdiff.options import Options

TITLE_MAX_WORDS = 25
"""A first line longer than this is body text, not a headline."""

PROMPT_MAX_WORDS = 30
"""A line led by a prompt link ("[Become a member](#) — …") is a prompt up to this length."""

SHORT_LINE_WORDS = 15
"""Prompts, bylines and contacts are short lines; longer ones are read as prose."""

DATELINE_MAX_WORDS = 4
"""Words a line may keep besides its date and still be a dateline ("Global Research, <date>")."""

MACHINE_PUNCT_RATIO = 0.12
"""Share of `{}[]":,=>;` characters above which a line reads as data, not prose."""

_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_MONTH_NUMBER = {
    name: i % 12 + 1
    for i, name in enumerate(
        "january february march april may june july august september october november december"
        " jan feb mar apr may jun jul aug sep oct nov dec".split()
    )
} | {"sept": 9}
_WEEKDAYS = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?"
_DATE = re.compile(
    rf"(?:{_WEEKDAYS},?\s+)?"
    rf"(?:(?P<m1>{_MONTHS})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTHS})\.?,?\s+(?P<y2>\d{{4}})"
    r"|(?P<d4>\d{1,2})\.(?P<m4>\d{1,2})\.(?P<y4>\d{4})"
    r"|(?P<y3>\d{4})-(?P<m3>\d{2})-(?P<d3>\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?)"
    r"(?:,?\s+(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?",
    re.I,
)
_TIME_ONLY = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?", re.I)
_DATE_WORDS = re.compile(
    rf"\b(?:published|updated|posted|last updated|on|at|{_WEEKDAYS}|gmt|utc|est|edt|cet|msk)\b\.?", re.I
)
_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)\s]*(?:\s+\"[^\"]*\")?\)")
_MD_BOLD = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_EM = re.compile(
    r"(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])|(?<![\w_])_(?=\S)([^_]+?)(?<=\S)_(?![\w_])"
)
_MD_PREFIX = re.compile(r"^\s*(?:#{1,6}\s+|>\s?|[-*+]\s+(?=\S))")
_URL = re.compile(r"(?:https?://|www\.)\S+", re.I)
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.-]+\b")
_SPACE = re.compile(r"[ \t\u00a0]+")
_ALNUM = re.compile(r"[^\W_]")
_SENTENCE_END = re.compile(r"[.!?…:;][\"'”’»)\]]*$")

_EDITOR_CODE = re.compile(r"^[A-Z]{1,5}(?:/[A-Z]{1,5})+(?:\s+\d{1,4})?$")
_VAR_DUMP = re.compile(
    r"^\s*(?:string|array|object|int|float|bool)\(\S*\)\s*(?:\"|\{|#|$)|^\s*var_dump\(", re.I
)
_PRINT_R = re.compile(r"^\s*(?:Array|stdClass Object)\s*$|^\s*\[[\w\"' -]+\]\s*=>|^\s*[()]\s*$")
_JSON_LINE = re.compile(r"^\s*(?:[\[{]\s*(?:\"|\{|\[|$)|[}\]],?\s*$|\"[^\"]+\"\s*:\s*)")
_JS = re.compile(
    r"^\s*(?:function\s*\w*\(|var\s+\w+\s*=|let\s+\w+\s*=|const\s+\w+\s*=|window\.|document\.|\}\)?;?\s*$|\$\(|<script)"
)

_BYLINE = re.compile(
    r"^(?:by|from|written by|reported by|author|reporter|articles by)\s*:?\s+(?P<who>.+)$", re.I
)
_CATEGORY = re.compile(
    r"^(?:region|regions|theme|themes|category|categories|tags?|topics?|section|filed under|"
    r"in-depth report|keywords)\s*:",
    re.I,
)
_COPYRIGHT = re.compile(
    r"^\s*(?:copyright\s*(?:©|\(c\)|\d{4}|[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*,?\s+\d{4})|©|\(c\)\s*\d{4})"
    r"|\ball rights reserved\.?\s*$",
    re.I,
)
"""A notice's shape: "Copyright ©", "Copyright 2016", "© 2016 …", "… All rights reserved." at the end."""
_ATTRIBUTION = re.compile(
    r"^(?:the\s+)?(?:original\s+source\s+of\s+this\s+(?:article|story)\s+is|source\s*:|"
    r"(?:this\s+(?:article|story)\s+(?:was\s+)?)?(?:first|originally)\s+(?:published|appeared)\b)",
    re.I,
)
_PROMPT = re.compile(
    r"\b(?:subscribe|sign up|newsletter|follow us|like us|share (?:this|it|on|via|with)|"
    r"become a(?: [\w-]+){0,3} (?:member|subscriber|patron|supporter)|"
    r"donate|support (?:us|our)|comment on|join (?:us|the conversation)|click here|read more|"
    r"related articles?|recommended|leave a comment|tweet this|email this|print this)\b",
    re.I,
)
_ADDRESS = re.compile(r"\b(?:you|your|our|us)\b", re.I)
"""Prompts speak to the reader; a sentence of the story rarely does."""
_REPORTED = re.compile(r"\b(?:says|said|according to|told|reports?|reported)\b", re.I)
_MEMBER_OF = re.compile(
    r"\b(?i:become an?) (?P<outlet>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*) (?:member|subscriber)\b"
)
_QUOTED = re.compile(r"[“\"«][^“”\"«»]*[”\"»]")
_CONTACT = re.compile(r"^(?:for\s+(?:media|press)\s+(?:inquiries|enquiries)|contact(?:\s+us)?\s*:)", re.I)
_DISCLAIMER_STRONG = re.compile(
    r"sole responsibility of the author|do not necessarily reflect|views expressed (?:in|by) (?:this|the)|"
    r"not be responsible for any|grants? permission to cross-post|contains copyrighted material|"
    r"^(?:disclaimer|legal notice|terms of use)\s*:|do(?:es)? not constitute (?:legal|financial|"
    r"investment|professional) advice|makes no warranty|without (?:prior )?written permission",
    re.I,
)
_DISCLAIMER_WEAK = re.compile(
    r"fair use|copyright owner|without profit|educational purposes|hyperlink to the original|"
    r"cross-post|not always been specifically authorized|request permission|rights holders?|"
    r"accepts? no liability|non-commercial|repost|republish|reproduced? without",
    re.I,
)
_LEGAL_CUE = re.compile(
    r"\b(?:copyright\w*|rights?|permission|consent|fair use|liabilit\w+|reprint|repost|republish|"
    r"reproduc\w+|licen[cs]\w+|terms of (?:use|service)|privacy)\b",
    re.I,
)


@dataclass(slots=True)
class _Draft:
    """What cleaning one document has found so far."""

    title: str | None
    date: str | None
    outlet: str | None
    author: str | None
    kept: list[str] = field(default_factory=list)
    removed: list[RemovedBlock] = field(default_factory=list)


def clean(docs: Sequence[Document], options: Options | None = None) -> list[Article]:
    """Remove the boilerplate of each document; the articles keep the documents' order."""
    articles = [clean_document(doc, index) for index, doc in enumerate(docs)]
    return name_articles(articles, len((options or Options()).labels))


def name_articles(articles: Sequence[Article], given: int = 0) -> list[Article]:
    """Label each article by its outlet when cleaning found one, else keep its source's name; the
    first `given` keep the labels the user gave. Labels that repeat get their position."""
    names = [(a.metadata.outlet or a.label) if a.index >= given else a.label for a in articles]
    counts = {name: names.count(name) for name in names}
    return [
        replace(a, label=f"{name}#{n + 1}" if counts[name] > 1 else name)
        for n, (a, name) in enumerate(zip(articles, names, strict=True))
    ]


def clean_document(doc: Document, index: int = 0) -> Article:
    """Clean one document into an article, raising `EmptyArticleError` when no body is left."""
    meta = doc.metadata
    draft = _Draft(title=meta.title, date=meta.date, outlet=meta.outlet, author=meta.author)
    lines = doc.text.split("\n")
    first_content = next((i for i, line in enumerate(lines) if line.strip()), 0)
    blocks = [
        (line, _classify(line, number == first_content, draft))
        for number, line in ((n, raw.strip()) for n, raw in enumerate(lines))
        if line
    ]
    blocks = _tail_notices(blocks)
    for line, reason in blocks:
        if reason is None and not _ALNUM.search(unwrap_markdown(line)):
            reason = RemovalReason.SEPARATOR
        if reason is None:
            draft.kept.append(unwrap_markdown(line))
        else:
            draft.removed.append(RemovedBlock(reason=reason, text=line))
    paragraphs = _join_broken(draft.kept)
    draft.removed.extend(_outside_article(doc, lines, draft))
    if not paragraphs:
        raise EmptyArticleError(f"{doc.source}: nothing is left after removing boilerplate")
    return Article(
        index=index,
        source=doc.source,
        label=doc.label,
        paragraphs=tuple(paragraphs),
        metadata=Metadata(
            title=draft.title,
            date=draft.date,
            outlet=draft.outlet,
            author=draft.author,
            url=meta.url,
        ),
        removed=tuple(draft.removed),
    )


def _outside_article(doc: Document, lines: list[str], draft: _Draft) -> list[RemovedBlock]:
    """Page lines of an HTML source that the extractor left out, each with the reason a rule
    gives it (a copyright line, a prompt) or else `outside-article`."""
    if not doc.page_text:
        return []
    extracted = {_normal(line) for line in lines if line.strip()}
    removed = []
    for raw in doc.page_text.split("\n"):
        line = raw.strip()
        normal = _normal(line)
        if not normal or normal in extracted:
            continue
        extracted.add(normal)  # a menu repeated in header and footer is listed once
        if draft.title and _same_text(line, draft.title):
            reason: RemovalReason | None = RemovalReason.TITLE
        else:
            reason = _classify_cue(
                line,
                unwrap_markdown(line),
                len(line.split()),
                _Draft(title=None, date=None, outlet=None, author=None),
            )
        removed.append(RemovedBlock(reason=reason or RemovalReason.OUTSIDE_ARTICLE, text=line))
    return removed


def unwrap_markdown(line: str) -> str:
    """The words of a Markdown line without its syntax: links, emphasis, headings, quotes."""
    line = _MD_IMAGE.sub(r"\1", line)
    line = _MD_LINK.sub(r"\1", line)
    line = _MD_BOLD.sub(r"\2", line)
    line = _MD_EM.sub(lambda m: m.group(1) or m.group(2), line)
    line = _MD_PREFIX.sub("", line)
    return _SPACE.sub(" ", line).strip()


def parse_date(text: str) -> str | None:
    """The first calendar date in text as ISO 8601 (YYYY-MM-DD), or None."""
    match = _DATE.search(text)
    if not match:
        return None
    g = match.groupdict()
    if g["y3"]:
        year, month, day = int(g["y3"]), int(g["m3"]), int(g["d3"])
    elif g["y4"]:  # 03.10.2016: day first, as everywhere dots separate dates
        year, month, day = int(g["y4"]), int(g["m4"]), int(g["d4"])
    else:
        year = int(g["y1"] or g["y2"])
        month = _MONTH_NUMBER[(g["m1"] or g["m2"]).lower().rstrip(".")]
        day = int(g["d1"] or g["d2"])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _classify(line: str, first: bool, draft: _Draft) -> RemovalReason | None:
    """The reason to remove a line, or None to keep it; fills the draft's metadata on the way."""
    if _is_machine_data(line):
        return RemovalReason.MACHINE_DATA
    if _EDITOR_CODE.match(line):
        return RemovalReason.EDITOR_CODE
    plain = unwrap_markdown(line)
    words = len(plain.split())
    if draft.title and _same_text(plain, draft.title):
        return RemovalReason.REPEATED_HEADLINE
    if first and not draft.title and words <= TITLE_MAX_WORDS and not _SENTENCE_END.search(plain):
        draft.title = plain
        return RemovalReason.TITLE
    return _classify_cue(line, plain, words, draft)


def _classify_cue(line: str, plain: str, words: int, draft: _Draft) -> RemovalReason | None:
    """Rules on the words of a line: the cue phrases of bylines, notices, prompts and links."""
    short = words <= SHORT_LINE_WORDS
    byline = _BYLINE.match(plain)
    if byline and words <= 8 and not _SENTENCE_END.search(plain):
        draft.author = draft.author or byline.group("who").strip()
        return RemovalReason.BYLINE
    if _CATEGORY.match(plain) and short:
        return RemovalReason.CATEGORY
    if _is_dateline(plain, draft):
        return RemovalReason.DATELINE
    if _DISCLAIMER_STRONG.search(_QUOTED.sub(" ", plain)) or len(_DISCLAIMER_WEAK.findall(plain)) >= 2:
        return RemovalReason.DISCLAIMER
    if _COPYRIGHT.search(plain) and words <= 20:
        if not draft.outlet:
            draft.outlet = _outlet_from_copyright(plain)
        return RemovalReason.COPYRIGHT
    if _ATTRIBUTION.match(plain) and words <= 25:
        return RemovalReason.ATTRIBUTION
    if _CONTACT.match(plain) or (short and _EMAIL.search(plain) and not _SENTENCE_END.search(plain)):
        return RemovalReason.CONTACT
    prompt = _PROMPT.search(plain)
    if prompt and _is_prompt(line, plain, prompt.start(), short):
        if not draft.outlet and (member := _MEMBER_OF.search(plain)):
            draft.outlet = member.group("outlet")
        return RemovalReason.PROMPT
    if _is_link_only(line):
        return RemovalReason.RELATED_LINK
    return None


def _is_prompt(line: str, plain: str, cue_at: int, short: bool) -> bool:
    """A call to action: led by a link whose words are the prompt, or short and speaking to the
    reader, and never reported speech ("…, the help page says")."""
    if _REPORTED.search(plain):
        return False
    lead = _MD_LINK.match(line)
    if lead and _PROMPT.search(lead.group(1)) and len(plain.split()) <= PROMPT_MAX_WORDS:
        return True
    return short and (cue_at == 0 or not _SENTENCE_END.search(plain) or bool(_ADDRESS.search(plain)))


def _is_machine_data(line: str) -> bool:
    if _VAR_DUMP.match(line) or _PRINT_R.match(line) or _JS.match(line):
        return True
    if line[0] in "[{":
        try:
            json.loads(line)
            return True
        except ValueError:
            pass
    if _JSON_LINE.match(line):
        return _punct_ratio(line) >= MACHINE_PUNCT_RATIO
    return _punct_ratio(line) >= 2 * MACHINE_PUNCT_RATIO and len(line) > 20


def _punct_ratio(line: str) -> float:
    return sum(line.count(c) for c in '{}[]":,=>;') / max(len(line), 1)


def _is_dateline(plain: str, draft: _Draft) -> bool:
    match = _DATE.search(plain)
    rest = plain
    if match:
        rest = plain[: match.start()] + plain[match.end() :]
    elif not _TIME_ONLY.search(plain):
        return False
    rest = _DATE_WORDS.sub(" ", _TIME_ONLY.sub(" ", rest))
    rest_words = re.findall(r"[^\W\d_][\w'’.-]*", rest)
    if len(rest_words) > DATELINE_MAX_WORDS or (_SENTENCE_END.search(plain.rstrip(")")) and rest_words):
        return False
    if match and not draft.date:
        draft.date = parse_date(match.group(0))
    outlet = rest.strip(" ,;|-–—·/").strip()
    if outlet and not draft.outlet and rest_words:
        draft.outlet = outlet
    return True


def _is_link_only(line: str) -> bool:
    """A line made of Markdown links or bare URLs and separators, with no prose around them."""
    if not (_MD_LINK.search(line) or _URL.search(line)):
        return False
    rest = _URL.sub(" ", _MD_LINK.sub(" ", _MD_IMAGE.sub(" ", line)))
    return not re.search(r"\w", rest)


def _outlet_from_copyright(plain: str) -> str | None:
    rest = re.sub(r"(?i)copyright|©|\(c\)|all rights reserved|\d{4}(?:\s*[-–]\s*\d{4})?", " ", plain)
    names = [n.strip(" .,;") for n in rest.split(",")]
    names = [n for n in names if n]
    return names[0] if names else None


def _same_text(a: str, b: str) -> bool:
    return _normal(a) == _normal(b)


def _normal(text: str) -> str:
    return re.sub(r"\W+", " ", text.casefold()).strip()


def _tail_notices(
    blocks: list[tuple[str, RemovalReason | None]],
) -> list[tuple[str, RemovalReason | None]]:
    """Remove legal notes that sit among the notices closing an article.

    One cue ("fair use", "consent") is too weak to remove a line of the story, but after the
    article has ended (a notice in its second half, followed by more notices than body lines) the
    same cue marks the rest of the site's fine print.
    """
    notices = {
        RemovalReason.ATTRIBUTION,
        RemovalReason.COPYRIGHT,
        RemovalReason.DISCLAIMER,
        RemovalReason.CONTACT,
        RemovalReason.PROMPT,
    }
    half = len(blocks) // 2
    for start in range(half, len(blocks)):
        if blocks[start][1] not in notices:
            continue
        after = blocks[start + 1 :]
        if sum(1 for _, r in blocks[start:] if r is None) <= sum(1 for _, r in blocks[start:] if r):
            return blocks[: start + 1] + [
                (line, RemovalReason.DISCLAIMER if reason is None and _LEGAL_CUE.search(line) else reason)
                for line, reason in after
            ]
    return blocks


def _join_broken(kept: list[str]) -> list[str]:
    """Paragraphs from kept lines, joining a sentence that a line or paragraph break cut in two."""
    paragraphs: list[str] = []
    for text in kept:
        if paragraphs and _continues(paragraphs[-1], text):
            paragraphs[-1] = f"{paragraphs[-1]} {text}"
        else:
            paragraphs.append(text)
    return paragraphs


def _continues(previous: str, text: str) -> bool:
    """Whether `text` goes on with the sentence `previous` left open."""
    if _SENTENCE_END.search(previous) or previous.endswith((',"', ",”")):
        return False
    head = text.lstrip("\"'“‘«([")
    return bool(head) and (head[0].islower() or previous.endswith((",", "-", "–", "—")))
