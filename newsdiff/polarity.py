"""Polarity: what a sentence says was done or not done, for the claim conflicts of `conflicts`
(`claim_conflict`): "said she would appeal" against "said she would not appeal", "conceded"
against "refused to concede", "confirmed" against "denied".

A sentence's deeds are its content words, each with its polarity: a word a negation governs ("not",
"n't", "never", "no longer", "by no means", "refused to", "declined to", "failed to"; "nicht",
"ne ... pas", "no", "non", "niet", "não") is denied, and a word of a pair of opposites (ANTONYMS:
"denied" is "confirmed" denied) carries its own. A negation denies only the word it governs, the
first content word after it past auxiliaries and adverbs ("had not been", "did not immediately"):
"not only", "not until", "no one was hurt" (a count of none, `quantities.none_counted`) deny no
deed, nor does a negation of a word that says nothing of the deed ("did not say", "declined to
comment", "not yet": UNTOLD) or a negation of a denial ("did not deny": no confirmation either).
"Ruled out X" is a denial of "confirmed/planned X" and a deed of its own, which "did not rule out X"
denies (RULED_OUT). "Denied that" a clause with an auxiliary denies that clause's deed, as the
denier's ("denied that the plant would close": DENIAL_REACH); closing denies "open", and a negation
of it affirms "open" ("did not close", "stayed open": CLOSING_WORDS), so two denials of opposite
clauses disagree. A negation that denies no word ("not a single cent was paid", "no ransom was
paid") leaves the rest of its clause affirming nothing.
Two sentences disagree when one denies a deed the other affirms, their doers alike (the word before
each: "he" and "Kemp", not "the driver" and "two passengers"; "the company" and "Boka Line", a body
named by its kind and one by its name: BODY_DOERS), neither side telling both, and not both within
quotations (the quotes disagree already).

WordNet's verb antonyms (477 pairs in data.verb) were measured as the table: they miss
"confirm/deny" and half of theirs are other senses ("find/lose", "keep/lose", "rise/set",
"charge/pay_cash"), so ANTONYMS is written by hand from the verbs of news.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import NamedTuple

from newsdiff.language import BODY_KINDS, GENERIC_BODIES, stop_words
from newsdiff.lexicon import STOPWORDS, is_common_word
from newsdiff.model import Fact
from newsdiff.patterns import compiled
from newsdiff.people import given_spelling, one_given_name
from newsdiff.segment import may_be_of_kind, stem_words

NEGATIONS = {
    "en": frozenset({"not", "never", "n't"}),
    "de": frozenset({"nicht", "nie", "niemals"}),
    "fr": frozenset({"pas", "jamais", "plus"}),
    "es": frozenset({"no", "nunca"}),
    "it": frozenset({"non", "mai"}),
    "pt": frozenset({"não", "nunca"}),
    "nl": frozenset({"niet", "nooit"}),
}
"""Words that deny the content word after them, per language. French ones only after "ne"/"n'"
(FRENCH_NE), as "plus" is also "more" and "pas" a step."""

FRENCH_NE = frozenset({"ne", "n'"})
FRENCH_NE_REACH = 3
"""Words between "ne" and its "pas" ("ne l'a pas", "n'a pas")."""

NO_WORDS = frozenset({"longer", "means"})
"""English words that "no" makes a negation of the word after them: "no longer holds", "by no
means alarming"."""

REFUSALS = frozenset({"refus", "declin", "fail"})
"""English stems that deny the verb after their "to": "refused to concede", "failed to win"."""

NOT_TO_KEPT = frozenset({"decid", "chose", "opt", "promis", "vow", "pledg", "agre"})
"""Stems before "not to" that make it the doer's own denial ("decided not to appeal"); after others
it is a wish of someone else ("urged him not to appeal"), which denies nothing."""

SKIPPED = {
    "en": frozenset(
        """be been being is are was were am have has had do does did will would shall should can
        could may might must to also ever even still actually ca wo""".split()
    ),
    "de": frozenset("sein werden wird wurde wurden worden ist sind war waren hat haben hatte".split()),
    "fr": frozenset(
        "a ai as avons avez ont avait avaient été est sont était sera serait l le la les".split()
    ),
    "es": frozenset("lo la los las le les se me te nos ha han había habían ser fue sido es está".split()),
    "it": frozenset("lo la li le gli si ha hanno aveva è sono stato stata stati era sarà".split()),
    "pt": frozenset("o a os as lhe se me te nos foi foram tem têm tinha é está será".split()),
    "nl": frozenset("is zijn was waren wordt werd werden heeft hebben had hadden zal zou".split()),
}
"""Auxiliaries, clitics and particles between a negation and the word it denies."""

ADVERB_END = {"en": "ly"}
"""How an adverb between a negation and its word ends ("did not immediately confirm")."""

SKIP_REACH = 3
"""At most this many words skipped between a negation and the word it denies."""

ANTONYMS = {
    "deni": "confirm",
    "reject": "accept",
    "lose": "win",
    "lost": "win",
    "acquit": "convict",
    "innoc": "guilti",
    "refus": "agre",
    "fail": "pass",
    "disput": "confirm",
    "refut": "confirm",
}
"""English stems that deny another's deed: "denied" is "confirmed" denied (SYNONYMS make it
"admitted" and "acknowledged" denied too), "rejected" "accepted" or "approved"; "disputed" and
"refuted" are "confirmed" denied as "denied" is."""

SYNONYMS = {
    "admit": "confirm",
    "acknowledg": "confirm",
    "approv": "accept",
    "won": "win",
    "intend": "plan",
    "intent": "plan",
}
"""English stems read as another's for the opposites of ANTONYMS ("admitted" and "denied"), and of
one deed told in other words ("intends to close" is "plans to close")."""

NO_DEEDS = frozenset({"plan", "intent"})
"""English stems "no" denies as deeds: "has no plans to close" and "no intention of closing" deny
"plans to close", where "no ransom was paid" denies no word."""

RULED_OUT = "rule out"
"""The key of "ruled out" and "did not rule out" (`_ruled_out`): one deed, affirmed or denied."""

RULED_OUT_DENIES = ("confirm", "plan")
"""Keys "ruled out" denies besides its own: "ruled out closures" against "confirmed closures" or
"planned closures". ("did not rule out" denies only RULED_OUT: it confirms nothing.)"""

RULED_OUT_OBJECTS = frozenset({"it", "them", "this", "that"})
"""A pronoun between "ruled" and its "out" ("ruled it out")."""

OPEN = "open"
CLOSING_WORDS = frozenset("close closes closed closing shut shuts shutting".split())
"""English words that deny "open" (OPEN), as written: a negation of them affirms it ("did not close"
against "closed", "remained open" against "were closed"), unlike the opposites of ANTONYMS, whose
negation tells nothing. ("closely" is no closing; "close to" is one only after an auxiliary: "will
close to traffic", not "close to 300 people".)"""

CLOSE_ADVERB_AFTER = frozenset({"to", "by"})

DETERMINERS = frozenset("a an the his her its their our my your this that these those".split())
"""Words between a verb and its object ("closed the plant"), skipped to read the object
(`Deed.object`)."""

STAYING = frozenset("stay stays stayed staying remain remains remained remaining kept keep keeps".split())
"""English verbs that link a state to its doer ("would stay open"): shown with the state's words."""

DENIAL_STEMS = frozenset({"deni", "disput", "refut"})
DENIAL_REACH = 8
"""At most this many words from "denied" to the auxiliary of the clause it denies ("denied that the
factory in Lowestoft would close"): the deed of that clause is denied ("would close" is "open"
affirmed), and one without an auxiliary ("denied the report", "denied any wrongdoing") is an object.
"Disputed that" and "refuted claims that" deny their clause alike (DENIAL_STEMS), as do "rejected
claims that" and "dismissed reports that" (CLAIM_DENIALS)."""

CLAIM_DENIALS = frozenset({"reject", "dismiss"})
CLAIM_NOUNS = frozenset("claim report alleg suggest accus rumour rumor specul".split())
CLAIM_DETERMINERS = frozenset({"the", "these", "those", "any", "all", "a", "an"})
"""English stems that deny a claim when a claim noun is their object ("rejected claims that",
"dismissed the allegations"): a denial of "confirmed", as "denied" is. Without one they deny no
confirmation ("dismissed its manager", "rejected the bid")."""

CLAIM_THAT_REACH = 5
"""At most this many words from a claim noun to the "that" of its clause ("denied a report by the
Financial Daily that it planned"): the clause a denial governs begins after it, and DENIAL_REACH
counts from there ("denied reports that the Sorra dam north of Alvora was damaged")."""

ASIDE_REACH = 6
"""At most this many words in an aside between commas within a denied clause's subject ("denied
reports that the Sorra dam, 30 km north of Alvora, had been damaged"), read past."""

TRUTH_DENIALS = frozenset({"untrue", "false"})
TRUTH_WORDS = frozenset({"true", "truth"})
TRUTH_LINKS = frozenset({"in", "to", "behind"})
TRUTH_SEEN = TRUTH_DENIALS | TRUTH_WORDS
"""English words that deny the clause after their "that" as "denied that" does: "said it was untrue
that", "it was not true that", "there was no truth in reports that" (a negation before TRUTH_WORDS;
TRUTH_LINKS and a claim noun between "truth" and "that")."""

REPORTING = frozenset({"say", "said", "conced", "admit", "acknowledg", "confirm", "insist"})
"""English stems that tell a clause as their doer's ("Boka Line said the ferry was overloaded"):
the clause's deed is also the speaker's (`Deed.speaker`), so a denial of it by the same doer
("Boka Line denied that the ferry was overloaded") disagrees."""

GERMAN_DENIALS = frozenset({"dementiert", "bestreit", "bestritt", "zuruckgewies"})
GERMAN_TURNED_BACK = frozenset({"wies", "weist", "wiesen", "weisen"})
GERMAN_CLAUSE_OPENERS = frozenset({"dass", "wonach"})
GERMAN_VERB_AFTER = SKIPPED["de"] | frozenset(
    "will wolle wollen wollte wollten soll solle sollen sollte sollten werde könne könnten müsse".split()
)
GERMAN_OPENER_REACH = 3
"""German denials of a clause ("dementierte, dass …", "bestritt, dass …", "wies Berichte zurück,
wonach …": a stem of GERMAN_DENIALS, or "zurück" after a verb of GERMAN_TURNED_BACK): the clause's
verb, its last word past auxiliaries and modals (GERMAN_VERB_AFTER: "schließen wolle"), is denied.
Its "dass" or "wonach" comes at most GERMAN_OPENER_REACH words after the denial ("dementierte
Berichte, wonach")."""

_CLAUSE_BREAK = compiled(r"[,;:()\[\]\"“”—–]")

UNTOLD = frozenset(
    """say said comment elabor specifi disclos respond repli know known clear immedi sure rule
    yet onli just until far least longer""".split()
)
"""Stems whose denial tells nothing of a deed another sentence affirms ("did not say", "declined
to comment", "it was not clear whether", "not only", "not until")."""

KNOWING = frozenset({"know", "known", "knew"})
PERFECT = frozenset({"had", "has", "have"})
"""English stems of knowing (of UNTOLD) that are a deed a clause denies ("denied that it had known
about the fault") or a perfect's negation does ("it had not known about it"), where "it was not
known whether" and "did not know how many" tell nothing."""

PRONOUNS = frozenset({"it", "he", "she", "they", "we"})
"""English pronouns a clause's subject may be (`Deed.pronoun`): one doer on both sides only when
the body or person telling the clause is one ("The company denied that it had known" / "The
company admitted it had known"), not when they differ ("Acme said it had" / "The regulator said
it had")."""

IT_TOLD = frozenset({"it"})
"""English pronouns that stand for the body telling or denying their clause, one subject with that
body named as another's ("Halvern denied that it planned to close" / "Halvern Industries plans to
close"); "he" and "she" may be someone else the article named before ("Kemp said he had")."""

WITHOUT_DENIED = frozenset({"charg"})
"""English stems "without" denies: "released without charge" against "charged with murder"."""

NOUN_MARKERS = frozenset(
    """a an the his her its their our my your this that these those of for in on at against with by
    from into no any each every some""".split()
)
"""Words before an affirmed word that make it a noun ("an appeal", "the release"), which affirms no
deed."""

FINDINGS = frozenset(
    "find found report detect discov saw see seen show shown spot observ identifi record".split()
)
"""English stems of finding and reporting, whose "no" denies what follows ("inspectors found no
cracks") and whose object is found by the verb's doer ("inspectors reported cracks"): one deed of
one doer, a thing found or not (`_found_by`)."""

FOUND_DETERMINERS = frozenset("a an the some several any".split())
"""Words between a verb of FINDINGS and what it found ("found a crack", "reported several cracks")."""

FOUND_REACH = 3
"""Words of what was found, from the verb of FINDINGS ("found no structural cracks", "reported
large new cracks")."""

ENGLISH_CUES = ("not", "n't", "n’t", "Not", "no plan", "no intention")
"""What an English sentence with a negation that is no stem holds (CUE_STEMS hold the others; " no "
after a verb of FINDINGS: `may_deny`)."""

CUES = {
    "de": (
        *("nicht", " nie", "dementi", "bestreit", "bestritt"),
        *("zurückgewiesen", "zurück, wonach", "zurück, dass"),
    ),
    "fr": ("pas", "jamais", "plus"),
    "es": ("no ", "nunca"),
    "it": ("non ", " mai "),
    "pt": ("não", "nunca"),
    "nl": ("niet", "nooit"),
}
"""Per language, what a sentence that denies a deed holds, in lower case: one with none of them
(most sentences) is not read word by word."""

CUE_STEMS = frozenset(
    """never longer mean refus declin fail deni reject lose lost acquit innoc without rule close shut
    disput refut dismiss untru fals truth""".split()
)
"""The English stems (`Fact.stems`) of the other negations and opposites: with these and
ENGLISH_CUES tried on the text, a group costs ~0.5 µs a sentence, where a case-blind regular expression of
the words took 7 µs (2% of an align) and every word tried on the text in lower case 1.5 µs."""

BODY_DOERS = GENERIC_BODIES["en"] | {"firm", "operator"}
"""English doers that name a body by its kind alone ("the company", "the operator"), which may be
the body another article names ("Boka Line denied" and "The company confirmed": one doer), as may a
doer of BODY_KINDS ("the airline", "the lender") one of its kind or of none (`may_be_of_kind`)."""

_WORD = compiled(r"n[’']t\b|[^\W\d_]+?(?=n[’']t\b)|[^\W\d_]+(?:[’'][^\W\d_]+)*")
"""English words, with "n't" split off ("didn't" -> "did", "n't") and inner apostrophes kept."""

_LETTERS = compiled(r"[^\W\d_]+(?:'[^\W\d_]+)*")
"""A word that may be denied: letters, not an elided head ("d'")."""

_QUOTE_MARK = compiled(r'["“”«»„]')
_QUOTATION = compiled(r'"[^"]*"|“[^“”]*”|«[^«»]*»|„[^„“”]*[“”]')
"""A quotation, between its marks."""

_ELIDED_WORD = compiled(r"[^\W\d_]{1,2}[’'](?=[^\W\d_])|[^\W\d_]+")
"""Words of other languages, an elided head its own ("n'a" -> "n'", "a")."""


class Deed(NamedTuple):
    """A content word of a sentence, as a deed affirmed or denied."""

    key: str
    """The word's stem, or the stem of the deed it is the opposite of (ANTONYMS, SYNONYMS)."""
    denied: bool
    words: str
    """The words that carry it, as written: "would not appeal", "refused to concede"."""
    doer: str
    """The word before them (lower case), when it is a name or a noun: who does it ("" for a
    pronoun, which may stand for any doer, and in other languages than English)."""
    quoted: bool = False
    """Whether the words stand in a quotation: two quotes that differ are a quote conflict already."""
    named: bool = False
    """Whether the doer is a name: capitalised, and not a common word opening the sentence."""
    speaker: str = ""
    """Who tells the clause the words stand in (lower case), when a verb of REPORTING does: "line"
    in "Boka Line said the ferry was overloaded"; "" otherwise."""
    speaker_named: bool = False
    subject: str = ""
    """The word before the words' own clause's verb (lower case), as `doer`, but in a clause another
    verb denies too: "ferry" in "Boka Line denied that the ferry was overloaded", where the doer is
    the denier."""
    object: str = ""
    """The stem of the word right after the words in their clause, past a determiner ("stopped
    early": "earli"; "closed the plant": "plant"), "" when a function word or a mark comes first."""
    pronoun: str = ""
    """The subject of the words' own clause when it is a pronoun (PRONOUNS, lower case): "it" in "The
    company denied that it had known"; "" otherwise."""
    telling: bool = False
    """Whether the words tell or deny a clause of their own ("denied that it had known", "admitted
    it had known"), whose deed is what they confirm or deny."""
    denied_clause: bool = False
    """Whether the words stand in a clause a denial governs ("denied reports that the dam was
    damaged"), whose subject (`subject`) tells whose deed it is as well as its denier does."""
    name: str = ""
    """The doer's name in full when it is one (lower case): the capitalised words that end with it,
    "halvern industries" in "Halvern Industries denied"; "" otherwise (`_short_form`)."""
    speaker_name: str = ""
    """The speaker's name in full when it is one, as `name`."""


def claim_conflict(by_article: Mapping[int, list[Fact]]) -> dict[int, str]:
    """Per article, the words with which it affirms or denies a deed another denies or affirms
    (`by_article`: a group's facts by article), or {} when none does (most groups)."""
    if len(by_article) < 2:
        return {}
    cued = [f for facts in by_article.values() for f in facts if may_deny(f)]
    if not any(d.denied for f in cued for d in deeds_of(f.sentence.text, f.language)):
        return {}  # (most groups: no cue, or one of no denial: "failure", "another")
    deeds = {
        a: [d for f in facts for d in deeds_of(f.sentence.text, f.language)]
        for a, facts in by_article.items()
    }
    told = {a: {(d.key, d.denied) for d in ds} for a, ds in deeds.items()}
    for article, own in deeds.items():
        for deed in own:
            if not deed.denied or (deed.key, False) in told[article]:
                continue
            sides = _sides(deed, deeds, told)
            if sides and not all(d.quoted for d in sides.values()):
                return {a: d.words for a, d in sides.items()}
    return {}


def claim_sense(words: str, language: str = "en") -> str:
    """What the words of a claim conflict's side (`claim_conflict`) affirm and deny, as their deeds'
    keys ("known about the fault", "not known about the fault"): "admitted" and "confirmed" one
    sense (SYNONYMS), "denied" another; the words themselves when no deed is read in them, so that
    only words read alike are one (`Conflict.senses`)."""
    sense = sorted({("not " if d.denied else "") + d.key for d in deeds_of(words, language)})
    return "; ".join(sense) or words


def disputed_claim(fact: Fact, other: Fact) -> bool:
    """Whether two sentences tell one claim, one affirming and one denying it (`claim_conflict`
    finds them at odds), in one clause each: the same deed of the same subject, with the same object
    ("The trial was stopped early after ..." / "The trial was not stopped early and ran ..."), the
    rest of either sentence whatever it is. Not one deed each of one subject ("was stopped early" /
    "was not funded"), nor one deed of two subjects or objects ("closed the Leeds plant" / "did not
    close the Bristol plant"), nor a subject given by a pronoun alone ("he did not resign"), unless one
    doer tells both its clauses (`_one_subject`). A deed that tells a clause ("denied that ...",
    "admitted ...") is the clause's: "denied that it had paid bribes" and "admitted that it had broken
    the rules" are two claims."""
    if fact.language != other.language or not (may_deny(fact) or may_deny(other)):
        return False
    if not claim_conflict({0: [fact], 1: [other]}):
        return False
    mine, theirs = deeds_of(fact.sentence.text, fact.language), deeds_of(other.sentence.text, other.language)
    told = [{(d.key, d.denied) for d in deeds} for deeds in (mine, theirs)]
    return any(
        d.key == e.key
        and d.denied != e.denied
        and (d.key, e.denied) not in told[0]
        and (e.key, d.denied) not in told[1]
        and not (d.quoted and e.quoted)
        and not (d.telling or e.telling)
        and _one_subject(d, e)
        and d.object == e.object
        for d in mine
        for e in theirs
    )


def _one_subject(deed: Deed, other: Deed) -> bool:
    """Whether two deeds' clauses have one subject: two words that may be one doer (`_one_doer`),
    one pronoun (PRONOUNS) in clauses one doer tells or denies ("The company denied that it had
    known" / "The company admitted it had known"; not "It had known", told by no one), or "it" in a
    clause a body tells or denies and that body ("Halvern denied that it planned to close" /
    "Halvern Industries plans to close": IT_TOLD)."""
    if deed.subject and other.subject:
        return _one_doer(*_subject(deed), *_subject(other))
    for told, own in ((deed, other), (other, deed)):
        if own.subject and not told.subject and told.pronoun in IT_TOLD:
            teller = _teller(told)
            return bool(teller[0]) and _one_doer(*_subject(own), *teller)
    if not deed.pronoun or deed.pronoun != other.pronoun:
        return False
    teller, other_teller = _teller(deed), _teller(other)
    return bool(teller[0] and other_teller[0]) and _one_doer(*teller, *other_teller)


def _subject(deed: Deed) -> tuple[str, bool, str]:
    """A deed's subject, whether it is a name, and the name in full (as `_teller`)."""
    named = deed.named and deed.subject == deed.doer
    return deed.subject, named, deed.name if named else ""


def _teller(deed: Deed) -> tuple[str, bool, str]:
    """Who tells or denies the clause a deed of a pronoun subject stands in, whether it is a name,
    and the name in full: the speaker of "Boka Line said it had", the doer of "Boka Line denied that
    it had" (a denied clause's doer is its denier's), ("", False, "") for none."""
    if deed.speaker:
        return deed.speaker, deed.speaker_named, deed.speaker_name
    return deed.doer, deed.named, deed.name


def may_deny(fact: Fact) -> bool:
    """Whether a sentence may deny a deed: its stems hold one of CUE_STEMS, or its text one of its
    language's CUES, or " no " and a verb of FINDINGS."""
    if fact.language == "en":
        text = fact.sentence.text
        return (
            not CUE_STEMS.isdisjoint(fact.stems)
            or any(map(text.__contains__, ENGLISH_CUES))
            or (" no " in text and not FINDINGS.isdisjoint(fact.stems))  # "found no cracks"
        )
    lowered = fact.sentence.text.lower()
    return any(cue in lowered for cue in CUES.get(fact.language, ()))


def _sides(
    denial: Deed, deeds: dict[int, list[Deed]], told: dict[int, set[tuple[str, bool]]]
) -> dict[int, Deed]:
    """Per article, how it tells the deed `denial` denies, when another affirms it alone of the two
    with a doer alike; {} otherwise."""
    found: dict[int, Deed] = {}
    affirmed = False
    for article, own in deeds.items():
        if (denial.key, True) in told[article] and (denial.key, False) in told[article]:
            continue  # (an article that tells both: "two were charged, a third was not")
        for deed in own:
            if deed.key == denial.key and _alike(deed, denial):
                found[article] = deed
                affirmed |= not deed.denied
                break
    return found if affirmed and len(found) >= 2 else {}


def _alike(deed: Deed, other: Deed) -> bool:
    """Whether two deeds' doers may be one (`_one_doer`), a denied clause's subject the other's
    (`Deed.denied_clause`), or the speaker of one's clause (`Deed.speaker`) the other's doer or
    speaker; not two clauses of a pronoun that two doers tell
    ("Acme said it had not known" / "The coastguard said it had known": two bodies' "it")."""
    if deed.pronoun and other.pronoun:
        teller, other_teller = _teller(deed), _teller(other)
        if teller[0] and other_teller[0] and not _one_doer(*teller, *other_teller):
            return False
    if _one_doer(deed.doer, deed.named, deed.name, other.doer, other.named, other.name):
        return True
    one_subject = bool(deed.subject) and deed.subject == other.subject
    if one_subject and any(
        d.denied_clause and not (e.speaker or e.denied_clause) for d, e in ((deed, other), (other, deed))
    ):
        return True  # "the government denied that the dam was damaged" / "the dam was damaged", told as
        # the article's own (not "the coastguard said the boat was": another's word, not the denier's)
    whos = [((d.doer, d.named, d.name), (d.speaker, d.speaker_named, d.speaker_name)) for d in (deed, other)]
    return any(
        speaker[0] and who[0] and _one_doer(*speaker, *who)
        for (_, speaker), (doer, said_by) in (whos, whos[::-1])
        for who in (doer, said_by)
    )


def _one_doer(doer: str, named: bool, name: str, other: str, other_named: bool, other_name: str) -> bool:
    """Whether two doers may be one: the same word, unless the names in full differ in their other
    words (`_two_names`: "Jane Kemp" and "Peter Kemp", "Tolland Dairies" and "Wexcombe Dairies"), no
    word told for either, a name and its short form (`_short_form`: "Halvern Industries" and
    "Halvern"; `name` and `other_name` the names in full), or a body named by its kind (BODY_DOERS)
    and a name or another such body; a body of a kind of BODY_KINDS ("the airline", not "Caldera
    Airways") only one of its kind or of none ("Caldera Airways", "Boka Line"; not "Harrow Savings
    Bank", "the bank")."""
    if doer == other:
        return not _two_names(name, other_name)
    if not doer or not other or _short_form(name, other_name):
        return True
    pairs = ((doer, named, other_named, other), (other, other_named, named, doer))
    return any(
        (b_named or b in BODY_DOERS or b in BODY_KINDS)
        and (a in BODY_DOERS or (a in BODY_KINDS and not a_named and may_be_of_kind(a, (b,))))
        and (b not in BODY_KINDS or b_named or may_be_of_kind(b, (a,)))
        for a, a_named, b_named, b in pairs
    )


def _two_names(name: str, other: str) -> bool:
    """Whether two names in full that end in one word (the doer's) are two doers: each of two words
    or more, neither the other's first or last words, and their other words no given names of one
    person (`people.one_given_name`, as the name conflicts read them): "Jane Kemp" and "Peter Kemp";
    not "Kemp" and "Jane Kemp", "Jane Kemp" and "Chief Executive Jane Kemp", nor "Jim Kemp" and
    "James Kemp"."""
    if " " not in name or " " not in other or name == other:
        return False
    short, long = sorted((name, other), key=len)
    if _short_form(name, other) or long.endswith(" " + short):
        return False
    mine, theirs = (tuple(map(given_spelling, n.split()[:-1])) for n in (name, other))
    return not one_given_name(mine, theirs, "en")


def _short_form(name: str, other: str) -> bool:
    """Whether one of two names in full is the other's first words: "Halvern" of "Halvern
    Industries", "Telvana" of "Telvana Group plc" (not "Industries", nor "Norstad Industries")."""
    if not name or not other or len(name) == len(other):
        return False
    short, long = sorted((name, other), key=len)
    return long.startswith(short + " ")


@lru_cache(maxsize=4096)
def deeds_of(text: str, language: str = "en") -> tuple[Deed, ...]:
    """The deeds a sentence affirms or denies (see the module's docstring), in order."""
    negations = NEGATIONS.get(language)
    english = language == "en"
    if negations is None:
        return ()
    matches = list((_WORD if english else _ELIDED_WORD).finditer(text))
    lowered = [m.group().casefold().replace("’", "'") for m in matches]
    stems = stem_words(lowered, language)
    stop = STOPWORDS if english else stop_words(language)
    skipped = SKIPPED[language]
    denier: dict[int, int] = {}  # the word denied -> where the words denying it begin
    negating: set[int] = set()  # where the negations are
    idle: list[int] = []  # where negations that deny no word are ("not a single cent", "no ransom")
    found_end: dict[int, int] = {}  # a word of what was found (or not) -> where its last word is
    for at, word in enumerate(lowered):
        start = at
        if english and word == "no" and stems[at + 1 : at + 2] and stems[at + 1] in NO_DEEDS:
            negating.add(at)  # "has no plans to close": "plans" denied
            denier[at + 1] = at - 1 if at and lowered[at - 1] in skipped else at
            continue
        if english and word == "no" and at and stems[at - 1] in FINDINGS:
            # "found no cracks", "reported no structural damage": each word of what was not found denied,
            # as its finder's deed ("Inspectors" found it or not)
            negating.update((at - 1, at))
            start = at - 1
            targets = _found_words(lowered, at + 1, stop)
            for thing in targets:
                denier[thing] = start - 1 if start and lowered[start - 1] in skipped else start
                found_end[thing] = targets[-1]
            continue
        if (
            english
            and word == "no"
            and lowered[at + 1 : at + 2]
            and lowered[at + 1] not in NO_WORDS | TRUTH_WORDS
        ):
            idle.append(at)
            continue
        if word in negations:
            if language == "fr":
                ne = [i for i in range(max(0, at - FRENCH_NE_REACH), at) if lowered[i] in FRENCH_NE]
                if not ne:
                    continue
                start = ne[0]
            if english and _not_to(lowered, stems, at):
                continue
        elif english and word in NO_WORDS and at and lowered[at - 1] == "no":
            start = at - 2 if word == "means" and at > 1 and lowered[at - 2] == "by" else at - 1
        elif english and stems[at] in REFUSALS and lowered[at + 1 : at + 2] == ["to"]:
            pass
        elif english and word == "without" and stems[at + 1 : at + 2] and stems[at + 1] in WITHOUT_DENIED:
            start = at - 1 if at and lowered[at - 1] not in stop else at
            negating.add(at)
            denier[at + 1] = start
            continue
        else:
            continue
        negating.update(range(start, at + 1))
        target = _denied_word(lowered, at + 1, skipped, stop, language)
        if target is not None:
            denier[target] = start - 1 if start and lowered[start - 1] in skipped else start
        elif english:
            idle.append(at)
    doubtful = _rest_of_clauses(text, matches, idle)
    claimed = _claim_denials(lowered, stems) if english else set()
    denials = [at for at, stem in enumerate(stems) if stem in DENIAL_STEMS or at in claimed]
    if english and not TRUTH_SEEN.isdisjoint(lowered):
        denials += _truth_denials(lowered, negations)
    if english:
        scope = _clauses(text, matches, lowered, stems, skipped, stop, denier, denials)
    else:
        scope = _german_denials(text, matches, lowered, stems) if language == "de" else {}
    tellers = [at for at, stem in enumerate(stems) if stem in REPORTING and at not in denier]
    reported = {}
    if english:
        reported = _clauses(text, matches, lowered, stems, skipped, stop, denier, tellers, NEGATIONS["en"])
    quotations = [m.span() for m in _QUOTATION.finditer(text)] if _QUOTE_MARK.search(text) else []
    clause_heads = set(scope.values()) | set(reported.values())
    found: list[Deed] = []
    for at, stem in enumerate(stems):
        word = lowered[at]
        if word in stop or word in skipped or at in negating:
            continue
        key = SYNONYMS.get(stem, stem) if english else stem
        opposite = ANTONYMS.get(key) if english else None
        negated = at in denier
        out = _ruled_out(lowered, stems, at) if english else None
        closing = english and _closing(lowered, at, skipped)
        if closing or out:
            key, opposite = (OPEN, None) if closing else (RULED_OUT, None)
        elif at in scope and (opposite is not None or (key in UNTOLD and key not in KNOWING) or negated):
            continue  # ("denied that it had lost": a denial of a denial, as "did not deny")
        elif negated and (opposite is not None or (key in UNTOLD and not _knew(key, lowered[denier[at]]))):
            continue  # "did not deny" confirms nothing; "did not say" denies nothing
        finder = _found_by(lowered, stems, at, stop) if english and not negated and at else None
        if finder is None and english and not negated and at and lowered[at - 1] in NOUN_MARKERS:
            continue  # "an appeal", "the release": no deed affirmed
        first = denier.get(at, at) if finder is None else finder
        if finder is not None:
            found_end[at] = (_found_words(lowered, at, stop) or [at])[-1]
        if not negated and first and lowered[first - 1] in STAYING:
            first -= 1  # "would stay open"
        if not negated and first and lowered[first - 1] in skipped and lowered[first - 1] != "to":
            first -= 1
        own = first
        while own and lowered[own - 1] in skipped:
            own -= 1
        before = scope.get(at, first)  # (a denied clause's deed is the denier's: "Kemp denied")
        while before and lowered[before - 1] in skipped:
            before -= 1
        words = text[matches[first].start() : matches[out or found_end.get(at, at)].end()]
        if at in scope:
            words = f"{matches[scope[at]].group()} … {words}"
        doer = lowered[before - 1] if english and before and lowered[before - 1] not in stop else ""
        quoted = any(s <= matches[at].start() < e for s, e in quotations)
        named = bool(doer) and _a_name(matches[before - 1].group(), before - 1, stems[before - 1])
        denied = (negated != (opposite is not None or closing)) != (at in scope)
        if not denied and at in doubtful:
            continue  # ("not a single cent was paid": not affirmed, though no word of it is denied)
        name = _name_ending(text, matches, stems, before - 1) if named else ""
        speaker, speaker_named, speaker_name = _speaker(
            text, matches, lowered, stems, stop, skipped, reported.get(at)
        )
        subject = lowered[own - 1] if english and own and lowered[own - 1] not in stop else ""
        pronoun = lowered[own - 1] if english and own and lowered[own - 1] in PRONOUNS else ""
        deed_object = _object(text, matches, lowered, stems, stop, out or at) if english else ""
        found.append(
            Deed(
                opposite or key,
                denied,
                words,
                doer,
                quoted,
                named,
                speaker,
                speaker_named,
                subject,
                deed_object,
                pronoun,
                at in clause_heads,
                at in scope,
                name,
                speaker_name,
            )
        )
        if at in claimed and not negated:  # "rejected claims that": a denial of "confirmed"
            claim = matches[_claimed_noun(lowered, stems, at) or at].end()
            said = text[matches[at].start() : claim]
            found.append(Deed("confirm", True, said, doer, quoted, named))
        if out and not negated:  # "ruled out closures" denies them confirmed or planned
            found.extend(Deed(k, True, words, doer, quoted, named) for k in RULED_OUT_DENIES)
    return tuple(found)


def _knew(key: str, first: str) -> bool:
    """Whether a negation denies knowing as a deed: "had not known" (KNOWING after PERFECT, `first`
    the first word of the denial), not "was not known whether"."""
    return key in KNOWING and first in PERFECT


def _object(
    text: str,
    matches: list[re.Match[str]],
    lowered: list[str],
    stems: list[str],
    stop: frozenset[str],
    at: int,
) -> str:
    """The stem of the word after the `at`th in its clause, past a determiner (DETERMINERS); "" when
    the clause ends there or a function word comes first ("resigned on Friday")."""
    index = at + 1
    while index < len(matches):
        if _CLAUSE_BREAK.search(text, matches[index - 1].end(), matches[index].start()):
            return ""
        if lowered[index] not in DETERMINERS:
            return "" if lowered[index] in stop else stems[index]
        index += 1
    return ""


def _rest_of_clauses(text: str, matches: list[re.Match[str]], starts: list[int]) -> set[int]:
    """The words after each of `starts` up to the end of its clause (a mark: _CLAUSE_BREAK)."""
    rest: set[int] = set()
    for start in starts:
        for index in range(start + 1, len(matches)):
            if _CLAUSE_BREAK.search(text, matches[index - 1].end(), matches[index].start()):
                break
            rest.add(index)
    return rest


def _ruled_out(lowered: list[str], stems: list[str], at: int) -> int | None:
    """Where the "out" of "ruled out" (or "ruled it out") is, when the `at`th word is its "ruled"."""
    if stems[at] != "rule":
        return None
    if lowered[at + 1 : at + 2] == ["out"]:
        return at + 1
    after = lowered[at + 1 : at + 3]
    if len(after) == 2 and after[0] in RULED_OUT_OBJECTS and after[1] == "out":
        return at + 2
    return None


def _closing(lowered: list[str], at: int, skipped: frozenset[str]) -> bool:
    """Whether the `at`th word closes something (CLOSING_WORDS): not "close to 300 people"."""
    if lowered[at] not in CLOSING_WORDS:
        return False
    adverb = lowered[at] == "close" and lowered[at + 1 : at + 2] and lowered[at + 1] in CLOSE_ADVERB_AFTER
    return not adverb or (at > 0 and lowered[at - 1] in skipped)


def _claimed_noun(lowered: list[str], stems: list[str], at: int) -> int | None:
    """Where the claim noun (CLAIM_NOUNS) the `at`th word (of CLAIM_DENIALS) takes as its object is,
    past a determiner ("rejected the claims"); None when it takes none."""
    if stems[at] not in CLAIM_DENIALS:
        return None
    after = at + 2 if lowered[at + 1 : at + 2] and lowered[at + 1] in CLAIM_DETERMINERS else at + 1
    return after if stems[after : after + 1] and stems[after] in CLAIM_NOUNS else None


def _claim_denials(lowered: list[str], stems: list[str]) -> set[int]:
    """Where the words of CLAIM_DENIALS that deny a claim are ("rejected claims", "dismissed the
    reports")."""
    return {
        at for at, stem in enumerate(stems) if stem in CLAIM_DENIALS and _claimed_noun(lowered, stems, at)
    }


def _speaker(
    text: str,
    matches: list[re.Match[str]],
    lowered: list[str],
    stems: list[str],
    stop: frozenset[str],
    skipped: frozenset[str],
    verb: int | None,
) -> tuple[str, bool, str]:
    """Who tells a clause (the word before its verb of REPORTING at `verb`, past auxiliaries),
    whether it is a name, and the name in full (`_name_ending`); ("", False, "") for no verb or a
    pronoun."""
    if verb is None:
        return "", False, ""
    before = verb
    while before and lowered[before - 1] in skipped:
        before -= 1
    if not before or lowered[before - 1] in stop:
        return "", False, ""
    if not _a_name(matches[before - 1].group(), before - 1, stems[before - 1]):
        return lowered[before - 1], False, ""
    return lowered[before - 1], True, _name_ending(text, matches, stems, before - 1)


def _name_ending(text: str, matches: list[re.Match[str]], stems: list[str], at: int) -> str:
    """The name whose last word is the `at`th (a name: `_a_name`), in lower case: the capitalised
    words before it with nothing but spaces between ("Halvern Industries", not "Monday, Halvern"),
    the sentence's first word too when it is no stop word ("Peter Kemp", though "peter" is a common
    word; not "The Halvern")."""
    first = at
    while (
        first
        and not text[matches[first - 1].end() : matches[first].start()].strip()
        and matches[first - 1].group()[:1].isupper()
        and (first > 1 or matches[0].group().casefold() not in STOPWORDS)
    ):
        first -= 1
    return " ".join(m.group().casefold().replace("’", "'") for m in matches[first : at + 1])


def _clauses(
    text: str,
    matches: list[re.Match[str]],
    lowered: list[str],
    stems: list[str],
    skipped: frozenset[str],
    stop: frozenset[str],
    denier: dict[int, int],
    heads: list[int],
    negations: frozenset[str] = frozenset(),
) -> dict[int, int]:
    """The deeds of the clauses the verbs at `heads` govern ("denied that the plant would close",
    "said the plant would close"): where each such deed's word is -> where its verb is (at most
    DENIAL_REACH words on, at the clause's auxiliary). A deed a negation denies is one only past
    `negations` ("said it had not known": its speaker's denial; "denied that it had not" is none)."""
    passed = skipped | negations
    scope: dict[int, int] = {}
    for at in heads:
        if at in denier:
            continue
        start, opened = _clause_start(text, matches, lowered, stems, at)
        end = min(len(lowered), start + DENIAL_REACH)
        aside = None  # where an aside between commas ends ("the dam, 30 km north of Alvora, had")
        for index in range(start, len(lowered)):
            if index == aside:
                end = min(len(lowered), index + DENIAL_REACH)
            elif index >= end:
                break
            elif _CLAUSE_BREAK.search(text, matches[index - 1].end(), matches[index].start()):
                aside = None if aside is not None or index == start else _aside_end(text, matches, index)
                if aside is None:
                    break
                continue
            if aside is not None and index < aside:
                continue
            pronoun = opened and index == start + 1 and lowered[start] in PRONOUNS
            if pronoun or (lowered[index] in skipped and lowered[index] != "to"):
                # (after "that" a pronoun's verb: "denied that it plans to close")
                target = _denied_word(lowered, index, passed, stop, "en")
                if target is not None and lowered[target] in STAYING:
                    target = _denied_word(lowered, target + 1, skipped, stop, "en")
                if target is not None and (target not in denier or negations):
                    scope[target] = at
                break
    return scope


def _german_denials(
    text: str, matches: list[re.Match[str]], lowered: list[str], stems: list[str]
) -> dict[int, int]:
    """Where the verb of each clause a German denial governs is (GERMAN_DENIALS) -> where the
    denial is: "schließen" of "dementierte, dass es die Werke schließen wolle"."""
    scope: dict[int, int] = {}
    for at, stem in enumerate(stems):
        turned_back = stem == "zuruck" and not GERMAN_TURNED_BACK.isdisjoint(lowered[max(0, at - 4) : at])
        if stem not in GERMAN_DENIALS and not turned_back:
            continue
        reach = lowered[at + 1 : at + 1 + GERMAN_OPENER_REACH]
        openers = [i for i, word in enumerate(reach, at + 1) if word in GERMAN_CLAUSE_OPENERS]
        if not openers:
            continue
        verb = None
        for index in range(openers[0] + 1, len(lowered)):
            if _CLAUSE_BREAK.search(text, matches[index - 1].end(), matches[index].start()):
                break
            if lowered[index] not in GERMAN_VERB_AFTER:
                verb = index
        if verb is not None and verb > openers[0] + 1:
            scope[verb] = at
    return scope


def _aside_end(text: str, matches: list[re.Match[str]], at: int) -> int | None:
    """Where the words after an aside that opens with a comma before the `at`th word begin, when a
    comma closes it within ASIDE_REACH words and no other mark comes first; None otherwise."""
    if _CLAUSE_BREAK.findall(text, matches[at - 1].end(), matches[at].start()) != [","]:
        return None
    for index in range(at + 1, min(len(matches), at + ASIDE_REACH + 1)):
        marks = _CLAUSE_BREAK.findall(text, matches[index - 1].end(), matches[index].start())
        if marks:
            return index if marks == [","] else None
    return None


def _clause_start(
    text: str, matches: list[re.Match[str]], lowered: list[str], stems: list[str], at: int
) -> tuple[int, bool]:
    """Where the clause the verb (or denial) at `at` governs begins, and whether a "that" opens it:
    after the "that" of "denied that", "denied reports by the Daily that", "not true that", "no truth
    in claims that" (CLAIM_THAT_REACH, TRUTH_WORDS); right after the verb otherwise."""
    index = at + 1
    if lowered[index : index + 1] and lowered[index] in TRUTH_WORDS:
        index += 2 if lowered[index + 1 : index + 2] and lowered[index + 1] in TRUTH_LINKS else 1
    if lowered[index : index + 1] and lowered[index] in CLAIM_DETERMINERS:
        index += 1
    if stems[index : index + 1] and stems[index] in CLAIM_NOUNS:
        for after in range(index + 1, min(len(lowered), index + CLAIM_THAT_REACH + 1)):
            if _CLAUSE_BREAK.search(text, matches[after - 1].end(), matches[after].start()):
                break
            if lowered[after] == "that":
                index = after
                break
    if lowered[index : index + 1] == ["that"] and index + 1 < len(lowered):
        return index + 1, True
    return at + 1, False


def _truth_denials(lowered: list[str], negations: frozenset[str]) -> list[int]:
    """Where the words that deny a clause's truth are (TRUTH_DENIALS, a negation or "no" before
    TRUTH_WORDS): "untrue" of "it was untrue that", "not" of "not true that"."""
    return [
        at
        for at, word in enumerate(lowered)
        if (
            word in TRUTH_DENIALS
            or (
                (word in negations or word == "no")
                and lowered[at + 1 : at + 2]
                and lowered[at + 1] in TRUTH_WORDS
            )
        )
        and "that" in lowered[at + 1 : at + 2 + CLAIM_THAT_REACH]
    ]


def _a_name(word: str, at: int, stem: str) -> bool:
    """Whether a doer (as written, the `at`th word of its sentence) is a name: capitalised, and not a
    common word when it opens the sentence ("Police denied")."""
    return word[:1].isupper() and (at > 0 or not is_common_word(stem))


def _found_words(lowered: list[str], at: int, stop: frozenset[str]) -> list[int]:
    """Where the words of what a verb of FINDINGS found are, from `at`: the content words up to the
    first function word or mark, at most FOUND_REACH ("no structural cracks in": "structural",
    "cracks")."""
    found = []
    for index in range(at, min(len(lowered), at + FOUND_REACH)):
        word = lowered[index]
        if word in stop or not _LETTERS.fullmatch(word):
            break
        found.append(index)
    return found


def _found_by(lowered: list[str], stems: list[str], at: int, stop: frozenset[str]) -> int | None:
    """Where the verb of FINDINGS is that found the word at `at` ("reported cracks", "found a large
    crack"), past determiners and the other words of what was found (FOUND_REACH); None when the
    word is no verb's find."""
    for index in range(at - 1, max(-1, at - 1 - FOUND_REACH), -1):
        word = lowered[index]
        if stems[index] in FINDINGS:
            return index if index < at - 1 or word not in stop else None
        if word in FOUND_DETERMINERS:
            continue
        if word in stop or not _LETTERS.fullmatch(word):
            return None
    return None


def _not_to(lowered: list[str], stems: list[str], at: int) -> bool:
    """Whether "not" opens "not to" after a stem of no own denial ("urged him not to appeal")."""
    if lowered[at + 1 : at + 2] != ["to"]:
        return False
    return not (at and stems[at - 1] in NOT_TO_KEPT)


def _denied_word(
    lowered: list[str], at: int, skipped: frozenset[str], stop: frozenset[str], language: str
) -> int | None:
    """Where the word a negation ending before `at` denies is: the first content word past at most
    SKIP_REACH auxiliaries and adverbs; None when a function word comes first ("not only")."""
    ending = ADVERB_END.get(language)
    for index in range(at, min(len(lowered), at + SKIP_REACH + 1)):
        word = lowered[index]
        if word in skipped or (
            ending and word.endswith(ending) and word not in stop and index + 1 < len(lowered)
        ):
            continue
        return None if word in stop or not _LETTERS.fullmatch(word) else index
    return None
