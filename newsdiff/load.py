"""Stage 1, load: a source (path, `-`, URL) becomes a `Document` of clean, decoded text.

The order is fixed: read bytes under a size cap, refuse binary data, decode (BOM, UTF-8, UTF-16
without BOM, then charset detection), normalise line ends, remove control characters that could act
on a terminal, then, for HTML only, extract the main content and metadata with trafilatura.
"""

from __future__ import annotations

import codecs
import contextlib
import os
import re
import sys
import time
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache
from itertools import islice
from typing import IO, TYPE_CHECKING, Any, NamedTuple

from newsdiff.defaults import MAX_BYTES
from newsdiff.errors import EmptyArticleError, SourceError, UsageProblem
from newsdiff.htmltext import lay_out, one_line_text
from newsdiff.jsonld import JsonArticle, article_in, updates_text
from newsdiff.livepage import MIN_UPDATES, ShownUpdate, oldest_first, shown_updates
from newsdiff.model import Document, Metadata, RemovalReason, RemovedBlock, SourceKind
from newsdiff.options import Options
from newsdiff.parallel import pmap
from newsdiff.patterns import compiled
from newsdiff.repair import comparable
from newsdiff.sanitize import name_line, one_line, sanitize

Sources = str | os.PathLike[str] | Iterable[str | os.PathLike[str]]
"""Sources for `load_sources`, `pipeline.compare` and `pipeline.clean_sources`: paths, directories,
`-` or URLs, as strings or `os.PathLike`; one alone need not be in a list."""

if TYPE_CHECKING:  # urllib.request and http.client cost ~15 ms to import: only URL sources pay
    # (local files are read with os, not pathlib, which imports urllib.parse: ~2.5 ms together)
    import urllib.error
    import urllib.request

STDIN = "-"
ARTICLE_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml"})
"""Files a directory source contributes: text, Markdown and HTML articles."""

ACCEPT = "text/html, text/plain;q=0.9"
LEGACY_ENCODINGS = ("cp1252", "cp1250", "iso8859_2", "cp1251", "koi8_r", "cp1253", "iso8859_7")
"""Code pages whose reading is weighed against the detector's pick, the most common first: a short
text gives a statistical detector too little to go on ("Café" came out as cp1253 "Cafι")."""
DETECTION_SAMPLE = 32 * 1024
"""Bytes of a legacy-encoded text that decide its code page: the detector and the weighing of
readings (`_oddities`) took a second on 150 KB of Russian, 20 ms on this much."""
STRAYS_RATIO = 3
"""Characters outside ASCII read as UTF-8 for each byte that is not UTF-8, at least, for a text to
be taken for UTF-8 with a few stray bytes of a Windows code page (`_utf8_with_strays`). At 10, a
French paragraph in UTF-8 (12 such letters) with a line of Latin-1 pasted in (2 strays) was read
whole as ISO-8859-15, its UTF-8 mangled; of bench/encodings.py's 293 legacy texts none reaches even
one to one (287/293 right at 1, 2, 3, 4 and 10 alike)."""
SAMPLE_LEAD = 1024
"""ASCII bytes the sample keeps before the first that is not: the words around it, for the
detector. ASCII reads alike in every code page, so the sample starts there, not at the first byte
(a saved page can open with more than DETECTION_SAMPLE bytes of scripts and styles)."""
ODDITIES_READ = 4000
"""Non-ASCII characters of each reading weighed (`_oddities`): a text in another script has little
else, and weighing every one of them took most of a decode."""
WEAK_GUESS = 0.1
"""chardet's confidence below which its pick is a guess from a few words ("naïve résumé" read as
cp1250 "naďve" at 0.06): cp1252 then wins a tie. Every Central European line of bench/encodings.py
scores 0.15 or more."""
_LATIN9_ONLY_EURO = re.compile(rb"[\x80-\x9f\xa6\xa8\xb4\xb8\xbc\xbd\xbe]")
"""Bytes other than 0xA4 that ISO-8859-15 reads unlike Latin-1, and cp1252's own range (0x80: €)."""
_NON_ASCII = compiled(r"[^\x00-\x7f]")
_C1_CONTROL = compiled(r"[\x80-\x9f]")
MAX_H1S = 5
"""<h1> elements of a page weighed as its headline (a logo, a section, the article's)."""
LIVE_LINE_WORDS = 8
"""Words a line of a live page holds at least to be a paragraph of an update (not its headline,
its time, a share link)."""
LIVE_UNSTATED_SHARE = 0.1
"""A live blog's JSON-LD updates are its text, read with their times and in time order, when the
paragraphs the page shows and the JSON-LD does not state (an introduction, older updates the data
leaves out) hold at most this share of the JSON-LD's words."""
LIVE_PAGE_SHARE = 0.5
"""A page whose JSON-LD states no live blog is read as one (`_live_page`) when its updates (sibling
elements with a time each, `livepage`) hold at least this share of the extractor's words: a list of
dated links beside an article is not its story."""
JSON_LD_SHARE = 0.5
"""A page's JSON-LD `articleBody` is its article's text when the text read off the page (the
extractor's, else all it shows) holds fewer words than this share of it: the page renders its story
by script, or shows a paywall's teaser. A page that shows its story is read as it shows it."""
STANDFIRST_MIN_WORDS = 3
"""Words an element must hold to be a standfirst (an empty "lead" image box holds none)."""
_STANDFIRST_CLASS = compiled(
    r"(?i)(?:^|[\s_-])(?:chapo|chapeau|standfirst|lede|leadtext|dek|deck|summary|intro|subtitle)(?:$|[\s_-])"
)
"""A class that names the summary under a headline: "chapo", "article__standfirst", "c-lede",
"dek", "article-summary"."""
_STANDFIRST_WORD = compiled(r"(?i)chapo|chapeau|standfirst|lede|leadtext|dek|deck|summary|intro|subtitle")
"""What a page that names a standfirst holds somewhere."""
STANDFIRST_MAX_WORDS = 80
"""Words a standfirst holds at most: an element with more wraps the article ("article-intro")."""
_EMBED_WORD = compiled(
    r"(?i)twitter-tweet|instagram-media|tiktok-embed|bluesky-embed|text-post-media|fb-post|amp-"
)
_EMBED_CLASS = compiled(
    r"(?i)(?:^|\s)(?:twitter-tweet|twitter-video|instagram-media|tiktok-embed|bluesky-embed|text-post-media|fb-post)"
    r"(?:\s|$)"
)
EMBED_TAGS = ("amp-twitter", "amp-instagram", "amp-facebook", "amp-tiktok")
"""A social post embedded in a page: a blockquote or div of the platform's class, an AMP element."""
_TIMESTAMP_WORD = compiled(
    r"(?i)\s+(?:last )?(?:updated|published|posted|aktualisiert|veröffentlicht|mis à jour|publié|actualizado"
    r"|publicado|aggiornato|pubblicato)\s*:?$"
)
"""The word of a byline's timestamp the extractor leaves on its last author ("Ruth Feld Updated")."""
_TITLE_SEPARATOR = compiled(r"\s+(?:[|–—·]|::|-)\s+")
"""What a <title> puts between a headline and the site's name."""
SITE_NAME_MAX_WORDS = 6
EDITION = compiled(
    r"(?i)\s*[(\[](?:(?:in\s+)?english|(?:[^\W\d_]+\s+)?(?:edition|service|translation|version)"
    r"|translated(?:\s+from\s+[^\W\d_]+)?)[)\]]$"
)
"""The edition an outlet's name gives after the name: "(English edition)", "(English service)",
"(translation)", "(in English)". It is no part of the name."""
_NAME_FILLERS = frozenset("of the and & de du des la le les der die das el del di".split())
_DOMAIN = compiled(r"(?:[\w-]+\.)+[a-z]{2,}", re.I)
_PAGINATION = compiled(r"(?i)(?:page|seite|página|pagina|part|teil|partie|parte)\s*\d+")
_SOURCE_LINE_BREAK = compiled(r"\s*\n\s*")
"""A line break in a page's source with the spaces around it: one space where the page is shown."""
_SPACES = compiled(r"[ \t]{2,}")
"""Spaces a page shows as one: the source's and those `lay_out` puts around a cell ("</a> <button>OK")."""
_NOT_XML = compiled(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
"""What lxml's HTML parser lets into a text from a character reference but will not set again."""
META_PRESCAN = 1024
"""Bytes of a page in which a browser looks for a meta tag declaring its code page (WHATWG)."""
_META_CHARSET = re.compile(rb"""<meta\s[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
WEB_CODECS = {
    "iso8859-1": "cp1252",
    "ascii": "cp1252",
    "iso8859-9": "cp1254",
    "tis-620": "cp874",
    "iso8859-11": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "euc_kr": "cp949",
    "shift_jis": "cp932",
    "big5": "big5hkscs",
}
"""Python's codec of a label for the one browsers read it as, where they differ: the superset
(what servers label Latin-1 is windows-1252, its curly quotes and dashes in 0x80-0x9f)."""
_CONTROL_CATEGORIES = ("Cc", "Co", "Cn")
"""Unicode categories no text is written in: controls, private use, unassigned."""
_NOT_ASCII_BYTE = re.compile(rb"[\x80-\xff]")
_WORD_MARKS = frozenset("’‘“”„‚«»‹›…–—·•€£¥¢°§©®™¶†‡%‰")
"""Marks that stand right against a letter in real text ("l’été", "«Nein»", "38°C", "£5m")."""
EXTRACTOR_OPTIONS: dict[str, Any] = {
    "with_metadata": True,
    "include_comments": False,
    "include_tables": False,
    "favor_precision": True,
    "date_extraction_params": {"extensive_search": False, "original_date": True},
}
"""trafilatura's options for HTML. On bench/corpus (`bench/clean_quality.py --sweep`), with the
cleaner after it, favor_precision gives macro F1 1.000 on the HTML pages, trafilatura's defaults
and favor_recall 0.994 (they keep a comment or a promo the cleaner then has to judge alone).
The date is read from the page's markup (meta tags, <time>, a date's class), not searched for in
its text: the search took a footer's "© 2024" for the article's date, 1 January 2024 (a page of
bench/corpus/clean among 37, and every page without a date of its own); a dateline in the text is
the cleaner's to read."""
ACCEPTED_CONTENT_TYPES = ("text/html", "text/plain", "application/xhtml+xml", "text/markdown")
_GZIP_MEMBER = 31
_GZIP_MAGIC = b"\x1f\x8b"
"""The bytes a gzip member opens with."""
_CONTENT_CODINGS = {"gzip": (_GZIP_MEMBER,), "x-gzip": (_GZIP_MEMBER,), "deflate": (15, -15)}
"""zlib's window bits for each Content-Encoding read: 31 is a gzip member; "deflate" is meant to
be zlib's format (15) and is sent raw (-15) by some servers."""
USER_AGENT = "newsdiff (+https://pypi.org/project/newsdiff/)"

SECRET_PARAMETERS = (
    "token",
    "access_token",
    "auth",
    "key",
    "api_key",
    "apikey",
    "password",
    "passwd",
    "secret",
    "sig",
    "signature",
    "session",
    "sessionid",
)
"""Query parameters whose values reports show as "***" (a signed or personal link to a page)."""

_SECRET = compiled(rf"(?i)(?:^|(?<=[&;]))(?P<name>{'|'.join(SECRET_PARAMETERS)})=[^&;#]*")

URL_SAFE = "!#$%&'()*+,/:;=?@[]~"
"""What percent-encoding leaves of a URL's path, query and fragment besides letters and digits of
ASCII: its delimiters, and "%", which opens what is encoded already."""
_URL_TEXT = ("path", "query", "fragment")
"""The parts of a URL that are percent-encoded before it is sent (the host goes by IDNA)."""

READ_CHUNK = 1 << 16
"""Bytes a download reads at most at a time (what has come is taken at once)."""
READ_AT_ONCE = 1 << 30
"""Bytes a file or standard input is asked for at most in one read (each read allocates them)."""
MIB = 1 << 20
"""Bytes in a MiB, the unit of sizes in the messages about --max-bytes."""

_MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"PK\x03\x04", "a zip archive"),
    (b"\x1f\x8b", "gzip data"),
    (b"\x7fELF", "an executable"),
    (b"RIFF", "a media file"),
)
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_SCHEME = compiled(r"^([a-zA-Z][a-zA-Z0-9+.-]*):(//)?")
_HTML_START = compiled(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.I | re.S)
_HTML_TAG = compiled(r"</(?:p|div|body|head|li|article|span|a)>|<br\s*/?>", re.I)


def load_sources(
    sources: Sources,
    options: Options | None = None,
    stdin: IO[bytes] | None = None,
    warn: Callable[[str], None] | None = None,
) -> list[Document]:
    """Load every source in order; a directory contributes its article files, sorted by name.

    A source that cannot be read raises a `NewsdiffError`. With `warn`, a file a directory holds
    (not one named) that cannot be read or holds no text is skipped instead, and `warn` is told
    why: the directory's other articles are what was asked for.
    """
    specs = source_list(sources)
    options = options or Options()
    if sum(1 for s in specs if s == STDIN) > 1:
        raise UsageProblem("standard input ('-') can be given only once")
    expanded, not_articles = _expand(specs)
    files = [spec for spec, _ in expanded]
    if warn is not None:
        for said in not_articles:
            warn(said)
    labels = _labels(files, options.labels)
    work = [
        (spec, label, options, held and warn is not None)
        for (spec, held), label in zip(expanded, labels, strict=True)
    ]
    if STDIN in files:
        loaded = [_load_or_skip(*item, stdin=stdin) for item in work]
    else:
        loaded = [doc for part in pmap(_load_many, work, options.jobs) for doc in part]
    for item in loaded:
        if isinstance(item, str) and warn is not None:
            warn(item)
    if warn is not None:
        for said in _given_again(
            [spec for spec, item in zip(files, loaded, strict=True) if not isinstance(item, str)]
        ):
            warn(said)
    return [item for item in loaded if isinstance(item, Document)]


def source_list(sources: Sources) -> list[str]:
    """Sources as the stages read them, strings; one string or path is one source (a folder given
    as `"coverage/"` is that folder, not the characters of its name)."""
    if isinstance(sources, str | os.PathLike):
        return [os.fspath(sources)]
    return [os.fspath(source) for source in sources]


def shown_source(spec: str) -> str:
    """The name a source goes by in reports and messages, its `Document.source`: a URL without its
    secrets (`_shown_url`), any name without escapes (`name_line`)."""
    return name_line(_shown_url(spec) if _SCHEME.match(spec) and not os.path.exists(spec) else spec)


def listed_sources(given: Sequence[str], listings: Sequence[str], options: Options) -> list[str]:
    """The sources given, then those each `--from-file` LIST names, in order (one a line; blank
    lines and `#` comments skipped; `-` reads a list from standard input).

    A list is read as an article is, under a size cap and decoded the same way, so that a list
    saved in a legacy code page or as UTF-16 still works and a wrong file is one line of trouble.
    Its cap is the default one (or --max-bytes, if larger): --max-bytes sizes the articles, and a
    thousand URLs are longer than a short article.
    """
    if listings.count(STDIN) > 1:
        raise UsageProblem("standard input ('-') can be given only once: --from-file - reads a list")
    sources = list(given)
    listed: list[tuple[str, str, int]] = []  # each listed source, its list and its line there
    cap = max(options.max_bytes, MAX_BYTES)
    for listing in listings:
        stream = listing == STDIN
        data = _read_capped(_standard_input(None), listing, cap) if stream else _read_file(listing, cap)
        text, _ = decode(data, f"--from-file {source_name(listing)}", what="a list of sources")
        for number, line in enumerate((line.strip() for line in text.splitlines()), start=1):
            if line and not line.startswith("#"):
                listed.append((line, listing, number))
    sources.extend(spec for spec, _, _ in listed)
    if STDIN in listings and STDIN in sources:
        # the list has read standard input to its end: a source '-' would find it empty
        raise UsageProblem("standard input ('-') can be given only once: --from-file - reads the list")
    for spec, listing, number in listed:
        _check_listed(spec, listing, number)
    return sources


def _check_listed(spec: str, listing: str, number: int) -> None:
    """Refuse a path a list names that is not there, saying where the list named it: paths are read
    from the current directory, as `tar -T` reads them, and a list kept beside its articles, read
    from elsewhere, named "wire.txt: no such file" with no word of the list."""
    if spec == STDIN or _SCHEME.match(spec) or os.path.lexists(spec):
        return
    where = f"line {number} of --from-file {source_name(listing)}"
    beside = os.path.join(os.path.dirname(listing), spec) if listing != STDIN else spec
    hint = f"; paths are read from the current directory: did you mean {source_name(beside)}?"
    raise SourceError(f"{source_name(spec)}: no such file ({where}{hint if os.path.exists(beside) else ''})")


def _load_many(specs: list[tuple[str, str, Options, bool]]) -> list[Document | str]:
    """`_load_or_skip` over (spec, label, options, skippable) items: a chunk of `load_sources`' work."""
    return [_load_or_skip(*item) for item in specs]


def _load_or_skip(
    spec: str, label: str, options: Options, skippable: bool, stdin: IO[bytes] | None = None
) -> Document | str:
    """The source loaded, or, when it may be skipped, why it cannot be (a string: it crosses from
    a worker process as one)."""
    try:
        return load_source(spec, options, label=label, stdin=stdin)
    except (SourceError, EmptyArticleError) as exc:
        if not skippable:
            raise
        return f"{exc}; skipped"


def load_source(
    spec: str | os.PathLike[str],
    options: Options | None = None,
    *,
    label: str | None = None,
    stdin: IO[bytes] | None = None,
) -> Document:
    """Load one source: a file path, `-` for standard input, or an http(s) URL."""
    spec = os.fspath(spec)
    options = options or Options()
    url = None
    if spec == STDIN:
        data = _read_capped(_standard_input(stdin), spec, options.max_bytes)
    elif _SCHEME.match(spec) and not os.path.exists(spec):
        data, url = _download(spec, options)
    else:
        data = _read_file(spec, options.max_bytes)
    text, encoding = decode(data, source_name(spec))
    text = sanitize(text)
    if not text.strip():
        raise EmptyArticleError(f"{source_name(spec)}: the source is empty")
    doc = Document(
        # a file name is data: a folder of downloads names them after pages
        source=shown_source(spec),
        # a blank label (spaces, or escapes that go) names no article: the source's name stands
        label=(name_line(label).strip() if label else "") or name_line(_default_label(spec)),
        text=text,
        encoding=encoding,
        metadata=Metadata(url=_shown_url(url) if url is not None else None),
    )
    if looks_like_html(text):
        return _extract_html(doc)
    return doc


def decode(data: bytes, spec: str, what: str = "an article") -> tuple[str, str]:
    """Decode bytes to text with the encoding they are in; refuse binary data (`what` says, in the
    message, what was expected instead).

    Returns:
        The text and the name of the encoding used.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode_as(data[len(bom) :], encoding, spec), encoding
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise SourceError(f"{spec}: binary data ({kind}), not {what}")
    if b"\x00" in data:
        utf16 = _utf16_without_bom(data)
        if utf16 is not None:
            return utf16
        text = _text_with_stray_nuls(data)
        if text is None:
            raise SourceError(f"{spec}: binary data (NUL bytes), not {what}")
        return text, "utf-8"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    mended = _utf8_with_strays(data)
    if mended is not None:
        return mended, "utf-8"
    declared = _meta_charset(data)
    if declared is not None:
        with contextlib.suppress(UnicodeDecodeError):  # a page that lies about itself: detect
            return data.decode(declared), declared
    return _decode_legacy(data, spec, what)


def _text_with_stray_nuls(data: bytes) -> str | None:
    """UTF-8 text that holds a few NUL bytes (a pasting accident, a broken export: at most one in
    STRAY_NUL_BYTES), without them, as other control characters go (`sanitize`); None for bytes that
    are no text without them either."""
    if data.count(b"\x00") * STRAY_NUL_BYTES > len(data):
        return None
    try:
        return data.replace(b"\x00", b"").decode("utf-8")
    except UnicodeDecodeError:
        return None


STRAY_NUL_BYTES = 1000
"""Bytes of a text for each NUL byte it may hold and still be read as text."""


def _meta_charset(data: bytes) -> str | None:
    """The codec of the code page an HTML page declares in a meta tag in its first
    META_PRESCAN bytes (`<meta charset=...>`, or http-equiv's `content="...; charset=..."`), as
    browsers read it (`web_codec`); None when it declares none, one unknown, or UTF-16 or 32, which
    a page that reads as ASCII is not (browsers take it for UTF-8, tried before this)."""
    found = _META_CHARSET.search(data, 0, META_PRESCAN)
    if found is None:
        return None
    codec = web_codec(found.group(1).decode("ascii"))
    return None if codec is None or codec.startswith(("utf-16", "utf-32", "utf-7")) else codec


def web_codec(label: str) -> str | None:
    """Python's codec for a charset label as browsers read it (the WHATWG Encoding Standard): a
    page labelled ISO-8859-1 or ASCII is windows-1252, GB2312 is GB18030, Shift_JIS is Microsoft's
    cp932, and so on (WEB_CODECS). None for a label no codec has, for one of Python's codecs that
    turns bytes into bytes ("rot13", "base64", "zlib"), which bytes.decode refuses with LookupError,
    and for "undefined", which refuses everything with UnicodeError."""
    try:
        name = codecs.lookup(label.strip()).name
        "x".encode(name)  # what a code page can write
    except (LookupError, UnicodeError):
        return None
    return WEB_CODECS.get(name, name)


def _utf8_with_strays(data: bytes) -> str | None:
    """UTF-8 text into which a few bytes of a Windows code page were pasted ("L\x92hôtel" amid
    UTF-8 French), the strays read as cp1252; None unless the characters outside ASCII that read as
    UTF-8 outnumber the bytes that do not STRAYS_RATIO to one. A legacy code page rarely makes a
    valid UTF-8 sequence, so its text has few such characters; read whole in a legacy code page,
    UTF-8 with one stray quote came out as cp1250 "annoncĂ©"."""
    read = data.decode("utf-8", errors="replace")
    strays = read.count("\ufffd")
    outside_ascii = len(read) - len(read.encode("ascii", "ignore"))  # (counted in C: 5 MB in 6 ms)
    if outside_ascii - strays < STRAYS_RATIO * strays:
        return None
    return data.decode("utf-8", errors=_STRAYS_AS_CP1252)


def _stray_as_cp1252(error: UnicodeError) -> tuple[str, int]:
    """A codecs error handler: the bytes that are not UTF-8 read as cp1252."""
    assert isinstance(error, UnicodeDecodeError)
    return error.object[error.start : error.end].decode("cp1252", errors="replace"), error.end


_STRAYS_AS_CP1252 = "newsdiff.strays-as-cp1252"
codecs.register_error(_STRAYS_AS_CP1252, _stray_as_cp1252)


def _decode_legacy(data: bytes, spec: str, what: str) -> tuple[str, str]:
    """Bytes in a legacy code page: chardet's pick, unless a common code page reads them with fewer
    oddities (`_oddities`); ties go to chardet's pick, or to cp1252 when chardet is unsure.

    On bench/encodings.py (one line to a paragraph, eleven languages, the usual code pages of each)
    this gets 287 of 293 cases right, charset-normalizer's pick 185 (one line of cp1252 English
    "€40" came out "Ć40", Latin-1 French "dťclarť"). The era leaves out DOS, Mac and mainframe
    pages: chardet read one line of "Entry costs €40" as DOS Hebrew (cp862) "א40".
    """
    import chardet  # only text that is not UTF-8 pays for detection (~30 ms)
    from chardet.enums import EncodingEra

    era = EncodingEra.MODERN_WEB | EncodingEra.LEGACY_ISO
    # a long article tells its code page in its first pages of letters
    first = _NOT_ASCII_BYTE.search(data)  # (there is one: ASCII is UTF-8)
    start = max(0, first.start() - SAMPLE_LEAD) if first else 0
    sample = data[start : start + DETECTION_SAMPLE]
    whole = start + len(sample) == len(data)
    found = chardet.detect(sample, encoding_era=era, compat_names=False)
    guess = found["encoding"]
    order: tuple[str | None, ...] = (guess, *LEGACY_ENCODINGS)
    if found["confidence"] < WEAK_GUESS:  # a few words: the code page most texts are in goes first
        order = (*LEGACY_ENCODINGS[:1], guess, *LEGACY_ENCODINGS[1:])
    head = data[:start].decode("ascii")  # (reads alike in every code page)
    readings: dict[str, str] = {}
    for encoding in order:
        if encoding is not None and encoding not in readings:
            with contextlib.suppress(LookupError, UnicodeDecodeError):
                # (a character of several bytes may be cut at the sample's end)
                decoder = codecs.getincrementaldecoder(encoding)()
                readings[encoding] = head + decoder.decode(sample, final=whole)
    if guess is None or not readings:
        raise SourceError(f"{spec}: binary data or an unknown encoding, not {what}")
    odd = {name: _oddities(reading) for name, reading in readings.items()}
    ranked = sorted(readings, key=odd.__getitem__)  # first of the least odd
    tied = [n for n in ranked if odd[n] == odd[ranked[0]]]
    text, encoding = (readings[tied[0]], tied[0]) if whole else _whole(data, tied)
    if codecs.lookup(encoding).name in ("cp1252", "iso8859-1") and _euro_in_latin9(data):
        text, encoding = data.decode("iso8859_15"), "iso8859_15"
    if _control_ratio(text) > 0.05:
        raise SourceError(f"{spec}: binary data or an unknown encoding, not {what}")
    return text, encoding


def _whole(data: bytes, tied: list[str]) -> tuple[str, str]:
    """The text and encoding of the first code page of `tied` (those that read the sample with the
    fewest oddities) that reads all of `data`, or the first one's reading with errors replaced (a
    stray byte past the sample, where it had no such byte). A reading with a C1 control character
    reads nothing: ISO-8859-2 "reads" cp1252's undefined 0x81 so, and was taken for a whole cp1252
    article ("grčve") when 0x81 came past the sample."""
    for encoding in tied:
        with contextlib.suppress(UnicodeDecodeError):
            if _C1_CONTROL.search(text := data.decode(encoding)) is None:
                return text, encoding
    return data.decode(tied[0], errors="replace"), tied[0]


def _oddities(text: str) -> int:
    """Characters that a wrong code page leaves and a writer does not: a control character, a
    letter of another script inside a word ("Cafι", "H鷮e"), a capital after a small letter, a
    sign glued to a letter ("B³rger", "powiedzia³", "¿e"). Only non-ASCII characters count: ASCII
    reads alike in every candidate, and the first ODDITIES_READ of them tell enough."""
    odd = 0
    padded = f" {text} "
    for found in islice(_NON_ASCII.finditer(padded), ODDITIES_READ):
        i, ch = found.start(), found.group()
        before, after = padded[i - 1], padded[i + 1]
        if ch.isalpha():
            script = _script(ch)
            odd += any(n.isalpha() and _script(n) != script for n in (before, after)) or (
                ch.isupper() and before.islower()  # "dĚclarĚ", "ÁèÞíá"
            )
        elif unicodedata.category(ch) in _CONTROL_CATEGORIES:
            odd += 1
        elif ch in "¿¡":  # Spanish marks open a sentence: "¿Quién"
            odd += not (after.isupper() and not before.isalpha())
        elif ch not in _WORD_MARKS:
            odd += before.isalpha() or after.isalpha()
    return odd


@lru_cache(maxsize=4096)
def _script(ch: str) -> str:
    """The script a letter belongs to, as the first word of its Unicode name (LATIN, CYRILLIC...);
    kept, as a text in another script asks it of every letter of every reading."""
    return unicodedata.name(ch, "?").split(" ", 1)[0]


def _euro_in_latin9(data: bytes) -> bool:
    """Whether byte 0xA4 is ISO-8859-15's euro sign rather than Latin-1's "¤", a sign no one
    writes: so when no other byte reads differently in the two (and none is cp1252's own euro)."""
    return b"\xa4" in data and _LATIN9_ONLY_EURO.search(data) is None


def looks_like_html(text: str) -> bool:
    """Whether text is an HTML page or fragment rather than plain or Markdown-ish text."""
    head = text[:4096]
    return bool(_HTML_START.match(head)) or len(_HTML_TAG.findall(head)) >= 3


def _control_ratio(text: str) -> float:
    """The share of a text's characters that are controls (but line ends and tabs), private or
    unassigned: a text has few distinct characters, each looked up once and counted in C."""
    if not text:
        return 0.0
    bad = sum(
        text.count(ch)
        for ch in set(text)
        if ch not in "\n\t\r" and unicodedata.category(ch) in _CONTROL_CATEGORIES
    )
    return bad / len(text)


def _decode_as(data: bytes, encoding: str, spec: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise SourceError(f"{spec}: not valid {encoding} text ({exc.reason})") from exc


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """Text and encoding when NUL-bearing bytes read as UTF-16 text (letters, spaces, punctuation)."""
    if len(data) % 2:
        return None
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if text and _control_ratio(text) < 0.01 and _texty(text):
            return text, encoding
    return None


def _texty(text: str) -> bool:
    """Whether most characters are letters, digits, spaces or punctuation of a living script."""
    sample = text[:4096]
    good = sum(1 for ch in sample if ch.isalnum() or ch.isspace() or unicodedata.category(ch)[0] in "PS")
    rare = sum(1 for ch in sample if 0x3400 <= ord(ch) <= 0x9FFF or 0xAC00 <= ord(ch) <= 0xD7FF)
    # binary read as UTF-16 turns into CJK ideographs; real CJK text would pass the detector instead
    return good / len(sample) > 0.9 and rare / len(sample) < 0.3


def _expand(specs: Sequence[str]) -> tuple[list[tuple[str, bool]], list[str]]:
    """Each source, a directory as its article files; with each, whether a directory holds it and
    it is not named itself (it may be skipped). Then a line for each directory that holds files it
    skips as no articles (no suffix of ARTICLE_SUFFIXES; hidden files are no news)."""
    named = set(specs)
    expanded: list[tuple[str, bool]] = []
    not_articles: list[str] = []
    for spec in specs:
        if not _is_directory(spec):
            expanded.append((spec, False))
            continue
        files, others = _directory_files(spec)
        if not files:
            raise SourceError(
                f"{spec}: directory holds no article files ({', '.join(sorted(ARTICLE_SUFFIXES))})"
            )
        expanded.extend((file, file not in named) for file in files)
        if others:
            names = ", ".join(others[:MAX_SKIPPED_NAMED]) + (
                ", ..." if len(others) > MAX_SKIPPED_NAMED else ""
            )
            *most, last = sorted(ARTICLE_SUFFIXES)
            suffixes = f"{', '.join(most)} or {last}"
            not_articles.append(
                f"{spec}: {len(others)} skipped, no articles: {names} (articles end in {suffixes})"
            )
    return expanded, not_articles


MAX_SKIPPED_NAMED = 5
"""Files a warning names of those a directory holds that are no articles; the rest are counted."""


def _given_again(files: Sequence[str]) -> Iterator[str]:
    """A line for each file read a second time (named twice, or named and held by a directory
    given): it would be compared with itself."""
    seen: dict[str, str] = {}
    for spec in files:
        if spec == STDIN or _SCHEME.match(spec) or not os.path.isfile(spec):
            continue
        real = os.path.realpath(spec)
        if real in seen:
            yield f"{source_name(spec)} is {source_name(seen[real])} again: it is compared with itself"
        else:
            seen[real] = spec


def _is_directory(spec: str) -> bool:
    return spec != STDIN and not _SCHEME.match(spec) and os.path.isdir(spec)


def _articles_in(directory: str) -> list[str]:
    """The article files of a directory source, sorted (ARTICLE_SUFFIXES, no hidden files)."""
    return _directory_files(directory)[0]


def _directory_files(directory: str) -> tuple[list[str], list[str]]:
    """A directory's files, sorted, no hidden ones: the articles' paths (ARTICLE_SUFFIXES), and
    the names of the others."""
    from pathlib import Path  # only a directory pays for it

    articles: list[str] = []
    others: list[str] = []
    for p in sorted(Path(directory).iterdir()):
        if not p.is_file() or p.name.startswith("."):
            continue
        if p.suffix.lower() in ARTICLE_SUFFIXES:
            articles.append(str(p))
        else:
            others.append(p.name)
    return articles, others


def refuse_overwriting(output_path: str | None, sources: Iterable[str], listings: Sequence[str] = ()) -> None:
    """Refuse an --output FILE that is one of the articles read (a file given, or one a directory
    given holds) or a --from-file list that named them: the report would replace what it was
    made from."""
    if not output_path or output_path == STDIN or not os.path.isfile(output_path):
        return
    if any(listing != STDIN and os.path.samefile(listing, output_path) for listing in listings):
        what = f"--output {output_path} is the list of sources read (--from-file)"
        raise UsageProblem(f"{what}: write elsewhere")
    for source in sources:
        folder = _is_directory(source)
        for path in _articles_in(source) if folder else [source]:
            if os.path.isfile(path) and os.path.samefile(path, output_path):
                what = f"--output {output_path} is one of the articles read"
                raise UsageProblem(f"{what}{f' (in {source})' if folder else ''}: write elsewhere")


def _shown_url(url: str) -> str:
    """A URL as reports and messages show it: a password in it ("https://me:secret@host/", sent
    as HTTP basic authentication) and the values of query parameters that carry one ("?token=",
    "&api_key=", "&sig=": SECRET_PARAMETERS) become "***", as a report is shared and the secret is
    not the reader's."""
    import urllib.parse  # only URLs pay for it

    try:
        parts = urllib.parse.urlsplit(url)
        password = parts.password
    except ValueError:
        return url
    shown = parts
    if password is not None:
        shown = shown._replace(netloc=f"{parts.username or ''}:***@{parts.netloc.rpartition('@')[2]}")
    if parts.query and _SECRET.search(parts.query):
        shown = shown._replace(query=_SECRET.sub(r"\g<name>=***", parts.query))
    return url if shown is parts else urllib.parse.urlunsplit(shown)


def _default_label(spec: str) -> str:
    if spec == STDIN:
        return "stdin"
    if _SCHEME.match(spec):
        import urllib.parse  # only URLs pay for it

        try:
            return urllib.parse.urlsplit(spec).hostname or spec
        except ValueError:  # e.g. a broken IPv6 literal; loading it will say so
            return spec
    return _stem(spec) or spec


def _stem(spec: str) -> str:
    """What `pathlib.Path(spec).stem` gives: the last name without its suffix."""
    name = next((part for part in reversed(spec.split("/")) if part not in ("", ".")), "")
    dot = name.rfind(".")
    return name[:dot] if 0 < dot < len(name) - 1 else name


def _labels(specs: Sequence[str], given: Sequence[str]) -> list[str]:
    """Labels for the sources: the ones given first, then names. Labels that repeat are numbered
    once the articles are named (`clean.name_articles`), as an outlet found in one of them may
    leave its name to the other alone."""
    if len(given) > len(specs):
        raise UsageProblem(f"{len(given)} labels given for {len(specs)} sources")
    return list(given) + [_default_label(s) for s in specs[len(given) :]]


def _read_file(spec: str, cap: int) -> bytes:
    try:
        if os.path.isdir(spec):
            raise SourceError(f"{spec}: is a directory")
        size = os.stat(spec).st_size
        if size > cap:
            raise _too_large(spec, size, cap)
        with open(spec, "rb") as fh:
            return _read_capped(fh, spec, cap)
    except FileNotFoundError as exc:
        raise SourceError(f"{spec}: no such file") from exc
    except PermissionError as exc:
        raise SourceError(f"{spec}: permission denied") from exc
    except IsADirectoryError as exc:
        raise SourceError(f"{spec}: is a directory") from exc
    except OSError as exc:
        raise SourceError(f"{spec}: cannot read ({exc.strerror or exc})") from exc


def _standard_input(given: IO[bytes] | None) -> IO[bytes]:
    """The stream `-` reads: the one given, else the process's standard input, which a shell can
    have closed (`<&-`: Python then has no sys.stdin at all)."""
    if given is not None:
        return given
    if sys.stdin is None:
        raise SourceError(f"{source_name(STDIN)}: closed, nothing to read")
    return sys.stdin.buffer


def _read_capped(stream: Any, spec: str, cap: int, deadline: float | None = None) -> bytes:
    """At most `cap` bytes of a stream, else one line of trouble. With a deadline (a download:
    --timeout bounds the whole of it), the stream is read as it comes and TimeoutError raised
    past the deadline: a server sending a byte now and then never makes one read wait that long."""
    data: bytes
    if deadline is None and cap < READ_AT_ONCE:
        data = stream.read(cap + 1)
    elif deadline is None:
        # a read allocates what it asks for ("--max-bytes 100G" asked 100 GB of memory: MemoryError);
        # a short part is the end (a terminal's standard input is not asked again after its Ctrl-D)
        parts = [stream.read(READ_AT_ONCE)]
        while len(parts[-1]) == READ_AT_ONCE and len(parts) * READ_AT_ONCE <= cap:
            parts.append(stream.read(READ_AT_ONCE))
        data = b"".join(parts)
    else:
        chunks: list[bytes] = []
        size = 0
        while size <= cap and (chunk := stream.read1(READ_CHUNK)):
            chunks.append(chunk)
            size += len(chunk)
            if time.monotonic() > deadline:
                raise TimeoutError
        data = b"".join(chunks)
    if len(data) > cap:
        raise SourceError(f"{source_name(spec)}: larger than the {_size(cap)} limit (--max-bytes)")
    return data


def source_name(spec: str) -> str:
    """How a message names a source: `-` is "standard input"."""
    return "standard input" if spec == STDIN else spec


def _size(size: int) -> str:
    """A size in MiB to one decimal, in bytes below one (a --max-bytes of 100 is not '0.0 MiB')."""
    return f"{size / MIB:.1f} MiB" if size >= MIB else f"{size:,} bytes"


def _too_large(source: str, size: int, cap: int) -> SourceError:
    """Size and cap, in bytes where MiB to one decimal would read the same (a file a few bytes
    over the cap was '10.0 MiB is larger than the 10.0 MiB limit')."""
    big, limit = _size(size), _size(cap)
    if big == limit:
        big, limit = f"{size:,} bytes", f"{cap:,} bytes"
    return SourceError(f"{source}: {big} is larger than the {limit} limit (--max-bytes)")


def _redirect_handler(url: str, limit: int) -> urllib.request.HTTPRedirectHandler:
    """A redirect handler that gives up after `limit` redirects (urllib's default is 10) and
    follows only http(s) (urllib would follow ftp)."""
    import urllib.parse
    import urllib.request

    class LimitedRedirects(urllib.request.HTTPRedirectHandler):
        max_redirections = limit
        max_repeats = min(urllib.request.HTTPRedirectHandler.max_repeats, limit)

        def http_error_302(self, req: Any, fp: Any, code: int, msg: str, headers: Any) -> Any:
            # before urllib's own look: it refuses file: and the like as "HTTP 302", and follows ftp
            location = headers.get("location") or headers.get("uri")
            if location:
                scheme = urllib.parse.urlsplit(urllib.parse.urljoin(req.full_url, location)).scheme.lower()
                if scheme not in ("http", "https"):
                    fp.close()
                    raise SourceError(f"{url}: redirected to an unsupported URL scheme '{scheme}:'")
            return super().http_error_302(req, fp, code, msg, headers)

        http_error_301 = http_error_303 = http_error_307 = http_error_302
        if hasattr(urllib.request.HTTPRedirectHandler, "http_error_308"):  # Python 3.11 and later
            http_error_308 = http_error_302

    return LimitedRedirects()


def _deadline_handlers(deadline: float) -> list[urllib.request.BaseHandler]:
    """http and https handlers whose every connection and read ends by `deadline` (TimeoutError).

    A socket's timeout bounds one read: a server that sends a header line now and then kept a
    download going past --timeout until http.client's limit of 100 headers (and a header line
    may be 64 KB long). Each read of the response, headers and body, waits only what is left.
    """
    import http.client
    import io
    import urllib.request

    class TimedReads(io.RawIOBase):
        """A response's socket reads, each given what is left of the time."""

        def __init__(self, raw: Any, sock: Any) -> None:
            self.raw, self.sock = raw, sock

        def readable(self) -> bool:
            return True

        def readinto(self, buffer: Any) -> int:
            self.sock.settimeout(_time_left(deadline))
            return int(self.raw.readinto(buffer))

        def close(self) -> None:
            self.raw.close()
            super().close()

    class Response(http.client.HTTPResponse):
        def __init__(self, sock: Any, *args: Any, **kwargs: Any) -> None:
            super().__init__(sock, *args, **kwargs)
            # the socket's reader (it keeps the socket open while the response is read), timed
            self.fp = io.BufferedReader(TimedReads(self.fp.detach(), sock))

    def timed(connection: Any) -> Any:
        class Timed(connection):  # type: ignore[misc]
            response_class = Response

            def connect(self) -> None:  # a redirect connects again, in what is left of the time
                self.timeout = _time_left(deadline)
                super().connect()

        return Timed

    class Deadline(urllib.request.AbstractHTTPHandler):
        def do_open(self, http_class: Any, req: Any, **kwargs: Any) -> Any:
            return super().do_open(timed(http_class), req, **kwargs)

    class HTTP(Deadline, urllib.request.HTTPHandler):
        pass

    handlers: list[urllib.request.BaseHandler] = [HTTP()]
    if hasattr(urllib.request, "HTTPSHandler"):  # (Python built without ssl has none)

        class HTTPS(Deadline, urllib.request.HTTPSHandler):
            pass

        handlers.append(HTTPS())
    return handlers


def _time_left(deadline: float) -> float:
    """Seconds until `deadline`; TimeoutError once it has passed."""
    left = deadline - time.monotonic()
    if left <= 0:
        raise TimeoutError
    return left


def _download(url: str, options: Options) -> tuple[bytes, str]:
    import base64  # only URLs pay for these
    import http.client
    import urllib.error
    import urllib.parse
    import urllib.request

    given, url = url, _shown_url(url)  # messages name the URL without its password
    scheme = url.split(":", 1)[0].lower()
    if scheme not in ("http", "https"):
        raise SourceError(f"{url}: unsupported URL scheme '{scheme}:' (only http and https)")
    try:
        parts = urllib.parse.urlsplit(given)
        if not parts.hostname:
            raise SourceError(f"{url}: invalid URL (no host)")
        # letters outside ASCII and spaces (a URL copied from an address bar) sent as browsers
        # send them, percent-encoded UTF-8; the host stays for IDNA, what is encoded stays so
        encoded = {name: urllib.parse.quote(getattr(parts, name), safe=URL_SAFE) for name in _URL_TEXT}
        # the login, if any, is sent as a header, not in the URL
        target = urllib.parse.urlunsplit(parts._replace(netloc=parts.netloc.rpartition("@")[2], **encoded))
        credentials = None
        if "@" in parts.netloc:  # "https://user:password@host/": HTTP basic authentication, as curl
            login = f"{parts.username or ''}:{parts.password or ''}"
            credentials = base64.b64encode(urllib.parse.unquote(login).encode()).decode("ascii")
        request = urllib.request.Request(target, headers={"User-Agent": USER_AGENT, "Accept": ACCEPT})
        if credentials is not None:  # to this host only: a redirect elsewhere does not carry it
            request.add_unredirected_header("Authorization", f"Basic {credentials}")
        deadline = time.monotonic() + options.timeout
        opener = urllib.request.build_opener(
            _redirect_handler(url, options.max_redirects), *_deadline_handlers(deadline)
        )
        with opener.open(request, timeout=options.timeout) as response:
            return _read_response(url, response, options, deadline), response.geturl()
    except urllib.error.HTTPError as exc:
        exc.close()  # the error holds the connection open until collected otherwise
        raise SourceError(_http_error(url, exc, options)) from None
    except urllib.error.URLError as exc:
        raise SourceError(f"{url}: cannot fetch ({_reason(exc.reason)})") from exc
    except TimeoutError as exc:
        raise SourceError(f"{url}: timed out after {options.timeout:g} s") from exc
    except http.client.IncompleteRead as exc:
        raise SourceError(f"{url}: the connection closed after {len(exc.partial)} bytes") from exc
    except (OSError, ValueError, http.client.HTTPException) as exc:
        raise SourceError(f"{url}: cannot fetch ({one_line(str(exc)) or type(exc).__name__})") from exc


def _read_response(url: str, response: Any, options: Options, deadline: float) -> bytes:
    ctype = response.headers.get_content_type()
    if ctype not in ACCEPTED_CONTENT_TYPES:
        raise SourceError(f"{url}: content type {one_line(ctype)} is not an article (HTML or text)")
    length = response.headers.get("Content-Length", "")
    expected = int(length) if length.isdigit() else None
    if expected is not None and expected > options.max_bytes:
        raise _too_large(url, expected, options.max_bytes)
    data = _read_capped(response, url, options.max_bytes, deadline)
    if expected is not None and len(data) < expected:
        raise SourceError(f"{url}: the connection closed after {len(data)} of {expected} bytes")
    data = _decompressed(url, data, response.headers.get("Content-Encoding", ""), options.max_bytes)
    charset = web_codec(response.headers.get_content_charset() or "")
    if charset and not data.startswith(tuple(b for b, _ in _BOMS)):
        with contextlib.suppress(UnicodeDecodeError):  # a wrong header: detect
            data = data.decode(charset).encode("utf-8")
    return bytes(data)


def _decompressed(url: str, data: bytes, coding: str, cap: int) -> bytes:
    """The body a Content-Encoding wraps, at most `cap` bytes of it. newsdiff asks for none, but
    servers and CDNs compress all the same, and the page then read as "binary data (gzip data)".
    The cap holds for what the body expands to: a few KB of gzip can hold gigabytes."""
    import zlib  # only compressed bodies pay for it

    coding = one_line(coding).strip().lower()
    if coding in ("", "identity"):
        return data
    if coding not in _CONTENT_CODINGS:
        raise SourceError(f"{url}: content encoding {coding} is not supported")
    for wbits in _CONTENT_CODINGS[coding]:
        parts, size, rest = [], 0, data
        try:
            while True:  # a gzip body may be several members, one after another (RFC 1952)
                expander = zlib.decompressobj(wbits)
                parts.append(expander.decompress(rest, cap + 1 - size))
                size += len(parts[-1])
                if size > cap:
                    raise SourceError(f"{url}: larger than the {_size(cap)} limit (--max-bytes)")
                rest = expander.unused_data
                if not expander.eof or wbits != _GZIP_MEMBER or not rest.startswith(_GZIP_MAGIC):
                    break
        except zlib.error:
            continue
        if expander.eof:
            return b"".join(parts)
    raise SourceError(f"{url}: its {coding} encoding is corrupt")


def _http_error(url: str, exc: urllib.error.HTTPError, options: Options) -> str:
    import urllib.request

    if 300 <= exc.code < 400:
        if str(exc.msg).startswith(urllib.request.HTTPRedirectHandler.inf_msg):
            return f"{url}: too many redirects (a loop, or more than {options.max_redirects})"
        return f"{url}: HTTP {exc.code} redirect without a usable Location"
    return f"{url}: HTTP {exc.code} {one_line(str(exc.reason))}".rstrip()


def _reason(reason: object) -> str:
    if isinstance(reason, TimeoutError):
        return "timed out"
    return one_line(str(getattr(reason, "strerror", None) or reason)) or "unknown error"


def _extract_html(doc: Document) -> Document:
    """Main content and metadata of an HTML page; the page's own text when extraction finds none."""
    import trafilatura  # costs ~0.15 s: only HTML input pays for it

    result = trafilatura.bare_extraction(doc.text, url=doc.metadata.url, **EXTRACTOR_OPTIONS)
    data = result.as_dict() if result is not None and not isinstance(result, dict) else (result or {})
    text = data.get("text") or ""
    page = _read_page(doc.text)
    page_text = sanitize(page.text)
    if not text.strip():
        text = page_text
    stated = article_in(page.json_ld) if page.json_ld else None
    set_aside: tuple[RemovedBlock, ...] = ()
    if stated is not None and (
        len(text.split()) < JSON_LD_SHARE * len(stated.body.split()) or _states_live_page(stated, text)
    ):
        set_aside = _json_ld_notes(stated, len(text.split()))
        if stated.updates:
            said = (*stated.update_headlines, *stated.update_times)
            page_text = _unstated_lines(stated.body, said, page_text)
        text = stated.body
        data = {
            "title": stated.headline or data.get("title"),
            "date": stated.date or data.get("date"),
            "author": stated.author or data.get("author"),
            "sitename": stated.publisher or data.get("sitename"),
            "url": data.get("url"),
        }
    elif (live := _live_page(page.live, text)) is not None:
        text, said, set_aside = live
        page_text = _unstated_lines(text, said, page_text)
    if not text.strip():
        raise EmptyArticleError(f"{source_name(doc.source)}: the HTML page holds no article text")
    title = _headline(data.get("title") or None, page.h1s, page.title)
    metadata = Metadata(
        title=title,
        date=data.get("date") or None,
        outlet=_outlet(data.get("sitename"), doc.metadata.url),
        author=_TIMESTAMP_WORD.sub("", data.get("author") or "") or None,
        url=doc.metadata.url or data.get("url") or None,
    )
    return Document(
        source=doc.source,
        label=doc.label,
        text=sanitize(text),
        kind=SourceKind.HTML,
        encoding=doc.encoding,
        metadata=metadata,
        page_text=page_text,
        standfirst=sanitize(page.standfirst),
        title_outlet=_title_outlet(page.title, title),
        embeds=tuple(sanitize(embed) for embed in page.embeds),
        set_aside=set_aside,
    )


def _states_live_page(stated: JsonArticle, text: str) -> bool:
    """Whether a live blog's JSON-LD states the updates its page shows (`LIVE_UNSTATED_SHARE`):
    read from the page, their times were lost (the extractor drops a <time>) and their headlines
    read as sentences, newest first."""
    if not stated.updates:
        return False
    body = f" {comparable(stated.body)} "
    unstated = sum(
        len(words)
        for line in text.splitlines()
        if len(words := line.split()) >= LIVE_LINE_WORDS and f" {comparable(line)} " not in body
    )
    return unstated <= LIVE_UNSTATED_SHARE * len(stated.body.split())


def _unstated_lines(text: str, said: Sequence[str], page_text: str) -> str:
    """A live page's lines but those its updates say (their paragraphs, headlines and times as
    `said` gives them), which the article's text holds or the removals list already."""
    body = f" {comparable(text)} "
    forms = {comparable(line) for line in said}
    return "\n".join(
        line
        for line in page_text.split("\n")
        if (form := comparable(line)) not in forms
        and not (len(line.split()) >= LIVE_LINE_WORDS and f" {form} " in body)
    )


class _LivePage(NamedTuple):
    text: str
    said: tuple[str, ...]
    """The updates' headlines and times as the page shows them."""
    notes: tuple[RemovedBlock, ...]


def _live_page(shown: Sequence[ShownUpdate], text: str) -> _LivePage | None:
    """A live page's text read from the updates it shows (`livepage`), when its JSON-LD states
    none: the extractor's lines before and after them, and between them the updates, oldest first,
    each opening with its time (`jsonld.updates_text`), their headlines left out. An update's lines
    are those the extractor kept (not its share links); a page whose updates hold less than
    `LIVE_PAGE_SHARE` of the extractor's words is read as the extractor reads it."""
    if len(shown) < MIN_UPDATES:
        return None
    extracted = f" {comparable(text)} "
    kept = []
    for one in shown:
        lines = [
            line
            for line in one.update.text.split("\n\n")
            if (f := comparable(line)) and f" {f} " in extracted
        ]
        if lines:
            kept.append(one._replace(update=one.update._replace(text="\n\n".join(lines))))
    words = sum(len(one.update.text.split()) for one in kept)
    if len(kept) < MIN_UPDATES or words < LIVE_PAGE_SHARE * len(text.split()):
        return None
    live = updates_text("", [one.update for one in oldest_first(tuple(kept))])
    said = tuple(s for one in kept for s in (one.update.headline, one.shown) if s)
    theirs = {comparable(line) for one in kept for line in one.update.text.split("\n\n")}
    theirs.update(comparable(line) for line in said)
    lines = text.split("\n")
    inside = [n for n, line in enumerate(lines) if comparable(line) in theirs]
    intro = "\n".join(lines[: inside[0]]) if inside else ""
    outro = "\n".join(lines[inside[-1] + 1 :]) if inside else ""
    order = "oldest first" if live.times else "in the page's order"
    note = RemovedBlock(
        reason=RemovalReason.DATELINE,
        text=" · ".join(one.shown for one in kept),
        why=(
            f"rule: the page shows a live blog of {len(kept)} updates, {words} words, each with its time: "
            f"the updates are the text, {order}, each opening with its time"
        ),
    )
    heads = tuple(
        RemovedBlock(
            reason=RemovalReason.TITLE,
            text=headline,
            why="rule: a live blog update's headline, which sums up the update's text",
        )
        for headline in dict.fromkeys(one.update.headline for one in kept if one.update.headline)
    )
    return _LivePage("\n\n".join(part for part in (intro, live.text, outro) if part), said, (note, *heads))


def _json_ld_notes(stated: JsonArticle, shown: int) -> tuple[RemovedBlock, ...]:
    """What says, among the removals, that the article's text is its JSON-LD's `articleBody`, or
    its live blog's updates; the updates' headlines, left out."""
    named = f": {stated.headline}" if stated.headline else ""
    words = len(stated.body.split())
    if stated.updates:
        why = (
            f"rule: the page shows {shown} words and its JSON-LD states a live blog of {stated.updates} "
            f"updates, {words} words: the updates are the text, oldest first, each opening "
            "with its time; the blog's headline, author, date and publisher the metadata"
        )
    else:
        why = (
            f"rule: the page shows {shown} words of its article and its JSON-LD articleBody "
            f"{words}: the articleBody is the text; its headline, author, date and publisher the metadata"
        )
    note = RemovedBlock(reason=RemovalReason.MACHINE_DATA, text=f"JSON-LD {stated.kind}{named}", why=why)
    heads = (
        RemovedBlock(
            reason=RemovalReason.TITLE,
            text=headline,
            why="rule: a live blog update's headline, which sums up the update's text",
        )
        for headline in dict.fromkeys(stated.update_headlines)
    )
    return (note, *heads)


def _headline(title: str | None, h1s: Sequence[str], page_title: str = "") -> str | None:
    """The article's headline: the page's <h1> when it holds the title the metadata gives and says
    more (JSON-LD's "Grève à la SNCF" for the <h1> "Grève à la SNCF : deux TGV sur trois annulés
    jeudi"), else that title. The shorter one left the <h1> in the body, a sentence of the story.
    The <h1> too when the page's <title> holds it and not the metadata's: a live blog's JSON-LD
    gives its updates' headlines too, and the extractor took one ("Death toll rises to four")."""
    if not title:
        return title
    if h1s and page_title:
        shown = f" {comparable(page_title)} "
        if f" {comparable(h1s[0])} " in shown and f" {comparable(title)} " not in shown:
            return h1s[0]
    short = f" {comparable(title)} "
    for h1 in h1s:
        if len(h1) > len(title) and short in f" {comparable(h1)} ":
            return h1
    return title


def _title_outlet(page_title: str, headline: str | None) -> str | None:
    """The outlet a page's <title> names beside its headline ("Headline | City News", "City News -
    Headline", "Headline | City News (English edition)"): the part that is not the headline, without
    its edition, when it reads as a name (a few capitalised words, or a domain); "Headline - what we
    know" and "Headline | Page 2" name none."""
    if not headline or not page_title:
        return None
    parts = [p.strip() for p in _TITLE_SEPARATOR.split(page_title)]
    if len(parts) < 2:
        return None
    wanted = comparable(headline)
    for name, rest in ((parts[-1], parts[:-1]), (parts[0], parts[1:])):
        if comparable(" ".join(rest)) == wanted or comparable(rest[0]) == wanted:
            name = EDITION.sub("", name)  # "Name (English edition)": the edition is no part of it
            return name if _is_site_name(name) else None
    return None


def _is_site_name(name: str) -> bool:
    """Whether the rest of a <title> reads as a site's name: a domain, or a few words each
    capitalised or a small word between them ("The Riverton Gazette", "France 24"), not a page's
    number ("Page 2") or words of a headline ("what we know")."""
    words = name.split()
    if not 0 < len(words) <= SITE_NAME_MAX_WORDS or _PAGINATION.fullmatch(name):
        return False
    if _DOMAIN.fullmatch(name):
        return True
    return words[0][0].isupper() and all(
        w[0].isupper() or w[0].isdigit() or w.lower() in _NAME_FILLERS for w in words
    )


def _outlet(site_name: str | None, url: str | None) -> str | None:
    """The page's site name as its outlet; none when it is only the URL's host, with its port or
    without "www." (trafilatura's stand-in when the page names no site): the host is the article's
    label already, and two pages of one host must not be labelled two ways."""
    if not site_name:
        return None
    if url is not None:
        import urllib.parse  # only URLs pay for it

        try:
            parts = urllib.parse.urlsplit(url)
            hosts = {parts.netloc.rpartition("@")[2].lower(), (parts.hostname or "").lower()}
        except ValueError:
            return site_name
        if site_name.strip().lower().removeprefix("www.") in {h.removeprefix("www.") for h in hosts}:
            return None
    return site_name


def _settable(text: str | None) -> str:
    """A text lxml lets be set again: the controls its HTML parser let in (`&#7;`, `&#x1b;`) and
    then refuses (a ValueError) go as `sanitize` removes them, the noncharacters U+FFFE, U+FFFF too."""
    if not text or not _NOT_XML.search(text):
        return text or ""
    return _NOT_XML.sub("", sanitize(text))


def _unwrap_source_lines(root: Any) -> None:
    """A line break in a page's source is a space where it is shown, outside <pre>: a paragraph's
    lines read as one, as the extractor reads them (a <p> of three lines was one block of the
    article and three lines of the page, and the cleaner listed it twice)."""
    kept: set[Any] = set()  # the text and tails inside preformatted elements keep their lines
    for pre in root.iter("pre", "textarea"):
        kept.update(pre.iter())
    for element in root.iter():
        if element.text and "\n" in element.text and isinstance(element.tag, str) and element not in kept:
            element.text = _SOURCE_LINE_BREAK.sub(" ", _settable(element.text))
        if (
            element.tail
            and "\n" in element.tail
            and (element not in kept or element.tag in ("pre", "textarea"))
        ):
            element.tail = _SOURCE_LINE_BREAK.sub(" ", _settable(element.tail))


class _Page(NamedTuple):
    """What a page shows besides its article's text, read by lxml."""

    text: str
    """The visible text of the page, a block a line."""
    title: str = ""
    """The page's <title>."""
    h1s: tuple[str, ...] = ()
    """The text of its first <h1> elements."""
    standfirst: str = ""
    """The text of the first element whose class names a standfirst (STANDFIRST_CLASS)."""
    embeds: tuple[str, ...] = ()
    """The text of each social post the page embeds (`_EMBED_CLASS`, `EMBED_TAGS`), on one line."""
    json_ld: tuple[str, ...] = ()
    """The text of each of its `<script type="application/ld+json">`."""
    live: tuple[ShownUpdate, ...] = ()
    """The live blog updates it shows (`livepage.shown_updates`), in its order."""


def _read_page(html: str) -> _Page:
    """The visible text of a page (for pages the extractor finds nothing in, and to list what it
    left out), its <title>, <h1>s and standfirst."""
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return _Page("")
    title = next((_one_line_text(t) for t in root.iter("title")), "")
    h1s = tuple(_one_line_text(h) for h in islice(root.iter("h1"), MAX_H1S))
    standfirst = next(
        (
            text
            # (most pages name no standfirst: their elements are not looked at)
            for element in (root.iter("p", "div", "h2", "span") if _STANDFIRST_WORD.search(html) else ())
            if _STANDFIRST_CLASS.search(element.get("class") or "")
            and STANDFIRST_MIN_WORDS <= len((text := _one_line_text(element)).split()) <= STANDFIRST_MAX_WORDS
        ),
        "",
    )
    embeds = tuple(
        _one_line_text(element)
        # (most pages embed no post: their elements are not looked at)
        for element in (root.iter("blockquote", "div", *EMBED_TAGS) if _EMBED_WORD.search(html) else ())
        if element.tag in EMBED_TAGS
        or (_EMBED_CLASS.search(element.get("class") or "") and element.getparent().tag not in EMBED_TAGS)
    )
    json_ld = tuple(
        script.text or ""
        # (a page without JSON-LD: its scripts are not looked at)
        for script in (root.iter("script") if "ld+json" in html else ())
        if (script.get("type") or "").strip().casefold() == "application/ld+json"
    )
    # iter(), not an XPath union ("//p|//div|..."): libxml2 merges the node sets of a union by
    # comparing each node with those found before, so a page of 20,000 paragraphs took 5 s here
    for bad in list(root.iter("head", "script", "style", "noscript", "template")):
        bad.drop_tree()
    _unwrap_source_lines(root)
    live = shown_updates(root)
    # a line break on both sides of a block: "Intro text<p>Para</p>" is two lines, not "Intro textPara",
    # and "<a>Site</a><nav>World | ...</nav>" is the site's name, then its menu
    lay_out(root, _settable)
    lines = (_SPACES.sub(" ", line.strip()) for line in root.text_content().splitlines())
    text = "\n".join(line for line in lines if line)
    return _Page(text, title, h1s, standfirst, embeds, json_ld, live)


def _one_line_text(element: Any) -> str:
    """An element's text on one line, its spaces collapsed, its blocks apart ("Line one<br>line two")."""
    return one_line_text(element)
