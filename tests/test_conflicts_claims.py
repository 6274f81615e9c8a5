"""Claim conflicts: one article affirms a deed another denies ("would appeal" and "would not
appeal", "conceded" and "refused to concede", "confirmed" and "denied"), as `compare` finds them: two
one-sentence articles aligned (`align.align`) must share a group, and the group's claim conflict is
read. Negations that deny nothing of the other's deed ("not only", "not yet", "did not say", "did
not deny", a negation of another deed or another doer) are none."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner
from helpers_conflicts import conflict_reasons, shared_conflicts

from newsdiff.align import align
from newsdiff.cli import cli
from newsdiff.model import Article, ConflictKind, Metadata
from newsdiff.options import Options
from newsdiff.polarity import deeds_of

SCHEMA = json.loads(
    (Path(__file__).resolve().parent.parent / "newsdiff" / "schema.json").read_text(encoding="utf-8")
)


def claims(first: str, second: str, language: str = "en") -> list[tuple[str, ...]]:
    """The claim conflicts of the group two one-sentence articles share (it must share one)."""
    return shared_conflicts(ConflictKind.CLAIM, first, second, language)


@pytest.mark.parametrize(
    ("first", "second", "values", "language"),
    [
        pytest.param(
            "The striker's agent said she would sign a new contract with Harlow Town.",
            "The striker's agent said she would not sign a new contract with Harlow Town.",
            ("would sign", "would not sign"),
            "en",
            id="would-not",
        ),
        pytest.param(
            "Governor Ellis Brand conceded the race to his challenger late on Wednesday.",
            "Governor Ellis Brand refused to concede the race to his challenger late on Wednesday.",
            ("conceded", "refused to concede"),
            "en",
            id="refused-to",
        ),
        pytest.param(
            "Army officials confirmed a drone strike on the fuel depot near Kessel.",
            "Army officials denied a drone strike on the fuel depot near Kessel.",
            ("confirmed", "denied"),
            "en",
            id="confirm-deny",
        ),
        pytest.param(
            "The lorry driver was released without charge after questioning in Dunmore.",
            "The lorry driver was charged with dangerous driving after questioning in Dunmore.",
            ("released without charge", "was charged"),
            "en",
            id="without-charge",
        ),
        pytest.param(
            "The former treasurer pleaded guilty to four counts of fraud at Exeter Crown Court.",
            "The former treasurer pleaded not guilty to four counts of fraud at Exeter Crown Court.",
            ("guilty", "not guilty"),
            "en",
            id="not-guilty",
        ),
        pytest.param(
            "The regional assembly approved the new water charges by a wide margin.",
            "The regional assembly rejected the new water charges by a wide margin.",
            ("approved", "rejected"),
            "en",
            id="approve-reject",
        ),
        pytest.param(
            "The shipping firm didn't renew its lease on the Calder dock.",
            "The shipping firm renewed its lease on the Calder dock.",
            ("didn't renew", "renewed"),
            "en",
            id="n't",
        ),
        pytest.param(
            "Mira Okonjo no longer chairs the harbour board's finance committee.",
            "Mira Okonjo chairs the harbour board's finance committee.",
            ("no longer chairs", "chairs"),
            "en",
            id="no-longer",
        ),
        pytest.param(
            "Harwick Rail denied that the night train had been cancelled at short notice.",
            "The company confirmed that the night train had been cancelled at short notice.",
            ("denied", "confirmed"),
            "en",
            id="the-company-of-a-name",
        ),
        pytest.param(
            "The operator admitted that the lift at Ferrow station had failed its last inspection.",
            "Castel Lifts denied that the lift at Ferrow station had failed its last inspection.",
            ("admitted", "denied"),
            "en",
            id="the-operator-of-a-name",
        ),
        pytest.param(
            "The firm denied that its trucks had dumped waste near the Orrin river.",
            "Dallow Haulage confirmed that its trucks had dumped waste near the Orrin river.",
            ("denied", "confirmed"),
            "en",
            id="the-firm-of-a-name",
        ),
        pytest.param(
            "Caldera Airways denied that the jet had lost cabin pressure over the Irish Sea.",
            "The airline confirmed that the jet had lost cabin pressure over the Irish Sea.",
            ("denied", "confirmed"),
            "en",
            id="the-airline-of-an-airline-s-name",
        ),
        pytest.param(
            "The carrier admitted that two of its pilots had flown without a rest day in March.",
            "Westmark Airlines denied that two of its pilots had flown without a rest day in March.",
            ("admitted", "denied"),
            "en",
            id="the-carrier-of-an-airline-s-name",
        ),
        pytest.param(
            "Harrow Savings Bank denied that the accounts of 4,000 savers had been frozen in error.",
            "The lender confirmed that the accounts of 4,000 savers had been frozen in error.",
            ("denied", "confirmed"),
            "en",
            id="the-lender-of-a-bank-s-name",
        ),
        pytest.param(
            "The club confirmed that the manager had been sacked after the cup defeat at Ilford.",
            "Corby Town denied that the manager had been sacked after the cup defeat at Ilford.",
            ("confirmed", "denied"),
            "en",
            id="the-club-of-a-name-of-no-kind",
        ),
        pytest.param(
            "The carmaker ruled out more job cuts at its Tarnow works this year.",
            "The carmaker did not rule out more job cuts at its Tarnow works this year.",
            ("ruled out", "did not rule out"),
            "en",
            id="ruled-out-not-ruled-out",
        ),
        pytest.param(
            "Meriden Water confirmed a rise in household bills for the coming winter.",
            "Meriden Water ruled out a rise in household bills for the coming winter.",
            ("confirmed", "ruled out"),
            "en",
            id="ruled-out-confirmed",
        ),
        pytest.param(
            "The airline ruled out new routes from Kelby airport next spring.",
            "The airline planned new routes from Kelby airport next spring.",
            ("ruled out", "planned"),
            "en",
            id="ruled-out-planned",
        ),
        pytest.param(
            "The grocer denied that its Harrowgate store would stay open after March.",
            "The grocer denied that its Harrowgate store would close after March.",
            ("denied … would stay open", "denied … would close"),
            "en",
            id="two-denials-of-opposites",
        ),
        pytest.param(
            "The county council would close the Ashby library in the spring.",
            "The county council denied that it would close the Ashby library in the spring.",
            ("would close", "denied … would close"),
            "en",
            id="denied-that",
        ),
        pytest.param(
            "Tarrow Water rejected claims that its reservoir had been contaminated last summer.",
            "Tarrow Water confirmed that its reservoir had been contaminated last summer.",
            ("rejected claims", "confirmed"),
            "en",
            id="rejected-claims-that",
        ),
        pytest.param(
            "Wexley Council dismissed reports that the Easton bridge had been damaged by the storm.",
            "The council admitted that the Easton bridge had been damaged by the storm.",
            ("dismissed reports", "admitted"),
            "en",
            id="dismissed-reports-that",
        ),
        pytest.param(
            "The Halden clinic refuted allegations that patients had been turned away at night.",
            "The Halden clinic acknowledged that patients had been turned away at night.",
            ("refuted", "acknowledged"),
            "en",
            id="refuted-allegations",
        ),
        pytest.param(
            "The Morland club disputed that its stadium had breached safety rules in May.",
            "The Morland club confirmed that its stadium had breached safety rules in May.",
            ("disputed", "confirmed"),
            "en",
            id="disputed-that",
        ),
        pytest.param(
            "Pellam Foods denied that its bakery had ignored hygiene warnings from inspectors.",
            "Pellam Foods conceded that its bakery had ignored hygiene warnings from inspectors.",
            ("denied … had ignored", "had ignored"),
            "en",
            id="denied-that-conceded-that",
        ),
        pytest.param(
            "Corran Ferries denied that the boat was carrying too many passengers on Friday.",
            "Corran Ferries said the boat was carrying too many passengers on Friday.",
            ("denied … was carrying", "was carrying"),
            "en",
            id="denied-that-said",
        ),
        pytest.param(
            "The Pellow swimming baths did not close during the heatwave in July.",
            "The Pellow swimming baths closed during the heatwave in July.",
            ("did not close", "closed"),
            "en",
            id="did-not-close",
        ),
        pytest.param(
            "The Pellow swimming baths remained open during the heatwave in July.",
            "The Pellow swimming baths were closed during the heatwave in July.",
            ("remained open", "were closed"),
            "en",
            id="open-closed",
        ),
        pytest.param(
            "Der Fahrer des Lastwagens wurde nicht angeklagt, teilte die Staatsanwaltschaft Ulm mit.",
            "Der Fahrer des Lastwagens wurde angeklagt, teilte die Staatsanwaltschaft Ulm mit.",
            ("wurde nicht angeklagt", "wurde angeklagt"),
            "de",
            id="de-nicht",
        ),
        pytest.param(
            "L'ancien maire de Vauclair a annoncé qu'il ne fera pas appel de sa condamnation.",
            "L'ancien maire de Vauclair a annoncé qu'il fera appel de sa condamnation.",
            ("ne fera pas appel", "appel"),
            "fr",
            id="fr-ne-pas",
        ),
        pytest.param(
            "El club Deportivo Arenal confirmó la salida de su entrenador este lunes.",
            "El club Deportivo Arenal no confirmó la salida de su entrenador este lunes.",
            ("confirmó", "no confirmó"),
            "es",
            id="es-no",
        ),
        pytest.param(
            "Il consiglio comunale di Brenta non ha approvato il bilancio del porto.",
            "Il consiglio comunale di Brenta ha approvato il bilancio del porto.",
            ("non ha approvato", "ha approvato"),
            "it",
            id="it-non",
        ),
        pytest.param(
            "De gemeenteraad van Zeldam heeft het plan voor de haven niet goedgekeurd.",
            "De gemeenteraad van Zeldam heeft het plan voor de haven goedgekeurd.",
            ("niet goedgekeurd", "goedgekeurd"),
            "nl",
            id="nl-niet",
        ),
    ],
)
def test_a_deed_affirmed_and_denied_is_a_claim_conflict(
    first: str, second: str, values: tuple[str, ...], language: str
) -> None:
    assert claims(first, second, language) == [values]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param(
            "The storm not only flooded the lower town but cut power to 3,000 homes in Ardle.",
            "The storm flooded the lower town and cut power to 3,000 homes in Ardle.",
            id="not-only",
        ),
        pytest.param(
            "The health ministry has not yet confirmed the number of cases in Pell county.",
            "The health ministry confirmed the number of cases in Pell county.",
            id="not-yet",
        ),
        pytest.param(
            "Police did not say whether the Kestrel Lane suspect would be charged with arson.",
            "Police said the Kestrel Lane suspect would be charged with arson.",
            id="did-not-say",
        ),
        pytest.param(
            "The transport minister did not deny the report of delays to the Corran bridge.",
            "The transport minister confirmed the report of delays to the Corran bridge.",
            id="did-not-deny",
        ),
        pytest.param(
            "Police could not rule out arson at the Denholm grain warehouse.",
            "Police confirmed arson at the Denholm grain warehouse.",
            id="not-ruled-out-confirmed",
        ),
        pytest.param(
            "The grocer denied that its Harrowgate store would close after March.",
            "The grocer said that its Harrowgate store would stay open after March.",
            id="denied-closing-kept-open",
        ),
        pytest.param(
            "The grocer denied the report about its Harrowgate store closing in March.",
            "The grocer's Harrowgate store is closing in March, a report said.",
            id="denied-an-object",
        ),
        pytest.param(
            "The Varden mine's board denied that any bonus had been paid to its managers.",
            '"Not a penny of it was ever paid to them," the Varden mine\'s board said of its managers.',
            id="denied-and-none-paid",
        ),
        pytest.param(
            "The mayor of Tollby approved the harbour plan, though she did not speak at the meeting.",
            "The mayor of Tollby approved the harbour plan at the meeting.",
            id="another-deed",
        ),
        pytest.param(
            "The bus driver was not injured when the coach left the road near Fenwick.",
            "Six passengers were injured when the coach left the road near Fenwick.",
            id="another-doer",
        ),
        pytest.param(
            "The company denied that the night train had been cancelled at short notice.",
            "Two passengers confirmed that the night train had been cancelled at short notice.",
            id="the-company-and-people",
        ),
        pytest.param(
            "Harrow Savings Bank denied that the accounts of 4,000 savers had been frozen in error.",
            "The airline confirmed that the accounts of 4,000 savers had been frozen in error.",
            id="the-airline-and-a-bank-s-name",
        ),
        pytest.param(
            "The bank denied that the accounts of 4,000 savers had been frozen in error.",
            "The club confirmed that the accounts of 4,000 savers had been frozen in error.",
            id="two-kinds-alone",
        ),
        pytest.param(
            "Corran Ferries denied that the boat was carrying too many passengers on Friday.",
            "The coastguard said the boat was carrying too many passengers on Friday.",
            id="denied-that-another-said",
        ),
        pytest.param(
            "Corran Ferries declined to comment on reports that the boat was carrying too many passengers.",
            "Corran Ferries said the boat was carrying too many passengers.",
            id="declined-to-comment-on-reports",
        ),
        pytest.param(
            "Corran Ferries did not say whether the boat was carrying too many passengers on Friday.",
            "Corran Ferries disputed that the boat was carrying too many passengers on Friday.",
            id="did-not-say-disputed",
        ),
        pytest.param(
            "Supporters urged the former mayor not to appeal against his conviction for bribery.",
            "The former mayor said he would appeal against his conviction for bribery.",
            id="urged-not-to",
        ),
        pytest.param(
            "The two bridges were not damaged, but the railway was damaged by the flood in Carrow.",
            "The railway was damaged by the flood in Carrow.",
            id="both-told-by-one",
        ),
        pytest.param(
            'The coach said the result was "painful but not a disaster" for Corby United.',
            'The coach said the result was "painful, but a disaster it is not" for Corby United.',
            id="within-quotes",
        ),
    ],
)
def test_a_negation_that_denies_nothing_of_the_other_is_no_claim_conflict(first: str, second: str) -> None:
    assert claims(first, second) == []


def test_no_one_hurt_is_a_count_not_a_claim() -> None:
    """ "No one was hurt" is a count of none (a number conflict), not a denial besides."""
    articles = [
        Article(index=i, source=f"s{i}", label=f"s{i}", paragraphs=(text,), metadata=Metadata(language="en"))
        for i, text in enumerate(
            (
                "No one was hurt when the roof of Delby market hall fell in on Sunday.",
                "Two people were hurt when the roof of Delby market hall fell in on Sunday.",
            )
        )
    ]
    (shared,) = [g for g in align(articles, Options()).groups if len(g.articles) == 2]
    assert [c.kind for c in shared.conflicts] == [ConflictKind.NUMBER]


def test_a_denial_names_its_words_and_its_doer() -> None:
    deeds = {d.key: d for d in deeds_of("Kemp said her client would not appeal.")}
    assert deeds["appeal"].denied
    assert deeds["appeal"].words == "would not appeal"
    assert deeds["appeal"].doer == "client"


APPEAL = "Former councillor Dana Roe was jailed for four years on Monday for fraud."
LAWYER = "Her solicitor, Owen Pask, said she would{} appeal against the sentence."


@pytest.fixture
def appeal_pair(tmp_path: Path) -> list[str]:
    """Two reports of one sentencing: one says the convicted woman will appeal, one that she will not."""
    paths = []
    for name, negation in (("first", ""), ("second", " not")):
        path = tmp_path / f"{name}.txt"
        path.write_text(f"{APPEAL}\n\n{LAWYER.format(negation)}\n", encoding="utf-8")
        paths.append(str(path))
    return paths


def test_cli_reports_a_claim_conflict_in_json_and_exits_one(appeal_pair: list[str]) -> None:
    result = CliRunner().invoke(cli, ["compare", "--format", "json", *appeal_pair])
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    jsonschema.validate(data, SCHEMA)
    conflicts = [c for f in data["facts"] for c in f["conflicts"]]
    assert conflicts == [
        {
            "kind": "claim",
            "values": ["would appeal", "would not appeal"],
            "articles": [0, 1],
            "reason": "one article affirms what another denies: appeal",
        }
    ]


@pytest.mark.parametrize(
    ("fmt", "shown"),
    [
        ("text", "≠ claim: would not appeal"),
        ("terminal", "≠ claim: would not appeal"),
        ("markdown", "**≠ claim:** would not appeal"),
        ("html", "≠ claim: would not appeal"),
    ],
)
def test_every_format_shows_a_claim_conflict_with_its_words(
    appeal_pair: list[str], fmt: str, shown: str
) -> None:
    result = CliRunner().invoke(cli, ["compare", "--format", fmt, "--width", "200", *appeal_pair])
    assert result.exit_code == 1
    assert shown in result.stdout


def test_the_digest_tallies_a_claim_conflict(tmp_path: Path) -> None:
    """Five articles: three say she would appeal, two that she would not."""
    paths = []
    for index, negation in enumerate(("", "", " not", "", " not")):
        path = tmp_path / f"outlet{index}.txt"
        path.write_text(f"{APPEAL}\n\n{LAWYER.format(negation)}\n", encoding="utf-8")
        paths.append(str(path))
    result = CliRunner().invoke(cli, ["compare", "--format", "text", "--width", "200", *paths])
    assert result.exit_code == 1
    assert (
        "≠ claim: would appeal (outlet0 and 2 others) · would not appeal (outlet2 and 1 other)"
        in result.stdout
    )


@pytest.mark.parametrize(
    "text",
    [
        "The Kelby club dismissed its manager after the defeat at Orford on Sunday.",
        "The Kelby club rejected the bid for its striker on Sunday.",
        "The disputed border town of Harl was shelled on Monday.",
    ],
)
def test_a_dismissal_or_rejection_of_no_claim_denies_no_confirmation(text: str) -> None:
    """Only "rejected claims", "dismissed reports" (and the like) deny what another confirms."""
    assert ("confirm", True) not in {(d.key, d.denied) for d in deeds_of(text)}


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        ("Halvorsen Shipping said it had not known about the crack.", True),
        ("The company denied that it had known about the crack.", True),
        ("It was not known whether anyone had been aboard.", None),
        ("Investigators did not know how many people had been aboard.", None),
    ],
)
def test_knowing_is_a_deed_only_in_a_perfect_or_a_denied_clause(text: str, denied: bool | None) -> None:
    # "had not known about" denies the speaker's knowing; "was not known whether" and "did not know
    # how many" tell nothing of it
    known = [d.denied for d in deeds_of(text) if d.key == "known"]
    assert known == ([] if denied is None else [denied])


def test_a_claim_conflict_tells_which_wordings_are_one_side() -> None:
    """ "confirmed" and "admitted" affirm one deed, "denied" denies it: the conflict's senses say so
    (what a digest tallies as one side), for a script as for the renderers."""
    from newsdiff.conflicts import conflicts_of
    from newsdiff.model import Sentence
    from newsdiff.segment import extract

    texts = [
        "The Varlo company confirmed that it had known about the boiler fault since March.",
        "The Varlo company admitted that it had known about the boiler fault since March.",
        "The Varlo company denied that it had known about the boiler fault since March.",
    ]
    facts = [extract(Sentence(article=i, index=0, paragraph=0, text=t)) for i, t in enumerate(texts)]
    (claim,) = [c for c in conflicts_of(facts) if c.kind is ConflictKind.CLAIM]
    sense = dict(zip(claim.articles, claim.senses, strict=True))
    assert len(sense) == 3, claim
    assert sense[0] == sense[1] != sense[2], claim


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param(
            "The Harwell lock on the Tamsey canal was flooded by the storm, the harbour master said.",
            "The ministry denied reports that the Harwell lock on the Tamsey canal was flooded by the storm.",
            id="denied-reports-that-long-subject",
        ),
        pytest.param(
            "Calder Mills plans to sell its two bakeries in Ostley, people briefed on the talks said.",
            "Calder Mills denied that it plans to sell its two bakeries in Ostley.",
            id="denied-that-it-plans",
        ),
        pytest.param(
            "Calder Mills planned to sell its two bakeries in Ostley, the Ostley Herald reported.",
            "Calder Mills denied a report in the Ostley Herald that it planned to sell its two bakeries.",
            id="denied-a-report-by-that",
        ),
        pytest.param(
            "Calder Mills intends to sell its two bakeries in Ostley before the summer.",
            "Calder Mills rejected claims that it intends to sell its two bakeries in Ostley.",
            id="rejected-claims-that-it-intends",
        ),
        pytest.param(
            "Calder Mills plans to sell its two bakeries in Ostley before the summer.",
            "Calder Mills said it has no plans to sell its two bakeries in Ostley.",
            id="no-plans-to",
        ),
        pytest.param(
            "Calder Mills plans to sell its two bakeries in Ostley before the summer.",
            "Calder Mills said it was not true that it plans to sell its two bakeries in Ostley.",
            id="not-true-that",
        ),
        pytest.param(
            "The Brenn road tunnel was closed after the landslide, police said.",
            "The council said it was untrue that the Brenn road tunnel was closed after the landslide.",
            id="untrue-that",
        ),
    ],
)
def test_a_claim_told_and_a_denial_of_it_are_a_claim_conflict(first: str, second: str) -> None:
    """Outlets deny a claim in many shapes: "denied reports that" a long subject did it, "denied that
    it plans", "rejected claims", "has no plans to", "said it was not true that"."""
    assert len(claims(first, second)) == 1


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param(
            "Calder Mills plans to sell its two bakeries in Ostley, people briefed on the talks said.",
            "Dunmore Foods denied that it plans to sell its two bakeries in Ostley.",
            id="another-company-denies-its-own-plan",
        ),
        pytest.param(
            "Calder Mills plans to sell its two bakeries in Ostley before the summer.",
            "Dunmore Foods has no plans to sell its two bakeries in Ostley.",
            id="another-company-has-no-plans",
        ),
        pytest.param(
            "The coastguard said the Harwell lock on the Tamsey canal was flooded by the storm.",
            "The ministry denied reports that the Harwell lock on the Tamsey canal was flooded by the storm.",
            id="another-s-word-against-the-denier-s",
        ),
        pytest.param(
            "Calder Mills plans to sell its two bakeries in Ostley before the summer.",
            "Calder Mills did not deny that it plans to sell its two bakeries in Ostley.",
            id="did-not-deny-that",
        ),
    ],
)
def test_a_denial_of_another_doers_claim_is_no_claim_conflict(first: str, second: str) -> None:
    assert claims(first, second) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param(
            "Wexcombe Dairies plans to sell its creamery in Tolland, two people briefed on the talks said.",
            "Wexcombe denied a report that it planned to sell its creamery in Tolland.",
            id="full-name-then-short-form",
        ),
        pytest.param(
            "Wexcombe plans to sell its creamery in Tolland, two people briefed on the talks said.",
            "Wexcombe Dairies denied that it plans to sell its creamery in Tolland.",
            id="short-form-then-full-name",
        ),
        pytest.param(
            "Fenmoor Rail Holdings said the Tolland depot would close next spring.",
            "Fenmoor denied that the Tolland depot would close next spring.",
            id="speaker-full-name-denier-short-form",
        ),
        pytest.param(
            "Wexcombe Dairies plans to sell its creamery in Tolland, two people briefed on the talks said.",
            "The Wexcombe group denied that it plans to sell its creamery in Tolland.",
            id="the-name-group",
        ),
    ],
)
def test_a_company_and_its_short_form_are_one_doer(first: str, second: str) -> None:
    """A company is named in full by one outlet and by its first word by another ("Halvern
    Industries" / "Halvern"): one doer, whose claim one affirms and the other denies."""
    assert len(claims(first, second)) == 1


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param(
            "Wexcombe Dairies plans to sell its creamery in Tolland, two people briefed on the talks said.",
            "Wex denied that it plans to sell its creamery in Tolland.",
            id="a-name-beginning-alike",
        ),
        pytest.param(
            "Wexcombe Dairies plans to sell its creamery in Tolland, two people briefed on the talks said.",
            "Marlow Wexcombe denied that it plans to sell its creamery in Tolland.",
            id="a-name-ending-with-the-first-word",
        ),
    ],
)
def test_names_that_are_no_short_form_are_two_doers(first: str, second: str) -> None:
    assert claims(first, second) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param(
            "Tolland Dairies plans to sell its creamery in Marlow, two people briefed on the talks said.",
            "Wexcombe Dairies denied that it plans to sell its creamery in Marlow.",
            id="two-companies-of-one-trade",
        ),
        pytest.param(
            "Jane Kemp resigned from the board on Monday.",
            "Peter Kemp did not resign from the board on Monday.",
            id="two-people-of-one-family",
        ),
    ],
)
def test_names_ending_in_one_word_are_two_doers_if_their_other_words_differ(first: str, second: str) -> None:
    """Doers were compared by their last word alone: one company's plan and another's denial, or
    one Kemp's resignation and another's, were shown as one claim in dispute."""
    assert claims(first, second) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param(
            "Kemp resigned from the board on Monday.",
            "Jane Kemp did not resign from the board on Monday.",
            id="a-surname-alone",
        ),
        pytest.param(
            "Chief executive Jane Kemp resigned from the board on Monday.",
            "Jane Kemp did not resign from the board on Monday.",
            id="a-name-after-its-title",
        ),
        pytest.param(
            "Jim Kemp resigned from the board on Monday.",
            "James Kemp did not resign from the board on Monday.",
            id="a-nickname",
        ),
        pytest.param(
            "J. Kemp resigned from the board on Monday.",
            "Jane Kemp did not resign from the board on Monday.",
            id="an-initial",
        ),
        pytest.param(
            "Sergei Volkov resigned from the board on Monday.",
            "Sergey Volkov did not resign from the board on Monday.",
            id="a-transliteration",
        ),
    ],
)
def test_a_name_and_its_last_words_are_one_doer(first: str, second: str) -> None:
    assert len(claims(first, second)) == 1


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param(
            "Orbach will seine zwei Bäckereien in Ostheim schließen, berichtete die Ostheimer Zeitung.",
            "Orbach dementierte, dass es seine zwei Bäckereien in Ostheim schließen wolle.",
            id="dementierte-dass",
        ),
        pytest.param(
            "Orbach will seine zwei Bäckereien in Ostheim schließen, berichtete die Ostheimer Zeitung.",
            "Orbach wies Berichte zurück, wonach es seine zwei Bäckereien in Ostheim schließen wolle.",
            id="wies-berichte-zurueck-wonach",
        ),
        pytest.param(
            "Orbach will seine zwei Bäckereien in Ostheim schließen, berichtete die Ostheimer Zeitung.",
            "Orbach bestritt, dass es seine zwei Bäckereien in Ostheim schließen werde.",
            id="bestritt-dass",
        ),
    ],
)
def test_a_german_denial_of_a_clause_is_a_claim_conflict(first: str, second: str) -> None:
    """German outlets deny a claim with a clause: "dementierte, dass …", "wies Berichte zurück,
    wonach …", "bestritt, dass …", its verb last ("schließen wolle")."""
    assert len(claims(first, second, "de")) == 1


def test_a_german_denial_of_another_deed_is_no_claim_conflict() -> None:
    first = "Orbach will seine zwei Bäckereien in Ostheim schließen, berichtete die Ostheimer Zeitung."
    second = "Orbach dementierte, dass es seine zwei Bäckereien in Ostheim verkaufen wolle."
    assert claims(first, second, "de") == []


@pytest.mark.parametrize(
    ("first", "second", "values"),
    [
        pytest.param(
            "Inspectors found no cracks in the Alvora dam after the earthquake, officials said.",
            "Inspectors reported cracks in the Alvora dam after the earthquake, officials said.",
            ("found no cracks", "reported cracks"),
            id="found-no-reported",
        ),
        pytest.param(
            "Engineers found no structural damage to the Pell viaduct after the floods.",
            "Engineers found structural damage to the Pell viaduct after the floods.",
            ("found no structural damage", "found structural damage"),
            id="found-no-found",
        ),
        pytest.param(
            "Divers found no leak in the Hallen pipeline on Thursday.",
            "Divers found a leak in the Hallen pipeline on Thursday.",
            ("found no leak", "found a leak"),
            id="found-a",
        ),
    ],
)
def test_a_thing_found_and_found_no_is_a_claim_conflict(
    first: str, second: str, values: tuple[str, ...]
) -> None:
    """ "Found no cracks" denies the cracks its finders found or reported elsewhere: a reader must not
    be told the two reports agree."""
    assert claims(first, second) == [values]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param(
            "Inspectors found no cracks in the north wall but reported cracks in the spillway of the dam.",
            "Inspectors reported cracks in the spillway of the dam.",
            id="both-told-by-one",
        ),
        pytest.param(
            "Inspectors found no cracks in the Alvora dam after the earthquake.",
            "Villagers reported cracks in the Alvora dam after the earthquake.",
            id="other-finders",
        ),
        pytest.param(
            "Inspectors found no cracks in the Alvora dam after the earthquake.",
            "Inspectors found no cracks in the Alvora dam after the tremor.",
            id="both-found-none",
        ),
    ],
)
def test_a_thing_found_no_is_no_claim_conflict_with_its_like_or_another_finder(
    first: str, second: str
) -> None:
    assert claims(first, second) == []


@pytest.mark.parametrize(
    ("first", "second", "values", "reason"),
    [
        pytest.param(
            "The Dalby council will appeal the ruling, its lawyer said.",
            "The Dalby council will not appeal the ruling, its lawyer said.",
            ("will appeal", "will not appeal"),
            "one article affirms what another denies: appeal",
            id="a-deed-and-its-denial",
        ),
        pytest.param(
            "The Kremlin denied it had known about the fault.",
            "The Kremlin admitted it had known about the fault.",
            ("denied", "admitted"),
            "one article affirms what another denies: confirm",
            id="admitted-and-denied",
        ),
    ],
)
def test_a_claim_conflict_says_the_deed_affirmed_and_denied(
    first: str, second: str, values: tuple[str, ...], reason: str
) -> None:
    """A claim conflict carries the deed one article affirms and another denies (`Conflict.reason`)."""
    assert conflict_reasons(first, second) == [("claim", values, reason)]
