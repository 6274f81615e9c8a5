"""The model's helpers for showing its values: a normalised number as a reader writes it."""

from __future__ import annotations

import pytest

from newsdiff.model import readable_number


@pytest.mark.parametrize(
    ("number", "shown"),
    [
        pytest.param("48h", "48 hours", id="hours-under-four-days"),
        pytest.param("120h", "5 days", id="days"),
        pytest.param("2688h", "16 weeks", id="weeks"),
        pytest.param("2920h", "4 months", id="months"),
        pytest.param("0.967h", "58 minutes", id="minutes"),
        pytest.param("1h", "1 hour", id="one-hour"),
        pytest.param("1095h", "1.5 months", id="a-month-and-a-half"),
        pytest.param("420h", "2.5 weeks", id="two-and-a-half-weeks"),
        pytest.param("2.5h", "2.5 hours", id="two-and-a-half-hours"),
        pytest.param("1500h", "1500 hours", id="many-hours"),
        pytest.param("2.195278h", "2:11:43", id="a-time-taken-to-the-second"),
        pytest.param("0.03051944h", "1:49.87", id="a-time-taken-to-the-hundredth"),
        pytest.param("0.02h", "1:12", id="a-time-taken-under-an-hour"),
        pytest.param("0.058h", "3.5 minutes", id="minutes-by-halves"),
        pytest.param("1200", "1200", id="a-count-as-it-is"),
        pytest.param("2016", "2016", id="a-year-as-it-is"),
        pytest.param("40000000", "40 million", id="millions"),
        pytest.param("2500000", "2.5 million", id="millions-with-decimals"),
        pytest.param("48600000000", "48.6 billion", id="billions"),
        pytest.param("26123450000", "26123.45 million", id="every-digit-of-a-scaled-figure"),
        pytest.param("10000010000", "10000.01 million", id="every-digit-of-ten-thousand-millions"),
        pytest.param("1234567", "1,234,567", id="grouped-when-no-scale-writes-it"),
        pytest.param("12500", "12,500", id="grouped-from-ten-thousand"),
        pytest.param("3.5%", "3.5%", id="a-percentage-as-it-is"),
        pytest.param("~33.3%", "~33.3%", id="a-share-as-it-is"),
        pytest.param("0.25pp", "0.25 percentage points", id="percentage-points"),
        pytest.param("1pp", "1 percentage point", id="one-percentage-point"),
    ],
)
def test_a_number_is_shown_as_a_reader_writes_it(number: str, shown: str) -> None:
    """Durations are compared in hours and shown in the unit a reader expects; large figures are
    compared in digits and shown in the scale words or with the separators a reader expects."""
    assert readable_number(number) == shown


@pytest.mark.parametrize(
    ("number", "units", "shown"),
    [
        pytest.param("336h", {"day"}, "14 days", id="days-not-weeks"),
        pytest.param("48h", {"day"}, "2 days", id="days-not-hours"),
        pytest.param("36h", {"day"}, "36 hours", id="not-whole-days"),
        pytest.param("2688h", {"week", "day"}, "16 weeks", id="the-longest-written-unit-that-counts-it"),
        pytest.param("0.967h", {"hour"}, "58 minutes", id="under-one-of-the-unit"),
        pytest.param("1200", {"day"}, "1200", id="no-duration"),
    ],
)
def test_a_duration_is_shown_in_its_sentence_s_unit(number: str, units: set[str], shown: str) -> None:
    """ "14 days" against "28 days" was shown as "2 weeks · 4 weeks": a reader looking for the
    figure the article gives did not find it."""
    assert readable_number(number, units) == shown
