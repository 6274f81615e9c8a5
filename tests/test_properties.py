"""Properties that hold for any input: no crash but a clear error, safe text, lossless diffs,
an article equals itself, and JSON that always matches the published schema."""

from __future__ import annotations

import io
import json
import re
import tempfile
import unicodedata
from functools import lru_cache
from importlib import resources
from pathlib import Path

import hypothesis.strategies as st
import jsonschema
import pytest
from helpers_text import normalised
from hypothesis import HealthCheck, event, example, given, settings

from newsdiff.clean import clean_document, unwrap_markdown
from newsdiff.errors import NewsdiffError
from newsdiff.language import FACT_LANGUAGES
from newsdiff.load import decode, load_source, sanitize
from newsdiff.model import Article, Comparison, DiffOp, Document, ExitCode, GroupKind, Metadata, OutputFormat
from newsdiff.options import Options
from newsdiff.pipeline import compare
from newsdiff.render import render
from newsdiff.worddiff import pair_diff, word_diff

SAMPLES = Path(__file__).resolve().parent.parent / "samples"

# Example counts: with these, one run of the suite generates 10,000+ examples (see the closing
# note of the robustness issue for the count per test) in about half a minute.
FAST = settings(
    derandomize=True, deadline=None, max_examples=2000, suppress_health_check=[HealthCheck.too_slow]
)
SLOW = settings(
    derandomize=True, deadline=None, max_examples=200, suppress_health_check=[HealthCheck.too_slow]
)


# --------------------------------------------------------------------------- strategies

SURROGATES = st.sampled_from(["\ud800", "\udbff", "\udc80", "\udfff"])
CONTROLS = st.sampled_from(
    [
        "\x00",
        "\x07",
        "\x08",
        "\x1b",
        "\x1b[31m",
        "\x1b]0;pwned\x07",
        "\x1b]8;;http://x\x1b\\",
        "\x9b2J",
        "\x85",
        "\x7f",
        "\r",
        "\r\n",
        "\u200b",
        "\u202e",
        "\ufeff",
        "\u00ad",
        "\x0c",
        "\x0b",
        "\t",
        "\n",
    ]
)
ANY_CHAR = st.one_of(st.characters(), SURROGATES, CONTROLS)
NASTY_TEXT = st.lists(ANY_CHAR, max_size=300).map("".join)

MARKUP = st.sampled_from(
    [
        "<p>",
        "</p>",
        "<div>",
        "</div>",
        "<html>",
        "<!doctype html>",
        "<br>",
        "<script>",
        "</script>",
        "<a href='#'>",
        "</a>",
        "**",
        "[link](#)",
        "# ",
        "> ",
        '{"a": 1}',
        'string(5) "[{"',
        "S/SH 11",
        "By Someone",
        "Copyright © 2016 X",
        "Disclaimer: none.",
        "Region: [X](#)",
        "\n\n",
        "\n",
    ]
)


@lru_cache(maxsize=1)
def gold_sentences() -> tuple[str, ...]:
    """The body sentences of all samples, as EXPECTED.md lists them."""
    text = (SAMPLES / "EXPECTED.md").read_text(encoding="utf-8")
    sentences: list[str] = []
    for block in re.findall(r"Body sentences to keep[^\n]*\n\n```text\n(.*?)\n```", text, re.S):
        sentences.extend(line for line in block.splitlines() if line.strip())
    assert len(sentences) == 61
    return tuple(sentences)


SENTENCE = st.sampled_from(list(gold_sentences()))
WORDS = st.sampled_from(
    "the port union strike Putin Trump Kremlin talks agreed said 1,500 3.5% Monday October 6 "
    '“fair and final” "we will not go back" — - , ; ( ) ships dockworkers relations 210 years '
    "Zoë Wróbel €40 million per cent two-day".split()
)
SYNTHETIC = st.builds(
    lambda words, end: " ".join(words).capitalize() + end,
    st.lists(WORDS, min_size=1, max_size=18),
    st.sampled_from([".", "!", "?", ".”", ""]),
)
ARTICLE_TEXT = st.lists(
    st.one_of(SENTENCE, SENTENCE, SYNTHETIC, MARKUP, st.text(max_size=40)), min_size=1, max_size=12
).map(lambda parts: "\n\n".join(parts))
HTML_TEXT = st.lists(st.one_of(SENTENCE, SYNTHETIC, MARKUP), min_size=1, max_size=10).map(
    lambda parts: (
        "<!doctype html><html><head><title>T</title></head><body>"
        + "".join(f"<p>{p}</p>" for p in parts)
        + "</body></html>"
    )
)
MIXED_TEXT = st.one_of(
    NASTY_TEXT,
    ARTICLE_TEXT,
    HTML_TEXT,
    st.lists(st.one_of(MARKUP, ANY_CHAR, SENTENCE), max_size=40).map("".join),
)


# --------------------------------------------------------------------------- load + clean


def _check_article(article: Article) -> None:
    assert isinstance(article, Article)
    assert article.paragraphs
    assert all(isinstance(p, str) for p in article.paragraphs)
    assert isinstance(article.body, str)
    assert article.words >= 0


@pytest.mark.parametrize("text", ["Real sentence here.\n\n>", ">\n\n>"])
def test_empty_markdown_line_is_no_paragraph(text: str) -> None:
    try:
        article = clean_document(Document(source="x", label="x", text=text))
    except NewsdiffError:
        return
    assert all(p.strip() for p in article.paragraphs), article.paragraphs


@FAST
@given(MIXED_TEXT)
def test_decode_and_clean_give_article_or_clear_error(text: str) -> None:
    data = text.encode("utf-8", "surrogatepass")
    try:
        decoded, encoding = decode(data, "x")
        article = clean_document(Document(source="x", label="x", text=decoded))
    except NewsdiffError as exc:
        message = str(exc)
    else:
        assert isinstance(decoded, str)
        assert encoding
        _check_article(article)
        return
    assert message.startswith("x")  # the message names the source


@SLOW
@given(MIXED_TEXT)
def test_load_from_stdin_and_clean_give_article_or_clear_error(text: str) -> None:
    data = text.encode("utf-8", "surrogatepass")
    try:
        doc = load_source("-", Options(), stdin=io.BytesIO(data))
        article = clean_document(doc)
    except NewsdiffError as exc:
        event(type(exc).__name__)
        message = str(exc)
    else:
        event(f"kind {doc.kind.value}")
        _check_article(article)
        return
    assert message


_WORD = re.compile(r"[^\W_]+")


@FAST
@given(ARTICLE_TEXT)
def test_nothing_is_lost(text: str) -> None:
    """Every word of the input is in the body, in a removed block (with its reason) or in metadata."""
    doc = Document(source="x", label="x", text=sanitize(text))
    try:
        article = clean_document(doc)
    except NewsdiffError:
        event("no article")
        return
    meta = article.metadata
    kept = set(_WORD.findall(article.body))
    kept.update(w for block in article.removed for w in _WORD.findall(block.text))
    kept.update(w for value in (meta.title, meta.author, meta.outlet) if value for w in _WORD.findall(value))
    for line in doc.text.splitlines():
        for word in _WORD.findall(unwrap_markdown(line)):
            assert word in kept, (word, line)
    assert all(block.reason.value for block in article.removed)


@SLOW
@given(ARTICLE_TEXT, ARTICLE_TEXT)
def test_same_inputs_give_the_same_output_and_swapping_mirrors(text_a: str, text_b: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        a, b = Path(tmp) / "a.txt", Path(tmp) / "b.txt"
        a.write_bytes(text_a.encode("utf-8"))
        b.write_bytes(text_b.encode("utf-8"))
        try:
            forward = compare([str(a), str(b)])
        except NewsdiffError:
            event("no article")
            return
        again = compare([str(a), str(b)])
        backward = compare([str(b), str(a)])
    assert render(again, OutputFormat.JSON) == render(forward, OutputFormat.JSON)

    def groups(result: Comparison, flip: bool) -> set[frozenset[tuple[int, str]]]:
        return {
            frozenset(((1 - m.article) if flip else m.article, m.text) for m in g.members)
            for g in result.groups
        }

    assert groups(forward, False) == groups(backward, True)
    assert forward.exit_code == backward.exit_code


# --------------------------------------------------------------------------- sanitize


def _unsafe(ch: str) -> bool:
    code = ord(ch)
    return (code < 0x20 and ch not in "\n\t") or 0x7F <= code <= 0x9F or 0xD800 <= code <= 0xDFFF


@FAST
@given(
    st.one_of(
        NASTY_TEXT,
        st.lists(st.one_of(CONTROLS, st.sampled_from(["[", "]", "31m", "e\u0301", "a"])), max_size=60).map(
            "".join
        ),
    )
)
def test_sanitize_leaves_no_control_characters_and_is_idempotent(text: str) -> None:
    out = sanitize(text)
    assert not any(_unsafe(ch) for ch in out), [hex(ord(c)) for c in out if _unsafe(c)]
    assert "\x1b" not in out
    assert "\r" not in out
    assert sanitize(out) == out
    assert unicodedata.is_normalized("NFC", out)
    out.encode("utf-8")  # always encodable


def test_sanitize_removes_escape_sequences_whole() -> None:
    assert sanitize("red \x1b[31mALERT\x1b[0m now") == "red ALERT now"
    assert sanitize("title\x1b]0;owned\x07 end") == "title end"
    assert sanitize("a\r\nb\rc") == "a\nb\nc"
    assert sanitize("keep\ttabs\nand lines") == "keep\ttabs\nand lines"


# --------------------------------------------------------------------------- word_diff


@FAST
@given(st.text(max_size=200), st.text(max_size=200))
def test_word_diff_rebuilds_first_text_exactly(a: str, b: str) -> None:
    ops = word_diff(a, b)
    assert "".join(t for op, t in ops if op is not DiffOp.INSERT) == a
    assert all(t for _, t in ops)


@FAST
@given(
    st.lists(st.one_of(WORDS, SENTENCE), max_size=12).map(" ".join),
    st.lists(st.one_of(WORDS, SENTENCE), max_size=12).map(" ".join),
)
def test_word_diff_rebuilds_both_texts(a: str, b: str) -> None:
    ops = word_diff(a, b)
    assert "".join(t for op, t in ops if op is not DiffOp.INSERT) == a
    assert normalised("".join(t for op, t in ops if op is not DiffOp.DELETE)) == normalised(b)


# --------------------------------------------------------------------------- compare


def _compare_texts(*texts: str) -> Comparison:
    """`compare` on the texts written to files: the whole pipeline, as the CLI runs it."""
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i, text in enumerate(texts):
            path = Path(tmp) / f"article{i}.txt"
            path.write_bytes(text.encode("utf-8"))
            paths.append(str(path))
        return compare(paths)


@SLOW
@given(st.lists(st.lists(SENTENCE, min_size=1, max_size=3), min_size=1, max_size=6, unique_by=tuple))
def test_article_compared_with_itself_is_the_same(paragraphs: list[list[str]]) -> None:
    flat = [s for p in paragraphs for s in p]
    if len(flat) != len(set(flat)):
        return  # the same sentence twice in one article is a different property
    text = "Generated Headline\n\n" + "\n\n".join(" ".join(p) for p in paragraphs)
    result = _compare_texts(text, text)
    assert result.exit_code is ExitCode.SAME, [
        [m.text for m in g.members] for g in result.groups if g.kind is GroupKind.UNIQUE or g.conflicts
    ]
    assert sum(len(g.members) for g in result.groups) >= 2 * len(paragraphs)
    for group in result.groups:
        for diff in group.diffs:
            assert all(op is DiffOp.EQUAL for op, _ in diff.ops)


@lru_cache(maxsize=1)
def _validator() -> jsonschema.protocols.Validator:
    schema = json.loads(resources.files("newsdiff").joinpath("schema.json").read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


@SLOW
@given(st.one_of(ARTICLE_TEXT, HTML_TEXT), ARTICLE_TEXT)
def test_json_output_matches_schema(text_a: str, text_b: str) -> None:
    try:
        result = _compare_texts(text_a, text_b)
    except NewsdiffError:
        event("no article")
        return
    event("html and text" if text_a.startswith("<!doctype html>") else "two texts")
    data = json.loads(render(result, OutputFormat.JSON))
    errors = sorted(_validator().iter_errors(data), key=str)
    assert not errors, errors[0].message
    assert data["summary"]["exit_code"] == int(result.exit_code)
    assert len(data["facts"]) == len(result.groups)


def test_json_of_samples_matches_schema() -> None:
    for name in ("phone-call", "port-strike"):
        result = compare([str(SAMPLES / name)])
        data = json.loads(render(result, OutputFormat.JSON))
        assert not list(_validator().iter_errors(data))
        assert data["schema"] == "newsdiff/1"
        assert data["summary"]["exit_code"] == 1


@pytest.mark.parametrize("bad", [b"%PDF-1.4 binary", b"text\x00more text", b"\x89PNG\r\n", b"PK\x03\x04zip"])
def test_binary_input_is_a_clear_error(bad: bytes) -> None:
    with pytest.raises(NewsdiffError):
        decode(bad, "x")


def _means(char: str) -> bool:
    """A letter or digit, a currency sign, a percent sign, an emoji: what a marked span holds."""
    return char.isalnum() or char in "%‰°" or unicodedata.category(char) in ("Sc", "So")


def _words(text: str) -> list[str]:
    return [t for t in normalised(text) if t[0].isalnum()]


PLAIN_WORDS = st.sampled_from(
    "the port union strike Putin Trump said 1,500 3.5 Monday Zoë Wróbel two-day a of".split()
)
PUNCTUATED = st.lists(
    st.one_of(PLAIN_WORDS, st.sampled_from([",", ";", ":", "—", "-", ".", "“", "”", '"', "(", ")"])),
    max_size=16,
)


@FAST
@given(
    st.one_of(st.text(max_size=120), st.lists(st.one_of(WORDS, SENTENCE), max_size=6).map(" ".join)),
    st.one_of(st.text(max_size=120), st.lists(st.one_of(WORDS, SENTENCE), max_size=6).map(" ".join)),
    st.booleans(),
)
def test_changed_spans_lie_in_their_texts_in_order(a: str, b: str, strict: bool) -> None:
    diff = pair_diff(a, b, (0, 1), strict)
    for text, spans in zip((a, b), diff.changed, strict=True):
        end_before = -1
        for start, end in spans:
            assert end_before < start < end <= len(text)
            end_before = end
            if not strict:  # a mark begins and ends on a letter, a digit or a sign of meaning
                assert _means(text[start])
                assert _means(text[end - 1])
    if a == b:
        assert diff.changed == ((), ())


@FAST
@given(PUNCTUATED, st.data())
def test_punctuation_and_typography_alone_are_never_marked(words: list[str], data: st.DataObject) -> None:
    """Two texts with the same words, whatever their punctuation, case and quote style: no marks."""
    a = " ".join(words)
    b = " ".join(
        w.upper() if data.draw(st.booleans()) else w
        for w in words
        if w[0].isalnum() or data.draw(st.booleans())
    )
    if data.draw(st.booleans()):
        b = b.replace("“", '"').replace("—", "-") + data.draw(st.sampled_from(["", ".", ","]))
    assert _words(a) == _words(b)
    assert pair_diff(a, b, (0, 1)).changed == ((), ())


FACT_WORDS = st.sampled_from(
    [
        *"a an the of in by one two three eight Three Half half third thirds fifth quarter".split(),
        *"hour hours minutes week months year-old 58 4,500 2021 12% 3.5 percent nearly under just".split(),
        *"Divers Authorities Putin Trump Cyclist Luka Maren Ana Beltrán St Elias Bay Zoo Minister".split(),
        *'said told Wednesday Since , . “ ” " - ’s'.split(),
    ]
)


@FAST
@given(st.lists(st.lists(FACT_WORDS, min_size=1, max_size=14).map(" ".join), min_size=1, max_size=5))
def test_facts_of_any_sentences_hold_names_from_the_text_and_sized_numbers(sentences: list[str]) -> None:
    """What `newsdiff facts` shows stays true to the text whatever the words: every name stands in
    its sentence, every entity is one of the names, every number has a size or is a year or a small
    count, and a duration reads in words."""
    from newsdiff.model import readable_number
    from newsdiff.quantities import is_year, quantity
    from newsdiff.segment import facts

    article = Article(index=0, source="s", label="s", paragraphs=tuple(sentences), metadata=Metadata())
    for fact in facts(article):
        assert all(name in fact.sentence.text for name in fact.names)
        assert sorted(e.text for e in fact.entities) == sorted(fact.names)
        for number in fact.numbers:
            sized = quantity(number) is not None or is_year(number) or number.isdigit()
            assert sized or ":" in readable_number(number), number  # or a time taken, "2:11:43"
            if re.fullmatch(r"[\d.]+h", number) and float(number[:-1]) >= 1 / 60:
                assert not re.fullmatch(r"[\d.]+h", readable_number(number)), number


FOREIGN_WORDS = st.sampled_from(
    [
        *"Die der Polizei Zug Olaf Scholz von Hamburg sagte Prozent 1.200 3,5 vierzehn".split(),
        *"Le la l'accident d'un M. Mme Dupont selon a déclaré « » „ “ quatorze dell'incidente".split(),
        *"Según dijo el tren policía Sevilla Ana Ruiz По словам полиции Лавров сказал".split(),
        *"Ärzte Émile Çelik Öztürk Łukasz , . - ' ’".split(),
    ]
)


@FAST
@given(
    st.sampled_from(sorted(FACT_LANGUAGES)),
    st.lists(st.lists(FOREIGN_WORDS, min_size=1, max_size=14).map(" ".join), min_size=1, max_size=5),
)
def test_facts_in_any_language_hold_names_from_the_text(language: str, sentences: list[str]) -> None:
    """Read in any language newsdiff knows, the facts of any words stay true to the text: every name
    stands in its sentence, every entity is one of the names, every stem is a word."""
    from newsdiff.segment import facts

    metadata = Metadata(language=language)
    article = Article(index=0, source="s", label="s", paragraphs=tuple(sentences), metadata=metadata)
    for fact in facts(article):
        assert fact.language == language
        assert all(name in fact.sentence.text for name in fact.names)
        assert sorted(e.text for e in fact.entities) == sorted(fact.names)
        assert all(stem and " " not in stem for stem in fact.stems)


QUANTITY_WORDS = st.sampled_from(
    [
        *"about some nearly almost more than over at least under up to around shortly before after".split(),
        *"12 14 15 14.8 200 212 260 270 1,800 1,850 2,000 2,150 €1.2 €1.18 $4 2.4 34% a third".split(),
        *"million billion percent euros hours minutes weeks months days a decade six weeks five".split(),
        *"a month and a half 145 3:47 a.m. four in the morning 2:11:43 2 hours 11 minutes 43 seconds".split(),
        *"passengers people ships No. RB 34 in 1200 BC years old , .".split(),
    ]
)


@FAST
@given(
    st.lists(QUANTITY_WORDS, min_size=1, max_size=12).map(" ".join),
    st.lists(QUANTITY_WORDS, min_size=1, max_size=12).map(" ".join),
)
def test_conflicts_do_not_depend_on_which_article_comes_first(text_a: str, text_b: str) -> None:
    """Two reports disagree or not whichever is read first: the roundings, bounds, lengths in months
    and figures far apart in size are weighed alike both ways, and each side shows its own words."""
    from newsdiff.conflicts import conflicts_of
    from newsdiff.model import Sentence
    from newsdiff.segment import extract

    def read(article: int, text: str) -> object:
        return extract(Sentence(article=article, index=article, paragraph=0, text=text))

    forward = {
        (c.kind, tuple(zip(c.articles, c.values, strict=True)))
        for c in conflicts_of([read(0, text_a), read(1, text_b)])
    }
    backward = {
        (c.kind, tuple(sorted((1 - a, v) for a, v in zip(c.articles, c.values, strict=True))))
        for c in conflicts_of([read(0, text_b), read(1, text_a)])
    }
    assert {(kind, tuple(sorted(pairs))) for kind, pairs in forward} == backward


@FAST
@given(
    st.lists(st.lists(QUANTITY_WORDS, min_size=1, max_size=10).map(" ".join), min_size=1, max_size=4),
    st.lists(st.integers(min_value=0, max_value=3), min_size=1, max_size=6),
)
def test_copies_of_an_article_show_its_conflicts_as_if_every_copy_were_read(
    texts: list[str], copied: list[int]
) -> None:
    """Outlets repeating one wording (wire copy) are read as two of them, the rest taking the first's
    values: the conflicts are those of reading every copy, each copy showing its original's value."""
    from newsdiff.conflicts import _conflicts_of, conflicts_of
    from newsdiff.model import Sentence
    from newsdiff.segment import extract

    sources = texts + [texts[i % len(texts)] for i in copied]
    read = [
        extract(Sentence(article=article, index=0, paragraph=0, text=text))
        for article, text in enumerate(sources)
    ]
    every_article = {fact.sentence.article: [fact] for fact in read}  # (one sentence each)
    assert conflicts_of(read) == _conflicts_of(read, every_article)


SIZES = st.sampled_from("0 3 4 7 12 13 16 19 31 34 50 200 212 310 2000 0.5h 0.011111h 1.5h 2.195278h".split())


@FAST
@given(
    st.lists(st.frozensets(SIZES, max_size=4), min_size=2, max_size=6),
    st.lists(st.sampled_from([">", "<", "≲", "~", None]), min_size=15, max_size=15),
)
def test_figures_are_weighed_against_each_other_article_whichever_way_it_is_done(
    given_sets: list[frozenset[str]], says: list[str | None]
) -> None:
    """The figures a total, a counterpart or a bound leaves out are those that weighing each article
    against each other finds (as the rules are stated), though the rules look them up by size."""
    from newsdiff.conflicts import numbers

    sets = {article: set(values) for article, values in enumerate(given_sets)}
    # what each article says of its figures: the same figure may be a bound in one article, not another
    rough = {
        article: {v: said for v in sorted(values) if (said := says[(article * 7 + len(v)) % 15]) is not None}
        for article, values in sets.items()
    }
    assert numbers._without_sums(sets) == _each_against_each_without_sums(sets)
    assert numbers._without_rough(sets, rough) == _each_against_each_without_rough(sets, rough)
    assert numbers._with_counterparts(sets, [], {}) == _each_against_each_with_counterparts(sets)


def _each_against_each_without_sums(sets: dict[int, set[str]]) -> dict[int, set[str]]:
    from itertools import combinations

    sizes = {v: float(v.removesuffix("h")) for values in sets.values() for v in values}
    answered = set()
    for article, values in sets.items():
        for other, theirs in sets.items():
            if other == article or len(theirs) <= len(values):  # only an article of more figures sums up
                continue
            for v in values:
                for a, b in combinations(sorted(theirs - values), 2):
                    if sizes[v] in (sizes[a] + sizes[b], abs(sizes[a] - sizes[b])):
                        answered |= {(article, v), (other, a), (other, b)}
    return {a: {v for v in values if (a, v) not in answered} for a, values in sets.items()}


def _each_against_each_without_rough(
    sets: dict[int, set[str]], rough: dict[int, dict[str, str]]
) -> dict[int, set[str]]:
    import math

    from newsdiff.conflicts.figures import _COUNTED, _kept_by, _rounding_step
    from newsdiff.conflicts.numbers import _BOUNDS, _bound_size
    from newsdiff.quantities import number_unit

    # (a whole number under 10 has no size to weigh: "3 crew", `quantity`)
    sizes = {v: size for values in sets.values() for v in values if (size := _bound_size(v)) is not None}
    answered, kept = set(), {}
    for article, values in sets.items():
        others = [
            (sizes[v], rough[o].get(v))
            for o, theirs in sets.items()
            if o != article
            for v in theirs
            if v in sizes
        ]
        kept[article] = {
            v
            for v in values
            if v not in sizes
            or (says := rough[article].get(v)) is None
            or not any(
                _kept_by(says, sizes[v], size, _rounding_step(v))
                for size, theirs in others
                if says == "~" or theirs not in _BOUNDS or number_unit(v) not in _COUNTED
            )
        }
        for v in values:
            if v not in sizes or v in rough[article] or sizes[v] <= 0:
                continue
            for other, theirs in sets.items():
                near = [n for n in theirs if n in sizes and sizes[n] > 0] if other != article else []
                if near:
                    nearest = min(near, key=lambda n: (abs(math.log(sizes[n] / sizes[v])), n))
                    said = rough[other].get(nearest)
                    if said is not None and _kept_by(said, sizes[nearest], sizes[v], _rounding_step(nearest)):
                        answered.add((article, v))
    return {a: {v for v in values if (a, v) not in answered} for a, values in kept.items()}


def _each_against_each_with_counterparts(sets: dict[int, set[str]]) -> dict[int, set[str]]:
    from newsdiff.conflicts.figures import _comparable

    return {
        article: {
            v
            for v in values
            if any(
                _comparable(float(v.removesuffix("h")), float(n.removesuffix("h")))
                for o, theirs in sets.items()
                if o != article
                for n in theirs
            )
        }
        for article, values in sets.items()
    }


@given(
    st.text(alphabet=st.sampled_from("ab é1,.'’-—«»\u00a0\n\t"), max_size=400),
    st.integers(min_value=0, max_value=400),
)
@example("y" * 100 + "," * 40, 140)  # a word cut by the window: its whole is the last word
@example("z" * 30 + " " + "." * 300, 331)
def test_the_last_word_before_a_name_is_the_one_the_whole_text_gives(text: str, end: int) -> None:
    """`_last_word` reads a window before a name, widened until it holds a word (a sentence of
    thousands of names split its whole text before each): the word is the one the whole text gives."""
    from newsdiff.segment import _WORD, _last_word

    end = min(end, len(text))
    words = _WORD.findall(text[:end])
    assert _last_word(text, end) == (words[-1] if words else None)


READER_WORDS = st.sampled_from(
    [
        *"between from and to - – 30 40 12 18 $2 $3 million 3% two three weeks decades people rose".split(),
        *"no one nobody none of the 14 was were injured hurt died there casualties call dial 999 112".split(),
        *"he she Kemp did not n't never refused declined failed to appeal deny denied confirmed".split(),
        *"without charge charged would no longer by means zwischen und niemand nicht ne pas n'a".split(),
        *"personne été blessé nadie resultó herido nessuno è ferito entre et llame al , . \" “ ” '".split(),
    ]
)


@FAST
@given(st.sampled_from(sorted(FACT_LANGUAGES)), st.lists(READER_WORDS, min_size=1, max_size=16).map(" ".join))
def test_the_readers_of_ranges_denials_and_claims_stay_true_to_the_text(language: str, text: str) -> None:
    """Whatever the words and the language: a range's two ends are figures of the sentence, the
    lower first; a denial of harm counts 0 out of a figure or of nothing; a deed affirmed or denied
    is told by words of the sentence; the figures the facts view shows are never empty."""
    from newsdiff.conflicts import figures_compared
    from newsdiff.model import Sentence
    from newsdiff.polarity import deeds_of
    from newsdiff.quantities import none_counted, number_unit, numbers_in, ranges_in
    from newsdiff.segment import extract

    numbers = numbers_in(text)
    for low, high in ranges_in(text, numbers, language):
        assert low in numbers
        assert high in numbers
        assert float(low.removesuffix(number_unit(low))) < float(high.removesuffix(number_unit(high)))
    none = none_counted(text, language)
    assert none in ({}, {"0": ""}) or (none.keys() == {"0"} and none["0"].isdigit()), none
    for deed in deeds_of(text, language):
        assert deed.key, deed
        assert deed.words, deed
        assert deed.words in text, deed
    fact = extract(Sentence(article=0, index=0, paragraph=0, text=text), language)
    assert all(figures_compared(fact)), fact
