"""The article a page states in its JSON-LD (`<script type="application/ld+json">`), for load.

Pages that render their story by script, or hide it behind a paywall, often state it whole for
search engines: a schema.org `NewsArticle` (or `Article`, `BlogPosting`, ...) with `articleBody`,
`headline`, `author`, `datePublished` and `publisher`, alone, in a list or in an `@graph`. A live
blog (`LiveBlogPosting`) states its updates (`liveBlogUpdate`), each with its own time, headline and
body: its article is all of them, in time order (`live_text`). Data that is not JSON, or not shaped
so, is no article: it is passed over, never an error.
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterator, Sequence
from datetime import datetime, timedelta, timezone
from typing import Any, NamedTuple

from newsdiff.htmltext import lay_out
from newsdiff.patterns import compiled
from newsdiff.record import record
from newsdiff.sanitize import one_line, sanitize

ARTICLE_TYPES = frozenset(
    "article newsarticle reportagenewsarticle reportagenews analysisnewsarticle opinionnewsarticle "
    "backgroundnewsarticle reviewnewsarticle askpublicnewsarticle blogposting".split()
)
"""schema.org types (casefolded) whose `articleBody` is a story's text."""
LIVE_TYPES = frozenset({"liveblogposting"})
"""schema.org types (casefolded) whose story is their `liveBlogUpdate` entries."""
_READ_TYPES = ARTICLE_TYPES | LIVE_TYPES
UPDATE_TIME = " — "
"""What stands between an update's time and its text ("12:30 — Officials say ...")."""
MAX_NODES = 20_000
"""At most this many JSON values of a page's data are looked at for articles."""

_MARKUP = compiled(r"(?i)<(?:/?(?:p|div|br|h[1-6]|li|ul|ol|blockquote|span|a|em|strong|b|i|figure)\b[^<>]*)>")
_WRAPPER = compiled(r"^\s*(?:<!--|//\s*<!\[CDATA\[|<!\[CDATA\[)|(?:-->|//\s*\]\]>|\]\]>)\s*$")
_ISO_DAY = compiled(r"^\d{4}-\d{2}-\d{2}")
_MOMENT = compiled(
    r"^(?P<y>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2})(?:[T ](?P<h>\d{2}):(?P<mi>\d{2})(?::(?P<s>\d{2}))?(?:[.,]\d+)?"
    r"\s*(?:(?P<z>Z)|(?P<sign>[+-])(?P<oh>\d{2}):?(?P<om>\d{2}))?)?"
)
"""An ISO 8601 date, its time of day and offset if it gives them ("2026-09-18T12:30:00+02:00",
"...Z", "2026-09-18"): read by hand, as Python 3.10's `datetime.fromisoformat` takes no "Z"."""


@record
class JsonArticle:
    """An article's text and metadata as the page's JSON-LD gives them."""

    kind: str
    """Its schema.org type as written ("NewsArticle")."""
    body: str
    """`articleBody` as text, its paragraphs separated by a blank line."""
    headline: str | None = None
    date: str | None = None
    """The day of `datePublished`, ISO ("2026-12-05")."""
    author: str | None = None
    """The authors' names, joined by "; " as the HTML extractor joins them."""
    publisher: str | None = None
    updates: int = 0
    """The live blog updates `body` holds (0: no live blog)."""
    update_headlines: tuple[str, ...] = ()
    """The headlines of those updates, left out of `body`."""
    update_times: tuple[str, ...] = ()
    """The times that open those updates in `body` ("12:30")."""


class LiveText(NamedTuple):
    """A live blog's updates read as one text (`live_text`)."""

    text: str
    updates: int
    headlines: tuple[str, ...]
    times: tuple[str, ...]


def article_in(scripts: Sequence[str]) -> JsonArticle | None:
    """The article with the longest body among a page's JSON-LD scripts, if one holds any; a live
    blog's body is all its updates (`live_text`), so it wins over any one of them."""
    best: JsonArticle | None = None
    for script in scripts:
        for node in _objects(_parsed(script)):
            kind = _article_kind(node.get("@type"), _READ_TYPES)
            if kind is None:
                continue
            body = node.get("articleBody")
            updates = node.get("liveBlogUpdate") if kind.casefold() in LIVE_TYPES else None
            if isinstance(updates, dict):  # one update alone
                updates = [updates]
            if isinstance(updates, list):
                live = live_text(body if isinstance(body, str) else "", updates)
            elif isinstance(body, str):
                live = LiveText(body_text(body), 0, (), ())
            else:
                continue
            text = live.text
            if text and (best is None or len(text) > len(best.body)):
                best = JsonArticle(
                    kind=kind,
                    body=text,
                    headline=_line(node.get("headline")),
                    date=_day(node.get("datePublished")),
                    author="; ".join(_names(node.get("author"))) or None,
                    publisher=next(iter(_names(node.get("publisher"))), None),
                    updates=live.updates,
                    update_headlines=live.headlines,
                    update_times=live.times,
                )
    return best


def live_text(intro: str, updates: list[Any]) -> LiveText:
    """A live blog's text, with its updates' count, headlines and times: its own `articleBody` (an
    introduction) first, then each update with a body, oldest first, its first paragraph opening
    with its time.

    Oldest first, not newest first as a live page shows them: read as one story, a later update
    then follows what it corrects or updates ("now say the dam was not breached"). The time is the
    update's own (as written, in its offset), with its day when the updates span more than one. An
    update's headline sums up its own text ("Dam breached"): it is left out, not made a sentence.
    """
    dated: list[Update] = []
    for entry in updates:
        if not isinstance(entry, dict) or not isinstance(entry.get("articleBody"), str):
            continue
        text = body_text(entry["articleBody"])
        if not text:
            continue
        moment, has_clock = moment_of(entry.get("datePublished"))
        clock = moment.strftime("%H:%M") if moment is not None and has_clock else None
        dated.append(Update(moment, clock, text, _line(entry.get("headline"))))
    return updates_text(intro, dated)


class Update(NamedTuple):
    """One update of a live blog, as its data or its page gives it."""

    moment: datetime | None
    """When it was posted, its day at least; None when not given."""
    clock: str | None
    """Its time of day, 24-hour ("21:05"); None when not given."""
    text: str
    """Its text, its paragraphs separated by a blank line."""
    headline: str | None = None


def updates_text(intro: str, updates: Sequence[Update]) -> LiveText:
    """A live blog's text (`live_text`) from its updates, given in the page's order: oldest first
    when every update gives its moment, or when those that give one are newest first."""
    dated = list(enumerate(updates))
    moments = [update.moment for update in updates if update.moment is not None]
    if len(moments) == len(dated):
        dated.sort(key=lambda item: (_instant(item[1].moment), item[0]))
    elif len(moments) > 1 and moments == sorted(moments, key=_instant, reverse=True):
        dated.reverse()  # some undated among updates given newest first
    days = {moment.date() for moment in moments}
    parts = [body_text(intro)] if intro else []
    for _, (moment, clock, text, _) in dated:
        day = moment.date().isoformat() if moment is not None and len(days) > 1 else ""
        stamp = " ".join(filter(None, [day, clock]))
        parts.append(f"{stamp}{UPDATE_TIME}{text}" if stamp else text)
    headlines = tuple(update.headline for _, update in dated if update.headline)
    text = "\n\n".join(part for part in parts if part)
    return LiveText(text, len(dated), headlines, tuple(update.clock for _, update in dated if update.clock))


def body_text(body: str) -> str:
    """`articleBody` as text: its HTML read (tags gone, each paragraph on its own), its entities
    decoded, its paragraphs separated by a blank line."""
    if not _MARKUP.search(body) and "&lt;" in body:
        body = html.unescape(body)  # markup escaped once more ("&lt;p&gt;")
    if _MARKUP.search(body):
        import lxml.html

        try:
            root = lxml.html.fragment_fromstring(body, create_parent="div")
        except (ValueError, lxml.etree.ParserError):
            root = None
        if root is not None:
            lay_out(root)
            body = root.text_content()
    else:
        body = html.unescape(body)
    lines = (" ".join(line.split()) for line in sanitize(body).splitlines())
    return "\n\n".join(line for line in lines if line)


def _parsed(script: str) -> Any:
    """A script's JSON, or None when it is not JSON (cut short, too deep, single-quoted)."""
    text = _WRAPPER.sub("", script.strip())
    try:
        # strict=False: raw line breaks inside strings, as many sites write articleBody
        return json.loads(text, strict=False)
    except (ValueError, RecursionError):
        return None


def _objects(data: Any) -> Iterator[dict[str, Any]]:
    """Every JSON object inside `data` (in lists, in "@graph", in others' values), first first."""
    stack = [data]
    seen = 0
    while stack and seen < MAX_NODES:
        node = stack.pop()
        seen += 1
        if isinstance(node, dict):
            yield node
            stack.extend(reversed(list(node.values())))
        elif isinstance(node, list):
            stack.extend(reversed(node))


def _article_kind(kind: Any, types: frozenset[str] = ARTICLE_TYPES) -> str | None:
    """The article type among a node's `@type`s ("NewsArticle", ["Article"], a schema.org URL)."""
    for one in kind if isinstance(kind, list) else [kind]:
        if isinstance(one, str):
            name = one.rstrip("/").rsplit("/", 1)[-1].rsplit(":", 1)[-1]
            if name.casefold() in types:
                return name
    return None


def _names(value: Any) -> list[str]:
    """The names a field gives: a string, an object's "name", or a list of these."""
    names = []
    for one in value if isinstance(value, list) else [value]:
        name = _line(one.get("name") if isinstance(one, dict) else one)
        if name and name not in names:
            names.append(name)
    return names


def _line(value: Any) -> str | None:
    """A text field on one line, its entities decoded; None when it is not text."""
    if not isinstance(value, str):
        return None
    return one_line(html.unescape(value)) or None


def _day(value: Any) -> str | None:
    """The ISO day a date field starts with ("2026-12-05T09:30:00Z")."""
    match = _ISO_DAY.match(value) if isinstance(value, str) else None
    return match.group(0) if match else None


def moment_of(value: Any) -> tuple[datetime | None, bool]:
    """The moment a date field gives (None when it gives none), and whether it gives its time of day."""
    match = _MOMENT.match(value.strip()) if isinstance(value, str) else None
    if match is None:
        return None, False
    parts = match.groupdict()
    zone = None
    if parts["z"]:
        zone = timezone.utc
    elif parts["sign"]:
        offset = timedelta(hours=int(parts["oh"]), minutes=int(parts["om"]))
        zone = timezone(-offset if parts["sign"] == "-" else offset) if offset < timedelta(days=1) else None
    try:
        y, mo, d, h, mi, sec = (int(parts[key] or 0) for key in ("y", "mo", "d", "h", "mi", "s"))
        moment = datetime(y, mo, d, h, mi, sec, tzinfo=zone)
    except ValueError:  # no such day or time ("2026-02-30", "25:00")
        return None, False
    return moment, parts["h"] is not None


def _instant(moment: datetime | None) -> datetime:
    """A moment comparable with any other: one without an offset is taken as UTC."""
    if moment is None:
        return datetime.min.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc) if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
