"""`@record` behaves as the frozen, slotted, keyword-only dataclass it replaces."""

from __future__ import annotations

import copy
import pickle
import subprocess
import sys

import pytest

from newsdiff.model import Document, FactGroup, GroupKind, Metadata, Sentence
from newsdiff.record import FrozenInstanceError, field, record, replace


def _sentence(text: str = "The port reopened on Monday.") -> Sentence:
    return Sentence(article=0, index=1, paragraph=0, text=text)


def test_fields_are_keyword_only_and_required_ones_are_named() -> None:
    with pytest.raises(TypeError, match="paragraph"):
        Sentence(article=0, index=1, text="x")  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        Sentence(0, 1, 0, "x")  # type: ignore[misc]


def test_defaults_fill_what_is_not_given() -> None:
    doc = Document(source="a.txt", label="a", text="Body.")
    assert doc.metadata == Metadata()
    assert doc.encoding == "utf-8"
    assert doc.page_text == ""


def test_frozen_and_slotted() -> None:
    sentence = _sentence()
    with pytest.raises(FrozenInstanceError):
        sentence.text = "changed"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        del sentence.text  # type: ignore[misc]
    assert not hasattr(sentence, "__dict__")


def test_equality_and_hash_follow_the_fields() -> None:
    a, b, c = _sentence(), _sentence(), _sentence("Another sentence.")
    assert a == b
    assert hash(a) == hash(b)
    assert a != c
    assert len({a, b, c}) == 2
    assert a != ("The port reopened on Monday.",)
    group = FactGroup(kind=GroupKind.UNIQUE, members=(a,))
    assert group == FactGroup(kind=GroupKind.UNIQUE, members=(b,))


def test_repr_names_each_field() -> None:
    assert repr(Metadata(title="T")) == (
        "Metadata(title='T', date=None, outlet=None, author=None, url=None, language=None)"
    )


def test_replace_copies_with_changes() -> None:
    doc = Document(source="a.txt", label="a", text="Body.")
    renamed = replace(doc, label="b")
    assert renamed.label == "b"
    assert renamed.text == "Body."
    assert doc.label == "a"


def test_pickle_and_copy_round_trip() -> None:
    """Parallel cleaning sends documents and articles between processes."""
    doc = Document(source="a.txt", label="a", text="Body.", metadata=Metadata(title="T"))
    assert pickle.loads(pickle.dumps(doc)) == doc
    assert copy.copy(doc) == doc


def test_mutable_record_defaults_are_not_shared() -> None:
    @record(frozen=False)
    class Bag:
        name: str
        items: list[str] = field(default_factory=list)

    one, two = Bag(name="one"), Bag(name="two")
    one.items.append("x")
    one.name = "renamed"
    assert two.items == []
    assert one.name == "renamed"
    with pytest.raises(TypeError):
        hash(one)


def test_the_functions_of_dataclasses_read_a_record_as_a_dataclass() -> None:
    """Type checkers see dataclasses, so a library user calls `dataclasses.asdict` on a result:
    it raised TypeError ("should be called on dataclass instances")."""
    import dataclasses

    group = FactGroup(kind=GroupKind.UNIQUE, members=(_sentence(),))
    assert dataclasses.is_dataclass(group)
    assert dataclasses.is_dataclass(FactGroup)
    assert [f.name for f in dataclasses.fields(Sentence)] == ["article", "index", "paragraph", "text"]
    assert dataclasses.asdict(group) == {
        "kind": GroupKind.UNIQUE,
        "members": ({"article": 0, "index": 1, "paragraph": 0, "text": "The port reopened on Monday."},),
        "similarity": None,
        "conflicts": (),
        "diffs": (),
        "evidence": (),
        "superseded": (),
    }
    assert dataclasses.astuple(Metadata(title="T")) == ("T", None, None, None, None, None)
    assert dataclasses.replace(_sentence(), text="Changed.") == _sentence("Changed.")
    doc = Document(source="a.txt", label="a", text="Body.")
    assert dataclasses.replace(doc, label="b") == replace(doc, label="b")
    with pytest.raises(TypeError):
        dataclasses.replace(doc, colour="red")  # type: ignore[call-arg]


def test_making_and_using_records_does_not_import_dataclasses() -> None:
    """`dataclasses` (with `inspect` and `copy`) is imported only by who calls its functions."""
    probe = (
        "import sys\n"
        "from newsdiff.model import Metadata, Sentence\n"
        "s = Sentence(article=0, index=0, paragraph=0, text='A.')\n"
        "assert s == Sentence(article=0, index=0, paragraph=0, text='A.') and hash(s) and repr(s)\n"
        "print('dataclasses' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout == "False\n"
