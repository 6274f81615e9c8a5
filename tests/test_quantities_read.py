"""Figures as a reader takes them: a range is one value ("between 30 and 40"), a denial a count of
none ("no one was hurt"), a clock time or a phone number no count, "three decades" a rounding."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsdiff.cli import cli
from newsdiff.conflicts import conflicts_of
from newsdiff.model import ConflictKind, Fact, Sentence
from newsdiff.quantities import numbers_in, ranges_in, rough_numbers, things_denied
from newsdiff.segment import extract


def fact(text: str, language: str = "en", article: int = 0) -> Fact:
    return extract(Sentence(article=article, index=0, paragraph=0, text=text), language)


def number_conflicts(ours: str, theirs: str, language: str = "en") -> list[tuple[str, ...]]:
    """The values of the number conflicts of two one-sentence articles."""
    found = conflicts_of([fact(ours, language, 0), fact(theirs, language, 1)])
    return [c.values for c in found if c.kind is ConflictKind.NUMBER]


# --------------------------------------------------------------------------- ranges


@pytest.mark.parametrize(
    ("text", "language", "span"),
    [
        ("Between 12 and 18 climbers were rescued off the ridge.", "en", ("12", "18")),
        ("From 12 to 18 climbers were rescued off the ridge.", "en", ("12", "18")),
        ("Rescuers lifted 12-18 climbers off the ridge.", "en", ("12", "18")),
        ("Rescuers lifted 12 to 18 climbers off the ridge.", "en", ("12", "18")),
        ("The bridge will cost between $4 million and $6 million.", "en", ("4000000", "6000000")),
        ("Repairs should take two to three weeks.", "en", ("336h", "504h")),
        # every join a range may be written with (`_RANGE_JOINED` must not pass over one)
        ("Rescuers lifted 12 – 18 climbers off the ridge.", "en", ("12", "18")),
        ("The repairs will cost $3-$4 billion.", "en", ("3000000000", "4000000000")),
        ("BETWEEN 12 AND 18 CLIMBERS WERE RESCUED.", "en", ("12", "18")),
        ("Rescuers lifted 12 to\n18 climbers off the ridge.", "en", ("12", "18")),
        ("Zwischen 12 und 18 Bergsteiger wurden gerettet.", "de", ("12", "18")),
        ("Entre 12 et 18 alpinistes ont été secourus.", "fr", ("12", "18")),
        ("Tra 12 e 18 alpinisti sono stati soccorsi.", "it", ("12", "18")),
    ],
)
def test_a_range_is_read_as_its_two_ends(text: str, language: str, span: tuple[str, str]) -> None:
    assert ranges_in(text, numbers_in(text, language), language) == (span,)


@pytest.mark.parametrize(
    "text",
    [
        "The drought lasted from 2017 to 2021.",
        "The visitors won 4-1 at the stadium.",
        "The count of stranded climbers rose from 12 to 18 overnight.",
        "The count of stranded climbers rose by 3 to 19 overnight.",
        "The fund was lifted to $40 million, $30 million to $40 million in a year.",
        "The 777-9 prototype landed with 12 and 18 crew.",
    ],
)
def test_years_scores_changes_and_models_are_no_range(text: str) -> None:
    assert ranges_in(text, numbers_in(text)) == ()


def test_a_figure_inside_a_range_agrees_with_it() -> None:
    ours = "Between 12 and 18 climbers were rescued off the ridge on Sunday."
    assert number_conflicts(ours, "Some 15 climbers were rescued off the ridge on Sunday.") == []
    assert number_conflicts(ours, "Sixteen climbers were rescued off the ridge on Sunday.") == []
    assert number_conflicts(ours, "From 14 to 20 climbers were rescued off the ridge on Sunday.") == []


def test_a_figure_outside_a_range_disagrees_with_it() -> None:
    ours = "Between 12 and 18 climbers were rescued off the ridge on Sunday."
    assert number_conflicts(ours, "Some 40 climbers were rescued off the ridge on Sunday.") == [
        ("12\u201318", "about 40")
    ]


def test_an_amount_outside_a_range_of_amounts_disagrees_though_its_ends_add_up_to_it() -> None:
    ours = "The new bridge will cost between $4 million and $6 million, the council said."
    theirs = "The new bridge will cost $10 million, the council said."
    assert number_conflicts(ours, theirs) == [("$4 million\u2013$6 million", "$10 million")]


def test_a_range_in_another_language_keeps_a_figure_inside_it() -> None:
    ours = "Zwischen 12 und 18 Bergsteiger wurden am Sonntag gerettet."
    assert number_conflicts(ours, "Etwa 15 Bergsteiger wurden am Sonntag gerettet.", "de") == []


def test_ranges_of_years_and_scores_are_compared_as_before() -> None:
    years = ("The drought lasted from 2017 to 2021.", "The drought lasted from 2017 to 2020.")
    assert number_conflicts(*years) == [("2021", "2020")]
    scores = ("The visitors won 4-1 at the stadium.", "The visitors won 4-2 at the stadium.")
    assert number_conflicts(*scores) == [("4-1", "4-2")]


# --------------------------------------------------------------------------- denials as a count of none


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("No one was hurt when the scaffolding gave way.", "en"),
        ("Nobody died in the pile-up on the ring road.", "en"),
        ("No hikers were injured by the rockfall.", "en"),
        ("There were no casualties after the dam overflowed.", "en"),
        ("Bei dem Brand in der Scheune wurde niemand verletzt.", "de"),
        ("Personne n'a été blessé lors de l'effondrement.", "fr"),
        ("Nadie resultó herido en el derrumbe del puente.", "es"),
        ("Nessuno è rimasto ferito nel crollo della scuola.", "it"),
    ],
)
def test_a_denial_of_harm_is_the_count_zero(text: str, language: str) -> None:
    assert "0" in fact(text, language).numbers


@pytest.mark.parametrize(
    "text",
    [
        "No one knows why the scaffolding gave way.",
        "The hiker is no longer missing.",
        "No sign of the hikers was found.",
    ],
)
def test_a_denial_of_no_harm_is_no_count(text: str) -> None:
    assert "0" not in fact(text).numbers


def test_no_one_hurt_disagrees_with_two_hurt() -> None:
    ours = "No one was hurt when the scaffolding gave way on Friday."
    theirs = "Two people were hurt when the scaffolding gave way on Friday."
    assert number_conflicts(ours, theirs) == [("0", "2")]


def test_none_of_a_crew_hurt_disagrees_with_all_of_it_hurt() -> None:
    ours = "None of the 11 roofers was hurt when the scaffolding gave way."
    assert number_conflicts(ours, "All 11 roofers were hurt when the scaffolding gave way.") == [("0", "11")]
    assert number_conflicts(ours, "The 11 roofers climbed down when the scaffolding gave way.") == []


# --------------------------------------------------------------------------- decades


def test_decades_round_a_length_of_years() -> None:
    theirs = "The keeper tended the lighthouse on the cape for three decades."
    assert number_conflicts("The keeper tended the lighthouse on the cape for 29 years.", theirs) == []
    assert number_conflicts("The keeper tended the lighthouse on the cape for 38 years.", theirs) == [
        ("38 years", "about 30 years")
    ]


# --------------------------------------------------------------------------- clock times and numbers to dial


@pytest.mark.parametrize(
    "text",
    [
        "Il ponte è stato chiuso poco dopo le 18 di sabato.",
        "Il ponte è stato chiuso dopo le 18, secondo il comune.",
        "I soccorsi sono arrivati verso le 21 e hanno chiuso la strada.",
    ],
)
def test_an_italian_hour_after_dopo_le_is_a_time(text: str) -> None:
    read = fact(text, "it")
    assert not {"18", "21"} & set(read.numbers)
    assert {"18:00", "21:00"} & set(read.dates)


def test_an_italian_count_after_dopo_le_stays_a_count() -> None:
    assert "18" in fact("Dopo le 18 vittime del ponte, il comune ha chiuso.", "it").numbers


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Anyone who sees smoke should call 999 straight away.", "en"),
        ("Residents were told to dial 911 if the water rose.", "en"),
        ("Los vecinos alertaron al servicio de emergencias 112 de madrugada.", "es"),
        ("Si ve humo, llame al 112 cuanto antes.", "es"),
    ],
)
def test_a_number_to_dial_is_no_figure(text: str, language: str) -> None:
    assert fact(text, language).numbers == ()


def test_a_count_after_a_word_of_calling_stays_a_figure() -> None:
    assert fact("The inquiry called 112 witnesses over the winter.").numbers == ("112",)


# --------------------------------------------------------------------------- the facts view


def facts_lines(tmp_path: Path, text: str, *flags: str) -> list[str]:
    """The "numbers:" lines of `newsdiff facts` on a text."""
    source = tmp_path / "story.txt"
    source.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["facts", *flags, str(source)])
    return [line.strip() for line in result.stdout.splitlines() if line.strip().startswith("numbers:")]


def test_facts_show_the_figures_compare_weighs(tmp_path: Path) -> None:
    text = (
        "Two hikers were hurt on the pass.\n\nOne guide died.\n\nAlmost 300 sheep were moved.\n\n"
        "More than 4,000 bales burned.\n\nBetween 12 and 18 climbers waited in 2021.\n\n"
        "They carried 2500 litres and 25,000 rations.\n\nNobody was injured at the hut.\n"
    )
    assert facts_lines(tmp_path, text) == [
        "numbers: 2",
        "numbers: 1",
        "numbers: nearly 300",
        "numbers: at least 4,000",
        "numbers: 12\u201318; 2021",
        "numbers: 2,500 litres; 25,000",
        "numbers: 0",
    ]


def test_facts_show_a_small_count_in_another_language(tmp_path: Path) -> None:
    text = "Dos excursionistas resultaron heridos en el paso de montaña.\n"
    assert facts_lines(tmp_path, text, "--language", "es") == ["numbers: 2"]


def test_facts_json_gives_the_figures_beside_the_numbers(tmp_path: Path) -> None:
    source = tmp_path / "story.txt"
    source.write_text("Between 12 and 18 climbers waited near the pass.\n", encoding="utf-8")
    data = json.loads(CliRunner().invoke(cli, ["facts", "--format", "json", str(source)]).stdout)
    (read,) = data["facts"]
    assert (read["numbers"], read["figures"]) == (["12", "18"], ["12\u201318"])


# --------------------------------------------------------------------------- figures as written


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The treasurer was jailed for three and a half years.", "3.5"),
        ("The treasurer was jailed for three-and-a-half years.", "3.5"),
        ("The treasurer was jailed for 3½ years.", "3.5"),
        ("The treasurer was jailed for 3 1/2 years.", "3.5"),
        ("The treasurer was jailed for 7 and a half years.", "7.5"),
        ("The ferry line carried two and a half million passengers.", "2500000"),
        ("The ferry line carried 2 1/2 million passengers.", "2500000"),
        ("The ferry line carried a million and a half passengers.", "1500000"),
        ("The tunnel runs for 2¾ miles under the hill.", "2.75"),
        ("Its budget grew to €2¼bn last year.", "2250000000"),
    ],
)
def test_a_whole_and_a_fraction_is_one_figure(text: str, figure: str) -> None:
    """ "Three and a half", "3½", "3 1/2" are one figure, 3.5, not a 3 (nor a 1 and a 2); a scale
    after it takes the whole ("two and a half million" is 2,500,000)."""
    numbers = numbers_in(text)
    assert figure in numbers
    assert not {"1", "2", "3", "7"} & set(numbers)


def test_a_sentence_and_half_again_disagree() -> None:
    ours = "A court in Varnholt jailed the harbour master for four years on Tuesday."
    theirs = "A court in Varnholt jailed the harbour master for four and a half years on Tuesday."
    assert number_conflicts(ours, theirs) == [("4 years", "4.5 years")]
    assert (
        number_conflicts("A court in Varnholt jailed the harbour master for 4½ years on Tuesday.", theirs)
        == []
    )


@pytest.mark.parametrize(
    "text",
    ["Trains ran again on 12 1/2/2026.", "Add 1/2 cup of milk."],
)
def test_a_slash_that_is_no_fraction_of_a_whole_reads_no_half(text: str) -> None:
    """Only a small fraction after a whole reads as its part: a date's slashes are no half."""
    assert {"12.5", "0.5"}.isdisjoint(numbers_in(text))


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The storm damaged 2\u00a0310 homes in the valley.", "2310"),
        ("The storm damaged 2\u202f310 homes in the valley.", "2310"),
        ("The storm damaged 1\u2009002\u2009310 homes in the valley.", "1002310"),
        ("The buyer offers 38,75 euros a share, up from 36,20 euros.", "38.75"),
        ("The buyer offers 1.250,50 euros a share.", "1250.5"),
        ("The group, worth 3,5 billion euros, has 12.000 workers.", "12000"),
        ("The register lists 1.204.500 voters.", "1204500"),
    ],
)
def test_a_figure_written_the_continental_way_is_read_whole(text: str, figure: str) -> None:
    """Thousands parted by a no-break or thin space, and in an English article a figure written as
    the continent writes it ("38,75 euros", "12.000" beside a decimal comma) are one figure, never
    two ("38" and "75")."""
    numbers = numbers_in(text)
    assert figure in numbers
    assert not {"2", "1", "310", "38", "75", "50", "3", "12"} & set(numbers)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("The group has around 12.000 workers.", ()),
        ("The bond pays 1.125% a year on $1.250 billion.", ("1.125%", "1250000000")),
        ("Shares closed at $14.375 on Friday.", ("14.375",)),
    ],
)
def test_a_figure_that_cannot_be_told_is_not_read_wrong(text: str, figures: tuple[str, ...] | None) -> None:
    """ "12.000" alone may be twelve thousand or twelve: no figure rather than a wrong one; English
    decimals keep their point ("$14.375")."""
    numbers = numbers_in(text)
    if figures is not None:
        assert numbers == figures
    assert "12" not in numbers


def test_money_with_a_decimal_comma_agrees_with_its_point() -> None:
    ours = "Halden will pay 38,75 euros a share in cash for the Varnholt brewer, the companies said."
    theirs = "Halden will pay 38.75 euros a share in cash for the Varnholt brewer, the companies said."
    assert number_conflicts(ours, theirs) == []
    assert number_conflicts(ours, theirs.replace("38.75", "39.50")) != []


def test_thousands_parted_by_a_no_break_space_agree_with_a_comma(tmp_path: Path) -> None:
    """Through `compare`: cleaning keeps the no-break space inside "2 310" (it folds other runs of
    spaces), so the figure is one, as "2,310" is: same facts, exit 0."""
    sides = []
    for name, figure in (("a.txt", "2\u00a0310"), ("b.txt", "2,310")):
        source = tmp_path / name
        source.write_text(
            f"Floods\n\nThe river authority said {figure} homes were flooded in Ostby.\n", "utf-8"
        )
        sides.append(str(source))
    result = CliRunner().invoke(cli, ["compare", *sides])
    assert result.exit_code == 0, result.stdout


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("An M5.9 earthquake shook the coast of Varnholt.", "5.9"),
        ("Prices in Varnholt rose 3.7pc in May.", "3.7%"),
    ],
)
def test_a_magnitude_against_its_m_and_a_percent_in_pc_are_read(text: str, figure: str) -> None:
    assert figure in numbers_in(text)


def test_a_motorway_is_no_magnitude() -> None:
    assert numbers_in("Traffic queued on the M6 near Varnholt.") == ()


@pytest.mark.parametrize(
    ("text", "bounds"),
    [
        pytest.param("Russia handed over five Americans on Friday.", {}, id="handed-over"),
        pytest.param("The rebels turned over 12 hostages to the Red Cross.", {}, id="turned-over"),
        pytest.param("Russia freed over five Americans on Friday.", {"5": ">"}, id="a-bound"),
        pytest.param("Over 300 people attended the funeral.", {"300": ">"}, id="opening-a-sentence"),
    ],
)
def test_over_after_hand_or_turn_is_their_particle_not_a_bound(text: str, bounds: dict[str, str]) -> None:
    """ "handed over five Americans" hands five: it was read "at least 5" and shown so in a conflict
    (newuser27b)."""
    assert rough_numbers(text) == bounds


@pytest.mark.parametrize(
    ("text", "bounds"),
    [
        pytest.param(
            "About 400 firefighters and six helicopters fought the Kestry Ridge fire.",
            {"400": "~"},
            id="and-a-worded-count",
        ),
        pytest.param(
            "Nearly 200 homes, seven barns and a chapel burned in Ollerby.", {"200": "≲"}, id="a-list"
        ),
        pytest.param(
            "More than 30 per cent and nine seats went to the Tarn League.", {"30%": ">"}, id="after-a-share"
        ),
        pytest.param(
            "Around two thousand runners and ten horses took part.", {"2000": "~"}, id="both-worded"
        ),
        # a bound stays with its own figure written in several words, or with a second it governs
        pytest.param("About six hundred and fifty people came.", {"650": "~"}, id="hundred-and"),
        pytest.param("About one and a half million people voted.", {"1500000": "~"}, id="one-and-a-half"),
        pytest.param("About 400 or 500 people came.", {"400": "~"}, id="or-as-before"),
        pytest.param("Up to 20 or 30 boats sank.", {"20": "<"}, id="up-to-or-as-before"),
        pytest.param("Between 20 and 30 people died.", {}, id="a-range-as-before"),
    ],
)
def test_a_bound_governs_its_own_figure_only(text: str, bounds: dict[str, str]) -> None:
    """ "About 400 firefighters and six helicopters" gives six exactly: it was read "about 6", so a
    rounding rule could hide a conflict with seven (review 28, #6)."""
    assert rough_numbers(text) == bounds


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        pytest.param("No homes have been destroyed in Ollerby.", {"homes"}, id="subject"),
        pytest.param("No houses were lost, the council said.", {"houses"}, id="lost"),
        pytest.param("The fire destroyed no barns.", {"barns"}, id="object"),
        pytest.param("There were no arrests at the Dunmore rally.", {"arrests"}, id="there-were"),
        pytest.param("Greta Holm is no longer missing.", set(), id="no-longer"),
        pytest.param("There are no plans to close the Marnock plant.", set(), id="no-plans"),
        pytest.param("Rescuers found no sign of the climbers.", set(), id="no-sign-of"),
        pytest.param("Rescuers found no signs of the climbers.", set(), id="no-signs-of"),
        pytest.param("There is no reason to worry, the mayor said.", set(), id="no-reason"),
        pytest.param("The club gave no comment on the transfer.", set(), id="no-comment"),
        pytest.param("The bank made no change to its key rate.", set(), id="no-change"),
        pytest.param("Officers sealed off No. 10 Harl Street.", set(), id="a-house-number"),
        pytest.param("Police found no evidence of foul play.", set(), id="no-evidence"),
        pytest.param("No details were released about the two victims.", set(), id="no-details"),
    ],
)
def test_things_counted_none_of(text: str, denied: set[str]) -> None:
    """ "No homes have been destroyed" counts none of the homes (review 28, #1); "no" before a
    singular or before what is no count ("no plans", "no sign of") counts nothing."""
    assert things_denied(text) == denied
