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
