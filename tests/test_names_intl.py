"""Name conflicts in the other languages read: who said or did what a group of sentences tells, as
German, French, Spanish, Italian, Portuguese, Dutch, Russian and Polish write it (`conflicts`), and
the rules English shares with them (two speakers joined by "and", a pronoun or an office alone)."""

from __future__ import annotations

import pytest

from newsdiff.conflicts import conflicts_of
from newsdiff.language import name_stem
from newsdiff.model import ConflictKind, Sentence
from newsdiff.segment import acted_by, body_acted_by, extract, reported_by, stem_words


def name_conflicts(language: str, *texts: str) -> list[tuple[str, ...]]:
    """The name conflicts of a group holding one sentence of each text, each from its own article."""
    facts = [
        extract(Sentence(article=i, index=0, paragraph=0, text=t), language) for i, t in enumerate(texts)
    ]
    return [c.values for c in conflicts_of(facts) if c.kind is ConflictKind.NAME]


@pytest.mark.parametrize(
    ("language", "declined", "plain"),
    [
        pytest.param(
            "ru",
            "По словам Ольги Смирновой, мост закроют в субботу.",
            "Ольга Смирнова заявила, что мост закроют в субботу.",
            id="ru-genitive",
        ),
        pytest.param(
            "ru",
            "По словам мэра Олега Куликова, мост закроют в субботу.",
            "Мэр Олег Куликов сказал, что мост закроют в субботу.",
            id="ru-genitive-after-a-title",
        ),
        pytest.param(
            "pl",
            "Według Tomasza Wiśniewskiego most zostanie zamknięty w sobotę.",
            "Tomasz Wiśniewski powiedział, że most zostanie zamknięty w sobotę.",
            id="pl-genitive",
        ),
    ],
)
def test_one_person_named_in_two_cases_is_no_name_conflict(language: str, declined: str, plain: str) -> None:
    """Russian and Polish decline names: "по словам Ольги Смирновой" reports Ольга Смирнова,
    "według Tomasza Wiśniewskiego" Tomasz Wiśniewski; one speaker, no conflict."""
    assert name_conflicts(language, declined, plain) == []


def test_two_people_in_a_language_that_declines_names_are_a_name_conflict() -> None:
    """Case endings cut, two people still share no name word."""
    assert name_conflicts(
        "pl",
        "Według Tomasza Wiśniewskiego most zostanie zamknięty w sobotę.",
        "Marek Zieliński powiedział, że most zostanie zamknięty w sobotę.",
    ) == [("Tomasza Wiśniewskiego", "Marek Zieliński")]


@pytest.mark.parametrize(
    ("language", "word", "stem"),
    [
        ("ru", "смирновой", "смирнов"),
        ("ru", "смирнова", "смирнов"),
        ("ru", "куликовым", "куликов"),
        ("pl", "wiśniewskiego", "wiśniewsk"),
        ("pl", "wiśniewski", "wiśniewsk"),
        ("pl", "jan", "jan"),
        ("en", "anna", "anna"),
    ],
)
def test_a_name_s_case_ending_is_cut_in_a_language_that_declines_names(
    language: str, word: str, stem: str
) -> None:
    assert name_stem(word, language) == stem


@pytest.mark.parametrize(
    ("language", "first", "second", "conflict"),
    [
        pytest.param(
            "nl",
            "De bewindvoerder, Joris van Dijk, verkoopt het pand aan de haven.",
            "De bewindvoerder, Sanne Visser, verkoopt het pand aan de haven.",
            ("Joris van Dijk", "Sanne Visser"),
            id="nl-a-name-with-a-particle",
        ),
        pytest.param(
            "it",
            "Il questore Marco Ferri ha vietato il corteo di sabato.",
            "Il prefetto Luca Bassi ha vietato il corteo di sabato.",
            ("Marco Ferri", "Luca Bassi"),
            id="it-past-an-auxiliary",
        ),
        pytest.param(
            "ru",
            "Мэр Олег Куликов распорядился закрыть мост.",
            "Закрыть мост распорядился губернатор Павел Орлов.",
            ("Олег Куликов", "Павел Орлов"),
            id="ru-the-subject-after-its-verb",
        ),
        pytest.param(
            "es",
            "El alcalde Jorge Ruiz cerró el puente de Almar.",
            "El puente de Almar fue cerrado por el alcalde Jorge Ruiz.",
            None,
            id="es-one-person",
        ),
        pytest.param(
            "ru",
            "Режим КТО объявили в Заречном после взрыва.",
            "Мэр Олег Куликов объявил в Заречном режим КТО.",
            None,
            id="ru-an-abbreviation-opening-a-sentence-is-no-person",
        ),
    ],
)
def test_a_deed_done_by_other_people_is_a_name_conflict(
    language: str, first: str, second: str, conflict: tuple[str, ...] | None
) -> None:
    """Who did it, in the other languages: the person before the verb (past an apposition's comma and
    an auxiliary: "ha vietato"), or after it at the clause's end, as Russian writes it ("распорядился
    губернатор Павел Орлов"). A name with a particle is a person ("Joris van Dijk"); a run of capitals
    with an abbreviation ("Режим КТО") is none."""
    assert name_conflicts(language, first, second) == ([conflict] if conflict else [])


@pytest.mark.parametrize(
    ("language", "first", "second", "conflict"),
    [
        pytest.param(
            "pl",
            "Prokuratura wszczęła śledztwo w sprawie pożaru hali.",
            "Śledztwo w sprawie pożaru hali wszczęła Komenda Policji.",
            ("Prokuratura", "Komenda Policji"),
            id="pl-bodies-declined-and-after-the-verb",
        ),
        pytest.param(
            "es",
            "La Junta de Andalucía aprobó el plan contra la sequía.",
            "El Gobierno aprobó el plan contra la sequía.",
            ("Junta de Andalucía", "Gobierno"),
            id="es-a-body-s-whole-name",
        ),
        pytest.param(
            "de",
            "Die Staatsanwaltschaft ermittelt gegen den Fahrer des Lastwagens.",
            "Die Polizei ermittelt gegen den Fahrer des Lastwagens.",
            ("Staatsanwaltschaft", "Polizei"),
            id="de-bodies",
        ),
        pytest.param(
            "de",
            "Die Polizei ermittelt gegen den Fahrer des Lastwagens.",
            "Polizeisprecher Jens Krüger ermittelt gegen den Fahrer des Lastwagens.",
            None,
            id="de-a-body-and-a-person",
        ),
        pytest.param(
            "fr",
            "Le parquet a ouvert une enquête sur l'incendie.",
            "Une enquête sur l'incendie a été ouverte, le parquet a ouvert une information judiciaire.",
            None,
            id="fr-one-body",
        ),
    ],
)
def test_a_deed_done_by_other_bodies_is_a_name_conflict(
    language: str, first: str, second: str, conflict: tuple[str, ...] | None
) -> None:
    """An office, a force, a court as the doer ("Prokuratura wszczęła", "wszczęła Komenda Policji"):
    two bodies doing one deed disagree; a body and a person do not (a spokesman acts for his force)."""
    assert name_conflicts(language, first, second) == ([conflict] if conflict else [])


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        pytest.param("pt", "Segundo Ana dos Santos, a greve vai continuar.", "Ana dos Santos", id="pt-dos"),
        pytest.param("it", "Secondo Giulia di Stefano, lo sciopero durerà.", "Giulia di Stefano", id="it-di"),
        pytest.param("fr", "Selon Louis du Pont, la grève va continuer.", "Louis du Pont", id="fr-du"),
    ],
)
def test_a_name_with_a_particle_is_one_person_reported(language: str, text: str, name: str) -> None:
    """ "Ana dos Santos" is one person, not "Ana" and "Santos": the speaker of what the sentence
    reports."""
    fact = extract(Sentence(article=0, index=0, paragraph=0, text=text), language)
    assert reported_by(fact) == name


@pytest.mark.parametrize(
    ("language", "first", "second", "conflict"),
    [
        pytest.param(
            "it",
            "La chiusura del ponte l'ha decisa il sindaco Marco Rossi.",
            "Il prefetto Luca Bianchi ha deciso la chiusura del ponte.",
            ("Marco Rossi", "Luca Bianchi"),
            id="it-after-the-verb-an-article-and-an-office",
        ),
        pytest.param(
            "es",
            "El cierre del puente lo ordenó el alcalde Juan Pérez.",
            "El gobernador Luis Gómez ordenó el cierre del puente.",
            ("Juan Pérez", "Luis Gómez"),
            id="es-after-the-verb-an-article-and-an-office",
        ),
        pytest.param(
            "fr",
            "Le pont restera fermé jusqu'à lundi, a tranché le préfet Jean Dupont.",
            "Le maire Paul Martin a tranché : le pont restera fermé jusqu'à lundi.",
            ("Jean Dupont", "Paul Martin"),
            id="fr-after-the-verb-an-article-and-an-office",
        ),
        pytest.param(
            "es",
            "El cierre del puente lo ordenó el alcalde Juan Pérez.",
            "El alcalde Juan Pérez ordenó el cierre del puente.",
            None,
            id="es-one-person-before-and-after-the-verb",
        ),
    ],
)
def test_a_doer_named_after_the_verb_an_article_and_an_office_is_read(
    language: str, first: str, second: str, conflict: tuple[str, ...] | None
) -> None:
    """The subject after its verb stands past its article and office ("l'ha decisa il sindaco Marco
    Rossi", "lo ordenó el alcalde Juan Pérez"): the office is no verb, nor is the article."""
    assert name_conflicts(language, first, second) == ([conflict] if conflict else [])


@pytest.mark.parametrize(
    ("language", "text", "doer", "verb"),
    [
        pytest.param(
            "fr",
            "Le pont restera fermé, a tranché le préfet Jean Dupont.",
            "Jean Dupont",
            "tranché",
            id="fr",
        ),
        pytest.param(
            "de",
            "Die Brücke bleibt zu, entschied der Landrat Peter Schulz.",
            "Landrat Peter Schulz",
            "entschied",
            id="de",
        ),
        pytest.param(
            "es",
            "El puente seguirá cerrado, decidió el gobernador Luis Gómez.",
            "Luis Gómez",
            "decidió",
            id="es",
        ),
        pytest.param(
            "it",
            "Il ponte resterà chiuso, ha deciso il prefetto Luca Bianchi.",
            "Luca Bianchi",
            "deciso",
            id="it",
        ),
        pytest.param(
            "pt",
            "A ponte continuará fechada, decidiu o governador Pedro Costa.",
            "Pedro Costa",
            "decidiu",
            id="pt",
        ),
        pytest.param(
            "nl",
            "De brug blijft dicht, besliste gouverneur Piet Jansen.",
            "Piet Jansen",
            "besliste",
            id="nl",
        ),
        pytest.param(
            "pl",
            "Most pozostanie zamknięty, zdecydował wojewoda Piotr Zieliński.",
            "Piotr Zieliński",
            "zdecydował",
            id="pl",
        ),
    ],
)
def test_the_office_before_a_doer_after_the_verb_is_not_the_verb(
    language: str, text: str, doer: str, verb: str
) -> None:
    """The word before the name is the office ("le préfet", "gouverneur", "wojewoda"), not the verb
    of the deed: the verb stands before it and its article."""
    fact = extract(Sentence(article=0, index=0, paragraph=0, text=text), language)
    assert acted_by(fact) == (doer, stem_words([verb], language)[0])


@pytest.mark.parametrize(
    ("language", "both", "alone"),
    [
        pytest.param(
            "en",
            "Lena Moss and Rhys Dunn said the ferry would sail again on Friday.",
            (
                "Lena Moss said the ferry would sail again on Friday.",
                "Rhys Dunn said the ferry would sail again on Friday.",
            ),
            id="en",
        ),
        pytest.param(
            "en",
            '"We will sail on Friday," said Lena Moss and her deputy Rhys Dunn.',
            ('"We will sail on Friday," said Lena Moss.', '"We will sail on Friday," said Rhys Dunn.'),
            id="en-quoted",
        ),
        pytest.param(
            "en",
            "Ivo Kranz, the harbour master, and his deputy Nils Berg said the ferry would sail on Friday.",
            (
                "Ivo Kranz said the ferry would sail on Friday.",
                "Nils Berg said the ferry would sail on Friday.",
            ),
            id="en-an-office-between-commas",
        ),
        pytest.param(
            "fr",
            "Claire Fabre, la directrice du port, et son adjoint Julien Morel ont déclaré que le ferry"
            " reprendrait la mer vendredi.",
            (
                "Claire Fabre a déclaré que le ferry reprendrait la mer vendredi.",
                "Julien Morel a déclaré que le ferry reprendrait la mer vendredi.",
            ),
            id="fr-an-office-between-commas",
        ),
        pytest.param(
            "de",
            "Lena Moss und Rhys Dunn sagten, die Fähre fahre am Freitag wieder.",
            (
                "Lena Moss sagte, die Fähre fahre am Freitag wieder.",
                "Rhys Dunn sagte, die Fähre fahre am Freitag wieder.",
            ),
            id="de",
        ),
        pytest.param(
            "fr",
            "Selon Claire Fabre et Julien Morel, le ferry reprendra la mer vendredi.",
            (
                "Selon Claire Fabre, le ferry reprendra la mer vendredi.",
                "Selon Julien Morel, le ferry reprendra la mer vendredi.",
            ),
            id="fr",
        ),
        pytest.param(
            "ru",
            "По словам Ивана Петрова и Сергея Смирнова, паром выйдет в море в пятницу.",
            (
                "Иван Петров заявил, что паром выйдет в море в пятницу.",
                "Сергей Смирнов заявил, что паром выйдет в море в пятницу.",
            ),
            id="ru-declined",
        ),
        pytest.param(
            "pl",
            "Według Jana Nowaka, Piotra Zielińskiego i Anny Wójcik prom wypłynie w piątek.",
            (
                "Jan Nowak powiedział, że prom wypłynie w piątek.",
                "Anna Wójcik powiedziała, że prom wypłynie w piątek.",
            ),
            id="pl-a-list-of-three",
        ),
    ],
)
def test_two_speakers_against_one_of_them_is_no_name_conflict(
    language: str, both: str, alone: tuple[str, str]
) -> None:
    """ "X and Y said" against "X said", or "Y said": X (or Y) speaks in both; who spoke is no
    disagreement (each speaker joined by "and" to the one read speaks too)."""
    for one in alone:
        assert name_conflicts(language, both, one) == [], one


@pytest.mark.parametrize(
    ("language", "first", "second"),
    [
        pytest.param(
            "en",
            "He added that the ferry would sail again on Friday.",
            "Harbour master Lena Moss added that the ferry would sail again on Friday.",
            id="en-a-pronoun",
        ),
        pytest.param(
            "en",
            "The minister said the ferry would sail again on Friday.",
            "Lena Moss said the ferry would sail again on Friday.",
            id="en-an-office",
        ),
        pytest.param(
            "fr",
            "Le ferry reprendra la mer vendredi, a-t-il ajouté.",
            "Le ferry reprendra la mer vendredi, a ajouté le maire Paul Martin.",
            id="fr-a-pronoun",
        ),
        pytest.param(
            "de",
            "Die Fähre fahre am Freitag wieder, sagte der Minister.",
            "Die Fähre fahre am Freitag wieder, sagte Bürgermeister Hans Weber.",
            id="de-an-office",
        ),
        pytest.param(
            "ru",
            "По словам министра, паром выйдет в море в пятницу.",
            "По словам Ивана Петрова, паром выйдет в море в пятницу.",
            id="ru-an-office",
        ),
        pytest.param(
            "pl",
            "Jak dodał, prom wypłynie w piątek.",
            "Jan Nowak dodał, że prom wypłynie w piątek.",
            id="pl-no-subject",
        ),
    ],
)
def test_a_pronoun_or_an_office_alone_is_no_name(language: str, first: str, second: str) -> None:
    """ "He added", "the minister said": no one is named, so no one disagrees with the name the
    other outlet gives (the minister may be Lena Moss)."""
    assert name_conflicts(language, first, second) == []


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        pytest.param(
            "Lena Moss and Rhys Dunn said the ferry would sail again on Friday.",
            "Ann Lee said the ferry would sail again on Friday.",
            ("Lena Moss, Rhys Dunn", "Ann Lee"),
            id="two-against-another",
        ),
        pytest.param(
            "Asked about Lena Moss, Rhys Dunn said the ferry would sail again on Friday.",
            "Lena Moss said the ferry would sail again on Friday.",
            ("Rhys Dunn", "Lena Moss"),
            id="a-comma-joins-no-one",
        ),
    ],
)
def test_speakers_joined_by_and_still_disagree_with_another(
    first: str, second: str, conflict: tuple[str, ...]
) -> None:
    """Two speakers against a third still disagree, shown together; a comma without "and" makes no
    list ("Asked about Lena Moss, Rhys Dunn said": Dunn alone speaks)."""
    assert name_conflicts("en", first, second) == [conflict]


@pytest.mark.parametrize(
    ("language", "first", "second", "conflict"),
    [
        pytest.param(
            "fr",
            "Selon le ministère de l'Intérieur, quatre bateaux ont coulé dans le port.",
            "Selon la préfecture, quatre bateaux ont coulé dans le port.",
            ("ministère de l'Intérieur", "préfecture"),
            id="fr-selon",
        ),
        pytest.param(
            "de",
            "Laut Staatsanwaltschaft wurden vier Boote im Hafen versenkt.",
            "Laut Polizei wurden vier Boote im Hafen versenkt.",
            ("Staatsanwaltschaft", "Polizei"),
            id="de-laut",
        ),
        pytest.param(
            "es",
            "Según la fiscalía, cuatro barcos se hundieron en el puerto.",
            "Cuatro barcos se hundieron en el puerto, informó la policía.",
            ("fiscalía", "policía"),
            id="es-según-and-after-the-verb",
        ),
        pytest.param(
            "it",
            "La questura ha spiegato che quattro barche sono affondate nel porto.",
            "Secondo la procura, quattro barche sono affondate nel porto.",
            ("questura", "procura"),
            id="it-before-the-verb",
        ),
        pytest.param(
            "ru",
            "По данным МЧС, в порту затонули четыре лодки.",
            "По словам полиции, в порту затонули четыре лодки.",
            ("МЧС", "полиции"),
            id="ru-an-abbreviation",
        ),
        pytest.param(
            "pl",
            "Według policji w porcie zatonęły cztery łodzie.",
            "Prokuratura poinformowała, że w porcie zatonęły cztery łodzie.",
            ("policji", "Prokuratura"),
            id="pl",
        ),
        pytest.param(
            "en",
            "The interior ministry said four boats sank in the harbour.",
            "Four boats sank in the harbour, said police.",
            ("interior ministry", "police"),
            id="en",
        ),
        pytest.param(
            "en",
            "Four boats sank in the harbour, according to the Ministry of the Interior.",
            "The coastguard said four boats sank in the harbour.",
            ("Ministry of the Interior", "coastguard"),
            id="en-a-complement",
        ),
        pytest.param(
            "en",
            "The government said four boats sank in the harbour.",
            "Four boats sank in the harbour, the opposition party said.",
            ("government", "opposition party"),
            id="en-the-government-and-a-party",
        ),
        pytest.param(
            "en",
            "The Danish government said the new bridge would open to traffic in October.",
            "The new bridge will open to traffic in October, the Swedish government said.",
            ("Danish government", "Swedish government"),
            id="en-two-governments",
        ),
        pytest.param(
            "en",
            "The bridge will open to traffic in October, the transport ministry said.",
            "The finance ministry said the bridge would open to traffic in October.",
            ("transport ministry", "finance ministry"),
            id="en-two-ministries",
        ),
        pytest.param(
            "en",
            "The bridge will open to traffic in October, the Finance Ministry said.",
            "According to the Ministry of Transport, the bridge will open to traffic in October.",
            ("Finance Ministry", "Ministry of Transport"),
            id="en-two-ministries-named",
        ),
        pytest.param(
            "fr",
            "Selon le ministère des Finances, le pont ouvrira à la circulation en octobre.",
            "Le pont ouvrira à la circulation en octobre, selon le ministère des Transports.",
            ("ministère des Finances", "ministère des Transports"),
            id="fr-two-ministries",
        ),
    ],
)
def test_a_statement_of_other_bodies_is_a_name_conflict(
    language: str, first: str, second: str, conflict: tuple[str, ...]
) -> None:
    """A body as the speaker ("selon la préfecture", "laut Polizei", "по данным МЧС", "police said"):
    two bodies making one statement disagree on who made it."""
    assert name_conflicts(language, first, second) == [conflict]


@pytest.mark.parametrize(
    ("language", "first", "second"),
    [
        pytest.param(
            "fr",
            "Selon la préfecture, quatre bateaux ont coulé dans le port.",
            "La préfecture a indiqué que quatre bateaux ont coulé dans le port.",
            id="fr-one-body",
        ),
        pytest.param(
            "fr",
            "Selon le ministère de l'Intérieur, quatre bateaux ont coulé dans le port.",
            "Le ministre de l'Intérieur, Jean Dupont, a déclaré que quatre bateaux ont coulé dans le port.",
            id="fr-a-body-and-a-person",
        ),
        pytest.param(
            "fr",
            "Selon le porte-parole de la police, quatre bateaux ont coulé dans le port.",
            "Selon la préfecture, quatre bateaux ont coulé dans le port.",
            id="fr-a-spokesman",
        ),
        pytest.param(
            "de",
            "Laut Polizei, die sich auf die Staatsanwaltschaft beruft, wurden vier Boote versenkt.",
            "Laut Staatsanwaltschaft wurden vier Boote versenkt.",
            id="de-a-body-the-other-names",
        ),
        pytest.param(
            "en",
            "A police spokesman said four boats sank in the harbour.",
            "The interior ministry said four boats sank in the harbour.",
            id="en-a-spokesman",
        ),
        pytest.param(
            "en",
            "The company said four of its boats sank in the harbour.",
            "The ferry operator said four of its boats sank in the harbour.",
            id="en-a-company-by-its-kind",
        ),
        pytest.param(
            "en",
            "Lena Moss's office said four boats sank in the harbour.",
            "The coastguard said four boats sank in the harbour.",
            id="en-someone-s-office",
        ),
        pytest.param(
            "en",
            "The skipper told police four boats sank in the harbour.",
            "The coastguard said four boats sank in the harbour.",
            id="en-told-police",
        ),
        pytest.param(
            "en",
            "Four boats sank in the harbour, Lena Moss said on television.",
            "Four boats sank in the harbour, the coastguard said.",
            id="en-said-on-television",
        ),
        pytest.param(
            "en",
            "The government said four boats sank in the harbour.",
            "The transport ministry said four boats sank in the harbour.",
            id="en-the-government-and-a-ministry",
        ),
        pytest.param(
            "de",
            "Laut Bundesregierung wurden vier Boote versenkt.",
            "Laut Verkehrsministerium wurden vier Boote versenkt.",
            id="de-the-government-and-a-ministry",
        ),
        pytest.param(
            "fr",
            "Selon le gouvernement, quatre bateaux ont coulé dans le port.",
            "Selon le ministère des Transports, quatre bateaux ont coulé dans le port.",
            id="fr-the-government-and-a-ministry",
        ),
        pytest.param(
            "en",
            "The government said the new bridge would open to traffic in October.",
            "The new bridge will open to traffic in October, the Danish government said.",
            id="en-a-government-and-the-government-named",
        ),
        pytest.param(
            "en",
            "The bridge will open to traffic in October, the Ministry of Transport said.",
            "The transport ministry said the bridge would open to traffic in October.",
            id="en-one-ministry-in-two-ways",
        ),
        pytest.param(
            "en",
            "Local police said the bridge was closed for six hours.",
            "The bridge was closed for six hours, police said.",
            id="en-local-police-and-police",
        ),
        pytest.param(
            "en",
            "The new government said the bridge would open to traffic in October.",
            "The Danish government said the bridge would open to traffic in October.",
            id="en-the-new-government-and-a-government-named",
        ),
        pytest.param(
            "fr",
            "Selon la préfecture, le pont a été fermé pendant six heures.",
            "Le pont a été fermé pendant six heures, selon la préfecture de la Gironde.",
            id="fr-a-body-and-the-body-named",
        ),
    ],
)
def test_a_body_s_statement_against_one_body_or_a_person_is_no_name_conflict(
    language: str, first: str, second: str
) -> None:
    """A body and a person are not compared (a ministry speaks through its minister, a force through
    its spokesman), nor are one body's two names ("selon la préfecture", "la préfecture a indiqué"),
    a body the other article names too, a company named by its kind, someone's office, or the
    body a statement is made to ("told police")."""
    assert name_conflicts(language, first, second) == []


def test_a_body_told_by_its_kind_alone_joins_no_two_others() -> None:
    """ "the coastguard" may be either outlet's, but the Danish and the Swedish coastguard are two:
    each article's own body is no other's it names."""
    assert name_conflicts(
        "en",
        "The Danish coastguard said the ferry ran aground with 212 people on board.",
        "The ferry ran aground with 212 people on board, the coastguard said.",
        "The Swedish coastguard said the ferry ran aground with 212 people on board.",
    ) == [("Danish coastguard", "coastguard", "Swedish coastguard")]


@pytest.mark.parametrize(
    ("language", "first", "second", "conflict"),
    [
        pytest.param(
            "en",
            "The coastguard towed the trawler to Hallby overnight, the transport ministry said.",
            "The coastguard towed the trawler to Hallby overnight, the coastguard said.",
            ("transport ministry", "coastguard"),
            id="en-the-doer-speaks-in-the-other",
        ),
        pytest.param(
            "en",
            "The army has evacuated 300 villagers, the regional council said.",
            "About 300 villagers were evacuated, according to the army.",
            ("regional council", "army"),
            id="en-after-an-auxiliary",
        ),
        pytest.param(
            "fr",
            "La gendarmerie a évacué 300 habitants, selon la préfecture.",
            "Trois cents habitants ont été évacués, a indiqué la gendarmerie.",
            ("préfecture", "gendarmerie"),
            id="fr-the-doer-speaks-in-the-other",
        ),
        pytest.param(
            "de",
            "Die Feuerwehr evakuierte 300 Bewohner, sagte das Innenministerium.",
            "Laut Feuerwehr wurden rund 300 Bewohner evakuiert.",
            ("Innenministerium", "Feuerwehr"),
            id="de-the-doer-speaks-in-the-other",
        ),
    ],
)
def test_a_body_that_does_the_deed_is_no_speaker(
    language: str, first: str, second: str, conflict: tuple[str, ...]
) -> None:
    """The speaker of a sentence is the one its attribution names: a body that is the subject of
    another verb ("The coastguard towed the trawler") did the deed, and may not be the other
    outlet's speaker the article names."""
    assert name_conflicts(language, first, second) == [conflict]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        pytest.param("en", "Ivo Kranz closed the port, police said.", id="en"),
        pytest.param("en", "Ivo Kranz closed the port, according to police.", id="en-according"),
        pytest.param("fr", "Ivo Kranz a fermé le port, a indiqué la préfecture.", id="fr"),
    ],
)
def test_a_person_who_does_the_deed_is_no_speaker(language: str, text: str) -> None:
    """ "Ivo Kranz closed the port, police said": the person who did the deed is not who
    said it, when the attribution names its own speaker."""
    fact = extract(Sentence(article=0, index=0, paragraph=0, text=text), language)
    assert reported_by(fact) is None


@pytest.mark.parametrize(
    "text",
    [
        "Ivo Kranz closed the port, he said.",
        "Ivo Kranz closed it and said it would reopen.",
        "Ivo Kranz closed the port, said Lena Moss.",
    ],
)
def test_a_doer_who_speaks_or_another_speaker_is_read(text: str) -> None:
    """The doer is the speaker when the attribution names no other (a pronoun, "and said"); a named
    speaker after the verb is read as before."""
    fact = extract(Sentence(article=0, index=0, paragraph=0, text=text), "en")
    assert reported_by(fact) == ("Lena Moss" if "Lena" in text else "Ivo Kranz")


@pytest.mark.parametrize(
    ("language", "first", "second"),
    [
        pytest.param(
            "en",
            "The coastguard said it towed the trawler to Hallby overnight.",
            "The coastguard towed the trawler to Hallby overnight, a spokeswoman said.",
            id="en-the-doer-s-spokeswoman",
        ),
        pytest.param(
            "en",
            "The ministry, citing the coastguard, said the trawler was towed to Hallby.",
            "The coastguard said the trawler was towed to Hallby.",
            id="en-citing-a-body",
        ),
        pytest.param(
            "en",
            "According to coastguard figures, 40 migrants were on board, the ministry said.",
            "The coastguard said 40 migrants were on board.",
            id="en-a-body-s-figures",
        ),
        pytest.param(
            "fr",
            "Selon la gendarmerie, qui a évacué 300 habitants, le feu est maîtrisé.",
            "Le feu est maîtrisé, a indiqué la gendarmerie.",
            id="fr-the-doer-speaks",
        ),
    ],
)
def test_a_body_that_speaks_or_is_cited_stays_named(language: str, first: str, second: str) -> None:
    """A body cited by the speaker, or the doer's own spokesman, is still the other outlet's speaker."""
    assert name_conflicts(language, first, second) == []


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        pytest.param(
            "The Kremlin said the talks would resume in Geneva on Monday.",
            "The talks will resume in Geneva on Monday, the White House said.",
            [("Kremlin", "White House")],
            id="two-governments-by-their-seats",
        ),
        pytest.param(
            "Downing Street said the talks would resume in Geneva on Monday.",
            "The talks will resume in Geneva on Monday, the Kremlin said.",
            [("Downing Street", "Kremlin")],
            id="downing-street-and-the-kremlin",
        ),
        pytest.param(
            "The WHO said 85 cases of cholera had been confirmed in the port.",
            "The health ministry said 85 cases of cholera had been confirmed in the port.",
            [("WHO", "health ministry")],
            id="an-abbreviation-and-a-ministry",
        ),
        pytest.param(
            "The Kremlin said the talks would resume in Geneva on Monday.",
            "The talks will resume in Geneva on Monday, the Russian government said.",
            [],
            id="the-kremlin-is-the-russian-government",
        ),
        pytest.param(
            "The Pentagon said the talks would resume in Geneva on Monday.",
            "The talks will resume in Geneva on Monday, the White House said.",
            [],
            id="a-ministry-and-its-government-by-their-seats",
        ),
        pytest.param(
            "The Pentagon said the talks would resume in Geneva on Monday.",
            "The talks will resume in Geneva on Monday, the Defense Department said.",
            [],
            id="a-ministry-by-its-seat-and-its-name",
        ),
        pytest.param(
            "Downing Street said the talks would resume in Geneva on Monday.",
            "Prime Minister Ann Lee said the talks would resume in Geneva on Monday.",
            [],
            id="a-seat-is-no-person",
        ),
        pytest.param(
            "The WHO said 85 cases of cholera had been confirmed in the port.",
            "The UN said 85 cases of cholera had been confirmed in the port.",
            [],
            id="a-body-and-the-body-it-is-part-of",
        ),
        pytest.param(
            "The WHO said 85 cases of cholera had been confirmed in the port.",
            "According to the World Health Organization, 85 cases of cholera were confirmed in the port.",
            [],
            id="a-body-and-its-abbreviation",
        ),
    ],
)
def test_bodies_known_by_a_name_speak(first: str, second: str, conflict: list[tuple[str, ...]]) -> None:
    """A place that stands for a government ("the Kremlin", "Downing Street") and an abbreviation
    ("the WHO") speak as bodies: two governments disagree, a government and its own seat do not,
    nor a body and the one it is part of ("the WHO", "the UN") or its name written out."""
    assert name_conflicts("en", first, second) == conflict


@pytest.mark.parametrize(
    ("language", "first", "second", "conflict"),
    [
        pytest.param(
            "en",
            "The Ministry of Transport said the ferry link would reopen on Friday.",
            "The ferry link will reopen on Friday, the coastguard said.",
            [("Ministry of Transport", "coastguard")],
            id="en-a-complement-before-the-verb",
        ),
        pytest.param(
            "en",
            "The Ministry of Transport said the ferry link would reopen on Friday.",
            "The ferry link will reopen on Friday, the transport ministry said.",
            [],
            id="en-one-ministry-in-two-ways",
        ),
        pytest.param(
            "en",
            "The Treasury said the budget gap narrowed to 2.1% in May.",
            "The budget gap narrowed to 2.1% in May, the interior ministry said.",
            [("Treasury", "interior ministry")],
            id="en-the-treasury",
        ),
        pytest.param(
            "en",
            "The Treasury said the budget gap narrowed to 2.1% in May.",
            "The budget gap narrowed to 2.1% in May, the finance ministry said.",
            [],
            id="en-the-treasury-is-the-finance-ministry",
        ),
        pytest.param(
            "en",
            "The Red Cross said 60 families were moved to the school gym.",
            "Sixty families were moved to the school gym, the council said.",
            [("Red Cross", "council")],
            id="en-the-red-cross",
        ),
        pytest.param(
            "en",
            "Prosecutors said the driver was charged with careless driving.",
            "The driver was charged with careless driving, police said.",
            [("Prosecutors", "police")],
            id="en-prosecutors",
        ),
        pytest.param(
            "de",
            "Der Kreml teilte mit, die Gespräche würden am Montag in Genf fortgesetzt.",
            "Das Weiße Haus teilte mit, die Gespräche würden am Montag in Genf fortgesetzt.",
            [("Kreml", "Weiße Haus")],
            id="de-der-kreml",
        ),
        pytest.param(
            "fr",
            "La Croix-Rouge a indiqué que 60 familles ont été relogées dans le gymnase.",
            "Selon la mairie, 60 familles ont été relogées dans le gymnase.",
            [("Croix-Rouge", "mairie")],
            id="fr-la-croix-rouge",
        ),
    ],
)
def test_a_body_named_in_full_before_its_verb_speaks(
    language: str, first: str, second: str, conflict: list[tuple[str, ...]]
) -> None:
    """ "The Ministry of Transport said", "the Treasury said", "the Red Cross said", "prosecutors said",
    "der Kreml teilte mit": a body named by its full name before its verb is read as the speaker."""
    assert name_conflicts(language, first, second) == conflict


def test_two_governments_with_a_ministry_still_disagree() -> None:
    """A ministry's statement is its government's, but the Kremlin's is not the White House's."""
    assert name_conflicts(
        "en",
        "The Kremlin said the talks would resume in Geneva on Monday.",
        "The talks will resume in Geneva on Monday, the White House said.",
        "The Pentagon said the talks would resume in Geneva on Monday.",
    ) == [("Kremlin", "White House", "Pentagon")]


def test_people_who_share_only_a_particle_are_a_name_conflict() -> None:
    """ "de" is no name word: "Mark de Wit" and "Anne de Vries" share none."""
    assert name_conflicts(
        "nl",
        "De curator, Mark de Wit, zoekt een koper voor de werf.",
        "De curator, Anne de Vries, zoekt een koper voor de werf.",
    ) == [("Mark de Wit", "Anne de Vries")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        pytest.param("ru", "По словам Ивана Петрова, дорогу закроют в пятницу.", id="ru"),
        pytest.param("fr", "Selon le porte-parole de la police, trois bateaux ont coulé.", id="fr"),
        pytest.param("en", "According to Lena Moss, police closed the harbour.", id="en"),
    ],
)
def test_who_a_statement_is_reported_from_does_no_deed(language: str, text: str) -> None:
    """The name after "по словам", "selon", "according to" speaks; the word after it and a comma is
    not its verb ("дорогу", "trois", "police")."""
    fact = extract(Sentence(article=0, index=0, paragraph=0, text=text), language)
    assert acted_by(fact) is None
    assert body_acted_by(fact) is None


@pytest.mark.parametrize(
    ("language", "both", "other", "conflict"),
    [
        pytest.param(
            "en",
            "Lena Moss and Rhys Dunn said the ferry would sail again on Friday.",
            "Ann Lee said the ferry would sail again on Friday.",
            ("Lena Moss, Rhys Dunn", "Ann Lee"),
            id="en",
        ),
        pytest.param(
            "es",
            "Marta Gil y Raúl Soto dijeron que el ferry zarpará el viernes.",
            "Elena Ruiz dijo que el ferry zarpará el viernes.",
            ("Marta Gil, Raúl Soto", "Elena Ruiz"),
            id="es-dijeron",
        ),
        pytest.param(
            "es",
            "Marta Gil y Raúl Soto aseguraron que el ferry zarpará el viernes.",
            "Elena Ruiz aseguró que el ferry zarpará el viernes.",
            ("Marta Gil, Raúl Soto", "Elena Ruiz"),
            id="es-aseguraron",
        ),
        pytest.param(
            "pt",
            "Rita Neves e Hugo Faria disseram que o ferry parte na sexta-feira.",
            "Sara Lopes disse que o ferry parte na sexta-feira.",
            ("Hugo Faria, Rita Neves", "Sara Lopes"),
            id="pt-disseram",
        ),
        pytest.param(
            "it",
            "Sara Galli e Paolo Conti spiegano che il traghetto ripartirà venerdì.",
            "Anna Ferri spiega che il traghetto ripartirà venerdì.",
            ("Paolo Conti, Sara Galli", "Anna Ferri"),
            id="it-spiegano",
        ),
        pytest.param(
            "de",
            "Lena Vogt und Jonas Brandt erklärten, die Fähre fahre am Freitag wieder.",
            "Eva Roth erklärte, die Fähre fahre am Freitag wieder.",
            ("Jonas Brandt, Lena Vogt", "Eva Roth"),
            id="de-erklärten",
        ),
        pytest.param(
            "fr",
            "Claire Roux et Marc Petit affirment que le ferry reprendra la mer vendredi.",
            "Julie Blanc affirme que le ferry reprendra la mer vendredi.",
            ("Claire Roux, Marc Petit", "Julie Blanc"),
            id="fr-affirment",
        ),
        pytest.param(
            "nl",
            "Sanne Bos en Daan Smit verklaarden dat de veerboot vrijdag weer vaart.",
            "Eva Mulder verklaarde dat de veerboot vrijdag weer vaart.",
            ("Daan Smit, Sanne Bos", "Eva Mulder"),
            id="nl-verklaarden",
        ),
        pytest.param(
            "pl",
            "Anna Zając i Marek Wróbel oświadczyli, że prom wypłynie w piątek.",
            "Ewa Lis oświadczyła, że prom wypłynie w piątek.",
            ("Anna Zając, Marek Wróbel", "Ewa Lis"),
            id="pl-oświadczyli",
        ),
        pytest.param(
            "ru",
            "Анна Орлова и Павел Зуев сообщили, что паром выйдет в пятницу.",
            "Ольга Белова сообщила, что паром выйдет в пятницу.",
            ("Анна Орлова, Павел Зуев", "Ольга Белова"),
            id="ru-сообщили",
        ),
    ],
)
def test_speakers_in_the_plural_are_speakers(
    language: str, both: str, other: str, conflict: tuple[str, ...]
) -> None:
    """ "dijeron", "erklärten", "verklaarden", "affirment", "oświadczyli": a verb of saying in the
    plural attributed nothing in some languages, so two speakers against a third showed no
    disagreement, as English "X and Y said" against "Z said" does (the names in the order of the
    alphabet)."""
    assert name_conflicts(language, both, other) == [conflict]


@pytest.mark.parametrize(
    ("language", "text", "doer", "verb"),
    [
        pytest.param(
            "fr", "Le musée rouvrira, a tranché le préfet Paul Morel mardi.", "Paul Morel", "tranché", id="fr"
        ),
        pytest.param(
            "fr", "Le musée rouvrira, a décidé hier la maire Anne Roy.", "Anne Roy", "décidé", id="fr-before"
        ),
        pytest.param(
            "it",
            "Il museo riaprirà, ha deciso il prefetto Carlo Neri lunedì.",
            "Carlo Neri",
            "deciso",
            id="it",
        ),
        pytest.param(
            "it",
            "Il museo riaprirà, ha deciso il prefetto Carlo Neri ieri.",
            "Carlo Neri",
            "deciso",
            id="it-ieri",
        ),
        pytest.param(
            "nl",
            "Het museum gaat open, besliste gouverneur Kees Bakker maandag.",
            "Kees Bakker",
            "besliste",
            id="nl",
        ),
        pytest.param(
            "es",
            "El museo reabrirá, decidió el gobernador Raúl Vega el lunes.",
            "Raúl Vega",
            "decidió",
            id="es",
        ),
        pytest.param(
            "pt",
            "O museu reabre, decidiu o governador Rui Matos na segunda-feira.",
            "Rui Matos",
            "decidiu",
            id="pt",
        ),
        pytest.param(
            "de",
            "Das Museum öffnet wieder, entschied Landrat Uwe Krause am Montag.",
            "Landrat Uwe Krause",
            "entschied",
            id="de",
        ),
    ],
)
def test_a_doer_after_the_verb_followed_by_a_time_is_read(
    language: str, text: str, doer: str, verb: str
) -> None:
    """ "a tranché le préfet Paul Morel mardi": the day after the name was taken for its verb
    ("mard"), or, where an article or a preposition opens it ("el lunes", "am Montag"), the name
    was not read as ending its clause, and no deed was read: a time after the subject is no verb."""
    fact = extract(Sentence(article=0, index=0, paragraph=0, text=text), language)
    assert acted_by(fact) == (doer, stem_words([verb], language)[0])


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param(
            "es",
            "La feria abrirá en junio, dijo a los periodistas el alcalde Ramón Ortiz.",
            "Ramón Ortiz",
            id="es",
        ),
        pytest.param(
            "es",
            "La feria abrirá en junio, anunció a la prensa el alcalde Ramón Ortiz.",
            "Ramón Ortiz",
            id="es-la",
        ),
        pytest.param(
            "fr",
            "La foire ouvrira en juin, a déclaré aux journalistes le maire Hugo Lemoine.",
            "Hugo Lemoine",
            id="fr",
        ),
        pytest.param(
            "fr",
            "La foire ouvrira en juin, a annoncé à la presse le maire Hugo Lemoine.",
            "Hugo Lemoine",
            id="fr-la",
        ),
        pytest.param(
            "it",
            "La fiera aprirà a giugno, ha detto ai giornalisti il sindaco Piero Galli.",
            "Piero Galli",
            id="it",
        ),
        pytest.param(
            "pt", "A feira abre em junho, disse aos jornalistas o prefeito Davi Lopes.", "Davi Lopes", id="pt"
        ),
        pytest.param(
            "de",
            "Die Messe öffnet im Juni, sagte den Journalisten Bürgermeister Lutz Brandt.",
            "Bürgermeister Lutz Brandt",
            id="de",
        ),
        pytest.param(
            "de",
            "Die Messe öffnet im Juni, sagte gegenüber der Presse Bürgermeister Lutz Brandt.",
            "Bürgermeister Lutz Brandt",
            id="de-gegenüber",
        ),
        pytest.param(
            "nl",
            "De beurs opent in juni, zei tegen verslaggevers burgemeester Wim Post.",
            "Wim Post",
            id="nl",
        ),
        pytest.param(
            "ru", "Ярмарка откроется в июне, сообщил журналистам мэр Павел Орлов.", "Павел Орлов", id="ru"
        ),
        pytest.param(
            "pl", "Targi ruszą w czerwcu, powiedział dziennikarzom burmistrz Adam Sowa.", "Adam Sowa", id="pl"
        ),
        pytest.param(
            "es",
            "La feria abrirá en junio, dijo a los periodistas locales el alcalde Ramón Ortiz.",
            "Ramón Ortiz",
            id="es-an-adjective",
        ),
        pytest.param(
            "fr",
            "La foire ouvrira en juin, a déclaré aux journalistes présents le maire Hugo Lemoine.",
            "Hugo Lemoine",
            id="fr-an-adjective",
        ),
        pytest.param(
            "it",
            "La fiera aprirà a giugno, ha detto ai giornalisti locali il sindaco Piero Galli.",
            "Piero Galli",
            id="it-an-adjective",
        ),
        pytest.param(
            "pt",
            "A feira abre em junho, disse aos jornalistas presentes o prefeito Davi Lopes.",
            "Davi Lopes",
            id="pt-an-adjective",
        ),
    ],
)
def test_the_one_spoken_to_between_verb_and_speaker_is_read_past(
    language: str, text: str, speaker: str
) -> None:
    """ "dijo a los periodistas el alcalde Ramón Ortiz": the one spoken to, between the verb of saying
    and its subject, was taken for the verb of the deed ("period", "journal", "giornal"), put the
    speaker out of the verb's reach (no speaker in Spanish) or into the name (German "Journalisten
    Bürgermeister Lutz Brandt"): it is read past, and a verb of saying is no deed."""
    fact = extract(Sentence(article=0, index=0, paragraph=0, text=text), language)
    assert (reported_by(fact), acted_by(fact)) == (speaker, None)


@pytest.mark.parametrize(
    ("language", "text", "doer", "verb"),
    [
        pytest.param(
            "es",
            "La feria abrirá, decidió ante los vecinos el alcalde Ramón Ortiz.",
            "Ramón Ortiz",
            "decidió",
            id="es",
        ),
        pytest.param(
            "fr",
            "La foire ouvrira, a tranché devant les élus le maire Hugo Lemoine.",
            "Hugo Lemoine",
            "tranché",
            id="fr",
        ),
        pytest.param(
            "it",
            "La fiera aprirà, ha deciso davanti ai consiglieri il sindaco Piero Galli.",
            "Piero Galli",
            "deciso",
            id="it",
        ),
        pytest.param(
            "nl",
            "De beurs gaat open, besliste burgemeester Wim Post tegen de raad.",
            "Wim Post",
            "besliste",
            id="nl-after",
        ),
    ],
)
def test_the_one_spoken_to_is_no_verb_of_the_deed(language: str, text: str, doer: str, verb: str) -> None:
    """ "decidió ante los vecinos el alcalde": the deed's verb is the one before the one spoken to, and
    a phrase of the one spoken to after the doer ends the clause as a time does ("tegen de raad")."""
    fact = extract(Sentence(article=0, index=0, paragraph=0, text=text), language)
    assert acted_by(fact) == (doer, stem_words([verb], language)[0])


@pytest.mark.parametrize(
    ("language", "text"),
    [
        pytest.param("de", "Die Messe öffnet, sagte ein Sprecher dem Bayerischen Rundfunk.", id="de-dem"),
        pytest.param(
            "de", "„Die Messe öffnet im Juni“, sagte eine Sprecherin dem Roten Kreuz.", id="de-quoted"
        ),
        pytest.param("es", "La feria abrirá en junio, dijo un portavoz a Radio Nacional.", id="es-a"),
        pytest.param("fr", "La foire ouvrira, a déclaré un porte-parole à Radio Lorraine.", id="fr-à"),
        pytest.param("it", "La fiera aprirà a giugno, ha detto un portavoce a Radio Toscana.", id="it-a"),
    ],
)
def test_the_one_spoken_to_after_the_speaker_is_no_speaker(language: str, text: str) -> None:
    """ "sagte ein Sprecher dem Bayerischen Rundfunk": the name in the dative after the verb is the one
    spoken to, as "sagte er der Zeitung", not who spoke."""
    fact = extract(Sentence(article=0, index=0, paragraph=0, text=text), language)
    assert reported_by(fact) is None
    assert all(q.speaker is None for q in fact.quotes)


def test_a_source_in_the_dative_after_an_attribution_preposition_speaks() -> None:
    """ "laut dem Innenminister Hans Weber": the dative after "laut" is the source, not one spoken to."""
    text = "Laut dem Innenminister Hans Weber bleibt die Straße bis Freitag gesperrt."
    fact = extract(Sentence(article=0, index=0, paragraph=0, text=text), "de")
    assert reported_by(fact) == "Innenminister Hans Weber"


def test_a_speaker_read_past_the_one_spoken_to_meets_another() -> None:
    """The speaker read past "a los periodistas" is compared: another speaker is a name conflict, the
    same one none."""
    spoken_to = "La feria abrirá en junio, dijo a los periodistas el alcalde Ramón Ortiz."
    assert name_conflicts("es", spoken_to, "La feria abrirá en junio, dijo el alcalde Ramón Ortiz.") == []
    assert name_conflicts("es", spoken_to, "La feria abrirá en junio, dijo la concejala Elena Ruiz.") == [
        ("Ramón Ortiz", "Elena Ruiz")
    ]


@pytest.mark.parametrize(
    ("language", "first", "second", "conflict"),
    [
        pytest.param(
            "de",
            "Polizeisprecher Jörg Haas sagte, die Kreuzung bleibe bis Freitag gesperrt.",
            "Polizeisprecher Timo Lenz sagte, die Kreuzung bleibe bis Freitag gesperrt.",
            [("Jörg Haas", "Timo Lenz")],
            id="de-two",
        ),
        pytest.param(
            "de",
            "Innenministerin Vera Stolz sagte, die Kreuzung bleibe bis Freitag gesperrt.",
            "Innenministerin Petra Adler sagte, die Kreuzung bleibe bis Freitag gesperrt.",
            [("Vera Stolz", "Petra Adler")],
            id="de-two-women",
        ),
        pytest.param(
            "de",
            "Polizeisprecher Jörg Haas sagte, die Kreuzung bleibe bis Freitag gesperrt.",
            "Jörg Haas sagte, die Kreuzung bleibe bis Freitag gesperrt.",
            [],
            id="de-one",
        ),
        pytest.param(
            "nl",
            "Politiewoordvoerder Sem Kok zei dat de kruising tot vrijdag dicht blijft.",
            "Politiewoordvoerder Bram Vos zei dat de kruising tot vrijdag dicht blijft.",
            [("Sem Kok", "Bram Vos")],
            id="nl-two",
        ),
    ],
)
def test_a_compound_office_is_no_name_word(
    language: str, first: str, second: str, conflict: list[tuple[str, ...]]
) -> None:
    """ "Polizeisprecher Jörg Haas" and "Polizeisprecher Timo Lenz" shared the word of their office,
    which German writes as one with its field, and were read as one person; an office, a compound
    ending in a title of the language's table, is no name word, as "police spokesman" is none in
    English."""
    assert name_conflicts(language, first, second) == conflict


@pytest.mark.parametrize(
    ("language", "first", "second", "conflict"),
    [
        pytest.param(
            "en",
            "The minister said the tunnel would reopen in May.",
            "The tunnel will reopen in May, the mayor said.",
            [("the minister", "the mayor")],
            id="en",
        ),
        pytest.param(
            "en",
            "According to the governor, the tunnel will reopen in May.",
            "The tunnel will reopen in May, said the mayor.",
            [("the governor", "the mayor")],
            id="en-after",
        ),
        pytest.param(
            "fr",
            "Selon le préfet, le tunnel rouvrira en mai.",
            "Selon le maire, le tunnel rouvrira en mai.",
            [("préfet", "maire")],
            id="fr",
        ),
        pytest.param(
            "es",
            "El túnel reabrirá en mayo, dijo el alcalde.",
            "El túnel reabrirá en mayo, dijo el gobernador.",
            [("alcalde", "gobernador")],
            id="es",
        ),
        pytest.param(
            "en",
            "The spokesman said the tunnel would reopen in May.",
            "The tunnel will reopen in May, the spokeswoman said.",
            [],
            id="en-one-office",
        ),
        pytest.param(
            "en",
            "The interior minister said the tunnel would reopen in May.",
            "The minister said the tunnel would reopen in May.",
            [],
            id="en-one-minister",
        ),
        pytest.param(
            "en",
            "The prime minister said the tunnel would reopen in May.",
            "The mayor said the tunnel would reopen in May.",
            [("the prime minister", "the mayor")],
            id="en-an-office-shown-whole",
        ),
        pytest.param(
            "en",
            "The deputy mayor said the tunnel would reopen in May.",
            "The mayor said the tunnel would reopen in May.",
            [("the deputy mayor", "the mayor")],
            id="en-a-deputy-is-another-speaker",
        ),
        pytest.param(
            "en",
            "The new minister said the tunnel would reopen in May.",
            "The minister said the tunnel would reopen in May.",
            [],
            id="en-a-new-minister-is-the-minister",
        ),
        pytest.param(
            "en",
            "The health minister said the tunnel would reopen in May.",
            "The tunnel will reopen in May, the transport minister said.",
            [("the health minister", "the transport minister")],
            id="en-two-ministers",
        ),
        pytest.param(
            "en",
            "The defence secretary said the frigates would sail in May.",
            "The frigates will sail in May, the defence minister said.",
            [],
            id="en-a-secretary-of-a-ministry-is-its-minister",
        ),
        pytest.param(
            "en",
            "The home secretary said the frigates would sail in May.",
            "The frigates will sail in May, the interior minister said.",
            [],
            id="en-the-home-secretary-is-an-interior-minister",
        ),
        pytest.param(
            "en",
            "The permanent secretary said the frigates would sail in May.",
            "The frigates will sail in May, the minister said.",
            [("the permanent secretary", "the minister")],
            id="en-a-secretary-of-another-kind",
        ),
        pytest.param(
            "en",
            "The defence secretary said the frigates would sail in May.",
            "The frigates will sail in May, the foreign minister said.",
            [("the defence secretary", "the foreign minister")],
            id="en-a-secretary-and-another-minister",
        ),
        pytest.param(
            "en",
            "The prime minister said the tunnel would reopen in May.",
            "The tunnel will reopen in May, the finance minister said.",
            [("the prime minister", "the finance minister")],
            id="en-the-prime-minister-and-a-minister",
        ),
        pytest.param(
            "en",
            "The acting transport minister said the tunnel would reopen in May.",
            "The tunnel will reopen in May, the transport minister said.",
            [],
            id="en-one-minister-told-twice",
        ),
        pytest.param(
            "en",
            "The acting minister said the tunnel would reopen in May.",
            "The tunnel will reopen in May, the transport minister said.",
            [],
            id="en-an-acting-minister-is-any",
        ),
        pytest.param(
            "en",
            "The tunnel will reopen in May, the council's spokeswoman said.",
            "A council spokeswoman said the tunnel would reopen in May.",
            [],
            id="en-one-office-told-in-the-possessive",
        ),
        pytest.param(
            "en",
            "He said the tunnel would reopen in May.",
            "The mayor said the tunnel would reopen in May.",
            [],
            id="en-a-pronoun",
        ),
        pytest.param(
            "en",
            "The minister said the tunnel would reopen in May.",
            "Mayor Ida Lund said the tunnel would reopen in May.",
            [],
            id="en-a-named-person",
        ),
    ],
)
def test_two_offices_alone_as_speakers_are_compared(
    language: str, first: str, second: str, conflict: list[tuple[str, ...]]
) -> None:
    """ "the minister said" against "the mayor said": two offices, two speakers, as the labelling
    guide counts it; an office against a pronoun or a named person is none (the minister may be Ida
    Lund), nor are two words of one office."""
    assert name_conflicts(language, first, second) == conflict


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        pytest.param(
            "The Justice Department said the lender would pay a $640 million penalty.",
            "The Department of Justice said the lender would pay a $640 million penalty.",
            [],
            id="a-department-told-by-a-title-word",
        ),
        pytest.param(
            "The Justice Department said the lender would pay a $640 million penalty.",
            "The State Department said the lender would pay a $640 million penalty.",
            [("Justice Department", "State Department")],
            id="two-departments",
        ),
        pytest.param(
            "The defense ministry said nine missiles were intercepted over the coast.",
            "The Ministry of Defence said nine missiles were intercepted over the coast.",
            [],
            id="american-and-british-spelling",
        ),
        pytest.param(
            "The labor ministry said the jobless rate fell to 4.1% in June.",
            "The labour ministry said the jobless rate fell to 4.1% in June.",
            [],
            id="labor-and-labour",
        ),
        pytest.param(
            "The Home Office said 880 people were stopped at the border in August.",
            "The interior ministry said 880 people were stopped at the border in August.",
            [],
            id="the-home-office-is-an-interior-ministry",
        ),
        pytest.param(
            "The Home Office said 880 people were stopped at the border in August.",
            "The foreign ministry said 880 people were stopped at the border in August.",
            [("Home Office", "foreign ministry")],
            id="the-home-office-and-a-foreign-ministry",
        ),
        pytest.param(
            "The coast guard said 31 people were pulled from the water.",
            "The coastguard said 31 people were pulled from the water.",
            [],
            id="two-words-and-one",
        ),
        pytest.param(
            "The coast guard said 31 people were pulled from the water.",
            "The navy said 31 people were pulled from the water.",
            [("coast guard", "navy")],
            id="a-coast-guard-and-a-navy",
        ),
    ],
)
def test_one_body_written_two_ways_is_one_speaker(
    first: str, second: str, conflict: list[tuple[str, ...]]
) -> None:
    """Outlets name one body in words that differ in order, spelling or kind ("the Justice
    Department", "the Department of Justice"): one speaker; two bodies told apart still disagree."""
    assert name_conflicts("en", first, second) == conflict


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        pytest.param(
            "NATO said it would send 2,000 more troops to the eastern flank.",
            "The alliance said it would send 2,000 more troops to the eastern flank.",
            [],
            id="an-abbreviation-and-a-kind",
        ),
        pytest.param(
            "The ECB kept its deposit rate at 3% on Thursday.",
            "The central bank kept its deposit rate at 3% on Thursday, it said.",
            [],
            id="a-bank-by-its-initials-and-by-its-kind",
        ),
        pytest.param(
            "The ICRC said 300 families had been moved to safety.",
            "The Red Cross said 300 families had been moved to safety.",
            [],
            id="initials-that-hold-the-others",
        ),
        pytest.param(
            "The emergency services said four people were taken to hospital.",
            "Four people were taken to hospital, the ambulance service said.",
            [],
            id="emergency-services-are-any-service",
        ),
        pytest.param(
            "The ICRC said 300 families had been moved to safety.",
            "The WHO said 300 families had been moved to safety.",
            [("ICRC", "WHO")],
            id="two-abbreviations-still-differ",
        ),
        pytest.param(
            "The fire service said four people were taken to hospital.",
            "Four people were taken to hospital, the ambulance service said.",
            [("fire service", "ambulance service")],
            id="two-services-told-apart",
        ),
    ],
)
def test_a_body_by_its_initials_or_its_kind_alone_may_be_another(
    first: str, second: str, conflict: list[tuple[str, ...]]
) -> None:
    """ "NATO" against "the alliance", "the ECB" against "the central bank", "the ICRC" against "the
    Red Cross" were name conflicts (review22): an abbreviation tells no kind, so a body named by its
    kind alone may be it, and initials that hold another's are its own; "emergency services" may be
    any of them."""
    assert name_conflicts("en", first, second) == conflict


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param(
            "The authorities said the bridge would reopen on Monday.",
            "The bridge will reopen on Monday, the highways authority said.",
            id="authorities-and-an-authority",
        ),
        pytest.param(
            "The agencies said the bridge would reopen on Monday.",
            "The bridge will reopen on Monday, the highways agency said.",
            id="agencies-and-an-agency",
        ),
    ],
)
def test_a_kind_in_a_plural_of_ies_is_its_singular(first: str, second: str) -> None:
    """ "The authorities" may be "the highways authority", as "the emergency services" may be "the
    ambulance service": a kind is one in the plural and the singular, "-ies" and "-y" too (its plural
    was read as "authoritie", a name conflict)."""
    assert name_conflicts("en", first, second) == []


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        pytest.param(
            "The UNHCR said the camp would close on Friday.",
            "The High Court said the camp would close on Friday.",
            [("UNHCR", "High Court")],
            id="initials-inside-another-abbreviation",
        ),
        pytest.param(
            "The UNHCR said the camp would close on Friday.",
            "The camp would close on Friday, the High Commissioner for Refugees said.",
            [],
            id="initials-that-end-the-abbreviation",
        ),
    ],
)
def test_an_abbreviation_holds_initials_at_its_end(
    first: str, second: str, conflict: list[tuple[str, ...]]
) -> None:
    """An abbreviation is a body whose initials end it ("ICRC": "the Red Cross", "UNHCR": "the High
    Commissioner for Refugees"), as a name ends with its head; "UNHCR" holds "HC" in its middle and is
    no High Court."""
    assert name_conflicts("en", first, second) == conflict


def test_one_french_ministry_under_two_names_is_one_speaker() -> None:
    """France's ministry of defence is "le ministère des Armées" to some outlets, "le ministère de la
    Défense" to others."""
    assert (
        name_conflicts(
            "fr",
            "Le ministère des Armées a indiqué que neuf missiles avaient été interceptés.",
            "Selon le ministère de la Défense, neuf missiles ont été interceptés.",
        )
        == []
    )


def test_a_person_s_office_is_no_body_of_its_own() -> None:
    """ "Her office said" speaks for the person the sentence names, whose office may be Downing
    Street or the Élysée: no body to set against another outlet's."""
    assert (
        name_conflicts(
            "en",
            "Prime Minister Ann Lee met the Irish president in Dublin, Downing Street said.",
            "Ann Lee met the Irish president in Dublin on Tuesday, her office said.",
        )
        == []
    )
    assert (
        name_conflicts(
            "en",
            "The Elysee said the president had called his Chinese counterpart on Sunday.",
            "The president called his Chinese counterpart on Sunday, his office said.",
        )
        == []
    )


@pytest.mark.parametrize(
    ("language", "first", "second"),
    [
        (
            "de",
            "Der neue Minister sagte, die Brücke werde am Montag gesperrt.",
            "Der zuständige Minister sagte, die Brücke werde am Montag gesperrt.",
        ),
        (
            "nl",
            "De nieuwe minister zei dat de brug maandag dicht gaat.",
            "De demissionaire minister zei dat de brug maandag dicht gaat.",
        ),
        (
            "fr",
            "Le nouveau préfet a déclaré que le pont serait fermé lundi.",
            "Le préfet a déclaré que le pont serait fermé lundi.",
        ),
    ],
)
def test_a_word_any_holder_may_be_called_by_tells_no_office(language: str, first: str, second: str) -> None:
    """ "Der neue Minister" against "der zuständige Minister" was a name conflict (readback22): the
    word before an office tells which office only in English's UNTELLING sense, and the other
    languages had no such words ("neue", "zuständige", "nieuwe", "demissionaire", "nouveau")."""
    assert name_conflicts(language, first, second) == []
