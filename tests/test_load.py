"""Unit tests of stage 1, load: bytes from files, standard input and URLs become clean `Document`s.

Every URL test talks to a local server on 127.0.0.1 (tests/helpers_http.py); none touches the
internet.
"""

from __future__ import annotations

import contextlib
import gzip
import io
import os
import random
import sys
import time
import unicodedata
import zipfile
from collections.abc import Iterator
from pathlib import Path

import hypothesis.strategies as st
import pytest
from helpers_http import (
    ARTICLE_HTML,
    ARTICLE_PARAGRAPHS,
    CP1252_LINE,
    RUSSIAN,
    close_http_errors,
    free_port,
    serve,
)
from hypothesis import given

from newsdiff.clean import clean
from newsdiff.errors import EmptyArticleError, NewsdiffError, SourceError, UsageProblem
from newsdiff.load import (
    DETECTION_SAMPLE,
    _stem,
    decode,
    listed_sources,
    load_source,
    load_sources,
    looks_like_html,
    sanitize,
    web_codec,
)
from newsdiff.model import SourceKind
from newsdiff.options import Options

ENGLISH = (
    "The port authority said on Tuesday that talks with the dockers' union had collapsed. "
    "About 1,200 workers walked out, and container ships queued outside the harbour. "
    "A spokesman said the authority remained ready to return to the negotiating table."
)
FRENCH = (
    "Le président français a déclaré mercredi que la réunion à Genève était très importante "
    "pour l'économie européenne. Les négociations ont été difficiles, mais un accord a été "
    "trouvé après une longue nuit. « C'est un succès », a ajouté le ministre des Affaires étrangères."
)
FRENCH_STRIKE = (
    "La grève des dockers du port de Marseille se poursuit pour la troisième journée consécutive. "
    "Selon la direction, près de quarante navires attendent au large. Les négociations doivent "
    "reprendre jeudi à la préfecture."
)
FRENCH_AGRICULTURE = (
    "Le gouvernement a annoncé mardi une série de mesures pour soutenir les agriculteurs touchés "
    "par la sécheresse. Le ministre a précisé que les aides seraient versées dès la fin du mois. "
    "Les syndicats ont salué un premier pas, tout en réclamant davantage."
)
GERMAN = (
    "Die Bundesregierung hat am Mittwoch beschlossen, die Förderung für Elektroautos zu "
    "verlängern. Der Minister äußerte sich zufrieden über die Größe des Pakets und sagte, "
    "die Maßnahmen würden schon im nächsten Frühjahr wirken. Kritiker hielten das für übereilt."
)
OPTIONS = Options()


def write(tmp_path: Path, name: str, data: bytes | str) -> str:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return str(path)


def assert_one_line(exc: BaseException) -> str:
    message = str(exc)
    assert message.strip(), "an error must say what went wrong"
    assert message.splitlines() == [message], f"message is not one line: {message!r}"
    return message


# --- decoding -----------------------------------------------------------------------------------


def test_decode_utf8_without_bom() -> None:
    text, encoding = decode("Café, déjà vu — “quoted”.".encode(), "a.txt")
    assert (text, encoding) == ("Café, déjà vu — “quoted”.", "utf-8")


def test_decode_utf8_with_bom_drops_the_bom() -> None:
    text, encoding = decode(b"\xef\xbb\xbf" + "Café au lait.".encode(), "a.txt")
    assert text == "Café au lait."
    assert encoding == "utf-8-sig"


@pytest.mark.parametrize(("codec", "bom"), [("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff")])
def test_load_utf16_with_bom(tmp_path: Path, codec: str, bom: bytes) -> None:
    doc = load_source(write(tmp_path, "a.txt", bom + ENGLISH.encode(codec)), OPTIONS)
    assert doc.text == ENGLISH
    assert doc.encoding == codec


@pytest.mark.parametrize(("codec", "bom"), [("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff")])
def test_decode_utf16_with_bom_drops_the_bom(codec: str, bom: bytes) -> None:
    text, _ = decode(bom + ENGLISH.encode(codec), "a.txt")
    assert text == ENGLISH


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_decode_utf16_without_bom(codec: str) -> None:
    assert decode(ENGLISH.encode(codec), "a.txt") == (ENGLISH, codec)


def test_decode_cp1251_russian_paragraph() -> None:
    text, encoding = decode(RUSSIAN.encode("cp1251"), "ru.txt")
    assert text == RUSSIAN
    assert encoding.replace("windows-", "cp") == "cp1251"


@pytest.mark.parametrize("text", [GERMAN, FRENCH_AGRICULTURE], ids=["de", "fr"])
def test_decode_latin1_accented_text(text: str) -> None:
    decoded, _ = decode(text.encode("latin-1"), "a.txt")
    assert decoded == text


@pytest.mark.parametrize(
    "text", [FRENCH, FRENCH_STRIKE, FRENCH_STRIKE + "\n\n" + GERMAN], ids=["fr-quotes", "fr", "fr+de"]
)
def test_decode_latin1_french_with_grave_accents(text: str) -> None:
    decoded, _ = decode(text.encode("latin-1"), "a.txt")
    assert decoded == text


LEGACY_TEXTS = [
    # English first: curly quotes and dashes (cp1252's 0x91-0x97), accents in names, currency signs
    ("The mayor’s aide called it “a mistake” — twice.", "cp1252"),
    ("Entry costs €40 per adult.", "cp1252"),
    ("Entry costs €40 per adult.", "iso8859_15"),
    ("The fine was £5m.", "latin_1"),
    ("It was 41°C in the shade.", "latin_1"),
    ("Zoë Lindqvist won the seat.", "latin_1"),
    ("Officers spoke to Ana Beltrán on Friday.", "cp1252"),
    ("They met at a café near the station.", "latin_1"),
    ("Le Monde called it « une erreur ».", "cp1252"),
    ("Café “x”", "cp1252"),
    ("Die Händler befürchten Einbußen.", "latin_1"),
    ("Le conseil a voté la fermeture dès lundi.", "latin_1"),
    ("¿Quién pagará la reparación?", "cp1252"),
    ("Der holdes borgermøde på rådhuset.", "latin_1"),
    ("Właściciele sklepów obawiają się spadku obrotów.", "cp1250"),
    ("Właściciele sklepów obawiają się spadku obrotów.", "iso8859_2"),
    ("Žáci nedaleké školy budou muset jezdit oklikou.", "iso8859_2"),
    ("A közeli iskola diákjainak több kilométeres kerülőt kell tenniük.", "cp1250"),
    ("Ремонт обойдётся почти в два миллиона рублей.", "koi8_r"),
    ("Η επισκευή θα κοστίσει σχεδόν δύο εκατομμύρια ευρώ.", "iso8859_7"),
]


@pytest.mark.parametrize(("text", "codec"), LEGACY_TEXTS, ids=[f"{c}:{t[:20]}" for t, c in LEGACY_TEXTS])
def test_decode_one_line_in_a_legacy_code_page(text: str, codec: str) -> None:
    """A single line gives a detector few bytes to go on; each must still read back exactly."""
    decoded, _ = decode(text.encode(codec), "a.txt")
    assert decoded == text


@pytest.mark.parametrize(
    ("line", "codec"),
    [
        ("Мэр Дорнфельда заявил в среду, что дамба прорвалась на рассвете.\n", "cp1251"),
        ("The mayor said the barrier “gave way” at dawn — repairs will cost €40m.\n", "cp1252"),
    ],
)
def test_decode_a_long_legacy_text_whole_from_a_sample(line: str, codec: str) -> None:
    """The code page is told from the first DETECTION_SAMPLE bytes; the text is read whole."""
    text = line * 2000
    data = text.encode(codec)
    assert len(data) > 3 * DETECTION_SAMPLE
    assert decode(data, "x")[0] == text


@pytest.mark.parametrize(
    ("line", "codec"),
    [
        ("Мэр Дорнфельда заявил в среду, что дамба прорвалась на рассвете.\n", "cp1251"),
        ("La grève générale a commencé à Marseille, où les élèves ont manifesté.\n", "cp1252"),
    ],
    ids=["cp1251", "cp1252"],
)
def test_decode_a_legacy_text_after_a_long_ascii_head(line: str, codec: str) -> None:
    """A saved page in a legacy code page may open with more than DETECTION_SAMPLE bytes of ASCII
    (scripts, styles): the code page is told from its letters, not from the head (the Russian came
    out as cp1252 "Ìýð")."""
    head = "<script>var views = 1; function count(n) { return n + 1; }</script>\n" * 600
    assert len(head) > DETECTION_SAMPLE
    text = head + line * 20
    assert decode(text.encode(codec), "page.html")[0] == text


@pytest.mark.parametrize(
    ("before", "stray", "after"),
    [
        (FRENCH, "L’hôtel de ville a fermé.".encode("cp1252"), FRENCH_STRIKE),
        (RUSSIAN, "It’s over.".encode("cp1252"), RUSSIAN),
    ],
    ids=["french", "russian"],
)
def test_decode_utf8_with_a_few_windows_bytes_pasted_in(before: str, stray: bytes, after: str) -> None:
    """UTF-8 with a phrase pasted from a Windows code page is UTF-8: the stray bytes read as cp1252,
    the rest is not read in a legacy code page (cp1250 "annoncĂ©", cp1251 "РњРѕСЃ")."""
    data = f"{before} ".encode() + stray + f" {after}".encode()
    assert decode(data, "x") == (f"{before} {stray.decode('cp1252')} {after}", "utf-8")


def test_decode_utf8_with_a_line_pasted_from_latin_1() -> None:
    """A short UTF-8 paragraph and a line from a Latin-1 file: two stray bytes against a dozen
    letters read right as UTF-8 were too few (ten to one was asked), and the whole was read as
    ISO-8859-15, its UTF-8 mangled: "aprÃšs", "Â« SÃ©curitÃ© »"."""
    utf8 = (
        "Le pont a été fermé jeudi après la découverte d'une fissure. "
        "« Sécurité d'abord », a déclaré le maire."
    )
    pasted = "Ça coûte 12 millions d'euros."
    data = f"{utf8}\n".encode() + f"{pasted}\n".encode("latin-1")
    assert decode(data, "x") == (f"{utf8}\n{pasted}\n", "utf-8")


def test_decode_a_stray_byte_past_the_sample_spoils_no_other_letter() -> None:
    """A byte that the code page told from the sample does not define (0x81 in cp1252), met past
    the sample, is replaced; the rest is not read in another code page that merely defines it as a
    control character (ISO-8859-2 read "grève" as "grčve")."""
    line = "La grève générale a commencé à Marseille, où les élèves ont manifesté.\n"
    text = line * 2000
    data = text.encode("cp1252") + b"\x81" + line.encode("cp1252")
    assert len(data) > 3 * DETECTION_SAMPLE
    assert decode(data, "x")[0] == f"{text}\ufffd{line}"


@pytest.mark.parametrize(
    ("text", "codec", "declared"),
    [
        ("政府は、新しい橋が二年間の工事を経て来週開通すると発表した。", "shift_jis", "shift_jis"),
        ("政府宣布，新大桥经过两年的施工将于下周通车。", "gbk", "gb2312"),
        ("Le café « Chez Zoë » a rouvert — après l’incendie, a déclaré le gérant.", "cp1252", "iso-8859-1"),
    ],
)
def test_decode_html_in_the_charset_its_meta_tag_declares(text: str, codec: str, declared: str) -> None:
    # a saved page says its code page in a meta tag, which a few lines of text give the detector
    # too little to find (Shift_JIS came out as cp1251 "ђ\xad•{‚Н"); a page declaring Latin-1 is
    # read as windows-1252, as browsers do (its curly quotes and dashes are cp1252's)
    for meta in (
        f'<meta charset="{declared}">',
        f'<meta http-equiv="Content-Type" content="text/html; charset={declared}">',
    ):
        page = f"<html><head>{meta}<title>t</title></head><body><p>{text}</p></body></html>"
        assert decode(page.encode(codec), "page.html")[0] == page


@pytest.mark.parametrize(
    "declared", ["utf-8", "utf-16", "no-such-charset", "rot13", "base64", "zlib", "undefined"]
)
def test_decode_html_whose_meta_tag_cannot_be_right_is_detected(declared: str) -> None:
    # bytes that are not in the code page declared, a UTF-16 page that reads as ASCII (browsers
    # take it for UTF-8), a name no codec has, a codec of Python's that is no text encoding ("rot13"
    # raised LookupError out of decode): the detector decides, as without a meta tag
    page = f'<html><head><meta charset="{declared}"></head><body><p>{RUSSIAN}</p></body></html>'
    assert decode(page.encode("cp1251"), "page.html")[0] == page


@pytest.mark.parametrize(
    ("label", "codec"),
    [
        ("ISO-8859-1", "cp1252"),
        ("GB2312", "gb18030"),
        ("KOI8-R", "koi8-r"),
        ("rot13", None),
        ("hex", None),
        ("undefined", None),
    ],
)
def test_web_codec_reads_labels_as_browsers_and_no_codec_of_bytes(label: str, codec: str | None) -> None:
    # a Content-Type header's charset goes through web_codec too: "charset=base64" is no code page
    assert web_codec(label) == codec


def test_load_cp1251_file_gives_the_russian_text(tmp_path: Path) -> None:
    doc = load_source(write(tmp_path, "ru.txt", RUSSIAN.encode("cp1251")), OPTIONS)
    assert doc.text == RUSSIAN
    assert doc.kind is SourceKind.TEXT


@pytest.mark.parametrize("newline", ["\r\n", "\r"], ids=["crlf", "lone-cr"])
def test_load_normalises_line_ends(tmp_path: Path, newline: str) -> None:
    data = newline.join(["First line.", "Second line.", "", "Third paragraph."]).encode()
    doc = load_source(write(tmp_path, "a.txt", data), OPTIONS)
    assert doc.text == "First line.\nSecond line.\n\nThird paragraph."
    assert "\r" not in doc.text


def test_load_mixed_line_ends(tmp_path: Path) -> None:
    doc = load_source(write(tmp_path, "a.txt", b"one\r\ntwo\rthree\nfour"), OPTIONS)
    assert doc.text == "one\ntwo\nthree\nfour"


def test_closed_standard_input_is_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """`newsdiff compare - a.txt <&-`: Python starts with sys.stdin None, not an empty stream."""
    monkeypatch.setattr(sys, "stdin", None)
    with pytest.raises(SourceError) as excinfo:
        load_source("-", OPTIONS)
    assert assert_one_line(excinfo.value) == "standard input: closed, nothing to read"
    with pytest.raises(SourceError):
        listed_sources([], ["-"], OPTIONS)


def test_page_text_is_the_visible_text_a_block_a_line() -> None:
    """What `_outside_article` compares the extracted article with: every block on its own line,
    in page order, without head, scripts or styles."""
    from newsdiff.load import _read_page

    page = (
        "<html><head><title>T</title><style>p{}</style></head><body><nav><ul><li>Home</li>"
        "<li>World</li></ul></nav><div><h1>Head</h1><p>One <b>bold</b> line.</p>Tail text"
        "<br>after break<p>para</p><table><tr><td>cell</td></tr></table><script>var x;</script>"
        "<h4>Sub</h4></div></body></html>"
    )
    lines = ["Home", "World", "Head", "One bold line.", "Tail text", "after break", "para", "cell", "Sub"]
    assert _read_page(page).text.split("\n") == lines
    many = "<html><body>" + "".join(f"<p>Paragraph {n}.</p>" for n in range(3000)) + "</body></html>"
    assert _read_page(many).text.split("\n") == [f"Paragraph {n}." for n in range(3000)]


@pytest.mark.parametrize(
    ("body", "lines"),
    [
        pytest.param(
            '<header><a href="/">Harbour Ledger</a><nav><a>Home</a> | <a>Sport</a></nav></header>',
            ["Harbour Ledger", "Home | Sport"],
            id="site-name-then-menu",
        ),
        pytest.param(
            "<footer><span>© Harbour Ledger</span><section>Terms | Privacy</section></footer>",
            ["© Harbour Ledger", "Terms | Privacy"],
            id="footer-section",
        ),
        pytest.param(
            "<aside><h5>Read more</h5><a>Tolvik votes</a><ol><li>One</li></ol></aside>",
            ["Read more", "Tolvik votes", "One"],
            id="aside-h5-list",
        ),
        pytest.param(
            "<table><tr><th>Team</th><th>Points</th></tr><tr><td>Tolvik</td><td>12</td></tr></table>",
            ["Team Points", "Tolvik 12"],
            id="cells",
        ),
        pytest.param(
            "<div>We use cookies. <a>Read more</a> <button>Accept</button><button>Reject</button></div>",
            ["We use cookies. Read more Accept Reject"],
            id="buttons",
        ),
        pytest.param(
            "<p>The <b>Nov</b>a 7 costs <a>$799</a> in <em>Tolvik</em>.</p>",
            ["The Nova 7 costs $799 in Tolvik."],
            id="inline-runs-on",
        ),
    ],
)
def test_page_text_keeps_apart_what_the_page_shows_apart(body: str, lines: list[str]) -> None:
    """A block element (`<nav>`, `<footer>`, `<h5>`) is a line of its own, a cell or a button a
    word apart; inline elements run on: removed blocks read "Harbour LedgerHome | Sport"."""
    from newsdiff.load import _read_page

    assert _read_page(f"<html><body>{body}</body></html>").text.split("\n") == lines


def test_headings_and_embeds_read_on_one_line_keep_their_parts_apart() -> None:
    from newsdiff.load import _read_page

    page = (
        "<html><head><title>Tolvik<br>votes</title></head><body><h1>Tolvik votes<br>to keep its ferry</h1>"
        '<blockquote class="twitter-tweet"><p>Ferry saved!</p><span>Tolvik Council</span></blockquote>'
        "<h1>The <i>ferry</i> stays</h1></body></html>"
    )
    read = _read_page(page)
    assert read.h1s == ("Tolvik votes to keep its ferry", "The ferry stays")
    assert read.embeds == ("Ferry saved! Tolvik Council",)


@pytest.mark.parametrize("reference", ["&#7;", "&#x1b;", "&#12;", "&#x1F;", "&#xfffe;", "&#xFFFF;"])
def test_html_with_a_control_character_reference_is_read(tmp_path: Path, reference: str) -> None:
    """A page's `&#7;` or `&#x1b;` is a control character lxml's parser lets into the text and
    then refuses when the text is set again: it was a traceback (ValueError, exit 1)."""
    page = (
        "<html><body><article><h1>Flood</h1>"
        f"<p>The river burst its banks on Tuesday {reference}and flooded 300 homes, officials said.</p>"
        f"<p>About 1,200 residents were evacuated{reference} to a school gym on Tuesday night.</p>"
        f"{reference}<p>Crews rescued 14 people from rooftops, the fire service said.</p>"
        "</article></body></html>"
    )
    doc = load_source(write(tmp_path, "page.html", page), OPTIONS)
    assert doc.kind is SourceKind.HTML
    for text in (doc.text, doc.page_text or ""):
        assert "flooded 300 homes" in text
        assert "14 people from rooftops" in text
        assert not any(unicodedata.category(c) == "Cc" and c not in "\n\t" for c in text)


# --- sanitize -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("a \x1b[31mred\x1b[0m b", "a red b"),
        ("\x1b[1;38;5;196mbold\x1b[m", "bold"),
        ("\x1b[38:2:255:0:0mtrue\x1b[39m", "true"),
        ("x\x1b[2J\x1b[H\x1b[10;5Hy\x1b[?25l", "xy"),
        ("\x1b]8;;https://evil.example/\x1b\\click\x1b]8;;\x1b\\ me", "click me"),
        ("\x1b]8;;https://evil.example/\x07click\x1b]8;;\x07 me", "click me"),
        ("before\x1b]0;owned title\x07after", "beforeafter"),
        ("before\x1b]2;owned title\x1b\\after", "beforeafter"),
        ("lone \x1b escape", "lone  escape"),
        ("end\x1b", "end"),
        ("c1 \x9b31mcsi\x9b0m", "c1 csi"),
        ("c1 \x90\x9c\x9f", "c1 "),
        ("back\x08\x08space", "backspace"),
        ("nul\x00byte", "nulbyte"),
        ("bell\x07 and \x7fdel", "bell and del"),
        ("\u202egnp.exe\u202c", "gnp.exe"),
        ("\u2066isolate\u2069 \u2067rtl\u2069", "isolate rtl"),
        ("zero\u200bwidth\u200c\u200d\u2060 and \ufeffbom", "zerowidth and bom"),
        ("soft\xadhyphen", "softhyphen"),
        ("osc8 \x9d0;title\x9cdone", "osc8 done"),
        ("cut short \x1b[31", "cut short "),
    ],
)
def test_sanitize_removes_terminal_controls(raw: str, clean: str) -> None:
    assert sanitize(raw) == clean


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        pytest.param("می\u200cخواهم", "می\u200cخواهم", id="persian-non-joiner"),
        pytest.param("क्\u200dष", "क्\u200dष", id="devanagari-joiner"),
        pytest.param(
            "\U0001f468\u200d\U0001f469", "\U0001f468\U0001f469", id="emoji-stay-apart-as-columns-count-them"
        ),
        pytest.param("Pu\u200dtin and Tr\u200cump", "Putin and Trump", id="inside-latin-words"),
        pytest.param("\u200dstart and end\u200c", "start and end", id="at-the-edges"),
    ],
)
def test_sanitize_keeps_joiners_only_where_a_script_spells_with_them(raw: str, clean: str) -> None:
    """Persian and Indic spelling need the zero-width (non-)joiner; inside a Latin word it only
    hides a difference."""
    assert sanitize(raw) == clean


def test_sanitize_keeps_tabs_newlines_and_text() -> None:
    text = "Col A\tCol B\nПривет, мир — «цитата».\n\n日本語のテキスト 🙂"
    assert sanitize(text) == text


def test_sanitize_normalises_line_ends() -> None:
    assert sanitize("a\r\nb\rc\n") == "a\nb\nc\n"


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("one\u2028two", "one\ntwo"),
        ("one\u2029two", "one\n\ntwo"),
        ("one\x85two", "one\ntwo"),
        ("one\x0btwo\x0cthree", "one\ntwo\nthree"),
    ],
)
def test_sanitize_reads_unicode_line_and_paragraph_separators_as_line_ends(raw: str, clean: str) -> None:
    """What `str.splitlines` reads as a line end ends a line: removed, it glued two words."""
    assert sanitize(raw) == clean


def test_load_text_with_line_separators_keeps_its_lines(tmp_path: Path) -> None:
    """Text whose lines end in U+2028 (a word processor's soft break) is read line by line, not
    as one line that a single notice in it removes whole."""
    text = "Ferry Plan Approved\n\nThe council approved the route on Tuesday.\nThe mayor welcomed it."
    doc = load_source(write(tmp_path, "a.txt", text.replace("\n", "\u2028")), OPTIONS)
    assert doc.text == text


def test_sanitize_leaves_no_escape_residue() -> None:
    raw = "".join(
        f"word{i} \x1b[3{i % 8}m coloured \x1b[0m \x1b]8;;http://x/{i}\x07link\x1b]8;;\x07 \x9b1m"
        for i in range(50)
    )
    out = sanitize(raw)
    assert "[3" not in out
    assert "[0m" not in out
    assert "8;;" not in out
    assert "1m" not in out
    assert not any(unicodedata.category(ch) == "Cc" for ch in out)
    assert out.count("coloured") == 50
    assert out.count("link") == 50


def test_sanitize_replaces_lone_surrogates() -> None:
    out = sanitize("bad \ud800 surrogate")
    assert out == "bad \ufffd surrogate"
    out.encode("utf-8")  # always encodable


def test_sanitize_composes_to_nfc() -> None:
    assert sanitize("Cafe\u0301") == "Café"


def test_load_sanitizes_file_text(tmp_path: Path) -> None:
    raw = b"\x1b]0;pwned\x07Title \x1b[31mred\x1b[0m\r\nBody\x7f text \xe2\x80\xae here.\x08\n"
    doc = load_source(write(tmp_path, "a.txt", raw), OPTIONS)
    assert doc.text == "Title red\nBody text  here.\n"


# --- binary refusal -----------------------------------------------------------------------------


def _zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("article.txt", "An article inside a zip.")
    return buffer.getvalue()


def _random_bytes() -> bytes:
    rng = random.Random(1234)
    data = bytearray(rng.randrange(256) for _ in range(2048))
    data[100] = data[777] = 0
    return bytes(data)


BINARIES = {
    "png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10",
    "pdf": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
    "zip": _zip_bytes(),
    "gzip": gzip.compress(b"An article, compressed." * 10),
    "random": _random_bytes(),
}


@pytest.mark.parametrize("kind", BINARIES)
def test_binary_files_are_refused(tmp_path: Path, kind: str) -> None:
    spec = write(tmp_path, f"story.{kind}", BINARIES[kind])
    with pytest.raises(SourceError) as info:
        load_source(spec, OPTIONS)
    message = assert_one_line(info.value)
    assert spec in message
    assert "binary" in message


@pytest.mark.parametrize("kind", BINARIES)
def test_binary_refused_by_decode(kind: str) -> None:
    with pytest.raises(SourceError, match="binary"):
        decode(BINARIES[kind], "x.bin")


@pytest.mark.parametrize("at", [0, 57, -1])
def test_a_stray_nul_byte_in_a_text_costs_no_article(at: int) -> None:
    """One NUL byte in a long UTF-8 article (a pasting accident, a broken export) refused the whole
    article as binary data: a few NULs in what is otherwise text are stray controls, dropped as the
    other controls are; bytes that are not text stay refused (`test_binary_refused_by_decode`)."""
    story = "Dock workers ended their strike on Monday after a vote, the union said. " * 20
    data = bytearray(story.encode("utf-8"))
    data.insert(at if at >= 0 else len(data), 0)
    assert decode(bytes(data), "story.txt") == (story, "utf-8")


def test_many_nul_bytes_are_binary_even_around_text() -> None:
    data = (b"A sentence of a story. " + b"\x00" * 40) * 10
    with pytest.raises(SourceError, match="binary"):
        decode(data, "x.bin")


# --- files --------------------------------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    spec = str(tmp_path / "nope.txt")
    with pytest.raises(SourceError) as info:
        load_source(spec, OPTIONS)
    assert assert_one_line(info.value) == f"{spec}: no such file"


def test_directory_given_to_load_source(tmp_path: Path) -> None:
    with pytest.raises(SourceError) as info:
        load_source(str(tmp_path), OPTIONS)
    message = assert_one_line(info.value)
    assert message.startswith(str(tmp_path))
    assert "directory" in message


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root (or no POSIX permissions) reads anything"
)
def test_unreadable_file(tmp_path: Path) -> None:
    spec = write(tmp_path, "secret.txt", ENGLISH)
    os.chmod(spec, 0)
    try:
        with pytest.raises(SourceError) as info:
            load_source(spec, OPTIONS)
    finally:
        os.chmod(spec, 0o600)
    assert assert_one_line(info.value) == f"{spec}: permission denied"


@pytest.mark.parametrize(
    "content", [b"", b"   \n\t\r\n  \n", b"\xef\xbb\xbf\n\n", "\x1b[0m\n\u200b".encode()]
)
def test_empty_sources(tmp_path: Path, content: bytes) -> None:
    spec = write(tmp_path, "empty.txt", content)
    with pytest.raises(EmptyArticleError) as info:
        load_source(spec, OPTIONS)
    message = assert_one_line(info.value)
    assert spec in message
    assert "empty" in message


def test_file_over_the_size_cap(tmp_path: Path) -> None:
    spec = write(tmp_path, "big.txt", ENGLISH * 20)
    with pytest.raises(SourceError) as info:
        load_source(spec, Options(max_bytes=1000))
    message = assert_one_line(info.value)
    assert spec in message
    assert "limit" in message
    assert "--max-bytes" in message


def test_file_at_the_size_cap_is_read(tmp_path: Path) -> None:
    data = ENGLISH.encode()
    doc = load_source(write(tmp_path, "a.txt", data), Options(max_bytes=len(data)))
    assert doc.text == ENGLISH


def test_stdin_over_the_size_cap() -> None:
    with pytest.raises(SourceError) as info:
        load_source("-", Options(max_bytes=100), stdin=io.BytesIO(ENGLISH.encode()))
    message = assert_one_line(info.value)
    assert "standard input" in message
    assert "limit" in message


def test_plain_file_document(tmp_path: Path) -> None:
    spec = write(tmp_path, "harbour-times.txt", ENGLISH + "\n")
    doc = load_source(spec, OPTIONS)
    assert doc.source == spec
    assert doc.label == "harbour-times"
    assert doc.kind is SourceKind.TEXT
    assert doc.text == ENGLISH + "\n"
    assert doc.metadata.url is None


def test_errors_are_newsdiff_errors() -> None:
    assert issubclass(SourceError, NewsdiffError)
    assert issubclass(EmptyArticleError, NewsdiffError)
    assert issubclass(UsageProblem, NewsdiffError)


# --- load_sources -------------------------------------------------------------------------------


def test_directory_expands_to_sorted_article_files(tmp_path: Path) -> None:
    folder = tmp_path / "story"
    for name in ("b.txt", "a.md", "c.html", "D.TXT", ".hidden.txt", "notes.pdf", "photo.png", "x.json"):
        write(folder, name, f"Text of {name}.")
    (folder / "sub.txt").mkdir()
    docs = load_sources([str(folder)], OPTIONS)
    assert [Path(d.source).name for d in docs] == ["D.TXT", "a.md", "b.txt", "c.html"]
    assert [d.label for d in docs] == ["D", "a", "b", "c"]
    assert docs[2].text == "Text of b.txt."


def test_directory_keeps_its_place_among_sources(tmp_path: Path) -> None:
    first = write(tmp_path, "first.txt", "First.")
    last = write(tmp_path, "last.txt", "Last.")
    write(tmp_path / "mid", "m2.txt", "Mid two.")
    write(tmp_path / "mid", "m1.txt", "Mid one.")
    docs = load_sources([first, str(tmp_path / "mid"), last], OPTIONS)
    assert [d.text for d in docs] == ["First.", "Mid one.", "Mid two.", "Last."]


@pytest.mark.parametrize(
    "names", [(), (".hidden.txt", "image.png", "data.csv")], ids=["empty", "no-articles"]
)
def test_directory_without_articles(tmp_path: Path, names: tuple[str, ...]) -> None:
    folder = tmp_path / "nothing"
    folder.mkdir()
    for name in names:
        write(folder, name, "x")
    with pytest.raises(SourceError) as info:
        load_sources([str(folder)], OPTIONS)
    message = assert_one_line(info.value)
    assert str(folder) in message
    assert "no article files" in message


def test_stdin_twice_is_a_usage_problem() -> None:
    with pytest.raises(UsageProblem) as info:
        load_sources(["-", "-"], OPTIONS, stdin=io.BytesIO(ENGLISH.encode()))
    assert "'-'" in assert_one_line(info.value)


def test_stdin_is_read_from_the_stdin_parameter(tmp_path: Path) -> None:
    spec = write(tmp_path, "wire.txt", "From a file.")
    docs = load_sources(["-", spec], OPTIONS, stdin=io.BytesIO(RUSSIAN.encode("cp1251")))
    assert [d.label for d in docs] == ["stdin", "wire"]
    assert docs[0].source == "-"
    assert docs[0].text == RUSSIAN


def test_default_labels_are_file_stems(tmp_path: Path) -> None:
    specs = [write(tmp_path, "pacific-wire.txt", "A."), write(tmp_path, "meridian.daily.md", "B.")]
    assert [d.label for d in load_sources(specs, OPTIONS)] == ["pacific-wire", "meridian.daily"]


def test_duplicate_labels_get_their_position(tmp_path: Path) -> None:
    """Numbered once the articles are named: loading leaves the names as they are."""
    specs = [
        write(tmp_path / "x", "report.txt", "One sentence of a story, long enough to keep."),
        write(tmp_path, "other.txt", "Two sentences of a story? One is long enough to keep."),
        write(tmp_path / "y", "report.txt", "Three sentences of another story are here to keep."),
    ]
    docs = load_sources(specs, OPTIONS)
    assert [d.label for d in docs] == ["report", "other", "report"]
    assert [a.label for a in clean(docs)] == ["report#1", "other", "report#3"]


def test_explicit_labels(tmp_path: Path) -> None:
    specs = [write(tmp_path, "a.txt", "A."), write(tmp_path, "b.txt", "B."), write(tmp_path, "c.txt", "C.")]
    docs = load_sources(specs, Options(labels=("Left", "Right")))
    assert [d.label for d in docs] == ["Left", "Right", "c"]


def test_explicit_labels_that_repeat_are_numbered(tmp_path: Path) -> None:
    specs = [write(tmp_path, "a.txt", "A sentence of a story."), write(tmp_path, "b.txt", "Its second one.")]
    options = Options(labels=("Same", "Same"))
    assert [a.label for a in clean(load_sources(specs, options), options)] == ["Same#1", "Same#2"]


def test_too_many_labels(tmp_path: Path) -> None:
    specs = [write(tmp_path, "a.txt", "A."), write(tmp_path, "b.txt", "B.")]
    with pytest.raises(UsageProblem) as info:
        load_sources(specs, Options(labels=("x", "y", "z")))
    assert "3 labels" in assert_one_line(info.value)


# --- HTML ---------------------------------------------------------------------------------------


def test_html_page_is_detected_and_extracted(tmp_path: Path) -> None:
    doc = load_source(write(tmp_path, "coastline.html", ARTICLE_HTML), OPTIONS)
    assert doc.kind is SourceKind.HTML
    assert doc.label == "coastline"
    assert doc.metadata.title == "Harbour workers strike over pay"
    assert doc.metadata.date == "2023-03-14"
    assert doc.metadata.outlet == "The Coastline Report"
    assert doc.metadata.author == "Jane Marlow"
    for paragraph in ARTICLE_PARAGRAPHS:
        assert paragraph in doc.text
    for junk in (
        "NavWorldSection",
        "NavSportSection",
        "CookieBannerExperience",
        "Accept all cookies",
        "ScriptPayloadQwerty",
        "InlineScriptQwerty",
        "StyleSheetFontXyz",
        "<p>",
        "</",
    ):
        assert junk not in doc.text


def test_html_page_without_a_date_takes_none_from_its_copyright_line(tmp_path: Path) -> None:
    """A footer's "© 2024" is the site's, not the article's date: it made every page without a
    date of its own read as written on 1 January of that year."""
    body = "".join(f"<p>{p}</p>" for p in ARTICLE_PARAGRAPHS)
    html = f"<html><body><article><h1>Harbour workers strike</h1>{body}</article>"
    html += "<footer>© 2024 The Coastline Report. All rights reserved.</footer></body></html>"
    assert load_source(write(tmp_path, "undated.html", html), OPTIONS).metadata.date is None
    dated = html.replace("<h1>", '<time datetime="2023-03-14">14 March</time><h1>')
    assert load_source(write(tmp_path, "dated.html", dated), OPTIONS).metadata.date == "2023-03-14"


def test_html_detected_in_a_txt_file_and_without_doctype(tmp_path: Path) -> None:
    html = "<html><body>" + "".join(f"<p>{p}</p>" for p in ARTICLE_PARAGRAPHS) + "</body></html>"
    doc = load_source(write(tmp_path, "saved.txt", html), OPTIONS)
    assert doc.kind is SourceKind.HTML
    assert ARTICLE_PARAGRAPHS[0] in doc.text
    assert "<p>" not in doc.text


@pytest.mark.parametrize(
    "text",
    [
        ARTICLE_HTML,
        "<!doctype html><title>x</title>",
        '<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body>x</body></html>',
        "  <!-- saved page -->\n<html><body>x</body></html>",
        "<div>One</div><div>two</div><p>three</p>",
    ],
)
def test_looks_like_html(text: str) -> None:
    assert looks_like_html(text)


@pytest.mark.parametrize(
    "text",
    [
        ENGLISH,
        "# Headline\n\nA Markdown article with a [link](http://x) and **bold** text.",
        "Prices rose 5% as the index went from <100 to >120, the <html> tag was discussed.",
    ],
)
def test_plain_text_is_not_html(text: str) -> None:
    assert not looks_like_html(text)


def test_html_without_extractable_article_falls_back_to_visible_text(tmp_path: Path) -> None:
    html = (
        "<html><head><style>.x{color:red}</style></head><body><script>var hidden = 1;</script>"
        "<div>Ferry service resumes</div><div>Tickets on sale now</div></body></html>"
    )
    doc = load_source(write(tmp_path, "ferry.html", html), OPTIONS)
    assert doc.kind is SourceKind.HTML
    assert doc.text == "Ferry service resumes\nTickets on sale now"


@pytest.mark.parametrize(
    "html",
    [
        "<html><body></body></html>",
        "<!DOCTYPE html><html><head><script>var a = 1;</script><style>p{}</style></head>"
        "<body><script>doStuff()</script><noscript></noscript></body></html>",
    ],
    ids=["empty-body", "scripts-only"],
)
def test_html_with_no_text_is_empty(tmp_path: Path, html: str) -> None:
    spec = write(tmp_path, "blank.html", html)
    with pytest.raises(EmptyArticleError) as info:
        load_source(spec, OPTIONS)
    assert spec in assert_one_line(info.value)


# --- URLs ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with serve() as base:
        yield base


def fetch_error(url: str, options: Options = OPTIONS) -> str:
    """The one-line message of the SourceError that loading `url` raises."""
    with pytest.raises(SourceError) as info:
        load_source(url, options)
    close_http_errors(info.value)
    message = assert_one_line(info.value)
    assert message.startswith(url + ": ")
    return message


def test_url_html_article(server: str) -> None:
    url = f"{server}/article.html"
    doc = load_source(url, OPTIONS)
    assert doc.kind is SourceKind.HTML
    assert doc.label == "127.0.0.1"
    assert doc.source == url
    assert doc.metadata.url == url
    assert doc.metadata.title == "Harbour workers strike over pay"
    assert doc.metadata.outlet == "The Coastline Report"
    assert all(p in doc.text for p in ARTICLE_PARAGRAPHS)
    assert "CookieBannerExperience" not in doc.text


def test_url_plain_text_in_the_declared_charset(server: str) -> None:
    url = f"{server}/plain.txt"
    doc = load_source(url, OPTIONS)
    assert doc.kind is SourceKind.TEXT
    assert doc.text == RUSSIAN
    assert doc.metadata.url == url
    assert doc.label == "127.0.0.1"


def test_url_plain_text_without_charset_is_detected(server: str) -> None:
    assert load_source(f"{server}/plain-no-charset.txt", OPTIONS).text == RUSSIAN


def test_url_label_is_the_host_in_load_sources(server: str) -> None:
    docs = load_sources([f"{server}/article.html", f"{server}/plain.txt"], OPTIONS)
    assert [d.label for d in docs] == ["127.0.0.1", "127.0.0.1"]


def test_a_page_without_a_site_name_names_no_outlet(server: str) -> None:
    """trafilatura falls back on the URL's host and port for a site name: that names no outlet
    ("127.0.0.1:8765" beside a text article's "127.0.0.1#2" were two labels for one host)."""
    doc = load_source(f"{server}/no-site-name.html", OPTIONS)
    assert doc.metadata.title == "Harbour workers strike over pay"
    assert doc.metadata.outlet is None


@pytest.mark.parametrize(
    ("paths", "labels"),
    [
        (["/no-site-name.html", "/plain.txt"], ["127.0.0.1#1", "127.0.0.1#2"]),
        # the page names its outlet: the host is left to the other alone, and needs no number
        (["/article.html", "/plain.txt"], ["The Coastline Report", "127.0.0.1"]),
    ],
)
def test_articles_from_one_host_are_labelled_alike(server: str, paths: list[str], labels: list[str]) -> None:
    docs = load_sources([server + path for path in paths], OPTIONS)
    assert [a.label for a in clean(docs, keep_empty=True)] == labels


def test_url_redirect_is_followed(server: str) -> None:
    doc = load_source(f"{server}/redirect", OPTIONS)
    assert doc.kind is SourceKind.HTML
    assert doc.metadata.url == f"{server}/article.html"
    assert ARTICLE_PARAGRAPHS[0] in doc.text


@pytest.mark.parametrize(("path", "status"), [("/404", "HTTP 404 Not Found"), ("/500", "HTTP 500")])
def test_url_http_errors(server: str, path: str, status: str) -> None:
    assert status in fetch_error(server + path)


def test_url_redirect_loop(server: str) -> None:
    assert "too many redirects" in fetch_error(f"{server}/loop")


def test_url_content_type_refused(server: str) -> None:
    message = fetch_error(f"{server}/image")
    assert "content type image/png" in message
    assert "not an article" in message


@pytest.mark.parametrize("path", ["/big", "/big-no-length"])
def test_url_size_cap(server: str, path: str) -> None:
    message = fetch_error(server + path, Options(max_bytes=1000))
    assert "limit" in message
    assert "--max-bytes" in message


def test_url_timeout(server: str) -> None:
    start = time.monotonic()
    message = fetch_error(f"{server}/slow", Options(timeout=0.5))
    assert "timed out" in message
    assert time.monotonic() - start < 1.8


def test_url_with_a_password_logs_in_and_reports_never_show_it(server: str) -> None:
    url = server.replace("http://", "http://me:s3cret@") + "/private"
    doc = load_source(url, Options())
    assert "subscribers" in doc.text
    assert "s3cret" not in doc.source
    assert doc.source == server.replace("http://", "http://me:***@") + "/private"
    assert doc.metadata.url is not None
    assert "s3cret" not in doc.metadata.url
    with pytest.raises(SourceError) as info:
        load_source(server.replace("http://", "http://me:wrong@") + "/private", Options())
    message = str(info.value)
    assert message.startswith(server.replace("http://", "http://me:***@") + "/private: ")
    assert "401" in message
    assert "wrong" not in message


def test_url_secret_query_values_are_not_shown() -> None:
    from newsdiff.load import _shown_url

    assert (
        _shown_url("https://h.example/a?id=4&token=abc&page=2") == "https://h.example/a?id=4&token=***&page=2"
    )
    assert _shown_url("https://h.example/a?API_KEY=abc#top") == "https://h.example/a?API_KEY=***#top"
    assert _shown_url("https://h.example/a?monkey=1&key=2") == "https://h.example/a?monkey=1&key=***"
    assert (
        _shown_url("https://h.example/news/2016/11/14/story.html")
        == "https://h.example/news/2016/11/14/story.html"
    )


def test_url_timeout_bounds_the_whole_download(server: str) -> None:
    # a server that sends a byte now and then never lets one read wait --timeout long: the whole
    # download is bounded all the same (it would take /drip's SLOW_SECONDS otherwise)
    message = fetch_error(f"{server}/drip", Options(timeout=0.5))
    assert "timed out" in message


def test_url_timeout_bounds_the_headers_too(server: str) -> None:
    # a server that sends header line after header line never lets one read wait --timeout long
    # either, and it had until http.client's limit of 100 headers (100 s at a line a second)
    start = time.monotonic()
    message = fetch_error(f"{server}/drip-headers", Options(timeout=0.5))
    assert "timed out after 0.5 s" in message
    assert time.monotonic() - start < 1.8


def test_url_connection_refused() -> None:
    message = fetch_error(f"http://127.0.0.1:{free_port()}/article.html", Options(timeout=2))
    assert "cannot fetch" in message
    assert "refused" in message.lower()


def test_url_dns_failure_is_a_source_error() -> None:
    fetch_error("http://nonexistent.invalid/article", Options(timeout=2))


@pytest.mark.parametrize("url", ["ftp://x/y", "file:///etc/passwd", "gopher://host/1", "mailto:a@b.c"])
def test_url_unsupported_scheme(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, url: str) -> None:
    monkeypatch.chdir(tmp_path)  # so no relative path named like the URL can exist
    message = fetch_error(url)
    assert "unsupported URL scheme" in message


@pytest.mark.parametrize("url", ["http://", "https://", "http:///path/only"])
def test_url_without_host(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, url: str) -> None:
    monkeypatch.chdir(tmp_path)
    assert "invalid URL" in fetch_error(url)


# --- URL edge cases (each was a bug once) ---------------------------------


@pytest.mark.parametrize("url", ["http://example.invalid:notaport/", "http://bad host.invalid/"])
def test_url_malformed_host_or_port_is_a_source_error(url: str) -> None:
    fetch_error(url, Options(timeout=2))


def test_url_malformed_ipv6_is_a_source_error() -> None:
    fetch_error("http://[::1/article", Options(timeout=2))


def test_url_server_that_does_not_speak_http(server: str) -> None:
    fetch_error(f"{server}/not-http", Options(timeout=2))


def test_url_error_message_carries_no_escape_codes(server: str) -> None:
    message = fetch_error(f"{server}/escape-reason")
    assert "HTTP 404" in message
    assert "\x1b" not in message
    assert "\x07" not in message


def test_url_redirect_without_location_is_not_a_loop(server: str) -> None:
    message = fetch_error(f"{server}/redirect-no-location")
    assert "too many redirects" not in message
    assert "302" in message


def test_url_redirect_to_ftp_is_refused(server: str) -> None:
    assert "unsupported URL scheme" in fetch_error(f"{server}/redirect-to-ftp", Options(timeout=2))


def test_url_redirect_to_a_file_is_refused_by_its_scheme(server: str) -> None:
    # urllib itself refuses file: (after its own message), which read "redirect without a usable Location"
    message = fetch_error(f"{server}/redirect-to-file", Options(timeout=2))
    assert message.endswith("redirected to an unsupported URL scheme 'file:'")


@pytest.mark.parametrize("path", ["/gzip", "/deflate", "/gzip-members"])
def test_url_compressed_body_is_decompressed(server: str, path: str) -> None:
    # a server may compress what it sends though the request did not ask for it (CDNs do): the
    # article is in the bytes it encodes, not "binary data (gzip data)"; a gzip body of several
    # members is all of them (the first alone was read, the article cut short without a word)
    assert load_source(server + path, Options(timeout=2)).text == RUSSIAN


def test_url_compressed_body_is_capped_as_it_expands(server: str) -> None:
    message = fetch_error(f"{server}/gzip-big", Options(max_bytes=1000, timeout=2))
    assert "larger than the 1,000 bytes limit (--max-bytes)" in message


@pytest.mark.parametrize(
    ("path", "problem"),
    [("/gzip-corrupt", "its gzip encoding is corrupt"), ("/brotli", "content encoding br is not supported")],
)
def test_url_body_that_cannot_be_decompressed(server: str, path: str, problem: str) -> None:
    assert fetch_error(server + path, Options(timeout=2)).endswith(problem)


@pytest.mark.parametrize(
    ("path", "sent"),
    [
        ("/echo/café", "/echo/caf%C3%A9"),
        ("/echo/élections-2026?q=日本&page=2#top", "/echo/%C3%A9lections-2026?q=%E6%97%A5%E6%9C%AC&page=2"),
        ("/echo/two words", "/echo/two%20words"),
        ("/echo/caf%C3%A9?q=a%20b", "/echo/caf%C3%A9?q=a%20b"),
    ],
)
def test_url_with_letters_outside_ascii_is_sent_percent_encoded(server: str, path: str, sent: str) -> None:
    # a URL copied from a browser's address bar shows its letters: http.client refused them with
    # "cannot fetch ('ascii' codec can't encode character '\xe9' ...)"; browsers send them as
    # UTF-8, percent-encoded, and leave what is encoded already as it is
    doc = load_source(server + path, Options(timeout=2))
    assert doc.text == f"Asked for {sent}\n"
    assert doc.source == server + path, "reports show the URL as given"


def test_url_latin1_header_is_read_as_windows_1252(server: str) -> None:
    # browsers read a page labelled ISO-8859-1 as windows-1252, and servers label cp1252 so: its
    # dashes and curly quotes (bytes 0x80-0x9f) came out as control characters, then went
    assert load_source(f"{server}/latin1-labelled", Options(timeout=2)).text == CP1252_LINE


def test_url_truncated_download_is_an_error(server: str) -> None:
    fetch_error(f"{server}/truncated", Options(timeout=2))


def _open_sockets() -> int:
    count = 0
    for fd in os.listdir("/proc/self/fd"):
        with contextlib.suppress(OSError):
            count += os.readlink(f"/proc/self/fd/{fd}").startswith("socket:")
    return count


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="counts sockets in /proc")
def test_url_http_error_does_not_leak_its_socket(server: str) -> None:
    before = _open_sockets()
    with pytest.raises(SourceError) as info:
        load_source(f"{server}/404", OPTIONS)
    try:
        deadline = time.monotonic() + 1.0
        while _open_sockets() > before and time.monotonic() < deadline:
            time.sleep(0.02)  # let the server close its side
        assert _open_sockets() <= before
    finally:
        close_http_errors(info.value)


@given(st.text(alphabet="ab./ ", max_size=12))
def test_a_file_label_is_its_path_stem_as_pathlib_reads_it(spec: str) -> None:
    """Labels come from file names without pathlib (not imported for local files)."""
    assert _stem(spec) == Path(spec).stem
