"""Name conflicts in the other languages read: who said or did what a group of sentences tells, as
German, French, Spanish, Italian, Portuguese, Dutch, Russian and Polish write it (`conflicts`)."""

from __future__ import annotations

import pytest

from newsdiff.conflicts import conflicts_of
from newsdiff.language import name_stem
from newsdiff.model import ConflictKind, Sentence
from newsdiff.segment import extract


def name_conflicts(language: str, *texts: str) -> list[tuple[str, ...]]:
    """The name conflicts of a group holding one sentence of each text, each from its own article."""
    facts = [
        extract(Sentence(article=i, index=0, paragraph=0, text=t), language) for i, t in enumerate(texts)
    ]
    return [c.values for c in conflicts_of(facts) if c.kind is ConflictKind.NAME]


@pytest.mark.parametrize(
    ("language", "declined", "plain"),
    [
        pytest.param(
            "ru",
            "По словам Ольги Смирновой, мост закроют в субботу.",
            "Ольга Смирнова заявила, что мост закроют в субботу.",
            id="ru-genitive",
        ),
        pytest.param(
            "ru",
            "По словам мэра Олега Куликова, мост закроют в субботу.",
            "Мэр Олег Куликов сказал, что мост закроют в субботу.",
            id="ru-genitive-after-a-title",
        ),
        pytest.param(
            "pl",
            "Według Tomasza Wiśniewskiego most zostanie zamknięty w sobotę.",
            "Tomasz Wiśniewski powiedział, że most zostanie zamknięty w sobotę.",
            id="pl-genitive",
        ),
    ],
)
def test_one_person_named_in_two_cases_is_no_name_conflict(language: str, declined: str, plain: str) -> None:
    """Russian and Polish decline names: "по словам Ольги Смирновой" reports Ольга Смирнова,
    "według Tomasza Wiśniewskiego" Tomasz Wiśniewski; one speaker, no conflict."""
    assert name_conflicts(language, declined, plain) == []


def test_two_people_in_a_language_that_declines_names_are_a_name_conflict() -> None:
    """Case endings cut, two people still share no name word."""
    assert name_conflicts(
        "pl",
        "Według Tomasza Wiśniewskiego most zostanie zamknięty w sobotę.",
        "Marek Zieliński powiedział, że most zostanie zamknięty w sobotę.",
    ) == [("Tomasza Wiśniewskiego", "Marek Zieliński")]


@pytest.mark.parametrize(
    ("language", "word", "stem"),
    [
        ("ru", "смирновой", "смирнов"),
        ("ru", "смирнова", "смирнов"),
        ("ru", "куликовым", "куликов"),
        ("pl", "wiśniewskiego", "wiśniewsk"),
        ("pl", "wiśniewski", "wiśniewsk"),
        ("pl", "jan", "jan"),
        ("en", "anna", "anna"),
    ],
)
def test_a_name_s_case_ending_is_cut_in_a_language_that_declines_names(
    language: str, word: str, stem: str
) -> None:
    assert name_stem(word, language) == stem
