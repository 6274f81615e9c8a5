"""Comparisons built from article text straight into `align`, so that renderer tests control
exactly what text reaches a renderer (no loader or cleaner in between)."""

from __future__ import annotations

from newsdiff.align import align
from newsdiff.model import Article, Comparison, Metadata, RemovalReason, RemovedBlock
from newsdiff.options import Options


def article(index: int, label: str, *paragraphs: str, title: str | None = None, **meta: str) -> Article:
    """An article as the cleaner would give it, with one removed block to show."""
    return Article(
        index=index,
        source=f"{label.lower()}.txt",
        label=label,
        paragraphs=paragraphs,
        metadata=Metadata(title=title or f"{label} headline", **meta),
        removed=(RemovedBlock(reason=RemovalReason.PROMPT, text=f"Share {label} on social media"),),
    )


def comparison(
    *texts: tuple[str, ...] | list[str], strict: bool = False, labels: tuple[str, ...] = ()
) -> Comparison:
    """Align articles given as lists of paragraphs; labels default to A, B, C, ..."""
    names = labels or tuple("ABCDEFGH"[: len(texts)])
    return align(
        [article(i, names[i], *paragraphs) for i, paragraphs in enumerate(texts)], Options(strict=strict)
    )


PAIR = comparison(
    [
        "The talks between the port and the union lasted two hours on Monday.",
        "About 1,500 dockworkers walked off the job at the port.",
        "The mayor urged both sides to return to the table.",
    ],
    [
        "The talks between the port and the union took two hours on Monday.",
        "About 1,200 dockworkers walked off the job at the port.",
        "Container ships queued outside the harbour overnight.",
    ],
)
"""Two articles: one fact worded differently, one with a number conflict, one unique fact each."""

EVIL = (
    "The minister said <script>document.title='pwned'</script> nothing about the budget on Monday.",
    "Officials | confirmed <img src=x onerror=\"document.title='pwned-img'\"> the `plan` on Monday.",
    "Read [the full text](javascript:alert(1)) and **agree** with _every_ ~~word~~ &amp; # heading.",
    "</style></td></tr></table><h1>forged</h1> - 1. item <!-- comment --> ${math}$ \\ end.",
)
"""Sentences that try to inject markup into an HTML page or a Markdown document."""

EVIL_PAIR = comparison(
    list(EVIL),
    [
        "The minister said nothing about the budget on Monday, aides added.",
        "Officials confirmed the plan on Monday evening.",
    ],
)
