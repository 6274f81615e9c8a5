"""The languages newsdiff reads: their stop words, a light language guess built on them, and the
tables that read a sentence's facts in each.

The cleaner uses stop words twice: the share of a block's words that are stop words tells prose
from menus and labels (as in jusText), and the list that matches a document best names its language.
The lists are the most frequent function words of each language, short on purpose: they cover a
third to a half of running prose and almost nothing of a menu, a tag line or a credit.

Facts are read in the language guessed (`fact_language`; FACT_LANGUAGES): `segment` splits and
stems by it, leaves out its words that carry no fact (the stop words, MORE_STOP_WORDS,
ATTRIBUTION_VERBS, PERCENT_WORDS: `content_stop_words`), reads elided words whole (ELIDED) and
compounds with their heads (COMPOUNDING). Its numbers and dates are `locales`' work.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import cache

from newsdiff.defaults import LANGUAGES
from newsdiff.patterns import compiled

MIN_LANGUAGE_HITS = 8
"""Stop words a text must hold before its language is named; fewer and the guess is noise."""

LANGUAGE_MARGIN = 1.3
"""The best language must match this many times more stop words than the runner-up."""

_STOP_WORDS: dict[str, str] = {
    "en": """a about after against all also an and any are as at be been before being between both
        but by can could did do does during for from had has have he her his how i if in into is it
        its more most no not of on once only or other our out over said says she should so some
        such than that the their them then there these they this those through to under until up
        very was we were what when where which while who will with would you your""",
    "de": """aber als am an auch auf aus bei bis da damit dann das dass dem den denn der des die
        dies diese dieser doch durch ein eine einem einen einer eines er es für gegen habe haben hat
        hatte ich ihr ihre im in ist jetzt kann kein keine mit nach nicht noch nun nur ob oder ohne
        sein seine sich sie sind so soll über um und uns unter vom von vor war waren was weil wenn
        werden wie wir wird wurde wurden zu zum zur zwischen""",
    "fr": """à au aux avait avec avoir c ce cela ces cette comme d dans de des du elle elles en
        est et été être il ils j l la le les leur leurs lui mais me même n ne nous on ont ou où par
        pas plus pour qu que qui s sa sans se ses si son sont sur ta tout tous très un une vous y
        a été depuis selon après entre""",
    "es": """a al algo como con contra cuando de del desde donde durante e el ella ellos en entre
        era es esa ese eso esta este esto fue ha han hasta hay la las le les lo los más mi muy ni no
        nos o para pero por porque que quien se sea según ser si sin sobre su sus también tras un
        una uno y ya""",
    "it": """a ad al alla alle anche che chi ci come con da dal dalla degli dei del della delle di
        e è gli ha hanno i il in la le lo loro ma nei nel nella non o per più questo questa se si
        sono su sua suo sul sulla tra un una uno""",
    "pt": """a ao aos as com como da das de do dos e é ela ele eles em entre era essa esse foi há
        isso já mais mas na nas não no nos o os ou para pela pelo por que se sem ser seu sua são
        também um uma""",
    "nl": """aan al als bij dan dat de den der die dit door een en er had heb hebben het hij hoe
        in is je kan maar met na naar niet nog of om onder ook op over te tot uit van voor was
        werd wat we wel worden wordt zal ze zich zij zijn""",
    "ru": """а без бы был была были было в вам вас во вот все всё где да для до его ее её если
        есть еще ещё же за и из или им их к как ко когда кто ли либо мы на над не него нее ней
        нет ни но о об однако он она они оно от по под при с со так также такой там то тоже
        только том у уже что чтобы это эти этот я""",
    "pl": """a aby ale bez by był była było być czy dla do go i ich ja jak jako jednak jego jej
        jest jeszcze już ku lub ma mi na nad nie niż o od oraz po pod przez przy się są ta tak
        także te tego tej to tym w we więc z za ze że""",
}

_STEMMERS = {
    "en": "english",
    "de": "german",
    "fr": "french",
    "es": "spanish",
    "it": "italian",
    "pt": "portuguese",
    "nl": "dutch",
    "ru": "russian",
    "pl": "polish",
}
FACT_LANGUAGES = {code: _STEMMERS[code] for code in LANGUAGES}
"""The languages whose facts newsdiff reads, with the Snowball stemmer of each: an article's
sentences are split, stemmed, weighed and read for names in its language (`fact_language`). Each
has stop words here and a table of word frequencies in newsdiff/data."""

ATTRIBUTION_VERBS: dict[str, str] = {
    "de": """sagte sagt sagten sagen erklärte erklärt erklärten betonte betont betonten teilte teilten
        berichtete berichteten bestätigte bestätigten warnte warnten kündigte kündigten ergänzte
        ergänzten fügte fügten meinte meinten laut zufolge""",
    "fr": """dit déclaré affirmé indiqué expliqué annoncé précisé ajouté souligné confirmé estimé
        assuré averti déclare affirme indique explique annonce précise ajoute souligne confirme
        estime assure disent déclarent affirment indiquent expliquent annoncent précisent ajoutent
        soulignent confirment estiment assurent selon""",
    "es": """dijo dice afirmó aseguró explicó señaló indicó añadió declaró anunció confirmó advirtió
        subrayó informó afirma asegura explica señala indica añade declara dijeron dicen afirmaron
        aseguraron explicaron señalaron indicaron añadieron declararon anunciaron confirmaron
        advirtieron subrayaron informaron afirman aseguran explican señalan indican añaden declaran
        según""",
    "it": """detto dichiarato affermato spiegato annunciato aggiunto sottolineato confermato
        precisato dice afferma spiega annuncia aggiunge sottolinea conferma dicono affermano
        spiegano annunciano aggiungono sottolineano confermano secondo""",
    "pt": """disse afirmou declarou explicou anunciou acrescentou confirmou sublinhou informou diz
        afirma declara explica anuncia acrescenta confirma disseram afirmaram declararam
        explicaram anunciaram acrescentaram confirmaram sublinharam informaram dizem afirmam
        declaram explicam segundo""",
    "nl": """zei zegt zeiden zeggen verklaarde verklaarden meldde meldden bevestigde bevestigden
        benadrukte benadrukten waarschuwde waarschuwden kondigde kondigden voegde voegden aldus
        volgens""",
    "ru": """сказал сказала сказали заявил заявила заявили сообщил сообщила сообщили отметил
        отметила отметили подчеркнул подчеркнула подчеркнули пояснил пояснила пояснили добавил
        добавила добавили словам данным""",
    "pl": """powiedział powiedziała powiedzieli oświadczył oświadczyła oświadczyli poinformował
        poinformowała poinformowali dodał dodała dodali podkreślił podkreśliła podkreślili
        zapowiedział zapowiedziała zapowiedzieli według""",
}
"""Verbs (and prepositions) that attribute a statement, as `segment.ATTRIBUTION_VERBS` does for
English: "sagte", "a déclaré", "según", "по словам"; in the plural too, as English "said" serves
both ("erklärten", "dijeron", "disseram", "verklaarden", "oświadczyli")."""

SEPARABLE_ATTRIBUTIONS: dict[str, dict[str, str]] = {
    "de": {
        **dict.fromkeys(("teilte", "teilten"), "mit"),
        **dict.fromkeys(("kündigte", "kündigten"), "an"),
        **dict.fromkeys(("fügte", "fügten"), "hinzu"),
        **dict.fromkeys(("gab", "gaben"), "bekannt"),
    },
    "nl": {
        **dict.fromkeys(("kondigde", "kondigden"), "aan"),
        **dict.fromkeys(("voegde", "voegden"), "toe"),
        **dict.fromkeys(("liet", "lieten"), "weten"),
        **dict.fromkeys(("maakte", "maakten"), "bekend"),
    },
}
"""Separable verbs that attribute a statement, with the particle German and Dutch set at the end of
their clause, after the subject named after the verb: "teilte die Feuerwehr mit", "gab die
Staatsanwaltschaft bekannt", "liet de brandweer weten" (`segment.body_reported_by` reads the body
before it). A verb not of ATTRIBUTION_VERBS ("gab", "liet": "gave", "let") attributes only when its
particle stands in the sentence too (`segment.extract`)."""

ATTRIBUTION_PREPOSITIONS: dict[str, frozenset[str]] = {
    "en": frozenset(("according",)),
    "de": frozenset(("laut",)),
    "fr": frozenset(("selon",)),
    "es": frozenset(("según",)),
    "it": frozenset(("secondo",)),
    "pt": frozenset(("segundo",)),
    "nl": frozenset(("volgens", "aldus")),
    "ru": frozenset(("словам", "данным")),
    "pl": frozenset(("według",)),
}
"""The attribution words (of ATTRIBUTION_VERBS) that name who speaks after them, as a preposition:
"according to police", "laut Staatsanwaltschaft", "selon la préfecture", "по словам полиции"
(`segment.body_reported_by`)."""

PERCENT_WORDS: dict[str, str] = {
    "de": "prozent",
    "fr": "cent",
    "es": "ciento",
    "it": "cento",
    "pt": "cento",
    "nl": "procent",
    "ru": "процент процента процентов",
    "pl": "procent proc",
}
"""The words of "per cent" in each language: the number reads them as "%", so they are no content
word, as "percent" is none in English."""


MORE_STOP_WORDS: dict[str, str] = {
    "de": """sei seien wäre wären würde würden worden wird sowie bereits ihm ihn ihnen ihrem ihren
        ihres einen dort hier dabei dafür darauf daran davon dazu jedoch sondern man alle beim""",
    "fr": """sont était étaient sera seront fait dont lors aussi encore déjà ainsi alors leur""",
    "es": """son está están estaba fueron será sido había habían dijo este estos estas otro otra""",
    "it": """era erano sarà stato stata stati sono anche ancora già dopo prima""",
    "pt": """são está estão estava foram será sido tinha ainda já após""",
    "nl": """zijn wordt werden zou zouden heeft hebben waren ook nog al""",
    "ru": """был была были будет будут это этого этой этом также уже ещё""",
    "pl": """był była były będzie będą został została zostały także już""",
}
"""Function words besides the stop words above that carry no fact ("sei", "worden"): left out of
the detection lists, whose counts the cleaner's thresholds were measured with."""


ORGANISATION_WORDS: dict[str, str] = {
    "de": """bahn polizei regierung ministerium gericht partei verband bank rat landtag bundestag
        staatsanwaltschaft kommission agentur behörde amt feuerwehr gewerkschaft konzern gruppe verein
        universität klinik klinikum krankenhaus werke stadtwerke ag gmbh""",
    "fr": """police gouvernement ministère tribunal cour parti banque commission agence conseil
        syndicat groupe université hôpital gendarmerie assemblée sénat
        parquet préfecture mairie institut fondation""",
    "es": """policía gobierno ministerio tribunal audiencia partido banco comisión agencia consejo
        sindicato grupo universidad hospital guardia ayuntamiento congreso senado
        fiscalía junta instituto fundación""",
    "it": """polizia governo ministero tribunale corte partito banca commissione agenzia consiglio
        sindacato gruppo università ospedale carabinieri comune camera senato
        procura prefettura questura istituto fondazione""",
    "pt": """polícia governo ministério tribunal supremo partido banco comissão agência conselho
        sindicato grupo universidade hospital câmara senado prefeitura
        procuradoria instituto fundação secretaria""",
    "nl": """politie regering ministerie rechtbank partij bank commissie agentschap raad bond
        groep universiteit ziekenhuis gemeente kamer brandweer""",
    "ru": """полиция правительство министерство суд партия банк комиссия агентство совет
        профсоюз группа университет больница мэрия дума
        прокуратура комитет служба""",
    "pl": """policja rząd ministerstwo sąd partia bank komisja agencja rada związek grupa
        uniwersytet szpital urząd sejm senat prokuratura""",
}
"""Words that make the name they stand in an organisation: at its end in German and Dutch ("Deutsche
Bahn", "Europäische Zentralbank" by its compound's head), at its start in the others, whose bodies
come first ("Banque de France", "Partido Popular", "Правительство Москвы")."""

GOVERNMENTS: dict[str, tuple[str, ...]] = {
    "en": ("government", "cabinet"),
    "de": ("regierung",),
    "fr": ("gouvernement",),
    "es": ("gobierno",),
    "it": ("governo",),
    "pt": ("governo",),
    "nl": ("regering", "kabinet"),
    "ru": ("правительств",),
    "pl": ("rząd",),
}
MINISTRIES: dict[str, tuple[str, ...]] = {
    "en": ("ministry", "department"),
    "de": ("ministerium",),
    "fr": ("ministère",),
    "es": ("ministerio",),
    "it": ("ministero",),
    "pt": ("ministério",),
    "nl": ("ministerie",),
    "ru": ("министерств",),
    "pl": ("ministerstw",),
}
"""The words (or their stems, a compound's head: "Bundesregierung", "Verkehrsministerium") of a
government and of its ministries: "the government said" and "the transport ministry said" may tell
one statement, the ministry's, which the government makes its own
(`conflicts.names._body_speaker_conflict`)."""
UNTELLING: dict[str, frozenset[str]] = {
    "en": frozenset(
        "local new top senior acting interim caretaker outgoing incoming current main emergency".split()
    ),
    "de": frozenset(
        """neue neuen neuer neues zuständige zuständigen zuständiger amtierende amtierenden amtierender
        scheidende scheidenden scheidender designierte designierten designierter kommissarische
        kommissarischen kommissarischer bisherige bisherigen bisheriger örtliche örtlichen""".split()
    ),
    "fr": frozenset("nouveau nouvel nouvelle actuel actuelle sortant sortante".split()),
    "es": frozenset("nuevo nueva actual saliente".split()),
    "it": frozenset("nuovo nuova attuale uscente".split()),
    "pt": frozenset("novo nova atual".split()),
    "nl": frozenset("nieuwe huidige demissionaire waarnemend waarnemende verantwoordelijke lokale".split()),
    "ru": frozenset("новый нового новому новым новая новой новую нынешний нынешнего".split()),
    "pl": frozenset("nowy nowego nowemu nowym nowa nowej nową obecny obecnego".split()),
}
"""Words before a body's kind or an office that any body of the kind or holder of the office may be
called by (English, and the adjectives other languages put before an office: "der neue Minister",
"le nouveau préfet"), which tell no body from another: "local police" may be "the regional police"
of another outlet, "the new government" "the French government", "the emergency services" "the
ambulance service", "der neue Minister" "der zuständige Minister" (`conflicts.names._body_conflict`,
`conflicts.names._office_key`)."""
OFFICES_OF_BODIES: dict[str, dict[str, frozenset[str]]] = {
    "en": {
        "mayor": frozenset("council city town municipality borough county".split()),
        "minister": frozenset("ministry government department cabinet office".split()),
        "governor": frozenset("government administration state province bank office".split()),
    }
}
"""Titles of offices whose holder speaks only for bodies of these words (a minister for a ministry or
the government, a mayor for a council): "Mayor Ida Lund said" against "the ministry said" names two
speakers (`conflicts.names._body_and_person_conflict`). Titles of many bodies' people are none of these
("president", "spokesman", "secretary", "chief", "director")."""
KIND_TELLING: dict[str, dict[str, str]] = {"en": {"central": "bank"}}
"""Words that tell the kind of a body before the word of its kind, not which body of the kind it
is: "the central bank" may be the ECB, the Fed or the Bank of England, as "the bank" may
(`conflicts.names._telling_words`)."""
TELLING_ALIKE: dict[str, dict[str, str]] = {
    "en": {"defense": "defence", "labor": "labour", "home": "interior", "internal": "interior"},
    "fr": {"armees": "defense"},
}
"""Words that tell one body or office however an outlet writes it, as one (without diacritics, as
names are compared): American and British spellings ("the defense ministry", "the Ministry of
Defence"), Britain's "Home Office" and "home secretary" (its interior ministry and minister), a
"Ministry of Internal Affairs" (an interior ministry: Russia's, Ukraine's), France's
"ministère des Armées" (its "ministère de la Défense")."""
SEATS_OF_POWER: dict[str, tuple[str, str]] = {
    **dict.fromkeys(("kremlin", "kreml"), ("russia", "government")),
    **dict.fromkeys(
        (
            "white house",
            "maison blanche",
            "casa blanca",
            "casa bianca",
            "casa branca",
            "witte huis",
            "weisse haus",
            "weisses haus",
            "weissen haus",
        ),
        ("america", "government"),
    ),
    **dict.fromkeys(
        ("pentagon", "pentagone", "pentágono", "pentagono"), ("america defence defense", "ministry")
    ),
    **dict.fromkeys(("élysée", "elysée", "elysee", "matignon"), ("france", "government")),
    "quai d'orsay": ("france foreign", "ministry"),
    **dict.fromkeys(("downing street", "whitehall"), ("britain", "government")),
    "zhongnanhai": ("china", "government"),
    "treasury": ("finance treasury", "ministry"),
}
"""Places whose name stands for a government or a ministry ("the Kremlin said", "Downing Street
said", "l'Élysée a indiqué"; in German the Kremlin's one word too, "der Kreml teilte mit"), with its
country (a ministry's domain too) and its kind: a body that speaks, one with "the Russian
government" (`COUNTRY_WORDS`), not with "the White House". The Treasury, of no one country, is a
ministry of finance ("the finance ministry", "the Treasury Department"). Keys as `str.casefold` writes
them ("weisse haus")."""
NAMED_BODIES: frozenset[str] = frozenset(
    (
        "red cross|red crescent|croix-rouge|croissant-rouge|cruz roja|media luna roja|croce rossa|"
        "mezzaluna rossa|cruz vermelha|rode kruis|rote kreuz|rotes kreuz|roten kreuz|красный крест|"
        "красного креста|czerwony krzyż|czerwonego krzyża|amnesty international|human rights watch|"
        "greenpeace|interpol|europol"
    ).split("|")
)
"""Bodies known by a name of no body's word, which speak ("the Red Cross said", "la Croix-Rouge a
indiqué", "das Deutsche Rote Kreuz teilte mit": a name ending in one, in any language)."""


_NAMED_BODY_ENDS = frozenset(body.rpartition(" ")[2] for body in NAMED_BODIES)


def a_named_body(name: str) -> bool:
    """Whether a name in lower case is, or ends with, one of NAMED_BODIES ("deutsche rote kreuz")."""
    if name.rpartition(" ")[2] not in _NAMED_BODY_ENDS:
        return False  # (most names)
    return name in NAMED_BODIES or any(name.endswith(f" {body}") for body in NAMED_BODIES)


PLURAL_BODIES: dict[str, dict[str, frozenset[str]]] = {
    "en": {
        "prosecutors": frozenset("prosecution prosecutor prosecutors justice".split()),
        "firefighters": frozenset(("fire",)),
        "coastguards": frozenset(("coastguard",)),
    }
}
"""Bodies that English names by their members in the plural, as it names "police": "prosecutors
said" is the prosecution's statement (other languages name it: "Staatsanwaltschaft", "parquet"),
"firefighters said" the fire brigade's. Each with the words of the bodies its members belong to,
which are one speaker with them (`conflicts.names._body_conflict`): "the Crown Prosecution Service", "the
Justice Department" (whose prosecutors they may be), "the fire service". "Officers" and "troops"
are no body's alone (police, army, a ship's)."""
COUNTRY_WORDS: dict[str, str] = {
    "american": "america",
    "usa": "america",
    "russian": "russia",
    "french": "france",
    "british": "britain",
    "uk": "britain",
    "chinese": "china",
}
"""The words by which outlets name the countries of SEATS_OF_POWER, as one ("the British government"
and "Downing Street" tell one speaker; "US" is a stop word, read as no word)."""
BODY_FAMILIES: dict[str, str] = {
    **dict.fromkeys("who unicef unhcr wfp iaea unesco ilo fao undp unrwa ocha unfpa unep iom".split(), "un"),
    **dict.fromkeys("ec ecb eib ema frontex".split(), "eu"),
}
"""Abbreviations of bodies that are part of another ("the WHO said" and "the UN said", "the UN agency
said" and "UNICEF said" may tell one speaker; "ec" the European Commission's initials). Two of one
family, each named, are two speakers ("UNHCR", "UNICEF": `conflicts.names._of_its_family`)."""
ABBREVIATED_KINDS: dict[str, str] = {
    "nato": "alliance",
    **dict.fromkeys("ecb fed boe boj pboc snb rbi".split(), "bank"),
    **dict.fromkeys("cps dpp".split(), "prosecutors"),
    **dict.fromkeys("fbi cia nsa dea atf nasa epa".split(), "agency"),
    "nhs": "service",
}
"""English abbreviations of bodies whose kind a body named by its kind alone may be ("NATO said"
and "the alliance said", "the ECB" and "the central bank", "the CPS" and "prosecutors": one speaker;
an abbreviation tells no kind of its own)."""
KINDS_NAMED_OTHERWISE: dict[str, str] = {"force": "police", "constabulary": "police"}
"""English words that name a body of a kind by another word: British outlets call a police force
"the force" ("The force said" and "North Yorkshire Police said": one speaker). A body told by more
("the Air Force", "Border Force") is told by its other words."""
GENERIC_BODIES: dict[str, frozenset[str]] = {
    "en": frozenset("company group corporation".split()),
    "de": frozenset("konzern gruppe unternehmen".split()),
    "fr": frozenset("groupe société entreprise".split()),
    "es": frozenset("grupo empresa compañía".split()),
    "it": frozenset("gruppo società azienda".split()),
    "pt": frozenset("grupo empresa companhia".split()),
    "nl": frozenset("groep bedrijf concern".split()),
    "ru": frozenset("группа компания".split()),
    "pl": frozenset("grupa firma spółka".split()),
}
"""Words that name a body by its kind alone, which a story's company may be called by whatever it
is ("the company said" and "the airline said" tell one speaker): a speaking body that is only one
of these is none (`segment.body_reported_by`)."""
BODY_KINDS: dict[str, str] = {
    **dict.fromkeys("airline airlines airways carrier".split(), "airline"),
    **dict.fromkeys("bank lender".split(), "bank"),
    **dict.fromkeys("club".split(), "club"),
    **dict.fromkeys("insurer insurance".split(), "insurer"),
    **dict.fromkeys("broadcaster channel network".split(), "broadcaster"),
    **dict.fromkeys("carmaker automaker motors".split(), "carmaker"),
    **dict.fromkeys("retailer grocer supermarket".split(), "retailer"),
}
"""English words that name a company by its kind ("the airline", "the carrier", "the lender", "the
club"), each with that kind, which a name's words may tell too ("Caldera Airways" an airline,
"Harrow Savings Bank" a bank): "the airline" may be the body another article names when the name is
of its kind or tells none ("Orrin Holdings", "Corby Town"), not one of another kind
(`segment.may_be_of_kind`)."""
KINDLESS_NAME_WORDS = GENERIC_BODIES["en"] | frozenset(
    "firm operator holdings inc ltd plc corp llc gmbh ag united lines express".split()
)
"""Words of English bodies' names that tell no kind of company ("Orrin Holdings", "Caldera Group
plc"), or more than one ("United", "Lines", "Express": a club, an airline, a coach firm)."""

PERSON_TITLES: dict[str, str] = {
    "de": """bundeskanzler bundeskanzlerin kanzler kanzlerin ministerpräsident ministerpräsidentin
        minister ministerin präsident präsidentin bürgermeister bürgermeisterin oberbürgermeister
        oberbürgermeisterin landrat landrätin sprecher sprecherin chef chefin direktor direktorin
        trainer trainerin professor professorin dr herr frau""",
    "fr": """président présidente ministre maire porte-parole directeur directrice député députée
        sénateur sénatrice procureur préfet préfète juge entraîneur m mme me
        maître""",
    "es": """presidente presidenta ministro ministra alcalde alcaldesa portavoz director directora
        diputado diputada senador fiscal gobernador gobernadora juez jueza entrenador
        señor señora""",
    "it": """presidente ministro ministra sindaco sindaca portavoce direttore direttrice deputato
        deputata senatore procuratore prefetto questore giudice allenatore signor signora""",
    "pt": """presidente ministro ministra prefeito prefeita porta-voz diretor diretora deputado
        deputada senador procurador governador governadora juiz juíza treinador""",
    "nl": """minister premier burgemeester woordvoerder woordvoerster directeur president
        voorzitter gouverneur rechter trainer""",
    "ru": """президент министр мэр губернатор глава пресс-секретарь директор депутат судья
        прокурор тренер""",
    "pl": """prezydent minister premier burmistrz rzecznik rzeczniczka dyrektor prezes poseł
        posłanka wojewoda sędzia prokurator trener""",
}
"""Titles before a person's name in each language ("Bürgermeisterin Katja Dörner", "le ministre
Clément Beaune"), as `segment.PERSON_TITLES` are in English."""

PLACE_PREPOSITIONS: dict[str, str] = {
    "de": "in bei nahe nach aus",
    "fr": "à près",
    "es": "en cerca",
    "it": "a presso",
    "pt": "em",
    "nl": "in bij nabij",
    "ru": "в во под из",
    "pl": "w we pod koło",
}
"""Words before a name that make it a place in each language ("in Hamburg", "à Lyon")."""

NAME_ENDINGS: dict[str, str] = {
    "ru": """ого его ому ему ыми ими ой ей ом ем ым им ых их ую юю ая яя а я у ю е ы и й""",
    "pl": """iego iemu owie owi ego emu iem ami ach ową ej em om ie ą ę a u y i""",
}
"""Case endings of people's names in languages that decline them ("Иван Петров" is "Ивана Петрова"
after "по словам", "Jan Kowalski" is "Jana Kowalskiego" after "według"), cut off before two names'
words are compared (`name_stem`); the longest that leaves NAME_STEM_MIN_LETTERS goes."""
NAME_STEM_MIN_LETTERS = 3


def name_stem(word: str, language: str) -> str:
    """A name's word in lower case without its case ending, in a language that declines names
    (NAME_ENDINGS): "петрова", "петровым" and "петров" are "петров"; "kowalskiego" "kowalsk"."""
    for ending in _name_endings(language):
        if word.endswith(ending) and len(word) - len(ending) >= NAME_STEM_MIN_LETTERS:
            return word[: -len(ending)]
    return word


@cache
def _name_endings(language: str) -> tuple[str, ...]:
    """A language's NAME_ENDINGS, longest first; none for a language that does not decline names."""
    return tuple(sorted(NAME_ENDINGS.get(language, "").split(), key=len, reverse=True))


AUXILIARIES: dict[str, frozenset[str]] = {
    "de": frozenset("hat haben".split()),
    "fr": frozenset("a ont".split()),
    "es": frozenset("ha han".split()),
    "it": frozenset("ha hanno".split()),
    "pt": frozenset("tem têm".split()),
    "nl": frozenset("heeft hebben".split()),
}
"""The auxiliaries of a perfect tense between a subject and its participle ("Il sindaco Paolo Neri ha
disposto", "Le préfet a ordonné"): `segment.acted_by` reads the verb after them."""
ARTICLES: dict[str, frozenset[str]] = {
    "en": frozenset(("the",)),
    "de": frozenset("der die das".split()),
    "fr": frozenset("le la les l".split()),
    "es": frozenset("el la los las".split()),
    "it": frozenset("il lo la i gli le l".split()),
    "pt": frozenset("o a os as".split()),
    "nl": frozenset("de het".split()),
}
"""The definite articles of a subject named after its verb, with its office ("a annoncé le préfet
Jean Dupont", "erklärte der Bürgermeister Hans Weber", "lo ha deciso il sindaco Marco Rossi"), which
`segment.acted_by` reads past to the verb, and that `segment.body_reported_by` reads past to a body
("said the police."). Russian and Polish write none."""
ADDRESSEES: dict[str, frozenset[str]] = {
    "de": frozenset("den dem gegenüber".split()),
    "fr": frozenset("à au aux devant".split()),
    "es": frozenset("a al ante".split()),
    "it": frozenset("a ai agli al alla alle allo davanti".split()),
    "pt": frozenset("a ao aos à às perante".split()),
    "nl": frozenset("tegen".split()),
}
"""The words that open the phrase of the one spoken to, before its article and its word ("dijo a
los periodistas el alcalde", "a déclaré aux journalistes le maire", "sagte den Journalisten
Bürgermeister", "zei burgemeester X tegen verslaggevers"), which `segment` reads past to the verb
and the speaker. Russian and Polish write the one spoken to in the dative alone (ADDRESSEE_ENDINGS)."""
ADDRESSEE_ENDINGS: dict[str, tuple[str, ...]] = {"ru": ("ам", "ям"), "pl": ("om",)}
"""The endings of the dative plural, the one spoken to without a preposition: "сообщил журналистам
мэр", "powiedział dziennikarzom burmistrz"."""
CONJUNCTIONS: dict[str, frozenset[str]] = {
    "en": frozenset(("and",)),
    "de": frozenset(("und",)),
    "fr": frozenset(("et",)),
    "es": frozenset(("y", "e")),
    "it": frozenset(("e", "ed")),
    "pt": frozenset(("e",)),
    "nl": frozenset(("en",)),
    "ru": frozenset(("и",)),
    "pl": frozenset(("i", "oraz")),
}
"""The words of "and" that join two people who say or do one thing ("Lena Moss and Rhys Dunn said",
"по словам Ивана Петрова и Сергея Смирнова"): `segment.joined_people`."""
SUBJECT_AFTER_VERB = frozenset(("de", "fr", "es", "it", "pt", "nl", "ru", "pl"))
"""Languages whose subject may follow its verb at the end of a clause ("Уголовное дело возбудил
Следственный комитет", "Lo ha deciso il sindaco"), where English only inverts "said X"."""
ADJECTIVE_AFTER = frozenset(("es", "fr", "it", "pt"))
"""The languages whose adjective follows its noun ("los periodistas locales"), where German and Dutch
set it before ("den örtlichen Journalisten")."""
ELIDED = {
    "fr": frozenset("l d j m n s t c qu lorsqu puisqu jusqu quoiqu".split()),
    "it": frozenset("l d un dell all dall nell sull coll tutt quest quell anch c s m t v".split()),
}
"""Words that French and Italian elide before a vowel ("l'accident", "dell'incidente"): the word
after the apostrophe is the one to read ("accident", "incidente")."""
COMPOUNDING = frozenset(("de", "nl"))
"""Languages that write compounds as one word ("Dieselfahrverbot", "verkeersongeval")."""
NO_FIRST_PART = {
    "de": frozenset(
        """ab an auf aus be bei da dar durch ein emp ent er ge her hin los miss mit nach ob über um un
        unter ver vor weg wider zer zu zurück zusammen""".split()
    ),
    "nl": frozenset(
        "aan af be bij door er ge her in mee na om ont op over onder toe uit ver voor weg".split()
    ),
}
"""The prefixes and particles of verbs, which start words that are no compounds ("Verletzten",
"Entscheidung", "aangetroffen"): a word they open is not split after them (`segment.compound_head`)."""
NO_HEAD = {
    "de": frozenset("bar chen haft heit isch keit lein lich los nis sam schaft tum ung".split()),
    "nl": frozenset("baar heid isch je lijk lijke loos nis schap tje zaam".split()),
}
"""Endings that derive a word rather than head a compound: "Menschen", "deutlich", "gevaarlijke"
end in "chen", "lich", "lijk" (as stems), which are no words of their own there."""


def fact_language(code: str | None) -> str:
    """The language an article's facts are read in: its own when newsdiff reads facts in it
    (FACT_LANGUAGES), else English (an unknown language is read as English was before)."""
    return code if code in FACT_LANGUAGES else "en"


def fact_languages(codes: Sequence[str | None]) -> list[str]:
    """The language each of several articles compared together is read in: its own
    (`fact_language`), or, for an article whose language the cleaner could not tell (a brief of two
    sentences has too few stop words), the language all the others are read in, when they agree."""
    told = {fact_language(code) for code in codes if code}
    untold = told.pop() if len(told) == 1 else "en"
    return [fact_language(code) if code else untold for code in codes]


@cache
def content_stop_words(language: str) -> frozenset[str]:
    """The words of a language (other than English, see `lexicon.STOPWORDS`) that carry no fact of
    their own: its stop words, more function words, attribution verbs and words of "per cent"."""
    words = (_STOP_WORDS, MORE_STOP_WORDS, ATTRIBUTION_VERBS, PERCENT_WORDS)
    return frozenset(" ".join(table[language] for table in words).split())


WORD = compiled(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
"""A word for counting: letters, with an inner apostrophe ("don't", "l'homme" stays one)."""


@cache
def stop_words(language: str | None) -> frozenset[str]:
    """The stop words of a language, or of every language known when it is None or unknown."""
    if language in _STOP_WORDS:
        return frozenset(_STOP_WORDS[language].split())
    return frozenset(word for words in _STOP_WORDS.values() for word in words.split())


@cache
def _languages_of() -> dict[str, tuple[str, ...]]:
    """Each stop word with the languages it belongs to, so a text's words are looked up once."""
    index: dict[str, list[str]] = {}
    for lang, words in _STOP_WORDS.items():
        for word in words.split():
            index.setdefault(word, []).append(lang)
    return {word: tuple(langs) for word, langs in index.items()}


def words_of(text: str) -> list[str]:
    """The words of text, casefolded, with elided articles split off ("l'homme" -> "l", "homme")."""
    found = WORD.findall(text.casefold())
    if "'" not in text and "’" not in text:
        return found
    out: list[str] = []
    for word in found:
        head, _, tail = word.replace("’", "'").partition("'")
        if tail and len(head) <= 2:  # French and Italian elision: l', d', qu', dell'
            out.extend((head, tail))
        else:
            out.append(word)
    return out


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of the language whose stop words text uses most, or None when unsure."""
    counts = dict.fromkeys(_STOP_WORDS, 0)
    languages_of = _languages_of()
    for word, n in Counter(words_of(text)).items():
        for lang in languages_of.get(word, ()):
            counts[lang] += n
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    (best, hits), (_, second) = ranked[0], ranked[1]
    if hits < MIN_LANGUAGE_HITS or hits < LANGUAGE_MARGIN * second:
        return None
    return best


def stop_density(words: list[str], language: str | None) -> float:
    """The share of words that are stop words of the language."""
    if not words:
        return 0.0
    stops = stop_words(language)
    return sum(1 for w in words if w in stops) / len(words)
