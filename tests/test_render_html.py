"""The `html` format: one self-contained page, article text escaped, nothing loaded, nothing run.

The page is parsed here with the standard library and rendered in headless Chromium (Debian's
`chromium` package; `.ci/run` installs it): the DOM Chromium builds is checked for the text a
reader should see and for any script having run, and screenshots are saved under the test's tmp
dir. Without chromium on PATH only the browser tests are skipped.
"""

from __future__ import annotations

import base64
import hashlib
import re
import shutil
import subprocess
import tempfile
from html.parser import HTMLParser
from pathlib import Path

import pytest
from helpers_render import EVIL, EVIL_PAIR, PAIR
from helpers_render import article as an_article

from newsdiff.align import align
from newsdiff.model import Comparison, Only, OutputFormat
from newsdiff.options import Options, RenderOptions
from newsdiff.pipeline import compare
from newsdiff.render import parts, render

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
OUR_TAGS = {
    "html", "head", "meta", "title", "style", "body", "header", "main", "footer", "section", "article",
    "h1", "h2", "h3", "p", "span", "details", "summary", "ul", "ol", "li", "div", "table", "thead",
    "tbody", "tr", "th", "td", "del", "ins", "br",
}  # fmt: skip
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")


class Page(HTMLParser):
    """Elements, attributes, title and visible text of an HTML document."""

    def __init__(self, source: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.title = ""
        self.text: list[str] = []
        self.style = ""
        self._open: list[str] = []
        self.feed(source)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag not in ("meta", "br"):
            self._open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in self._open:
            while self._open.pop() != tag:
                pass

    def handle_data(self, data: str) -> None:
        where = self._open[-1] if self._open else ""
        if where == "title":
            self.title += data
        elif where == "style":
            self.style += data
        else:
            self.text.append(data)

    @property
    def visible(self) -> str:
        return "".join(self.text)


def html_of(result: Comparison, only: Only | None = None) -> str:
    return render(result, OutputFormat.HTML, RenderOptions(width=100, only=only))


def test_article_text_is_escaped_everywhere() -> None:
    page = Page(html_of(EVIL_PAIR))
    assert {tag for tag, _ in page.tags} <= OUR_TAGS, "an element came from article text"
    assert not [
        (tag, name) for tag, attrs in page.tags for name in attrs if name.startswith("on") or name == "src"
    ]
    assert [tag for tag, _ in page.tags].count("h1") == 1
    for sentence in EVIL:
        assert sentence in page.visible, sentence
    assert page.title == "newsdiff: A · B"


def test_nothing_is_loaded_and_nothing_may_run() -> None:
    source = html_of(EVIL_PAIR)
    page = Page(source)
    (csp,) = [
        a["content"] for t, a in page.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"
    ]
    assert csp is not None
    for directive in ("default-src 'none'", "script-src 'none'", "img-src 'none'", "connect-src 'none'"):
        assert directive in csp
    assert "unsafe-inline" not in csp
    digest = base64.b64encode(hashlib.sha256(page.style.encode()).digest()).decode()
    assert f"style-src 'sha256-{digest}'" in csp, "the inline style sheet is the one the policy allows"
    resources = {"src", "href", "action", "srcset", "poster", "data", "background"}
    assert not [(tag, a) for tag, attrs in page.tags for a in attrs if a in resources], (
        "a resource is referenced"
    )
    assert "@import" not in page.style
    assert "url(" not in page.style


def test_readable_on_a_phone_and_in_the_dark() -> None:
    page = Page(html_of(PAIR))
    (viewport,) = [a for t, a in page.tags if t == "meta" and a.get("name") == "viewport"]
    assert viewport["content"] == "width=device-width, initial-scale=1"
    assert "@media (prefers-color-scheme: dark)" in page.style
    assert re.search(r"@media \(max-width: [\d.]+rem\)", page.style), "a stacked layout for narrow screens"
    cells = [a for t, a in page.tags if t == "td"]
    assert cells
    assert all(a.get("data-label") in ("A", "B") for a in cells), "each cell names its article when stacked"


def test_side_by_side_table_with_highlights_conflicts_and_unique_facts() -> None:
    source = html_of(PAIR)
    assert "<del>lasted</del>" in source
    assert "<ins>took</ins>" in source
    assert '<tr class="conflict">' in source
    assert '<span class="conflict-note">≠ number: about 1,500</span>' in source
    assert "Only in" in source
    assert "<li>The mayor urged both sides to return to the table.</li>" in source


def test_removed_boilerplate_is_folded_per_article() -> None:
    result = compare([str(SAMPLES / "phone-call")])
    page = Page(html_of(result))
    summaries = re.findall(
        r"<details><summary>Removed boilerplate \((\d+) blocks?\)</summary>", html_of(result)
    )
    assert [int(n) for n in summaries] == [len(a.removed) for a in result.articles]
    for article in result.articles:
        for block in article.removed:
            assert " ".join(block.text.split()) in " ".join(page.visible.split())


def test_only_filters_sections() -> None:
    assert "Only in" not in html_of(PAIR, only=Only.SHARED)
    assert 'id="shared"' not in html_of(PAIR, only=Only.UNIQUE)
    assert "lasted" not in html_of(PAIR, only=Only.CONFLICTS)


def test_explain_shows_why_each_shared_fact_was_grouped() -> None:
    three = compare([str(SAMPLES / "phone-call")])
    many = compare([str(SAMPLES / "phone-call"), str(SAMPLES / "port-strike")])  # a digest
    for result in (PAIR, three, many):
        page = render(result, OutputFormat.HTML, RenderOptions(width=100, explain=True))
        for group in result.shared:
            assert parts.evidence_line(group.evidence[0]) in page
        assert "why [" not in html_of(result)


class Inherited(HTMLParser):
    """Each run of visible text with the value an attribute inherited by it has (`lang`, `dir`):
    the attribute of the nearest element around the text that has one."""

    VOID = frozenset({"meta", "br", "link", "img", "input", "hr"})

    def __init__(self, source: str, attribute: str = "lang") -> None:
        super().__init__()
        self.attribute = attribute
        self.runs: list[tuple[str, str]] = []
        self._open: list[tuple[str, str]] = []
        self.feed(source)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in self.VOID:
            value = dict(attrs).get(self.attribute) or (self._open[-1][1] if self._open else "")
            self._open.append((tag, value))

    def handle_endtag(self, tag: str) -> None:
        if any(name == tag for name, _ in self._open):
            while self._open.pop()[0] != tag:
                pass

    def handle_data(self, data: str) -> None:
        if data.strip() and self._open and self._open[-1][0] not in ("style", "title"):
            self.runs.append((data, self._open[-1][1]))

    def value_of(self, text: str) -> set[str]:
        return {value for run, value in self.runs if text in run}


FRENCH = (
    (
        "Un éboulement a coupé la route du col de Vérane samedi vers 15 heures.",
        "Près de 1 300 tonnes de roches ont recouvert la chaussée sur 150 mètres.",
        "Aucun blessé n'est à déplorer.",
    ),
    (
        "Un glissement de terrain a coupé la route du col de Vérane samedi vers 14 heures.",
        "Près de 1 300 tonnes de roches ont recouvert la chaussée sur 120 mètres.",
        "La préfète a promis une réouverture avant la fin du mois.",
    ),
)
"""Two French reports of one event: a shared fact worded two ways, a conflict, a fact each."""


def test_article_text_is_marked_with_its_language() -> None:
    # the page is in English, and a screen reader read the French articles with English sounds
    articles = [an_article(i, "AB"[i], *texts, language="fr") for i, texts in enumerate(FRENCH)]
    page = Inherited(html_of(align(articles, Options())))
    for texts in FRENCH:
        for sentence in texts:
            for word in sentence.split():
                if len(word) > 4 and word.isalpha():  # (a marked word is a run of its own)
                    assert page.value_of(word) == {"fr"}, (word, sentence)
    assert page.value_of("A headline") == {"fr"}
    assert page.value_of("≠ number: ") == {"en"}, "our words are in English"
    assert page.value_of("Shared facts") == {"en"}
    assert 'lang="' not in html_of(PAIR).removeprefix('<!DOCTYPE html>\n<html lang="en">'), (
        "English needs none"
    )


ARABIC = (
    (
        "أعلنت الحكومة يوم الثلاثاء أن الجسر الجديد سيفتح الأسبوع المقبل بعد عامين من البناء.",
        "وقال الوزير أحمد خالد إن المشروع كلف أكثر من مئة مليون دولار.",
        "The Israeli violinist שירה כהן played on the bridge.",
    ),
    (
        "قالت الحكومة الثلاثاء إن الجسر الجديد سيفتتح الأسبوع المقبل بعد سنتين من العمل.",
        "وأوضح الوزير أحمد خالد أن كلفة المشروع بلغت مئة وعشرين مليون دولار.",
        "ويمتد الجسر على طول ثلاثة كيلومترات فوق النهر.",
    ),
)
"""Two Arabic reports and an English sentence with a Hebrew name: text that reads right to left."""


def test_text_that_reads_right_to_left_takes_its_own_direction() -> None:
    # in the page's left-to-right flow an Arabic sentence's closing stop stood at its right end,
    # before its first word; dir=auto lets the text's first letter set its direction
    articles = [an_article(i, "AB"[i], *texts, title="جسر جديد") for i, texts in enumerate(ARABIC)]
    source = html_of(align(articles, Options()))
    page = Inherited(source, "dir")
    for texts in ARABIC:
        for sentence in texts:
            for word in sentence.split():
                if len(word) > 4 and word.isalpha():
                    assert page.value_of(word) == {"auto"}, (word, sentence)
    assert page.value_of("جسر جديد") == {"auto"}
    assert page.value_of("Shared facts") == {""}, "our words stay left to right"
    assert "dir=" not in html_of(PAIR), "text without right-to-left letters needs nothing"


# --------------------------------------------------------------------------- in a real browser


def chromium(*args: str) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    with tempfile.TemporaryDirectory() as profile:
        return subprocess.run(
            [
                CHROMIUM,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--hide-scrollbars",
                f"--user-data-dir={profile}",
                *args,
            ],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )


def dom_after_load(path: Path) -> Page:
    done = chromium("--virtual-time-budget=2000", "--dump-dom", path.as_uri())
    assert done.returncode == 0, done.stderr[-2000:]
    assert "<html" in done.stdout
    return Page(done.stdout)


def screenshot(path: Path, shot: Path, size: str, *flags: str) -> None:
    done = chromium(f"--window-size={size}", f"--screenshot={shot}", *flags, path.as_uri())
    assert done.returncode == 0, done.stderr[-2000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@needs_chromium
def test_control_chromium_runs_scripts_of_a_page_without_policy(tmp_path: Path) -> None:
    """Without this, a browser that ran no script at all would pass the tests below."""
    page = tmp_path / "control.html"
    page.write_text("<!DOCTYPE html><title>clean</title><script>document.title='pwned'</script>", "utf-8")
    assert dom_after_load(page).title == "pwned"


@needs_chromium
def test_samples_report_in_chromium(tmp_path: Path) -> None:
    result = compare([str(SAMPLES / "phone-call")])
    report = tmp_path / "phone-call.html"
    report.write_text(html_of(result), encoding="utf-8")
    dom = dom_after_load(report)
    assert dom.title == "newsdiff: Meridian Daily · Northern Ledger · pacific-wire"
    text = " ".join(dom.visible.split())
    assert parts.summary_line(result) in text
    for group in result.groups:
        for member in group.members:
            assert " ".join(member.text.split()) in text, member.text
    for group in result.in_conflict:
        for conflict in group.conflicts:
            if conflict.kind.value != "quote":
                assert all(f"≠ {conflict.kind.value}: {v}" in text for v in conflict.values)
    for shot, size, flags in (
        ("desktop.png", "1400,2000", ()),
        ("phone.png", "390,2400", ()),
        ("dark.png", "1400,2000", ("--blink-settings=preferredColorScheme=0",)),
    ):
        screenshot(report, tmp_path / shot, size, *flags)


@needs_chromium
def test_no_script_in_article_text_runs_in_chromium(tmp_path: Path) -> None:
    report = tmp_path / "evil.html"
    report.write_text(html_of(EVIL_PAIR), encoding="utf-8")
    dom = dom_after_load(report)
    assert dom.title == "newsdiff: A · B", "a script changed the page"
    assert {tag for tag, _ in dom.tags} <= OUR_TAGS
    assert not [name for _, attrs in dom.tags for name in attrs if name.startswith("on")]
    text = " ".join(dom.visible.split())
    for sentence in EVIL:
        assert " ".join(sentence.split()) in text, sentence
    screenshot(report, tmp_path / "evil.png", "1200,1600")


@needs_chromium
def test_policy_stops_a_script_even_if_escaping_failed(tmp_path: Path) -> None:
    """Defence in depth: a script slipped into the page by some future bug still does not run."""
    source = html_of(PAIR).replace(
        "<main>",
        "<main><script>document.title='pwned'</script><img src=x onerror=\"document.title='pwned'\">",
    )
    report = tmp_path / "broken.html"
    report.write_text(source, encoding="utf-8")
    assert dom_after_load(report).title == "newsdiff: A · B"


ALIGNMENT_PROBE = """<script>
const odd = [];
for (const table of document.querySelectorAll("table.stats")) {
  const heads = table.querySelectorAll("thead th");
  [...table.querySelector("tbody tr").children].forEach((cell, i) => {
    const head = getComputedStyle(heads[i]).textAlign, below = getComputedStyle(cell).textAlign;
    if (head !== below) odd.push(`${heads[i].textContent} ${head} over ${below}`);
  });
}
document.title = odd.length ? odd.join("; ") : "aligned";
</script>"""
"""Sets the title to every header of a statistics table aligned unlike the cells under it."""


@needs_chromium
def test_table_headers_are_aligned_like_their_columns_in_chromium(tmp_path: Path) -> None:
    # the per-article counts stood right, under the left edge of the next column's header: at
    # 1400 px "68" read as the "removed" of a table whose "words" header was 80 px to its left
    three = compare([str(SAMPLES / "phone-call")])  # the per-article table
    many = compare([str(SAMPLES / "phone-call"), str(SAMPLES / "port-strike")])  # a row per article
    for name, result in (("three", three), ("many", many)):
        # the probe is a script: the page's policy would stop it
        source = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", html_of(result))
        report = tmp_path / f"{name}.html"
        report.write_text(source.replace("</body>", ALIGNMENT_PROBE + "</body>"), encoding="utf-8")
        assert dom_after_load(report).title == "aligned", name


BROKEN_WORDS_PROBE = """<script>
const broken = [];
for (const cell of document.querySelectorAll("table.stats thead th, table.stats td, table.coverage th")) {
  const range = document.createRange();
  range.selectNodeContents(cell);
  const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
  const words = cell.textContent.trim().split(/\\s+/).length;
  if (cell.children.length === 0 && lines > words) broken.push(cell.textContent.trim());
}
document.title = broken.length ? broken.join("; ") : "whole";
</script>"""
"""Sets the title to every cell of text in a statistics or coverage table that runs on more lines
than it has words: a word (a date) broken inside."""


@needs_chromium
def test_tables_break_no_word_on_a_phone_in_chromium(tmp_path: Path) -> None:
    # the page may break a long word anywhere (a URL in a sentence), and in a table that let each
    # column shrink to a letter: at 390 px the headers read "arti/cle", "wo/rds", "remo/ve/d"
    three = compare([str(SAMPLES / "phone-call")])
    many = compare([str(SAMPLES / "phone-call"), str(SAMPLES / "port-strike")])
    for name, result in (("three", three), ("many", many)):
        source = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", html_of(result))
        report = tmp_path / f"{name}.html"
        report.write_text(source.replace("</body>", BROKEN_WORDS_PROBE + "</body>"), encoding="utf-8")
        done = chromium("--window-size=390,2400", "--virtual-time-budget=2000", "--dump-dom", report.as_uri())
        assert done.returncode == 0, done.stderr[-2000:]
        assert Page(done.stdout).title == "whole", name
