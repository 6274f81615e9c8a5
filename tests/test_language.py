"""The languages an article's facts are read in."""

from __future__ import annotations

import pytest

from newsdiff.language import fact_language, fact_languages


@pytest.mark.parametrize(
    ("code", "language"),
    [("de", "de"), ("pl", "pl"), ("en", "en"), (None, "en"), ("sv", "en")],  # Swedish: no tables yet
)
def test_an_article_is_read_in_its_language_or_in_english(code: str | None, language: str) -> None:
    assert fact_language(code) == language


@pytest.mark.parametrize(
    ("codes", "languages"),
    [
        pytest.param([None, "de", "de"], ["de", "de", "de"], id="the-others-agree"),
        pytest.param([None, "de", "fr"], ["en", "de", "fr"], id="the-others-differ"),
        pytest.param([None, None], ["en", "en"], id="none-told"),
        pytest.param(["sv", None], ["en", "en"], id="told-but-unread"),
    ],
)
def test_an_untold_language_is_the_one_the_others_share(
    codes: list[str | None], languages: list[str]
) -> None:
    assert fact_languages(codes) == languages
