"""Model codes and serial numbers ("KX-250", "TR7-1120"): a code is read as a code, neither a figure
(its digits count nothing, so no rounding or bound makes two of them one) nor a name (one changed
digit is no spelling): two codes of one family (the letters before the digits) that differ are a
number conflict, and a range of codes ("from AB3-0100 through AB3-0450") is one value, the fact a
recall turns on."""

from __future__ import annotations

import pytest

from tests.test_conflicts_numbers import numbers


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (
            "The recall covers the Halvard ChillPro ZT-310 and ZT-340 freezers.",
            "The recall covers the Halvard ChillPro ZT-310 and ZT-380 freezers.",
            [("ZT-340", "ZT-380")],
        ),
        (
            "Only the Orvane PX-12 heater is affected, the company said.",
            "Only the Orvane PX-21 heater is affected, the company said.",
            [("PX-12", "PX-21")],
        ),
    ],
)
def test_model_codes_of_one_family_that_differ_disagree(
    first: str, second: str, expected: list[tuple[str, ...]]
) -> None:
    assert numbers(first, second) == expected


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (
            "Chargers with serial numbers from TR7-1120 through TR7-4480 should be unplugged.",
            "Chargers with serial numbers from TR7-1120 to TR7-4408 should be unplugged.",
            [("TR7-1120–TR7-4480", "TR7-1120–TR7-4408")],
        ),
        (
            "Batches LM-0400 to LM-0650 were withdrawn from shops on Monday.",
            "Batches LM-0400 to LM-0690 were withdrawn from shops on Monday.",
            [("LM-0400–LM-0650", "LM-0400–LM-0690")],
        ),
    ],
)
def test_ranges_of_codes_that_differ_disagree(
    first: str, second: str, expected: list[tuple[str, ...]]
) -> None:
    assert numbers(first, second) == expected


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # the same codes, one range written two ways
        (
            "Chargers with serial numbers from TR7-1120 through TR7-4480 should be unplugged.",
            "Chargers with serial numbers TR7-1120 to TR7-4480 should be unplugged, the firm said.",
        ),
        # a code the other article leaves out: a detail, no disagreement
        (
            "The recall covers the Halvard ChillPro ZT-310 and ZT-340 freezers.",
            "The recall covers the Halvard ChillPro ZT-310 freezer.",
        ),
        # codes of two families are never set against each other
        (
            "The recall covers the Halvard ChillPro ZT-310 freezer.",
            "The recall covers the Halvard ChillPro QM-310 freezer.",
        ),
        # a code inside the other article's range
        (
            "Chargers with serial numbers from TR7-1120 through TR7-4480 should be unplugged.",
            "A charger numbered TR7-2000 should be unplugged, the firm said.",
        ),
    ],
)
def test_codes_that_agree_or_tell_other_things_do_not_disagree(first: str, second: str) -> None:
    assert numbers(first, second) == []
