"""`--semantic`: the loading code with a tiny fake model package (runs everywhere), the message when
the extra is missing, and the real model when `newsdiff[semantic]` is installed (skipped otherwise)."""

from __future__ import annotations

import hashlib
import math
import re
import sys
import types
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsdiff import semantic
from newsdiff.align import align
from newsdiff.cli import cli
from newsdiff.errors import SemanticUnavailable
from newsdiff.model import Article, Metadata
from newsdiff.options import Options
from newsdiff.pipeline import compare
from newsdiff.segment import extract, segment
from newsdiff.similarity import scorer_for

ROOT = Path(__file__).resolve().parent.parent
PHONE = ROOT / "samples" / "phone-call"
PAIR = [str(PHONE / "northern-ledger.txt"), str(PHONE / "pacific-wire.txt")]


class FakeModel:
    """Bag-of-letters vectors: enough to check the plumbing, not a language model."""

    def __init__(self) -> None:
        self.calls: list[list[str]] = []
        self.files: tuple[str, str] | None = None

    def encode(self, texts: Sequence[str]) -> list[list[float]]:
        self.calls.append(list(texts))
        return [_letters(text) for text in texts]

    def encode_pieces(
        self, texts: Sequence[str], skip: frozenset[str]
    ) -> tuple[list[list[float]], list[semantic.Pieces]]:
        """Word pieces are the words here, each with its own bag of letters."""
        pieces = []
        for text in texts:
            words = tuple(w for w in re.findall(r"\w+", text.lower()) if w not in skip)
            pieces.append((words, [_letters(w) for w in words]))
        return self.encode(texts), pieces


def _letters(text: str) -> list[float]:
    counts = [float(text.lower().count(ch)) for ch in "abcdefghijklmnopqrstuvwxyz"]
    norm = math.sqrt(sum(c * c for c in counts)) or 1.0
    return [c / norm for c in counts]


def _fake_package(monkeypatch: pytest.MonkeyPatch, model_file: Path, sha256: str) -> None:
    package = types.ModuleType(semantic.MODEL_PACKAGE)
    package.model_path = lambda: model_file  # type: ignore[attr-defined]
    package.SHA256 = sha256  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, semantic.MODEL_PACKAGE, package)


@pytest.fixture
def fake_model(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[FakeModel]:
    """The extra's package, with a model file, and the runner replaced by FakeModel."""
    model = FakeModel()
    model_file = tmp_path / "model.onnx"
    model_file.write_bytes(b"weights")
    _fake_package(monkeypatch, model_file, hashlib.sha256(b"weights").hexdigest())

    def runner(model_path: str, tokenizer: str) -> FakeModel:
        model.files = (model_path, tokenizer)
        return model

    monkeypatch.setattr(semantic, "OnnxModel", runner)
    semantic._model.cache_clear()
    yield model
    semantic._model.cache_clear()


def test_embedder_loads_the_packaged_model_once_and_returns_plain_vectors(fake_model: FakeModel) -> None:
    embed = semantic.embedder()
    assert fake_model.files is not None
    assert fake_model.files[0].endswith("model.onnx")  # the package's file, nothing downloaded
    assert Path(fake_model.files[1]).is_file()  # the tokenizer ships with newsdiff
    vectors = embed(["Ab", "ba"])
    assert all(isinstance(x, float) for v in vectors for x in v)
    assert sum(x * y for x, y in zip(*vectors, strict=True)) == pytest.approx(1.0)
    assert embed([]) == []
    semantic.embedder()
    assert len(fake_model.calls) == 1  # the model is loaded once; empty input is not encoded


def test_compare_with_semantic_uses_the_embeddings_as_evidence(fake_model: FakeModel) -> None:
    result = compare(PAIR, Options(semantic=True))
    assert fake_model.calls, "the sentences were embedded"
    assert result.shared
    features = {c.feature for g in result.shared for e in g.evidence for c in e.contributions}
    assert {"semantic", "semantic_pieces"} <= features


def _unit(axis: int) -> list[float]:
    return [1.0 if i == axis else 0.0 for i in range(5)]


def test_piece_cover_of_a_sentence_telling_part_of_the_other() -> None:
    """A short sentence telling one of the two facts a long one merges is covered whole and covers
    half of it: the pair is not diluted by the other fact as much as the sentences' mean vectors are."""
    short = (("ferry", "towed"), [_unit(0), _unit(1)])
    merged = (("ferry", "towed", "fire", "crew"), [_unit(0), _unit(1), _unit(2), _unit(3)])
    other = (("harvest",), [_unit(4)])
    assert semantic.piece_cover(short, [1.0, 1.0], merged, [1.0] * 4) == pytest.approx(0.75)
    assert semantic.piece_cover(merged, [1.0] * 4, short, [1.0, 1.0]) == pytest.approx(0.75)
    assert semantic.piece_cover(short, [1.0, 1.0], short, [1.0, 1.0]) == pytest.approx(1.0)
    assert semantic.piece_cover(short, [1.0, 1.0], other, [1.0]) == 0.0
    assert semantic.piece_cover(((), []), [], merged, [1.0] * 4) == 0.0


def test_piece_cover_weighs_a_rare_piece_above_a_common_one() -> None:
    halsnes, port, city = (("halsnes",), [_unit(0)]), (("port",), [_unit(1)]), (("city",), [_unit(2)])

    def joined(*parts: semantic.Pieces) -> semantic.Pieces:
        return tuple(w for p in parts for w in p[0]), [v for p in parts for v in p[1]]

    weight = {"halsnes": 3.0, "port": 1.0, "city": 1.0}
    sentence = joined(halsnes, port)
    rare, common = joined(halsnes, city), joined(port, city)

    def cover(other: semantic.Pieces) -> float:
        return semantic.piece_cover(sentence, [3.0, 1.0], other, [weight[w] for w in other[0]])

    assert cover(rare) == pytest.approx(0.75)  # (3/4 + 3/4) / 2
    assert cover(common) == pytest.approx(0.375)  # (1/4 + 1/2) / 2


def test_paraphrase_without_a_shared_word_is_grouped(
    fake_model: FakeModel, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No rare word in common, so the word index never pairs them: with --semantic each sentence's
    closest sentence of the other article is scored too."""
    schools = "Schools in the region will close early until Friday."
    classes = "Classes in Andalusia will end at midday for the rest of the week."
    ferry, olives = "The ferry sailed again on Tuesday.", "Farmers expect a poor olive harvest."
    vectors = {
        schools: [1.0, 0.0, 0.0, 0.0],
        classes: [0.96, 0.28, 0.0, 0.0],
        ferry: [0.0, 0.0, 1.0, 0.0],
        olives: [0.0, 0.0, 0.0, 1.0],
    }
    monkeypatch.setattr(fake_model, "encode", lambda texts, **_: [vectors[t] for t in texts])
    sides = [[schools, ferry], [classes, olives]]
    articles = [
        Article(index=i, source=f"s{i}", label=f"s{i}", paragraphs=tuple(p), metadata=Metadata())
        for i, p in enumerate(sides)
    ]
    plain = align(articles, Options())
    assert not plain.shared
    result = align(articles, Options(semantic=True))
    assert [[m.text for m in g.members] for g in result.shared] == [[schools, classes]]


def _anagram_articles() -> list[Article]:
    # no word, stem, prefix or synonym in common, and the very same letters: the fake model's
    # vectors are equal, as a real model's are close for a paraphrase in other words
    texts = ["Enlist tinsel now.", "Silent listen won."]
    return [
        Article(index=i, source=f"s{i}", label=f"s{i}", paragraphs=(text,), metadata=Metadata())
        for i, text in enumerate(texts)
    ]


def test_scorer_candidates_include_the_closest_sentence_by_embedding(fake_model: FakeModel) -> None:
    # the candidates the bench (bench/align_quality.py) counts as `compare` would score
    found = [extract(s) for a in _anagram_articles() for s in segment(a)]
    assert scorer_for(found).candidates() == []
    assert scorer_for(found, semantic=True).candidates() == [(0, 1)]


def test_cli_semantic_flag_reaches_the_model(fake_model: FakeModel) -> None:
    result = CliRunner().invoke(cli, ["compare", "--semantic", "--explain", *PAIR])
    assert result.exit_code == 1, result.stderr
    assert "in meaning" in result.stdout  # "closest in meaning", "a clause alike in meaning"


def test_missing_extra_is_one_line_and_exit_2(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(semantic, "MODEL_PACKAGE", "newsdiff_no_such_model_package")
    semantic._model.cache_clear()
    try:
        with pytest.raises(SemanticUnavailable, match=r"pip install 'newsdiff\[semantic\]'"):
            semantic.embedder()
        result = CliRunner().invoke(cli, ["compare", "--semantic", *PAIR])
    finally:
        semantic._model.cache_clear()
    assert result.exit_code == 2
    assert result.stdout == ""
    # the option the user typed, not how the library is called (newuser27 L18)
    needs = "--semantic needs the optional extra: pip install 'newsdiff[semantic]'"
    assert result.stderr == f"newsdiff: error: {needs}\n"


def test_a_library_caller_missing_the_extra_is_told_the_option_set(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The message said only "--semantic", a flag a library caller never wrote."""
    monkeypatch.setattr(semantic, "MODEL_PACKAGE", "newsdiff_no_such_model_package")
    semantic._model.cache_clear()
    try:
        with pytest.raises(
            SemanticUnavailable,
            match=r"Options\(semantic=True\).* needs the optional extra: pip install 'newsdiff\[semantic\]'",
        ):
            compare(PAIR, Options(semantic=True))
    finally:
        semantic._model.cache_clear()


def test_damaged_model_file_is_one_line_and_exit_2(fake_model: FakeModel, tmp_path: Path) -> None:
    (tmp_path / "model.onnx").write_bytes(b"weights, cut sho")
    result = CliRunner().invoke(cli, ["compare", "--semantic", *PAIR])
    assert result.exit_code == 2
    assert result.stderr.startswith("newsdiff: error: --semantic needs the optional extra")
    assert "damaged" in result.stderr
    assert result.stderr.count("\n") == 1
    assert not fake_model.calls


@pytest.mark.skipif(not semantic.available(), reason="the semantic extra is not installed")
def test_real_model_groups_the_samples() -> None:
    semantic._model.cache_clear()
    vectors = semantic.embedder()(
        ["They spoke by phone.", "They held a telephone conversation.", "Ports closed."]
    )
    assert len(vectors[0]) == 384
    same = sum(x * y for x, y in zip(vectors[0], vectors[1], strict=True))
    other = sum(x * y for x, y in zip(vectors[0], vectors[2], strict=True))
    assert same > other
    result = compare(PAIR, Options(semantic=True))
    assert len(result.shared) >= 4


@pytest.fixture(scope="module")
def semantic_seeds() -> list[set[str]]:
    """The seeds compared with the real model: the texts of each shared group."""
    if not semantic.available():
        pytest.skip("the semantic extra is not installed")
    found = sorted((ROOT.parent / "shared" / "seeds").glob("*.txt"))
    if len(found) != 2:
        pytest.skip("the shared seeds are not beside this checkout")
    result = compare([str(p) for p in found], Options(semantic=True))
    return [{m.text for m in g.members} for g in result.shared]


def _together(groups: list[set[str]], first: str, second: str) -> bool:
    return any(any(first in t for t in g) and any(second in t for t in g) for g in groups)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param("have held their first telephone call", "held their first-ever talk", id="first-call"),
        pytest.param("uniting efforts in the fight", "unite efforts in the struggle", id="terrorism"),
        pytest.param("keep in contact by telephone", "keep in touch by phone", id="keep-in-touch"),
        # the normalising of ties joins the stable basis for relations, the sentence of A that tells
        # it alone (the default path joins it to the long first sentence, which tells it in a clause)
        pytest.param("importance of establishing a stable basis", "normalizing", id="improving-ties"),
    ],
)
def test_real_model_groups_the_facts_the_seeds_share(
    semantic_seeds: list[set[str]], first: str, second: str
) -> None:
    assert _together(semantic_seeds, first, second), semantic_seeds


@pytest.mark.parametrize(
    "sentence",
    [
        "Volodin told NTV Channel on Sunday",
        "will celebrate 210 years since the beginning",
        "Hillary Clinton repeatedly claimed",
        "Clinton accused Trump of having secret ties",
    ],
)
def test_real_model_keeps_sentences_that_only_share_names_apart(
    semantic_seeds: list[set[str]], sentence: str
) -> None:
    assert not any(any(sentence in t for t in g) for g in semantic_seeds)


@pytest.mark.xfail(
    reason="known miss: the congratulations score 0.58 against --semantic's 0.65, and the sentence of B that "
    "tells them also tells the first call, whose group it joins",
    strict=True,
)
def test_real_model_groups_the_congratulations(semantic_seeds: list[set[str]]) -> None:
    assert _together(
        semantic_seeds, "Putin congratulated the US president-elect", "offer his congratulations"
    )
