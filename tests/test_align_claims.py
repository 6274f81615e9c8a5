"""One claim told and denied is one fact in dispute (`polarity.disputed_claim`, align's
DISPUTED_CLAIM_PROBABILITY): two outlets, one affirming a deed the other denies, of one subject and
object, share a group with a claim conflict however the rest of their sentences differs; one deed
each of one subject, one deed of two objects, or a subject given by a pronoun alone stay apart."""

from __future__ import annotations

import pytest

from newsdiff.align import align
from newsdiff.model import Article, Comparison, ConflictKind, Metadata
from newsdiff.options import Options

BEFORE = "Heavy rain closed several roads across the county on Thursday."
AFTER = "Forecasters expect more rain at the weekend."


def _compare(first: str, second: str) -> Comparison:
    """Two three-sentence articles around `first` and `second`, aligned with --explain."""
    articles = [
        Article(
            index=i,
            source=f"s{i}",
            label=f"s{i}",
            paragraphs=(BEFORE, text, AFTER),
            metadata=Metadata(language="en"),
        )
        for i, text in enumerate((first, second))
    ]
    return align(articles, Options(explain=True))


def _together(result: Comparison, first: str, second: str) -> list[tuple[str, ...]] | None:
    """The claim conflicts of the group holding both sentences, None when none holds both."""
    for group in result.groups:
        texts = {m.text for m in group.members}
        if first in texts and second in texts:
            return [c.values for c in group.conflicts if c.kind is ConflictKind.CLAIM]
    return None


@pytest.mark.parametrize(
    ("first", "second", "values"),
    [
        pytest.param(
            "The trial was stopped early after an interim analysis showed a clear benefit.",
            "The trial was not stopped early and ran for its full six months.",
            ("was stopped", "was not stopped"),
            id="was-was-not",
        ),
        pytest.param(
            "The Harlow bypass was opened to traffic on Friday after a two-year delay caused by flooding.",
            "The Harlow bypass was not opened to traffic this week, as the county council had promised.",
            ("was opened", "was not opened"),
            id="was-not-opened",
        ),
        pytest.param(
            "The club has paid the fee in full, according to accounts filed in March.",
            "The club has not paid the fee, and the league will hear the case next month.",
            ("has paid", "has not paid"),
            id="has-has-not",
        ),
        pytest.param(
            "The ministry denied that the reactor would close before the winter.",
            "The ministry said the reactor would close in October, ending four decades of power "
            "generation at the site.",
            ("denied … would close", "would close"),
            id="denied-that",
        ),
        pytest.param(
            "The harbour master resigned after the inquiry published its findings on the collision.",
            "The harbour master did not resign, telling reporters he would stay until the new ferry arrives.",
            ("resigned", "did not resign"),
            id="did-not-resign",
        ),
    ],
)
def test_a_claim_told_and_denied_is_one_fact_in_dispute(
    first: str, second: str, values: tuple[str, str]
) -> None:
    result = _compare(first, second)
    assert _together(result, first, second) == [values]
    assert result.exit_code == 1


def test_explain_says_the_claim_set_the_probability() -> None:
    first = "The club has paid the fee in full, according to accounts filed in March."
    second = "The club has not paid the fee, and the league will hear the case next month."
    group = next(g for g in _compare(first, second).groups if len(g.members) == 2 and g.conflicts)
    assert [e.rule for e in group.evidence] == ["claim told and denied"]
    assert group.evidence[0].probability >= 0.5


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param(
            "The trial was stopped early after an interim analysis showed a clear benefit.",
            "The trial was not funded by the state and ran for its full six months.",
            id="another-deed",
        ),
        pytest.param(
            "The council closed the Leeds depot after the audit found money missing from its accounts.",
            "The council did not close the Bristol depot, despite the losses reported last year.",
            id="another-object",
        ),
        pytest.param(
            "The club has paid the fee in full, according to accounts filed in March.",
            "It has not paid the fee, and the league will hear the case next month.",
            id="pronoun-subject",
        ),
    ],
)
def test_one_subjects_other_deed_stays_apart(first: str, second: str) -> None:
    assert _together(_compare(first, second), first, second) is None


def test_one_bodys_pronoun_claim_told_and_denied_is_one_fact_in_dispute() -> None:
    # "it" on both sides, in clauses one body tells (a name and "the company"): one subject
    first = "Halvorsen Shipping said it had not known about the crack in the hull before the voyage."
    second = "The company admitted it had known about the crack in the hull in March."
    result = _compare(first, second)
    assert _together(result, first, second) == [("had not known", "had known")]
    assert result.exit_code == 1


def test_a_denial_and_an_admission_of_one_pronouns_clause_are_one_fact_in_dispute() -> None:
    first = (
        "The water board denied that it had known about the leak before the summer, when engineers "
        "first inspected the main."
    )
    second = "The water board admitted it had known about the leak in April."
    assert _together(_compare(first, second), first, second) == [("denied", "admitted")]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param(
            # "denied that" and "admitted that" are the clauses' claims, and these are two
            "The company denied that it had paid bribes to officials in the port authority.",
            "The company admitted that it had broken safety rules at the plant in the spring.",
            id="denied-one-clause-admitted-another",
        ),
        pytest.param(
            # one pronoun, two bodies telling it
            "Halvorsen Shipping said it had not known about the crack in the hull before the voyage.",
            "The coastguard said it had known about the crack in the hull in March.",
            id="pronoun-of-two-bodies",
        ),
    ],
)
def test_claims_of_other_clauses_or_bodies_stay_apart(first: str, second: str) -> None:
    assert _together(_compare(first, second), first, second) is None


def test_one_pronoun_two_bodies_tell_is_no_claim_conflict() -> None:
    # the pair model groups these (the words are alike): "it" is the shipowner in one and the
    # coastguard in the other, so no "had not known · had known" claim
    first = "Halvorsen Shipping said it had not known about the crack in the hull before the voyage."
    second = "The coastguard said it had known about the crack in the hull for a month."
    assert not _together(_compare(first, second), first, second)


def test_it_in_a_companys_denial_is_the_company_another_names() -> None:
    # "it" stands for the company denying its clause, named in full by the other outlet
    first = "Wexcombe Dairies plans to close its creamery in Tolland, two people briefed on the talks said."
    second = "Wexcombe denied that it plans to close its creamery in Tolland, calling the report speculation."
    result = _compare(first, second)
    assert _together(result, first, second) is not None
    assert result.exit_code == 1
