"""Model codes and serial numbers ("KX-250", "TR7-1120"): a code is read as a code, neither a figure
(its digits count nothing, so no rounding or bound makes two of them one) nor a name (one changed
digit is no spelling): two codes of one family (the letters before the digits) that differ are a
number conflict, and a range of codes ("from AB3-0100 through AB3-0450") is one value, the fact a
recall turns on."""

from __future__ import annotations

import pytest
from helpers_conflicts import conflict_reasons

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


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (
            "Flight QV 318 landed safely at Brennmoor at 09:40 local time.",
            "Flight QV 381 landed safely at Brennmoor at 09:40 local time.",
            [("QV 318", "QV 381")],
        ),
        (
            "Passengers on flight QV318 were taken to a hotel.",
            "Passengers on flight QV 381 were taken to a hotel.",
            [("QV318", "QV 381")],
        ),
        (
            "The TZ 2290 flight from Ostrava was diverted.",
            "The TZ 2920 flight from Ostrava was diverted.",
            [("TZ 2290", "TZ 2920")],
        ),
        (
            "Hundreds were stranded on train ICE 574 near Wendorf.",
            "Hundreds were stranded on the ICE 547 train near Wendorf.",
            [("ICE 574", "ICE 547")],
        ),
        (
            "Delays hit train 4410 on Monday morning, the operator said.",
            "Delays hit train 4401 on Monday morning, the operator said.",
            [("train 4410", "train 4401")],
        ),
        (
            "Flight 8812 came down in the hills east of Marvell.",
            "Flight 8821 came down in the hills east of Marvell.",
            [("Flight 8812", "Flight 8821")],
        ),
    ],
)
def test_flight_and_train_codes_that_differ_disagree_as_written(
    first: str, second: str, expected: list[tuple[str, ...]]
) -> None:
    """Review 29 #2: "Flight SK 412" against "SK 421" was "same facts" (the digits after a code's
    capitals are no figure, and `_CODE` wants a hyphen); a flight's or a train's code is set against
    the codes of its carrier, as written, and a bare "flight 8812" is one code, not "8,812"."""
    assert numbers(first, second) == expected


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # one code written two ways
        ("Flight QV 318 landed safely at Brennmoor.", "Flight QV318 landed safely at Brennmoor."),
        # codes of two carriers are never set against each other
        ("Flight QV 318 landed at Brennmoor.", "Flight TZ 318 landed at Brennmoor."),
        # a code one article leaves out: a detail
        ("Flight QV 318 landed at Brennmoor at 09:40.", "The jet landed at Brennmoor at 09:40."),
        # capitals and digits that no flight or train goes with are no code
        ("The COVID 19 ward at Brennmoor closed.", "The COVID 21 ward at Brennmoor closed."),
        ("Traffic on the A1 near Brennmoor stopped.", "Traffic on the A2 near Brennmoor stopped."),
        ("Results for FY2024 were strong, Velmar said.", "Results for FY2025 were strong, Velmar said."),
        # a train's length and a flight's passengers are figures, weighed as before
        ("Flight 8812 came down near Marvell.", "Flight 8812 came down near Marvell, killing 150 people."),
    ],
)
def test_flight_codes_that_agree_or_are_no_codes_do_not_disagree(first: str, second: str) -> None:
    assert numbers(first, second) == []


def test_a_train_length_after_the_word_train_is_still_a_figure() -> None:
    """ "the train 300 metres long" numbers no train: its figure is weighed as a length."""
    assert numbers(
        "A freight train 300 metres long derailed near Wendorf.",
        "A freight train 400 metres long derailed near Wendorf.",
    ) == [("300 metres", "400 metres")]


@pytest.mark.parametrize(
    ("first", "second", "values", "reason"),
    [
        pytest.param(
            "Flight SK 412 landed safely in Hamar after the scare.",
            "Flight SK 421 landed safely in Hamar after the scare.",
            ("SK 412", "SK 421"),
            'the code of one carrier ("SK")',
            id="a-carrier-s-code",
        ),
        pytest.param(
            "The flight 9525 crashed near Tarnby.",
            "The flight 9552 crashed near Tarnby.",
            ("flight 9525", "flight 9552"),
            "the flight number",
            id="a-bare-flight-number",
        ),
        pytest.param(
            "The KX2-0041 model was recalled by Vellmar.",
            "The KX2-0048 model was recalled by Vellmar.",
            ("KX2-0041", "KX2-0048"),
            'a code of one family ("KX2-")',
            id="a-model-code",
        ),
    ],
)
def test_a_code_conflict_says_which_codes(
    first: str, second: str, values: tuple[str, ...], reason: str
) -> None:
    """A code conflict carries the family or the carrier its codes share (`Conflict.reason`)."""
    assert conflict_reasons(first, second) == [("number", values, reason)]
