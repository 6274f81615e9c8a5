"""What every format draws when many articles are compared, worked out once: shared facts ranked by
how many articles report them, each fact's distinct wordings with who uses them, conflicting values
tallied, and the coverage matrix folded into as many columns as the page holds.

Two or three articles read best in the first article's order, one line per article; a folder of
coverage reads best by how widely each fact is reported. Nothing here draws: the terminal, text,
Markdown and HTML renderers lay these out, and the JSON keeps every member of every group.
"""

from __future__ import annotations

from collections import defaultdict

from newsdiff.model import Article, Comparison, FactGroup, Only, Sentence, joined
from newsdiff.record import record

MANY_ARTICLES = 5
"""From this many articles on, shared facts are ranked by coverage and shown by their wordings:
five columns no longer fit a terminal side by side, and one line per article per fact repeats the
same sentence over and over (wire copy)."""

MAX_WORDINGS_SHOWN = 3
"""Wordings shown per shared fact when there are many articles: the first article's and the two
most used others; the rest are counted (the JSON has every member)."""

MAX_UNIQUE_SHOWN = 3
"""Facts shown per article under "Only in" when there are many articles; the rest are counted."""

MAX_ARTICLE_ROWS = 20
"""Rows of the per-article table when there are many articles: the articles with the most facts
of their own first (the JSON has every article's figures)."""

MAX_VALUES_SHOWN = 5
"""Values named per conflict, the most given first; the rest are counted (two to four articles
give four values at most). A toll that changed through the day gives a value per update, and a
quote translated anew by each outlet a whole sentence per outlet: named all, one line of the
digest became a page (the JSON has every value)."""

MAX_TITLE_NAMED = 6
"""Articles a report's title names; with more, the first five and a count of the rest: a folder
of 200 reports opened with a paragraph of outlet names."""

MAX_ABSENT_NAMED = 5
"""Articles named after "not in" before they are only counted."""

SHADES = " ░▒▓█"
"""Cells of a folded coverage matrix, from no article of the column reporting the fact to all."""


def many(result: Comparison) -> bool:
    """Whether the comparison is drawn as a digest: ranked, by wording, folded."""
    return len(result.articles) >= MANY_ARTICLES


def numbered_shared(result: Comparison, only: Only | None = None) -> list[tuple[int, FactGroup]]:
    """Shared facts with the number every format shows them by: in the first article's order, or
    with many articles by how many articles report them (ties keep that order); `--only conflicts`
    keeps the ones in conflict, with their numbers."""
    shared = list(result.shared)
    if many(result):
        shared.sort(key=lambda group: -len(group.articles))  # stable: ties stay in reading order
    numbered = list(enumerate(shared, 1))
    if only is Only.CONFLICTS:
        numbered = [(n, g) for n, g in numbered if g.conflicts]
    return numbered


@record
class Wording:
    """One way a shared fact is worded, and the articles (ascending) that word it so."""

    text: str
    articles: tuple[int, ...]
    reference: bool
    """Whether it is the reference article's wording: drawn plain, the others' differences are
    marked against it."""

    @property
    def article(self) -> int:
        """The article whose text and highlights stand for this wording."""
        return self.articles[0]


def wordings(group: FactGroup) -> list[Wording]:
    """A group's distinct texts: the reference article's first, then the most used, ties in
    article order. Texts that differ only in spacing are one wording. (One pass over the members:
    a fact a thousand articles report is read once, not once per article.)"""
    texts: dict[int, list[Sentence]] = defaultdict(list)
    for member in group.members:
        texts[member.article].append(member)
    users: dict[str, list[int]] = defaultdict(list)
    for article in sorted(texts):
        users[" ".join(joined(texts[article]).split())].append(article)
    reference = group.reference if group.reference is not None else min(texts)
    found = [
        Wording(text=text, articles=tuple(articles), reference=reference in articles)
        for text, articles in users.items()
    ]
    found.sort(key=lambda w: (not w.reference, -len(w.articles), w.article))
    return found


def shown_wordings(group: FactGroup) -> tuple[list[Wording], str]:
    """The wordings a format draws (MAX_WORDINGS_SHOWN, and one more for each value of a conflict
    that none of those gives: the wording that tells it is not folded away) and the note counting
    the rest ("" when none is left out)."""
    found = wordings(group)
    shown = found[:MAX_WORDINGS_SHOWN]
    covered = {article for wording in shown for article in wording.articles}
    for conflict in group.conflicts:
        for value in dict.fromkeys(conflict.values):
            givers = {a for a, v in zip(conflict.articles, conflict.values, strict=False) if v == value}
            if givers and givers.isdisjoint(covered):
                teller = next(w for w in found if not givers.isdisjoint(w.articles))
                shown.append(teller)
                covered.update(teller.articles)
    shown.sort(key=found.index)
    hidden = [wording for wording in found if wording not in shown]
    return shown, hidden_note(hidden) if hidden else ""


def unique_shown(result: Comparison, every: bool = False) -> list[tuple[Article, tuple[FactGroup, ...], int]]:
    """Per article with facts of its own: the article, the facts a format draws (with many
    articles at most MAX_UNIQUE_SHOWN, unless `every`: `--only unique` asked for them) and how many
    more there are."""
    limit = MAX_UNIQUE_SHOWN if many(result) and not every else None
    return [
        (article, unique[:limit], len(unique[limit:]) if limit is not None else 0)
        for article, unique in zip(result.articles, result.unique_by_article().values(), strict=True)
        if unique
    ]


def conflict_tally(group: FactGroup) -> list[tuple[str, list[tuple[str, tuple[int, ...]]]]]:
    """Per conflict: its kind and each value with the articles that give it, the most given first.
    A conflict whose values are not tied to articles lists them with no articles. A claim's
    wordings of one sense (`Conflict.senses`) are one value, "confirmed / admitted": one side of
    it, not a third value."""
    tallies = []
    for conflict in group.conflicts:
        givers: dict[str, list[int]] = defaultdict(list)
        for index, value in enumerate(conflict.values):
            article = conflict.articles[index] if index < len(conflict.articles) else None
            if article is None:
                givers.setdefault(value, [])
            else:
                givers[value].append(article)
        ranked = sorted(givers.items(), key=lambda item: (-len(item[1]), item[1][:1], item[0]))
        if conflict.senses:
            ranked = _one_sense(dict(zip(conflict.values, conflict.senses, strict=True)), ranked)
        values = [(value, tuple(arts)) for value, arts in ranked]
        tallies.append((conflict.kind.value, values))
    return tallies


def _one_sense(sense_of: dict[str, str], ranked: list[tuple[str, list[int]]]) -> list[tuple[str, list[int]]]:
    """A claim conflict's values (each with its articles, the most given first) with those of one
    sense (`sense_of`) joined: "confirmed / admitted", their articles together, in their order."""
    senses: dict[str, list[tuple[str, list[int]]]] = defaultdict(list)
    for value, arts in ranked:
        senses[sense_of.get(value, value)].append((value, arts))
    joined = [
        (" / ".join(v for v, _ in told), sorted(a for _, arts in told for a in arts))
        for told in senses.values()
    ]
    return sorted(joined, key=lambda item: (-len(item[1]), item[1][:1], item[0]))


def title_labels(result: Comparison) -> tuple[list[str], str]:
    """The labels a report's title names and the note counting the others ("" when it names all):
    every article up to MAX_TITLE_NAMED, else the first ones and " and 195 others"."""
    labels = [a.label for a in result.articles]
    if len(labels) <= MAX_TITLE_NAMED:
        return labels, ""
    named = MAX_TITLE_NAMED - 1
    return labels[:named], f" and {len(labels) - named} others"


def coverage_note(result: Comparison, group: FactGroup) -> str:
    """ "in 7 of 12 articles; not in A, B": how widely a fact is reported and who misses it."""
    where = f"in {len(group.articles)} of {len(result.articles)} articles"
    missing = absent_note(result, group)
    return f"{where}; {missing}" if missing else where


SUPERSEDED_MARK = "↻"
"""What marks a live blog's earlier update that a later one supersedes."""


def conflict_lines(result: Comparison, group: FactGroup) -> list[str]:
    """A line per conflict: "≠ number: 1,500 (A and 3 others) · 1,600 (B)", most given first, at
    most MAX_VALUES_SHOWN values named."""
    lines = []
    for kind, values in conflict_tally(group):
        shown, hidden = values[:MAX_VALUES_SHOWN], values[MAX_VALUES_SHOWN:]
        said = [f"{value} ({who(result, arts)})" if arts else value for value, arts in shown]
        if hidden:
            givers = sum(len(arts) for _, arts in hidden)
            where = f" in {plural(givers, 'article')}" if givers else ""
            said.append(f"and {plural(len(hidden), 'other value')}{where}")
        lines.append(f"≠ {kind}: {' · '.join(said)}")
    for article in dict.fromkeys(one.article for one in group.superseded):
        lines += [f"{who(result, (article,))}: {note}" for note in superseded_notes(group, article)]
    return lines


def superseded_notes(group: FactGroup, article: int) -> list[str]:
    """What a live blog's later update supersedes in a fact, a line per earlier update: "12:30
    update superseded by 17:15" (`FactGroup.superseded`)."""
    told = dict.fromkeys((one.at, one.by) for one in group.superseded if one.article == article)
    return [f"{SUPERSEDED_MARK} {at} update superseded by {by}" for at, by in told]


def plural(count: int, word: str) -> str:
    """ "1 block", "2 blocks"."""
    return f"{count} {word}" + ("" if count == 1 else "s")


def hidden_note(hidden: list[Wording]) -> str:
    """ "(and 4 other wordings in 9 articles)" for the wordings not shown."""
    articles = sum(len(w.articles) for w in hidden)
    return f"(and {plural(len(hidden), 'other wording')} in {plural(articles, 'article')})"


def absent(result: Comparison, group: FactGroup) -> tuple[int, ...]:
    """The articles that do not report a shared fact."""
    present = set(group.articles)
    return tuple(a.index for a in result.articles if a.index not in present)


def who(result: Comparison, articles: tuple[int, ...], named: int = 1) -> str:
    """ "Outlet A", "Outlet A and 3 others": the first `named` labels, the rest counted."""
    labels = [result.articles[i].label for i in articles[:named]]
    rest = len(articles) - len(labels)
    if rest <= 0:
        return ", ".join(labels)
    return ", ".join(labels) + f" and {plural(rest, 'other')}"


def absent_note(result: Comparison, group: FactGroup) -> str:
    """ "not in A, B" when few articles miss a fact, "not in 412 articles" when many do."""
    missing = absent(result, group)
    if not missing:
        return ""
    if len(missing) <= MAX_ABSENT_NAMED:
        return "not in " + ", ".join(result.articles[i].label for i in missing)
    return f"not in {len(missing)} articles"


def folded_row(present: tuple[int, ...], total: int, columns: int) -> str:
    """One fact's coverage in at most `columns` cells: an article a cell (● reports it, · not)
    when they fit, else consecutive articles share a cell shaded by how many of them report it."""
    if total <= columns:
        marks = set(present)
        return "".join("●" if i in marks else "·" for i in range(total))
    per_cell = -(-total // columns)
    counts = [0] * -(-total // per_cell)
    for article in present:
        counts[article // per_cell] += 1
    cells = []
    for cell, count in enumerate(counts):
        size = min(per_cell, total - cell * per_cell)
        level = 0 if count == 0 else max(1, round(count / size * (len(SHADES) - 1)))
        cells.append(SHADES[level])
    return "".join(cells)


def articles_per_cell(total: int, columns: int) -> int:
    """How many articles one cell of a folded coverage row stands for."""
    return 1 if total <= columns else -(-total // columns)
