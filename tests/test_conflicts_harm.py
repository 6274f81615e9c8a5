"""A denial of harm as the count 0 (`quantities.none_counted`) stands against a count of the same
harm ("No one was injured" against "Three people were hurt"), not against a count of another
("No one was arrested" against "Three people were injured": `conflicts.numbers.HARM_KINDS`)."""

from __future__ import annotations

import pytest
from helpers_conflicts import shared_conflicts

from newsdiff.model import ConflictKind


@pytest.mark.parametrize(
    ("first", "second", "values"),
    [
        pytest.param(
            "No one was injured at the rally in Dunmore, police said.",
            "Three people were hurt at the rally in Dunmore, police said.",
            [("0", "3")],
            id="injured-hurt",
        ),
        pytest.param(
            "No one was hurt when the tanker overturned on the Carrow bypass, police said.",
            "Two people were killed when the tanker overturned on the Carrow bypass, police said.",
            [("0", "2")],
            id="hurt-killed",
        ),
        pytest.param(
            "No one was arrested at the rally in Dunmore, police said.",
            "Three people were injured at the rally in Dunmore, police said.",
            [],
            id="arrested-injured",
        ),
        pytest.param(
            "No one died when the tanker overturned on the Carrow bypass, police said.",
            "Two people were injured when the tanker overturned on the Carrow bypass, police said.",
            [],
            id="died-injured",
        ),
    ],
)
def test_a_denial_of_harm_counts_none_of_its_own_kind(
    first: str, second: str, values: list[tuple[str, ...]]
) -> None:
    assert shared_conflicts(ConflictKind.NUMBER, first, second) == values


@pytest.mark.parametrize(
    ("first", "second", "values"),
    [
        pytest.param(
            "No homes have been destroyed in the Kestry Ridge fire, officials said.",
            "Two homes have been destroyed in the Kestry Ridge fire, officials said.",
            [("0", "2")],
            id="subject-of-a-deed",
        ),
        pytest.param(
            "The Kestry Ridge fire has destroyed no homes, officials said on Sunday.",
            "The Kestry Ridge fire has destroyed three homes, officials said on Sunday.",
            [("0", "3")],
            id="object-of-a-deed",
        ),
        pytest.param(
            "No houses were lost when the river burst its banks at Ollerby, the council said.",
            "Four homes were lost when the river burst its banks at Ollerby, the council said.",
            [("0", "4")],
            id="houses-and-homes",
        ),
        pytest.param(
            "No vehicles were damaged when the crane collapsed on Harl Street, police said.",
            "Five vehicles were damaged when the crane collapsed on Harl Street, police said.",
            [("0", "5")],
            id="vehicles",
        ),
        # a count of none of one thing is no rival of a count of another
        pytest.param(
            "No homes have been lost in the Kestry Ridge fire, officials said on Sunday.",
            "Two firefighters were hurt in the Kestry Ridge fire, officials said on Sunday.",
            [],
            id="homes-firefighters",
        ),
        # "no" before what is no count
        pytest.param(
            "Rescuers found no sign of the two climbers missing on Brack Fell since Friday.",
            "Rescuers were still searching for the two climbers missing on Brack Fell since Friday.",
            [],
            id="no-sign-of",
        ),
        pytest.param(
            "The council has no plans to close the two libraries in Marnock, a spokesman said.",
            "The council has decided to close the two libraries in Marnock, a spokesman said.",
            [],
            id="no-plans",
        ),
        pytest.param(
            "The Velmar central bank made no change to its key rate of 4%, holding it for a third month.",
            "The Velmar central bank held its key rate at 4% for a third month in a row.",
            [],
            id="no-change",
        ),
        pytest.param(
            "Police said there was no evidence that the two men had met before the Harl Street attack.",
            "Police said the two men had met twice before the Harl Street attack.",
            [],
            id="no-evidence",
        ),
    ],
)
def test_a_count_of_none_of_a_thing_stands_against_a_count_of_it(
    first: str, second: str, values: list[tuple[str, ...]]
) -> None:
    """ "No homes have been destroyed" against "Two homes have been destroyed" was one fact with no
    conflict (review 28, #1): only "no one" and "nobody" counted none."""
    assert shared_conflicts(ConflictKind.NUMBER, first, second) == values
