"""How well `newsdiff.load.decode` reads legacy code pages: cases right and time per decode.

A labelled corpus written for this bench (news-style sentences in English, French, German,
Spanish, Danish, Norwegian, Polish, Czech, Hungarian, Russian and Greek), each encoded in the code
pages it is usually found in, at one line, three lines and a paragraph, plus every other line of a
paragraph alone; then English one-liners with a single kind of non-ASCII character (curly quotes,
dashes, "café", "£5m", "€40", "°C", « »); then SHORT, a few words each. A case is right when the
decoded text is exactly the text encoded (two code pages that read the bytes alike are both right).

Strategies, measured in the same run: "before" is what load did until chardet came in
(charset-normalizer's pick, ties to a common code page), "now" is `decode`.

    python bench/encodings.py [-v]      # -v lists the cases each strategy gets wrong
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsdiff.load import decode  # noqa: E402

Case = tuple[str, bytes, str]

EN = [
    "The council’s finance chief, Zoë Lindqvist, said the £5m grant would cover “most, but not all” "
    "of the repairs.",
    "Temperatures reached 38°C on Tuesday — the hottest day since records began — and the café on "
    "Harbour Street shut early.",
    "Tickets will cost €40, up from €32 last year, the organisers said.",
    "Inspector Beltrán told reporters the bridge was “structurally sound” but closed it anyway.",
    "Residents called the decision « absurde » in a petition signed by 1,200 people – roughly half "
    "the village.",
    "A spokesman for the naïve-art museum said the exhibition’s opening had been delayed until 3 March.",
    "The minister’s office declined to comment further; the inquiry’s report is due in the spring…",
]
EN_LATIN1 = [  # what a Latin-1 file can hold: no curly quotes, no dashes, no euro
    "The council's finance chief, Zoë Lindqvist, said the £5m grant would cover most of the repairs.",
    "Temperatures reached 38°C on Tuesday, and the café on Harbour Street shut early.",
    "Inspector Beltrán told reporters the bridge was «structurally sound» but closed it anyway.",
    "A spokesman for the naïve-art museum said the exhibition would open on 3 March.",
    "The inquiry's report, costing £120,000, is due in the spring.",
]
EN_ONE = [  # single English lines, one kind of non-ASCII character each
    "He said: “We will rebuild.”",
    "The vote was close – 52 to 48.",
    "The strike is over — for now.",
    "It’s the third closure this year.",
    "They met at a café near the station.",
    "Zoë Lindqvist won the seat.",
    "Officers spoke to Ana Beltrán on Friday.",
    "The fine was £5m.",
    "Entry costs €40 per adult.",
    "It was 41°C in the shade.",
    "Le Monde called it « une erreur ».",
]
FR = [
    "Le maire de Valbrune a annoncé jeudi la fermeture du pont après la découverte de fissures.",
    "« Nous ne prendrons aucun risque », a-t-il déclaré devant le conseil municipal.",
    "Les travaux coûteront près de 2 millions d’euros et dureront jusqu’à l’été.",
    "Les élèves du collège voisin devront faire un détour de plusieurs kilomètres.",
    "Selon la préfecture, une déviation sera mise en place dès lundi matin.",
    "Les commerçants du quartier craignent une baisse de leur chiffre d’affaires.",
    "Une réunion publique est prévue à la salle des fêtes le 12 octobre.",
]
FR_LATIN1 = [line.replace("’", "'") for line in FR]
DE = [
    "Der Bürgermeister von Ostheim hat am Donnerstag die Sperrung der Brücke angekündigt.",
    "Bei einer Prüfung seien größere Risse im Beton entdeckt worden, hieß es.",
    "Die Reparatur soll rund zwei Millionen Euro kosten und bis zum Sommer dauern.",
    "Schüler der benachbarten Gesamtschule müssen einen Umweg über die Südstraße nehmen.",
    "Die Händler in der Altstadt befürchten Einbußen während der Bauzeit.",
    "Eine Bürgerversammlung ist für den 12. Oktober im Rathaus geplant.",
]
ES = [
    "El alcalde de Villanueva anunció el jueves el cierre del puente tras descubrir grietas.",
    "«No vamos a correr ningún riesgo», declaró ante el pleno municipal.",
    "Las obras costarán casi dos millones de euros y durarán hasta el verano.",
    "Los alumnos del instituto tendrán que dar un rodeo de varios kilómetros.",
    "Según la Diputación, el desvío estará señalizado desde el lunes por la mañana.",
    "¿Quién pagará la reparación? La pregunta sigue sin respuesta.",
]
DA = [
    "Borgmesteren i Søby meddelte torsdag, at broen lukkes på grund af revner.",
    "»Vi tager ingen chancer,« sagde han på byrådsmødet.",
    "Reparationen vil koste omkring to millioner kroner og vare til sommer.",
    "Eleverne på den nærliggende skole må tage en omvej på flere kilometer.",
    "Butiksejerne i bymidten frygter et fald i omsætningen, mens arbejdet står på.",
    "Der holdes borgermøde på rådhuset den 12. oktober.",
]
NO = [
    "Ordføreren i Åsby sa torsdag at brua stenges etter at det ble funnet sprekker.",
    "– Vi tar ingen sjanser, sa han på kommunestyremøtet.",
    "Reparasjonen vil koste rundt to millioner kroner og vare til sommeren.",
    "Elevene på skolen i nærheten må gå en omvei på flere kilometer.",
    "Butikkeierne i sentrum frykter at omsetningen går ned mens arbeidet pågår.",
]
PL = [
    "Burmistrz Zielonej Góry ogłosił w czwartek zamknięcie mostu po wykryciu pęknięć.",
    "„Nie będziemy ryzykować” – powiedział podczas sesji rady miasta.",
    "Naprawa ma kosztować blisko dwa miliony złotych i potrwa do lata.",
    "Uczniowie pobliskiej szkoły będą musieli nadkładać kilka kilometrów drogi.",
    "Według starostwa objazd zostanie oznakowany już w poniedziałek rano.",
    "Właściciele sklepów w śródmieściu obawiają się spadku obrotów.",
]
PL_ISO = [line.replace("„", '"').replace("”", '"').replace("–", "-") for line in PL]
CS = [
    "Starosta Horní Lhoty ve čtvrtek oznámil uzavření mostu kvůli trhlinám.",
    "„Nebudeme nic riskovat,“ řekl na zasedání zastupitelstva.",
    "Oprava má stát téměř dva miliony korun a potrvá až do léta.",
    "Žáci nedaleké školy budou muset jezdit několik kilometrů oklikou.",
    "Podle krajského úřadu bude objížďka značená už od pondělního rána.",
    "Obchodníci v centru se obávají poklesu tržeb během stavby.",
]
CS_ISO = [line.replace("„", '"').replace("“", '"') for line in CS]
HU = [
    "Felsőváros polgármestere csütörtökön bejelentette, hogy repedések miatt lezárják a hidat.",
    "„Semmilyen kockázatot nem vállalunk” – mondta a képviselő-testület ülésén.",
    "A javítás közel kétszázmillió forintba kerül, és nyárig tart.",
    "A közeli iskola diákjainak több kilométeres kerülőt kell tenniük.",
    "A megyei hivatal szerint a terelőutat már hétfő reggeltől kitáblázzák.",
    "A belvárosi kereskedők a forgalom csökkenésétől tartanak az építkezés alatt.",
]
HU_ISO = [line.replace("„", '"').replace("”", '"').replace("–", "-") for line in HU]
RU = [
    "Мэр Верхнеречинска в четверг объявил о закрытии моста из-за трещин.",
    "«Мы не будем рисковать», — заявил он на заседании городского совета.",
    "Ремонт обойдётся почти в два миллиона рублей и продлится до лета.",
    "Ученикам соседней школы придётся делать крюк в несколько километров.",
    "По данным администрации, объезд обозначат уже в понедельник утром.",
    "Владельцы магазинов в центре опасаются падения выручки на время работ.",
]
RU_KOI = [line.replace("«", '"').replace("»", '"').replace("—", "-") for line in RU]
EL = [
    "Ο δήμαρχος της Νέας Κώμης ανακοίνωσε την Πέμπτη το κλείσιμο της γέφυρας λόγω ρωγμών.",
    "«Δεν θα πάρουμε κανένα ρίσκο», δήλωσε στη συνεδρίαση του δημοτικού συμβουλίου.",
    "Η επισκευή θα κοστίσει σχεδόν δύο εκατομμύρια ευρώ και θα διαρκέσει ως το καλοκαίρι.",
    "Οι μαθητές του γειτονικού σχολείου θα πρέπει να κάνουν παράκαμψη αρκετών χιλιομέτρων.",
    "Σύμφωνα με την περιφέρεια, η παράκαμψη θα σημανθεί από τη Δευτέρα το πρωί.",
    "Αύριο το απόγευμα θα γίνει ανοιχτή συνέλευση στο δημαρχείο.",
]
PARAGRAPHS = [
    ("en", EN, ("cp1252",)),
    ("en", EN_LATIN1, ("latin_1", "cp1252", "iso8859_15")),
    ("fr", FR, ("cp1252",)),
    ("fr", FR_LATIN1, ("latin_1", "iso8859_15")),
    ("de", DE, ("cp1252", "latin_1", "iso8859_15")),
    ("es", ES, ("cp1252", "latin_1")),
    ("da", DA, ("cp1252", "latin_1")),
    ("no", NO, ("cp1252",)),
    ("pl", PL, ("cp1250",)),
    ("pl", PL_ISO, ("iso8859_2",)),
    ("cs", CS, ("cp1250",)),
    ("cs", CS_ISO, ("iso8859_2",)),
    ("hu", HU, ("cp1250",)),
    ("hu", HU_ISO, ("iso8859_2",)),
    ("ru", RU, ("cp1251",)),
    ("ru", RU_KOI, ("koi8_r",)),
    ("el", EL, ("cp1253", "iso8859_7")),
]

SHORT = [  # written after the strategy was designed; WEAK_GUESS was then set on it
    ("The recipe needs ½ cup of sugar and ¼ teaspoon of salt.", "cp1252 latin_1"),
    ("Shares rose 3½% after the results.", "cp1252 latin_1"),
    ("© 2024 The Courier. All rights reserved.", "cp1252 latin_1"),
    ("The Acme™ device costs $199.", "cp1252"),
    ("Margin of error: ±3 points.", "cp1252 latin_1"),
    ("A 4×4 vehicle overturned.", "cp1252 latin_1"),
    ("See § 12 of the act.", "cp1252 latin_1"),
    ("Ålesund and Tromsø lost power.", "cp1252 latin_1"),
    ("Björn Ulvaeus was there.", "cp1252 latin_1"),
    ("São Paulo’s mayor resigned.", "cp1252"),
    ("The Nobel laureate Günter Grass.", "cp1252 latin_1"),
    ("Dvořák’s ninth symphony opened the concert.", "cp1250"),
    ("François Hollande arrived at noon.", "cp1252 latin_1"),
    ("Málaga beat Sevilla 2–1.", "cp1252"),
    ("Łódź i Gdańsk.", "cp1250 iso8859_2"),
    ("Škoda zvýšila výrobu.", "cp1250 iso8859_2"),
    ("Közel száz ember.", "cp1250 iso8859_2"),
    ("Привет, мир.", "cp1251 koi8_r"),
    ("Путин.", "cp1251 koi8_r"),
    ("Αθήνα.", "cp1253 iso8859_7"),
    ("naïve résumé", "cp1252 latin_1"),
    ("Ça va.", "cp1252 latin_1"),
    ("Über alles.", "cp1252 latin_1"),
    ("Café", "cp1252 latin_1"),
    ("café", "cp1252 latin_1"),
    ("“Yes.”", "cp1252"),
    ("don’t", "cp1252"),
    ("‘Quoted’ — dash", "cp1252"),
    ("€5", "cp1252"),
    ("£5", "cp1252 latin_1"),
    ("5°", "cp1252 latin_1"),
    ("Œuvre complète", "cp1252"),
    ("Straße", "cp1252 latin_1"),
    ("El niño pequeño", "cp1252 latin_1"),
    ("Ærø kommune", "cp1252 latin_1"),
    ("Čeština je těžká.", "cp1250 iso8859_2"),
    ("Žena šla domů.", "cp1250 iso8859_2"),
    ("Zażółć gęślą jaźń.", "cp1250 iso8859_2"),
    ("Украина и Россия.", "cp1251"),
    ("Ελλάδα και Κύπρος.", "cp1253 iso8859_7"),
    ("µg per litre", "cp1252 latin_1"),
    ("He paid ¥500.", "cp1252 latin_1"),
    ("Temps hit -5°C overnight in Kraków.", "cp1252"),
]


def cases() -> list[Case]:
    """(name, bytes, text) for every case whose bytes are not plain ASCII."""
    out: list[Case] = []
    for number, (lang, lines, encodings) in enumerate(PARAGRAPHS):
        for enc in encodings:
            for size, n in (("line", 1), ("3 lines", 3), ("paragraph", len(lines))):
                text = "\n".join(lines[:n]) + "\n"
                out.append((f"{lang} {enc} {number}: {size}", text.encode(enc), text))
            for i, line in enumerate(lines[1:], 2):
                out.append((f"{lang} {enc} {number}: line {i}", (line + "\n").encode(enc), line + "\n"))
    for i, line in enumerate(EN_ONE):
        for enc in ("cp1252", "latin_1", "iso8859_15"):
            try:
                out.append((f"en-one {enc} {i}", (line + "\n").encode(enc), line + "\n"))
            except UnicodeEncodeError:
                continue
    for i, (text, encodings) in enumerate(SHORT):
        out.extend((f"short {enc} {i}", text.encode(enc), text) for enc in encodings.split())
    return [case for case in out if not case[1].isascii()]


COMMON_ENCODINGS = ("cp1252", "latin_1", "iso8859_15", "cp1251", "koi8_r", "cp1250")
TIE_COHERENCE = 0.03


def before(data: bytes) -> str:
    """load's decoding before chardet: charset-normalizer's best match, ties to a common page."""
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches:
        return ""
    best: Any = matches[0]
    tied = [m for m in matches if m.chaos <= best.chaos and m.coherence >= best.coherence - TIE_COHERENCE]
    picked = next((m for name in COMMON_ENCODINGS for m in tied if m.encoding == name), best)
    return str(picked)


def now(data: bytes) -> str:
    return decode(data, "bench")[0]


STRATEGIES: dict[str, Callable[[bytes], str]] = {"before": before, "now": now}


def main() -> None:
    verbose = "-v" in sys.argv[1:]
    all_cases = cases()
    for name, strategy in STRATEGIES.items():
        strategy(all_cases[0][1])  # imports outside the timing
        started = time.perf_counter()
        results = {case_name: strategy(data) == text for case_name, data, text in all_cases}
        per_decode = (time.perf_counter() - started) / len(all_cases) * 1000
        counts = []
        for group in ("en", "en-one", "short"):
            mine = [right for case_name, right in results.items() if case_name.split()[0] == group]
            counts.append(f"{group} {sum(mine)}/{len(mine)}")
        right = f"{sum(results.values())}/{len(results)} right ({', '.join(counts)})"
        print(f"{name:7} {right}, {per_decode:.2f} ms a decode")
        if verbose:
            for case_name, right in results.items():
                if not right:
                    print(f"    wrong: {case_name}")


if __name__ == "__main__":
    main()
