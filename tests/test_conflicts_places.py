"""Name conflicts on a place, as `compare` finds them: two one-sentence articles aligned, the
conflicts of the group they share. One deed set in two places, each one named place after one word
("in", "at") or a court named after its town, is a conflict; a place within another, a list of
places, a place of origin or places in other roles are not."""

from __future__ import annotations

import pytest
from helpers_conflicts import conflict_reasons, shared_conflicts

from newsdiff.model import Article, ConflictKind, Metadata
from newsdiff.segment import facts, reported_by


def name_conflicts(first: str, second: str) -> list[tuple[str, ...]]:
    """The name conflicts of the group two one-sentence English articles share (it must share one)."""
    return shared_conflicts(ConflictKind.NAME, first, second)


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        pytest.param(
            "A boiler blast injured four mechanics in Halsworth late on Monday, the fire service said.",
            "A boiler blast injured four mechanics in Brackley late on Monday, the fire service said.",
            [("Halsworth", "Brackley")],
            id="one-deed-in-two-towns",
        ),
        pytest.param(
            "The former treasurer of the rowing club was sentenced at Norbury Crown Court on Friday.",
            "The former treasurer of the rowing club was sentenced at Wexcombe Crown Court on Friday.",
            [("Norbury Crown Court", "Wexcombe Crown Court")],
            id="two-courts-of-one-kind",
        ),
        pytest.param(
            "A boiler blast injured four mechanics in Halsworth late on Monday, the fire service said.",
            "A boiler blast injured four mechanics in Halsworth late on Monday, the fire service said.",
            [],
            id="one-town",
        ),
        pytest.param(
            "A boiler blast injured four mechanics in Halsworth late on Monday, the fire service said.",
            "A boiler blast injured four mechanics in West Marlshire late on Monday, the fire service said.",
            [],
            id="a-town-and-a-region",
        ),
        pytest.param(
            "A boiler blast injured four mechanics in Dunmore late on Monday, the fire service said.",
            "A boiler blast injured four mechanics in Dunmoreshire late on Monday, the fire service said.",
            [],
            id="a-town-and-the-county-named-after-it",
        ),
        pytest.param(
            "A boiler blast injured four mechanics in Lyon late on Monday, the fire service said.",
            "A boiler blast injured four mechanics in France late on Monday, the fire service said.",
            [],
            id="a-city-and-a-country",
        ),
        pytest.param(
            "A boiler blast injured four mechanics in Halsworth and Brackley late on Monday, officials said.",
            "A boiler blast injured four mechanics in Brackley late on Monday, officials said.",
            [],
            id="a-list-of-places",
        ),
        pytest.param(
            "A Halsworth mechanic was injured by a boiler blast late on Monday, the fire service said.",
            "A mechanic was injured by a boiler blast in Brackley late on Monday, the fire service said.",
            [],
            id="a-place-of-origin",
        ),
        pytest.param(
            "The striker flew from Halsworth to Brackley on Monday for the medical, the club said.",
            "The striker arrived in Brackley on Monday for the medical, the club said.",
            [],
            id="places-in-other-roles",
        ),
        pytest.param(
            "The survey was led by Dr Imre Sollas of the University of Carden, who ran it for six years.",
            "The survey was led by Dr Imre Sollas of the University of Tressel, who ran it for six years.",
            [("University of Carden", "University of Tressel")],
            id="one-person-of-two-universities",
        ),
        pytest.param(
            "The survey was led by Dr Imre Sollas of the University of Carden, who ran it for six years.",
            "The survey was led by Dr Imre Sollas of Carden University, who ran it for six years.",
            [],
            id="one-university-named-two-ways",
        ),
        pytest.param(
            "The study was led by Dr Ingrid Holm of Uppsala University.",
            "The study was led by Dr Ingrid Holm of Lund University.",
            [("Uppsala University", "Lund University")],
            id="one-person-of-two-universities-named-with-her",
        ),
        pytest.param(
            "Four of the injured were taken to St Anna Hospital with broken bones, the brigade said.",
            "Four of the injured were taken to Wexbury General Hospital with broken bones, the brigade said.",
            [("St Anna Hospital", "Wexbury General Hospital")],
            id="two-hospitals-in-one-role",
        ),
        pytest.param(
            "The trial was run by the Halden Institute over two years, the regulator said.",
            "The trial was run by the Marsk Institute over two years, the regulator said.",
            [("Halden Institute", "Marsk Institute")],
            id="two-institutes-in-one-role",
        ),
        pytest.param(
            "Elmsford FC confirmed the signing of the striker on Monday for a fee of 4 million.",
            "Harbour United confirmed the signing of the striker on Monday for a fee of 4 million.",
            [("Elmsford FC", "Harbour United")],
            id="two-clubs-doing-one-deed",
        ),
        pytest.param(
            "The loan was arranged by Veldany Bank after weeks of talks, the minister said.",
            "The loan was arranged by Orsk Bank after weeks of talks, the minister said.",
            [("Veldany Bank", "Orsk Bank")],
            id="two-banks-in-one-role",
        ),
        pytest.param(
            "The study was led by Dr Ingrid Holm of Uppsala University.",
            "The study was led by Dr Ingrid Holm of the university.",
            [],
            id="a-university-and-the-university",
        ),
        pytest.param(
            "The study was led by Dr Ingrid Holm of Uppsala University.",
            "The study was led by Dr Ingrid Holm at the University of Uppsala.",
            [],
            id="a-university-named-two-ways-of-and-at",
        ),
        pytest.param(
            "The study was led by Dr Ingrid Holm of Uppsala University and Lund University.",
            "The study was led by Dr Ingrid Holm of Lund University and Uppsala University.",
            [],
            id="two-universities-in-each",
        ),
        pytest.param(
            "Dr Ingrid Holm of Uppsala University led the study of 4,000 patients.",
            "Dr Ingrid Holm led the study of 4,000 patients, funded by Lund University.",
            [],
            id="universities-in-other-roles",
        ),
        pytest.param(
            "Four of the injured were taken to St Anna Hospital, the fire service said.",
            "Four of the injured, born at Wexbury General Hospital, were taken home, the fire service said.",
            [],
            id="hospitals-in-other-roles",
        ),
        pytest.param(
            "Elmsford FC confirmed the signing of the striker on Monday.",
            "Elmsford United confirmed the signing of the striker on Monday.",
            [],
            id="one-club-named-two-ways",
        ),
        pytest.param(
            "The winger joined the academy at the age of eight from his home town of Falmere.",
            "The winger joined the academy at the age of eight from his home town of Oskvik.",
            [("Falmere", "Oskvik")],
            id="one-home-town-named-two-ways",
        ),
        pytest.param(
            "The winger joined the academy at the age of eight from his home town of Falmere.",
            "The winger joined the academy at the age of eight from his home town of Falmere, near Oskvik.",
            [],
            id="a-home-town-and-a-place-near-it",
        ),
        pytest.param(
            "The winger joined the academy at the age of eight from his home town of Falmere.",
            "The winger, born in the city of Oskvik, joined the academy at the age of eight.",
            [],
            id="a-home-town-and-a-city-of-birth",
        ),
    ],
)
def test_place_conflicts(first: str, second: str, conflict: list[tuple[str, ...]]) -> None:
    assert name_conflicts(first, second) == conflict


_ELECTION = "Challenger Ruth Avery beat the sitting councillor, Sam Pell, by 310 votes."


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        pytest.param(
            "Avery took 4,102 votes against 3,792 for Pell, the returning officer said on Friday.",
            None,
            id="a-name-of-the-clause-before-an-office-that-speaks",
        ),
        pytest.param(
            "The returning officer said on Friday that Avery took 4,102 votes and Pell 3,792.",
            None,
            id="names-in-the-clause-reported",
        ),
        pytest.param(
            "Pell, the sitting councillor, said he would ask for a recount on Friday.",
            "Pell",
            id="a-name-with-its-office-set-off",
        ),
        pytest.param(
            "Avery said on Friday that Pell had called her to concede.",
            "Avery",
            id="the-speaker-before-the-clause-reported",
        ),
    ],
)
def test_a_name_in_another_clause_than_the_verb_of_saying_is_no_speaker(
    sentence: str, speaker: str | None
) -> None:
    """A name before ", the returning officer said" that belongs to the clause before ("for Pell"),
    or one in the clause a speaker reports ("said that Avery took"), is not who speaks: two outlets
    quoting the returning officer are not told apart by the candidates they name."""
    article = Article(
        index=0, source="s", label="s", paragraphs=(_ELECTION, sentence), metadata=Metadata(language="en")
    )
    assert reported_by(facts(article)[1]) == speaker


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param(
            "The convoy was ambushed near the town of Ségou on Friday.",
            "The convoy was ambushed near the town of Segou on Friday.",
            id="town-of",
        ),
        pytest.param(
            "Two engineers were abducted in Tórshavn on Friday, the army said.",
            "Two engineers were abducted in Torshavn on Friday, the army said.",
            id="in",
        ),
        pytest.param(
            "The trial opened at Århus Crown Court on Monday.",
            "The trial opened at Arhus Crown Court on Monday.",
            id="a-court",
        ),
    ],
)
def test_a_place_with_and_without_accents_is_one(first: str, second: str) -> None:
    assert name_conflicts(first, second) == []
    control = second.replace("egou", "ikasso").replace("Torshavn", "Klaksvik").replace("Arhus", "Odense")
    assert name_conflicts(first, control) != []


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        pytest.param(
            "The recall covers kettles sold in the UK, Ireland and Norway, the maker said.",
            "The recall covers kettles sold in the UK, Ireland and Sweden, the maker said.",
            [("Norway", "Sweden")],
            id="countries-a-member-apart",
        ),
        pytest.param(
            "Storm damage closed schools in Halsworth, Brackley and Dunmore on Monday.",
            "Storm damage closed schools in Halsworth, Brackley and Oskvik on Monday.",
            [("Dunmore", "Oskvik")],
            id="towns-a-member-apart",
        ),
        pytest.param(
            "The maker said the heaters were sold in Spain and Portugal before the recall.",
            "The maker said the heaters were sold in Spain and Italy before the recall.",
            [("Portugal", "Italy")],
            id="two-members-each",
        ),
        pytest.param(
            "The recall covers kettles sold in Norway, the maker said on Friday.",
            "The recall covers kettles sold in Sweden and Denmark, the maker said on Friday.",
            [("Norway", "Sweden, Denmark")],
            id="one-place-against-a-list",
        ),
        pytest.param(
            "The recall covers kettles sold in the UK and Ireland, the maker said.",
            "The recall covers kettles sold in the UK, Ireland and Norway, the maker said.",
            [],
            id="one-list-holding-the-other-is-an-omission",
        ),
        pytest.param(
            "The recall covers kettles sold in the UK, Ireland and Norway, the maker said.",
            "The recall covers kettles sold in Ireland, Norway and the UK, the maker said.",
            [],
            id="one-list-in-another-order",
        ),
        pytest.param(
            "The recall covers kettles sold in the UK, Ireland and Norway, the maker said.",
            "The recall covers kettles sold in the United Kingdom, Ireland and Norway, the maker said.",
            [],
            id="one-country-named-two-ways",
        ),
        pytest.param(
            "The heaters, made in China and Vietnam, were sold in France, the maker said.",
            "The heaters, made in China, were sold in France and Belgium, the maker said.",
            [],
            id="places-in-other-roles",
        ),
        pytest.param(
            "Storms cut power to homes in Bavaria and Austria overnight, utilities said.",
            "Storms cut power to homes in Germany and Austria overnight, utilities said.",
            [],
            id="a-region-and-its-country",
        ),
        pytest.param(
            "Storms cut power to homes in Europe and Asia overnight, utilities said.",
            "Storms cut power to homes in Germany and Asia overnight, utilities said.",
            [],
            id="a-continent-and-a-country-in-it",
        ),
        pytest.param(
            "Floods closed roads in Texas and Mexico on Monday, officials said.",
            "Floods closed roads in the United States and Mexico on Monday, officials said.",
            [],
            id="a-state-and-its-country",
        ),
    ],
)
def test_lists_of_places_in_one_role(first: str, second: str, conflict: list[tuple[str, ...]]) -> None:
    """A list of places in one role that differs in a member is a name conflict showing what each
    list has that the other lacks; a list holding the other is an omission; places of other roles,
    a region or state and its country, a continent and a country in it are none."""
    assert name_conflicts(first, second) == conflict


@pytest.mark.parametrize(
    ("first", "second", "values", "reason"),
    [
        pytest.param(
            "The fire in Halsworth injured four workers on Monday.",
            "The fire in Brackley injured four workers on Monday.",
            ("Halsworth", "Brackley"),
            "where it happened",
            id="two-places",
        ),
        pytest.param(
            "Erik Solberg was sentenced at Norbury Crown Court on Monday.",
            "Erik Solberg was sentenced at Wexcombe Crown Court on Monday.",
            ("Norbury Crown Court", "Wexcombe Crown Court"),
            "where it happened",
            id="two-courts-named-after-places",
        ),
        pytest.param(
            "Four of the injured were taken to St Anna Hospital with broken bones, the brigade said.",
            "Four of the injured were taken to Wexbury General Hospital with broken bones, the brigade said.",
            ("St Anna Hospital", "Wexbury General Hospital"),
            "which institution",
            id="two-institutions",
        ),
    ],
)
def test_a_place_conflict_says_a_place_or_an_institution(
    first: str, second: str, values: tuple[str, ...], reason: str
) -> None:
    """A place conflict carries whether its names are places of the deed or institutions of one kind
    in one role (`Conflict.reason`)."""
    assert conflict_reasons(first, second) == [("name", values, reason)]
