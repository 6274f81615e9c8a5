"""The one set of options the CLI builds and every stage reads."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsdiff.defaults import LANGUAGES

# the defaults live in defaults.py (light enough for --help); re-exported here, where they apply
from newsdiff.defaults import MAX_BYTES as MAX_BYTES
from newsdiff.defaults import MAX_REDIRECTS as MAX_REDIRECTS
from newsdiff.defaults import MIN_SIMILARITY as MIN_SIMILARITY
from newsdiff.defaults import MIN_SIMILARITY_SEMANTIC as MIN_SIMILARITY_SEMANTIC
from newsdiff.defaults import URL_TIMEOUT as URL_TIMEOUT
from newsdiff.record import record

if TYPE_CHECKING:
    from newsdiff.model import Only


@record
class Options:
    """Settings for the pipeline stages; the defaults are what `newsdiff` uses."""

    max_bytes: int = MAX_BYTES
    timeout: float = URL_TIMEOUT
    max_redirects: int = MAX_REDIRECTS
    min_similarity: float | None = None
    """The threshold for one fact; None: MIN_SIMILARITY, or MIN_SIMILARITY_SEMANTIC with `semantic`."""
    labels: tuple[str, ...] = ()
    strict: bool = False
    """Word diffs count quote style, dashes, case, punctuation and spacing as differences."""

    semantic: bool = False
    """Add sentence embeddings to the evidence (the optional extra `newsdiff[semantic]`)."""
    language: str | None = None
    """The language every article's facts are read in (`language.FACT_LANGUAGES`); None: each
    article's own, as the cleaner tells it from its words (`language.fact_languages`)."""
    jobs: int | None = None
    """Processes for the per-article work (loading, reading the blocks to clean) of many articles;
    None: one per CPU (`newsdiff.parallel`)."""
    explain: bool = False
    """The evidence of each shared fact also names what its features read (`Evidence.matched`: the
    words met, the names, figures and dates alike and not), as `--explain` and the JSON show it;
    a comparison that shows no evidence is spared the work (~5 M instructions an align of two
    1,000-word articles)."""

    def checked(self) -> Options:
        """These options, when every one can work; else a UsageProblem saying which cannot, as the
        command line refuses it (a library caller's `language="xx"` was read as no language at all,
        and `min_similarity=2.0` grouped nothing, without a word)."""
        from newsdiff.errors import UsageProblem

        if self.language is not None and self.language not in LANGUAGES:
            raise UsageProblem(f"language {self.language!r} is none of {', '.join(LANGUAGES)}")
        if self.min_similarity is not None and not 0.0 <= self.min_similarity <= 1.0:
            raise UsageProblem(f"min_similarity {self.min_similarity!r} is no probability (0 to 1)")
        if self.max_bytes < 1 or not self.timeout > 0 or self.max_redirects < 0:
            raise UsageProblem("max_bytes and timeout must be positive, max_redirects not negative")
        if self.jobs is not None and self.jobs < 1:
            raise UsageProblem(f"jobs {self.jobs!r}: one process at least")
        return self

    @property
    def threshold(self) -> float:
        """The probability at which two sentences are taken to report one fact."""
        if self.min_similarity is not None:
            return self.min_similarity
        return self.default_threshold

    @property
    def default_threshold(self) -> float:
        """`threshold` when --min-similarity is not given: MIN_SIMILARITY, or with `semantic`
        MIN_SIMILARITY_SEMANTIC."""
        return MIN_SIMILARITY_SEMANTIC if self.semantic else MIN_SIMILARITY


@record
class RenderOptions:
    """How a renderer draws: the width in cells, whether color escape codes may be used, and
    which part of a comparison to show (`None`: all of it)."""

    width: int = 100
    color: bool = False
    explain: bool = False
    """Show why each shared group was formed: every feature's contribution to its pairs' scores."""
    only: Only | None = None
