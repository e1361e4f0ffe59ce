"""Document → events: which passages report which event, and each event coded as a Report.

A news report is usually about one event, sometimes two. The passages
:mod:`.segment` finds are merged into events when their sub-event types can
describe one incident and nothing (an explicit, different date) says they
are two; a passage that only recalls an older event — one sentence, away
from the lead, with a recall marker or a date well before publication — is
dropped, so that a story that mentions an attack in passing does not
report it again.

The attribute extractors (actors, casualties, dates) are separate modules;
until one is importable its fields keep their defaults.
"""

from __future__ import annotations

import itertools
import logging
import re
from dataclasses import dataclass
from datetime import date, timedelta

from sitrep.model import Document, Report
from sitrep.nlp import Sentence, dateline, split_sentences, strip_dateline
from sitrep.taxonomy import event_type_of

from .actors import (
    PROTESTS, RIOTS, claims_responsibility, code_actors, gives_a_disputed_version, names_an_unknown_doer, quotes_someone,
)
from .classifier import CodingModel, load_model
from .dates import (
    has_time_reference,
    is_passing_mention,
    is_period_tally,
    opens_on_a_day,
    publication_hour,
    recalls_earlier_strikes,
    resolve_event_date,
    tells_a_repeat,
    tells_an_hour,
    time_references,
)
from .fatalities import count_casualties, revised_toll
from .segment import (AREA_OPENER, CHEMICAL, IN_A_TOWN, LEAD_SENTENCES, NEW_STORY, NO_ADVANCE, OTHER, SAME_DAY,
                      SECTOR_OPENER, TIME_OPENER, Passage, compatible, find_passages, follows_heading,
                      opens_a_paragraph, opens_an_item, opens_in_another_town, opens_list_item, paragraph_opening,
                      reconsider)
from .settle import names_a_front_settlement
from .territory import GOVERNMENT_REGAINS, NON_VIOLENT_TRANSFER, OVERTAKES, territory_type
from .triggers import has_trigger
from .weapons import AIR_STRIKE, IED, MINE, MINE_BLAST, MISSILE_ATTACK, strikes_apart, weapon_kind, weapons_named

log = logging.getLogger(__name__)

# A passage below this event probability is not reported.
MIN_EVENTNESS = 0.5
# A passage whose best label is less probable than this is too unclear to report.
# Kept low: over 25 types the model often spreads its belief thin on a long
# account it is sure reports an event (0.15 dropped 7 links across the twelve
# e2e corpora that 0.10 keeps, for two extra events; 0 cost a perpetrator).
MIN_CONFIDENCE = 0.10
# An event that is not the document's main one must be at least this sure,
# unless the text itself sets it apart or it is told in the story's opening sentence (see _merge) ...
MIN_SECONDARY_CONFIDENCE = 0.55
# ... and one the text sets apart still needs this event probability.
MIN_SEPARATE_EVENTNESS = 0.8
# ... or, in a paragraph of its own that opens on a day no other event happened on, this.
MIN_DAY_APART_EVENTNESS = 0.6
# An event dated this many days before publication is old news.
OLD_EVENT_DAYS = 7
# When the event's own sentences name no perpetrator, this many sentences
# after it are read too: "Later the resistance movement said the blast was
# its work" usually follows the account of the incident.
FOLLOW_SENTENCES = 3
# A peaceful protest reads on this many sentences for what the police did to the crowd (see group_events): the
# grievance often takes a few sentences before the buses arrive.
PROTEST_READ_ON = 6
# An event whose passages name no day it happened on must be at least this
# sure: a report of a specific incident says when; analysis, interviews and
# notices speak of what happens in general and rarely do.
MIN_UNDATED_CONFIDENCE = 0.5
# ... in an article: a text this many sentences long that names no day is
# written about something general; a lone sentence or snippet (a headline,
# a wire flash, a quoted excerpt) just has no room for the day.
ARTICLE_SENTENCES = 3

# "Air defences shot down both drones; no one was hurt and nothing was damaged": a stopped attack.
_INTERCEPTED = re.compile(
    r"\b(?:shot down|intercepted|downed|destroyed by air defen[cs]es?|air defen[cs]es? (?:\w+ )?destroyed)\b"
    r"|(?:збил\w*|збит\w*|знищ\w+|перехопил\w*|перехоплен\w*|сбил\w*|сбит\w*|уничтож\w+|перехватил\w*"
    r"|перехвачен\w*|подавлен\w*|подавил\w*)",
    re.IGNORECASE,
)
_NO_HARM = re.compile(
    r"\bno (?:one|casualties|injuries|damage|victims)(?: or (?:damage|injuries|casualties))?\b|\bnobody was\b"
    r"|\bwithout (?:casualties|damage)\b|\b(?:was|were) not damaged\b|не пошкоджен\w*|не поврежден\w*"
    r"|(?:руйнуван|разрушени)\w* (?:\w+ ){0,3}не (?:зафіксован|зафиксирован)\w*"
    r"|нікого не|ніхто не|постраждалих (?:і руйнувань |та руйнувань )?немає|без жертв|без постраждалих"
    r"|пострадавших (?:и разрушений )?нет|никто не|без пострадавших|разрушений нет|руйнувань немає|ущерба нет"
    # "повреждений объектов инфраструктуры нет", "втрат серед особового складу немає", "Потерь нет"
    r"|(?:повреждени|пошкоджен|руйнуван|разрушени|потер|втрат)\w*(?: [\w-]+){0,3} (?:нет|немає)\b",
    re.IGNORECASE,
)
_DAMAGE = re.compile(
    r"\b(?:ablaze|on fire|caught fire|blaze|burn\w*|damag\w*|destroyed (?:a|an|the|several|two|three)\b"
    r"(?!(?: [\w-]+){0,2} (?:drones?|uavs?|missiles?|rockets?|shaheds?)\b))"
    r"|(?:пожеж|пожар|пошкод|поврежд|загор|возгоран|займан|горит|горить|зруйн|разруш|руйнув)",
    re.IGNORECASE,
)
# The falling fragments of a weapon that was shot down.
_DEBRIS = re.compile(
    r"\b(?:debris|fragments?|wreckage)\b|(?:уламк\w*|уламок|обломк\w*|обломок|фрагмент\w*)", re.IGNORECASE)
PROPERTY_DESTRUCTION = "Looting/property destruction"
# An incendiary, in Ukrainian and Russian: "коктейль Молотова", "пляшки із запалювальною сумішшю", "зажигательная смесь".
_INCENDIARY_UK_RU = r"коктейл\w* молотова|(?:запальн|запалювальн)\w* (?:суміш|пляшк)\w*|зажигательн\w* (?:смес|бутылк)\w*"
_ARSON = re.compile(r"\b(?:arson|set (?:fire|ablaze|on fire|alight)|torch\w*|burn(?:ed|t) (?:down|out)|підпал\w*"
                    r"|спалил\w*|спален\w*|згорі\w*|поджог\w*|подожг\w*|подожж\w*|поджег\w*|сожгл\w*|сжег\w*"
                    r"|сожж\w*|сгорел\w*"
                    # a fire set with an incendiary: "threw two Molotov cocktails", "кинув дві пляшки із запалювальною
                    # сумішшю", "бросил бутылки с зажигательной смесью"
                    r"|molotov\w*|firebomb\w*|petrol bombs?|incendiary (?:bottle|device|mixture)s?|" + _INCENDIARY_UK_RU + ")",
                    re.IGNORECASE)
_LOOTING = re.compile(r"\b(?:loot\w*|plunder\w*|stole|stolen|ransack\w*)\b|(?<!\w)(?:мародер\w*|мародёр\w*|граб\w*"
                      r"|пограб\w*|розграб\w*|разграб\w*|вкрал\w*|украл\w*|викрал\w*|похитил\w*)", re.IGNORECASE)
_EXPLOSIVE = re.compile(r"\b(?:explo\w*|blast\w*|bomb\w*|ied|mines?|landmines?|detonat\w*|grenade\w*|вибух\w*|підрив\w*"
                        r"|підірв\w*|мін[аиуоі]|сву|свп|гранат\w*|фугас\w*|взрыв\w*|подрыв\w*|подорв\w*|мин[аыуе]"
                        r"|детонац\w*)\b", re.IGNORECASE)
DISRUPTED = "Disrupted weapons use"
# Sub-event types that ACLED defines as non-violent: they have no fatalities.
NON_VIOLENT = frozenset({"Agreement", "Peaceful protest", "Headquarters or base established",
                         "Non-violent transfer of territory"})

# Words with which reports recall an earlier event rather than report one.
_RECALL = re.compile(
    # ("earlier this week" is recent: "said it had detained a spotter earlier this week")
    r"\b(?:recall|earlier th(?!is (?:week|morning|afternoon|evening)|e same day)|previously|last (?:week|month|year)"
    r"|in (?:january|february|march|april|may|june|"
    r"july|august|september|october|november|december)\b|weeks ago|months ago|years ago|since the|"
    r"нагада|раніше|минулого (?:місяця|року|тижня)|місяць тому|тижні тому|місяці тому|роки тому|"
    r"напомн|ранее|в прошлом (?:месяце|году)|на прошлой неделе|месяц назад|недели назад|месяца назад|"
    r"года назад)",
    re.IGNORECASE,
)


@dataclass
class _Event:
    passages: list[Passage]
    label: str
    confidence: float
    lead: bool
    event_date: str | None = None
    time_precision: int = 1
    named_day: bool = False  # the date comes from a day the text names, not from the publication day

    @property
    def start(self) -> int:
        return min(p.start for p in self.passages)

    @property
    def end(self) -> int:
        return max(p.end for p in self.passages)


def _language(doc: Document) -> str:
    if doc.language:
        return doc.language
    from sitrep.nlp import detect_language

    return detect_language(doc.full_text) or ""


def _day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _resolve_date(text: str, doc: Document, language: str, repeated: bool | None = None) -> tuple[str | None, int]:
    try:
        return resolve_event_date(text, doc.published_at, language, repeated=repeated)
    except Exception as exc:  # an extractor bug must not lose the event
        log.warning("%s: date resolution failed: %s", doc.id, exc)
    return None, 1


def _is_passing_mention(passage: Passage, event_date: str | None, doc: Document) -> bool:
    """Whether a passage only recalls an old event rather than reporting one.

    Judged on the passage's clearest sentence: outside the lead, with a recall
    marker ("нагадаємо", "earlier this month") or a date well before publication;
    in the lead, only by the time it says has passed since an old event.
    """
    if passage.anchor is None:
        return False
    anchor = passage.anchor.text
    published, happened = _day(doc.published_at), _day(event_date)
    if passage.anchor_index < LEAD_SENTENCES:
        # A lead that measures the time since an older event tells its aftermath: "Five weeks after a Russian
        # rocket barrage killed two of her neighbours on June 15, a pensioner still carries water".
        return bool(_ELAPSED_SINCE.search(anchor)) and bool(published and happened) \
            and (published - happened).days > OLD_EVENT_DAYS
    try:
        if is_passing_mention(anchor, event_date, doc.published_at):
            return True
    except Exception as exc:
        log.warning("%s: passing-mention check failed: %s", doc.id, exc)
    # A lone background sentence that tallies a period ("hundreds have been
    # detained since March") sums earlier events; in a longer account such a
    # clause is commentary on the event itself ("the third blast this year").
    if len(passage.sentences) == 1 and is_period_tally(anchor):
        return True
    if published and happened and (published - happened).days > OLD_EVENT_DAYS:
        return True
    return bool(_RECALL.search(anchor))


# The time said to have passed since an older event: "Five weeks after …", "a month on", "через місяць після …".
_ELAPSED_SINCE = re.compile(
    r"\b(?:\w+ )?(?:weeks?|months?|years?) (?:after|since|on from)\b|\ba (?:month|year) on\b"
    r"|(?:через|спустя|після|после) (?:\w+ )?(?:тижн\w*|місяц\w*|рок\w*|недел\w*|месяц\w*|год\w*|лет) (?:після|после)",
    re.IGNORECASE)


# What a court found or whom it convicted: a trial story recounts an earlier
# event ("Как установил суд, осужденный заложил бомбу…"), it reports none.
_COURT_ACCOUNT = re.compile(
    r"\b(?:the court (?:found|heard|established|ruled)|according to the (?:verdict|indictment)|the convicted"
    r"|the defendant|found guilty|was sentenced|sentenced (?:a|an|the|him|her|them|two|three|four)|in absentia)\b"
    r"|(?:установил\w* суд|суд\w* установил|як встановив суд|суд\w* встановив|осужденн\w*|осуждённ\w*|засуджен\w*"
    r"|подсудим\w*|підсудн\w*|обвинительн\w* приговор|обвинувальн\w* вирок|приговорил\w*|засудив|засудил\w*"
    r"|заочно)",
    re.IGNORECASE,
)


# "…, де росіяни облаштували ремонтну базу", "where the occupiers had set up a depot": a relative clause that
# tells what a place is, not when a base was set up.
_SETTING_CLAUSE = re.compile(
    r"(?:(?<!\w)(?:де|где|куди|куда)|\bwhere)\s+(?:[\w'’-]+\s+){0,3}?(?:облаштува\w*|обладна\w*|розмісти\w*|розташува\w*"
    r"|обустро\w*|оборудова\w*|размести\w*|располож\w*|had set up|set up|established|had established|based)\b",
    re.IGNORECASE)
# Remembrance of the dead of an earlier attack: "Сьогодні вшанували пам'ять загиблих…".
_COMMEMORATION = re.compile(
    r"\b(?:commemorat\w*|memorial (?:service|ceremony)|anniversary|paid (?:tribute|their respects)|in memory of)\b"
    r"|(?:вшанува\w* пам|пам'ят\w* (?:загибл|жертв)|роковин|річниц|панахид|почтил\w* память|памят\w* (?:погибш|жертв)"
    r"|годовщин|панихид|минут\w* молчания|хвилин\w* мовчання"
    # "Сьогодні минає рік відтоді, як …", "Исполнился год с того дня, как …", "Today marks a year since …"
    r"|(?:мина\w*|минул\w*|исполн\w*|прош[её]л|прошло)\s+(?:[\w']+\s+)?(?:рік|роки|років|год|года|лет|місяц\w*"
    r"|месяц\w*)\s*,?\s*(?:відтоді|з того|з дня|як|с того|со дня|как)(?!\w)"
    r"|\bmarks? (?:a|one|two|three|\d+) (?:years?|months?) since\b|\b(?:a|one|two|three|\d+) years? ago today\b)",
    re.IGNORECASE,
)


# "Russian forces continued offensive operations in the Pokrovsk direction", "Партизаны продолжают атаковать логистику":
# a campaign's course in general, told by its group and its verb of going on.
_ONGOING = re.compile(
    r"^[\W\d]*(?:[\w'’«»\"-]+[\s,]+){0,7}?(?:continu(?:e[sd]?|ing)|продолжа\w*|продолжи\w*|продовжу\w*|продовжи\w*)\b",
    re.IGNORECASE)


# "We have not observed confirmed changes to the front line in these directions."
_NOTHING_CONFIRMED = re.compile(
    r"\b(?:no|not|without)\b[^.;]{0,40}\bconfirm\w*|(?:без|не)\s(?:\w+\s){0,2}?(?:підтвердж|подтвержд)\w*",
    re.IGNORECASE)


def _only_ongoing(event: _Event, doc: Document, language: str) -> bool:
    """Whether an event is told by one sentence on a campaign going on, and nothing of one incident (no day, no
    dead or wounded; at most a sentence that nothing was confirmed): a digest's general line beside the incidents
    it reports."""
    if len(event.passages) != 1:
        return False
    first, *rest = event.passages[0].sentences
    return _ONGOING.match(first.text) is not None and len(rest) <= 1 \
        and all(_NOTHING_CONFIRMED.search(sentence.text) for sentence in rest) \
        and not has_time_reference(first.text, doc.published_at) and count_casualties(first.text, language) == (0, 0)


def _is_setting(passage: Passage) -> bool:
    """Whether a base the passage tells of was set up only in a clause that says where something else happened:
    "Автомобіль стояв на території колишньої ферми, де росіяни облаштували ремонтну базу"."""
    anchor = passage.anchor.text if passage.anchor is not None else passage.text
    # (the building set on fire where the occupiers had set up an office is the arson's, and the one drones struck
    # the strike's: see codebook_label)
    return passage.label == HQ_ESTABLISHED and _SETTING_CLAUSE.search(anchor) is not None \
        and not _ARSON.search(passage.text) and not _EXPLOSIVE.search(passage.text) \
        and not _STRIKE_VERB.search(passage.text)


def _is_commemoration(passage: Passage) -> bool:
    # A passage that opens with a remembrance ("Today they honoured those killed two years ago…
    # Seven died then") tells of an old attack; a gathering in memory can itself be a protest.
    opening = passage.sentences[0].text.replace("’", "'")
    return passage.label not in PROTESTS and _COMMEMORATION.search(opening) is not None


def _is_court_account(passage: Passage, doc: Document, sentences: list[Sentence], event_date: str | None) -> bool:
    # The clearest event sentence decides: "…detained four; since 2014 courts have
    # convicted over a hundred" is an arrest with background, not a trial story.
    anchor = passage.anchor.text if passage.anchor is not None else passage.text
    if _COURT_ACCOUNT.search(anchor) is not None:
        return True
    # A passage that opens with the verdict for an act of an earlier year tells the trial, however vividly it then
    # recounts the act ("A court sentenced a captain in absentia … in May 2022. One protester was killed …").
    published = _day(doc.published_at)
    if _COURT_ACCOUNT.search(passage.sentences[0].text) is not None and published is not None \
            and any(int(year) < published.year for year in re.findall(r"\b((?:19|20)\d\d)\b", passage.text)):
        return True
    # A story that opens with a verdict recounts the arrest it dates well back
    # ("The court upheld the sentences… They were detained by the FSB last March").
    happened = _day(event_date)
    if not (published and happened and (published - happened).days > OLD_EVENT_DAYS):
        return False
    return bool(sentences and _COURT_ACCOUNT.search(sentences[0].text))


# Accidents and disasters are not ACLED events: a road crash, a fire from a short circuit, an
# industrial blast or leak, a wildfire, an eruption or an earthquake, unless the account also
# names a weapon or an attack.
_ACCIDENT = re.compile(
    r"\b(?:road|traffic|car|bus) (?:accident|crash)|\bcollided\b|\bcollision (?:of|between|with)\b|short circuit"
    r"|\b(?:chemical|gas|ammonia|chlorine|toxic) (?:spill|leak)\w*|\bleak(?:ed|ing)? from (?:a |an |the )?(?:\w+ )?"
    r"(?:factory|plant|pipeline|tank|facility)|\bindustrial (?:accident|blast|explosion|fire|area|zone)"
    r"|\b(?:factory|plant|refinery|tank|boiler|pipeline|mine shaft)(?: at (?:a|an|the) \w+)? (?:exploded|explosion|blast)"
    r"|\bexplosions? (?:ripped|tore) through (?:a |an |the )?(?:\w+ )?(?:warehouse|factory|plant|refinery)"
    r"|\bhousehold gas|\bgas (?:cylinder|canister|explosion)|\b(?:wild|forest |bush)fires?\b"
    r"|\bfires (?:are |were )?(?:burning|raging)|техноген\w*|витік\w* (?:газу|хлору|аміаку)"
    r"|утечк\w* (?:газа|хлора|аммиака)|(?:побутов|бытов)\w* газ\w*|(?:лісов|природн)\w* пожеж\w*"
    r"|(?:лесн|природн)\w* пожар\w*|(?:промислов|промышленн)\w* (?:аварі|авари|вибух|взрыв)\w*"
    # a train derailed by a fault of its own: "причиной схода стала неисправность ходовой части", "износ путей"
    r"|неисправност\w*|несправн\w*|износ\w* (?:путей|пути|рельс\w*)|знос\w* (?:колії|рейок|шляхів)"
    r"|\b(?:technical (?:fault|failure|malfunction)|mechanical (?:fault|failure)|worn(?:-out)? (?:tracks?|rails?))\b"
    r"|safety (?:rules|violations?)|\bдтп\b|\b(?:volcan\w*|lava|eruption|earthquakes?|landslides?|typhoons?|tsunamis?)\b"
    r"|вулкан\w*|вивержен\w*|извержен\w*|землетрус\w*|землетрясен\w*|оползн\w*|тайфун\w*|цунам\w*"
    r"|столкновени\w* (?:рейсов\w* |пассажирск\w* )?(?:автобус|грузовик|автомобил|машин|поезд)"
    r"|зіткненн\w* (?:рейсов\w* |пасажирськ\w* )?(?:автобус|вантажівк|автомобіл|авто|потяг)|коротк\w* замыкани\w*"
    r"|(?:зіткнул|столкнул)\w* (?:\w+ ){0,2}(?:автобус|мікроавтобус|микроавтобус|вантажівк|грузовик|автомобіл|автомобил"
    r"|легков|потяг|поезд)"
    r"|коротк\w* замиканн\w*|замикання|нарушени\w* (?:техники безопасности|правил дорожного)"
    r"|порушенн\w* (?:техніки безпеки|правил дорожнього)"
    # a gas blast in a flat: "хлопок бытового газа", "взрыв газа", "газовоздушной смеси"
    r"|(?:взрыв|вибух|хлоп)\w* (?:бытового |побутового )?газ[ау]?\b|газовоздушн\w*|газоповітрян\w*",
    re.IGNORECASE,
)
_ATTACK_CUE = re.compile(
    r"\b(?:bomb\w*|explosive|ied|attack\w*|sabotage|arson|drones?|missiles?|shell\w*|strike)\b"
    r"|взрывн\w* устройств|вибухов\w* пристр|диверс|підпал|поджог|подожг|атак|напад|напал|обстр|ракет|дрон"
    r"|беспилот|безпілот|снаряд|теракт",
    re.IGNORECASE,
)


# Ordinary crime is no ACLED event, nor is the police's arrest for it: a killing in a quarrel, a robbery, a drunk
# driver — unless the account ties it to the war or to politics (treason, sabotage, a security service, soldiers).
_ORDINARY_CRIME = re.compile(
    r"\b(?:jealousy|domestic (?:dispute|violence|row)|quarrel|robbery|robbed|burglary|drunk(?:en)? driv\w+"
    r"|while drunk|under the influence)\b"
    r"|сварк\w*|ссор\w*|ревнощ\w*|ревност\w*|співмешкан\w*|сожител\w*|напідпитку|нетверез\w*|сп'яніння|сп’яніння"
    r"|алкогольн\w* (?:сп|оп)\w*|в нетрезвом|пограбуванн\w*|розбійн\w* напад\w*|разбо\w*|грабеж\w*|грабіж\w*"
    r"|крадіжк\w*|краж\w*|умисн\w* вбивств\w*|умышленн\w* убийств\w*|побутов\w* конфлікт\w*|бытов\w* конфликт\w*"
    r"|\bдтп\b|домашн\w* насильств\w*"
    # the criminal code's articles on murder, assault, theft, robbery and road crashes (Ukraine's; Russia's)
    r"|\bст(?:\.|ат\w*)\s*(?:115|121|185|186|187|286|105|111|158|161|162|264)\b",
    re.IGNORECASE,
)
_POLITICAL_OR_WAR = re.compile(
    r"\b(?:treason|sabotage|espionage|spy\w*|terror\w*|partisan\w*|fsb|sbu|soldiers?|servicem[ae]n|troops"
    r"|military|occupation|occupying|protest\w*|russian forces|ukrainian forces|shelling|drones?|missiles?)\b"
    r"|зрад\w*|измен\w*|диверс\w*|шпигун\w*|шпион\w*|терор\w*|террор\w*|партизан\w*|підпіл\w*|подпол\w*"
    r"|фсб|сбу|військов\w*|военн\w*|окупа\w*|оккупа\w*|протест\w*|мітинг\w*|митинг\w*|обстріл\w*|обстрел\w*"
    r"|дрон\w*|ракет\w*|росгвард\w*|колабор\w*|коллабор\w*|экстремист\w*|екстреміст\w*"
    # a killing of an official or a deputy is political whatever the police say of it
    r"|\b(?:officials?|administrators?|(?:head|chief) of (?:the )?(?:\w+ )?administration|deputy|deputies|mayor)\b"
    r"|администрац\w*|адміністрац\w*|чиновник\w*|посадов\w*|депутат\w*|\bмэр\w*|\bмер\b|мера\b|старост\w*",
    re.IGNORECASE,
)


def _is_ordinary_crime(passage: Passage, doc: Document) -> bool:
    """A crime and the arrest for it with nothing of the war or politics in the account (ACLED codes neither).

    The account is the passage's paragraphs ("Водія затримано." ends a paragraph that tells a drunk driver's
    crash), or the whole story when nothing in it touches the war or politics ("Зловмисника затримали
    поліцейські" after a paragraph on a killing in a quarrel)."""
    if passage.label not in ("Arrests", "Attack", "Abduction/forced disappearance", "Looting/property destruction"):
        return False
    text = doc.text
    start = text.rfind("\n\n", 0, passage.start) + 1
    end = text.find("\n\n", passage.end)
    story = f"{doc.title}\n{text}"
    # ("ідеться не про диверсію, а про звичайну крадіжку": a sabotage the police rule out makes nothing political)
    return any(_ORDINARY_CRIME.search(account) is not None
               and _POLITICAL_OR_WAR.search(_RULED_OUT.sub(" ", account)) is None
               for account in (text[start:end if end >= 0 else len(text)], story))


_RULED_OUT = re.compile(r"(?<!\w)(?:не про|не о|не об|not an? (?:act of )?|rather than)\s+\w+", re.IGNORECASE)


# An air-raid alert the account says ended with no hit is no strike: "тривала повітряна тривога … Влучань і вибухів
# не зафіксовано", "no strikes were recorded during the alert".
_ALERT = re.compile(r"\bair[- ]raid (?:alert|siren)s?|повітрян\w* тривог\w*|воздушн\w* тревог\w*", re.IGNORECASE)
_NO_HIT = re.compile(
    r"\bno (?:\w+ )?(?:hits|strikes|explosions|impacts|launches)\b|\bno reports of (?:\w+ )?(?:hits|strikes|explosions"
    r"|impacts)\b|(?:влучан|вибух|прил[іь]от)\w*(?: (?:і|та|й) \w+)?"
    r"(?: [\w-]+){0,10} не (?:зафіксовано|було)|(?:попадани|взрыв|прил[её]т)\w*(?: (?:и|или) \w+)?(?: [\w-]+){0,10}"
    r" не (?:зафиксировано|было)",
    re.IGNORECASE,
)


def _is_alert_without_strike(passage: Passage, language: str) -> bool:
    return _ALERT.search(passage.text) is not None and _NO_HIT.search(passage.text) is not None \
        and count_casualties(passage.text, language) == (0, 0)


# Deminers blowing up found ordnance on purpose: "контрольоване знищення вибухонебезпечних предметів … це не обстріл".
_CONTROLLED_DETONATION = re.compile(
    r"\bcontrolled (?:detonation|explosion|demolition|destruction)s?\b|контрольован\w* (?:знищенн|підрив|вибух)\w*"
    r"|контролируем\w* (?:уничтожени|подрыв|взрыв)\w*|планов\w* (?:знищенн|підрив|уничтожени|подрыв)\w*",
    re.IGNORECASE)


def _is_controlled_detonation(passage: Passage, language: str) -> bool:
    return _CONTROLLED_DETONATION.search(passage.text) is not None \
        and count_casualties(passage.text, language) == (0, 0)


def _is_accident(passage: Passage, doc: Document, sentences: list[Sentence]) -> bool:
    """An accident, not an attack; a protest or a mob that an accident set off is still a protest or a riot. A
    story that leads with an accident ("Взрыв газа в Брянске") tells its toll and damage in sentences of their own."""
    if _ATTACK_CUE.search(passage.text) is not None:
        return False
    if passage.label in PROTESTS | RIOTS:
        if _GATHERING.search(passage.text):
            return False
    elif _ACCIDENT.search(passage.text):
        return True
    lead = f"{doc.title}\n{sentences[0].text}" if sentences else doc.title
    if _ACCIDENT.search(lead) is not None and _ATTACK_CUE.search(lead) is None:
        return True
    # a derailment whose cause the next sentences give as a fault: "Двенадцать вагонов сошли с рельсов … причиной
    # схода стала неисправность ходовой части" (a blast or sabotage told there makes it none)
    opening = " ".join(s.text for s in sentences[:ACCIDENT_CAUSE_SENTENCES])
    return _DERAILED.search(passage.text) is not None and _ACCIDENT.search(opening) is not None \
        and _ATTACK_CUE.search(opening) is None and _EXPLOSIVE.search(opening) is None \
        and _SABOTAGE_ACT.search(opening) is None


# The sentences of a story's opening in which a derailment's cause is told.
ACCIDENT_CAUSE_SENTENCES = 4
_DERAILED = re.compile(r"\bderail\w*|(?<!\w)(?:сошл?\w* с рельсов|сход\w* (?:с рельсов|вагон|поезд|состав)\w*"
                       r"|зійш\w* з рейок|сход\w* з рейок)", re.IGNORECASE)


def _is_background_clause(passage: Passage, doc: Document) -> bool:
    """Whether the passage's clearest event sentence is background to a newer piece of news.

    "Ships left port on Friday … The deal, signed last month, …": the anchor
    sentence dates its event more than a week back while another sentence
    of the passage dates something within the week. Holds in the lead too,
    where :func:`_is_passing_mention` does not look.
    """
    if passage.anchor is None or len(passage.sentences) < 2:
        return False
    published = _day(doc.published_at)
    if published is None:
        return False

    def age(day: str) -> int:
        return (published - date.fromisoformat(day)).days

    anchor_days = time_references(passage.anchor.text, doc.published_at)
    if not anchor_days or any(age(day) <= OLD_EVENT_DAYS for day, _ in anchor_days):
        return False
    return any(age(day) <= OLD_EVENT_DAYS
               for sentence in passage.sentences if sentence is not passage.anchor
               for day, _ in time_references(sentence.text, doc.published_at))


# A daily briefing's period: "за прошедшие сутки", "за минулу добу", "over the past 24 hours".
_PAST_DAY = re.compile(r"(?i)за (?:прошедшие |минувшие |последние )?сутки|за (?:минулу |останню )?добу"
                       r"|(?:в течение|на протяжении) (?:прошедших |минувших |последних )?суток"
                       r"|(?:(?:протягом|упродовж|впродовж) )?(?:минулої |останньої )доби|(?:протягом|упродовж|впродовж) доби"
                       r"|(?:over|in) the (?:past|last) (?:24 hours|day)")


def _digest_header(event: _Event, doc: Document, header: str) -> list[str]:
    """The title and ``header`` (the digest's first sentence) for an event told as an item of a digest's list
    ("🔴 Лозова — влучання …") or of a military summary's sectors ("На Лиманському напрямку …"): what dates it.
    [] for any other event."""
    if any(opens_list_item(p.text, doc.text) or SECTOR_OPENER.match(p.text) or AREA_OPENER.match(p.text)
           for p in event.passages):
        return [doc.title or "", header]
    return []


_SUMMARY_OPENING_SENTENCES = 3  # a military summary's header and its tally of the past day
_HEADER_WORDS = 8  # a lead this short that names an hour is the post's header ("Богучар, около 03:20 ночи.")
# (Wider than dates.tells_an_hour: digits, and "часов"/"години" that may be a duration; so it dates only a scene the
# classifier is sure of, or a post's short header.)
_CLOCK = re.compile(
    r"\b\d{1,2}[:.]\d\d\b|\b\d{1,2} ?[ap]\.?m\b|o'clock"
    r"|(?:около|примерно|в|о|об|близько|приблизно|at|around|about) (?:\w+ )?(?:утра|дня|вечера|ночи|часов|часа|ранку|вечора"
    r"|ночі|години|годині|in the (?:morning|evening|afternoon))", re.IGNORECASE)


def _scene(event: _Event, doc: Document, sentences: list[Sentence] | None) -> Sentence | None:
    """The sentence that sets the scene of an account naming no time of its own: "Вчера около девяти вечера к дому
    жителя подъехали две машины без номеров. Несколько человек в балаклавах … надели мужчине на голову мешок и
    увезли." It is the sentence just before the event's first passage in its paragraph, opens on a day or an hour,
    has no event word (one that has and is no passage told what the classifier found no event in: "Вчера около
    23:00 в доме произошел взрыв бытового газа") and tells no accident ("хлопок бытового газа")."""
    first = min(p.first_index for p in event.passages)
    if not sentences or first == 0:
        return None
    scene = sentences[first - 1]
    opening = strip_dateline(scene.text)
    if "\n" in doc.text[scene.end:event.start] or not (opens_on_a_day(opening) or TIME_OPENER.match(opening)) \
            or has_trigger(scene.text) or _ACCIDENT.search(scene.text) \
            or any(has_time_reference(doc.text[p.start:p.end], doc.published_at) for p in event.passages):
        return None
    return scene


def _date_from_scene(event: _Event, doc: Document, sentences: list[Sentence], language: str) -> tuple[str, int] | None:
    """The day the sentence that sets an undated account's scene names."""
    scene = None if event.named_day else _scene(event, doc, sentences)
    if scene is None:
        return None
    return _recent_day(scene.text, doc, language)


def _recent_day(text: str, doc: Document, language: str, repeated: bool | None = None) -> tuple[str, int] | None:
    """The day ``text`` names, to the day, when it is at most OLD_EVENT_DAYS before publication (an older one is
    background, not the event's; ``repeated``: see resolve_event_date)."""
    day, precision = _resolve_date(text, doc, language, repeated)
    published, happened = _day(doc.published_at), _day(day)
    if precision != 1 or happened is None or published is None or not 0 <= (published - happened).days <= OLD_EVENT_DAYS:
        return None
    return day, precision


# A scene told as it happens: the air defence has just fired, a roof is burning, rescuers are on their way.
_LIVE_SCENE = re.compile(
    r"(?<!\w)(?:спрацювала ппо|сработала пво|(?:тривога|тревога) (?:ще )?(?:триває|продолжается)"
    r"|(?:горить|горит|горять|горят|палає) (?:\w+ )?(?:дах|будин\w*|п'ятиповерхівк\w*|машин\w*|крыша|дом\w*|пятиэтажк\w*)"
    r"|(?:їдуть|выезжают|едут) (?:рятувальник|спасател|швидк|скор)\w*|на місці (?:вже )?рятувальники"
    r"|на месте уже спасатели)(?!\w)"
    r"|\b(?:air defen[cs]es? (?:is|are) (?:now )?(?:working|active)|the alert (?:is still on|continues))\b",
    re.IGNORECASE)


def _is_dated(event: _Event, doc: Document, lead: str = "", header: str = "",
              sentences: list[Sentence] | None = None) -> bool:
    """Whether any passage of the event names a recent day on which something happened, or its hour.

    "Patrols were stepped up last April, when a car was blown up" dates a
    memory, not this story's event; "Около 13:00 над посёлком сбили…" in a
    governor's daily summary names the hour of today's incident. An event told
    in the lead is dated by ``lead``, the story's first sentence when it is no
    passage of its own but speaks of an event ("Этой ночью … произошёл подрыв
    моста. Повреждён пролёт…": the classifier found the event only in the second).
    An item of a digest's list is dated by the title or ``header``, the digest's first sentence, and
    any event by the sentence that sets its scene (see ``_scene``).
    """
    published = _day(doc.published_at)
    # Each passage's whole span: "Инцидент произошел сегодня около 08:40" between two of its event sentences
    # has no event word of its own.
    texts = [doc.text[p.start:p.end] for p in event.passages]
    if len(event.passages) > 1:
        # ... and the sentences between them: "…зник безвісти після затримання. ¶ За її словами, у вівторок, 15 липня,
        # до батька прийшли троє військових. … Окупанти вивезли його у невідомому напрямку."
        texts.append(doc.text[event.start:event.end])
    if lead and min(p.first_index for p in event.passages) < LEAD_SENTENCES:
        if _CLOCK.search(lead) and len(lead.split()) <= _HEADER_WORDS:
            return True  # a local channel's "Богучар, около 03:20 ночи." heads the post with the hour
        if has_trigger(lead):
            texts.append(lead)
    # A scene that names the hour dates an account the classifier is sure tells an event (if not of which type):
    # "Вчера около девяти вечера к дому подъехали две машины", not "Сьогодні починається новий навчальний рік".
    scene = _scene(event, doc, sentences)
    if scene is not None and _CLOCK.search(scene.text) \
            and max(p.eventness for p in event.passages) >= MIN_SEPARATE_EVENTNESS:
        texts.append(scene.text)
    texts += _digest_header(event, doc, header)
    heading = dateline(doc.text)
    opening = next((p for p in event.passages if p.first_index < LEAD_SENTENCES), None)
    if heading and published is not None and opening is not None \
            and _tells_in_so_many_words(opening.sentences[0].text, doc.language or "en") \
            and any((published - date.fromisoformat(day)).days <= OLD_EVENT_DAYS
                    for day, _ in time_references(heading, doc.published_at)):
        # a wire story whose lead tells a death, a capture or a mine blast in so many words tells the news of the
        # day its dateline names ("ДОНЕЦК, 15 апреля. Сотрудник МЧС погиб при разминировании…"), though the dateline
        # dates no event of its own (a feature's lead, "LONDON, Sept 7 - Russia has stepped up grain shipments…",
        # tells none)
        return True
    if any(_LIVE_SCENE.search(text) for text in texts):
        return True  # a post written while it happens ("спрацювала ППО! … горить дах … Тривога триває!") is today's
    for text in texts:
        text = strip_dateline(text)
        if TIME_OPENER.match(text) or _PAST_DAY.search(text) or tells_an_hour(text):
            return True
        if published is None:
            if has_time_reference(text, doc.published_at):
                return True
            continue
        if any((published - date.fromisoformat(day)).days <= OLD_EVENT_DAYS
               for day, _ in time_references(text, doc.published_at)):
            return True
    return False


def _tells_in_so_many_words(sentence: str, language: str) -> bool:
    """Whether ``sentence`` tells someone killed, a place captured or a mine gone off."""
    capture = _CAPTURE.search(sentence)
    return count_casualties(sentence, language)[0] > 0 or MINE_BLAST.search(sentence) is not None \
        or capture is not None and not _CAPTURE_FAILED.search(sentence)


# ACLED's protest sub-types turn on what the crowd and the authorities did: a crowd
# that did violence is a violent demonstration; otherwise force that killed or
# badly hurt protesters is excessive force, dispersal or arrests an intervention,
# and nothing a peaceful protest.
_NO_INTERVENTION = re.compile(
    r"\b(?:no(?:body| one) (?:was|has been|had been) (?:detained|arrested)"
    r"|no (?:arrests|detentions) (?:were|was|have been|had been) (?:made|reported)"
    r"|(?:made|making|with|and|but) no (?:arrests|detentions)|did not (?:detain|arrest|disperse|intervene|open fire)\w*"
    r"|без (?:затримань|задержаний)|(?:ніяких|жодних|никаких) (?:затримань|задержаний)"
    r"|(?:затримань|задержаний) не (?:було|было)"
    r"|не (?:затримува|розганя|втруча|задержива|разгоня|вмешива)\w*"
    r"|(?:police|officers|soldiers) (?:watched|looked on|stood by|did not intervene)"
    r"|затримань не було|нікого не затрима\w*|поліці\w* спостерігал\w*|не втручал\w*"
    r"|задержаний не было|никого не задержа\w*|полици\w* наблюдал\w*|не вмешивал\w*)",
    re.IGNORECASE,
)
_INTERVENTION = re.compile(
    r"\b(?:detain\w*|arrest\w*|dispers\w*|broke up|break up|pushed back"
    r"|затрима\w*|заарешт\w*|розігна\w*|розганя\w*|відтісни\w*|задержа\w*|арестова\w*|разогна\w*|разгоня\w*"
    r"|оттесни\w*)",
    re.IGNORECASE,
)
# The authorities acting on the crowd, not a protest about someone's arrest: the police as the
# doer, the protesters as the ones detained, or the riot-control means themselves.
_POLICE = (r"(?:police\w*|officers|(?:security )?forces|riot police|troops|soldiers|guards|omon|authorities|crackdown"
           r"|поліці\w*|правоохоронц\w*|силовик\w*|військов\w*|омон\w*|росгвард\w*|спецназ\w*"
           r"|полици\w*|полицейск\w*|сотрудник\w*|военн\w*)")
_CROWD = (r"(?:protesters|demonstrators|participants|activists|crowd|people|residents|rioters|youths|students|supporters"
          r"|протестувальник\w*|мітингувальник\w*|демонстрант\w*|учасник\w*|активіст\w*|натовп\w*|люд\w*|студент\w*"
          r"|мешканц\w*|жител\w*|протестующ\w*|митингующ\w*|участник\w*|активист\w*|толп\w*)")
_FORCES = re.compile(r"\b" + _POLICE + r"\b", re.IGNORECASE)
_ACTED_ON_CROWD = re.compile(
    _POLICE + r"\b[^.;]{0,50}?\b(?:detain\w*|arrest\w*|dispers\w*|broke up|pushed back|suppress\w*|quell\w*"
    r"|crack(?:ed|ing)? down|cordon\w*|затрима\w*|розігна\w*|відтісни\w*|придуши\w*|придушува\w*|задержа\w*"
    r"|разогна\w*|оттесни\w*|подави\w*|подавля\w*)"
    r"|\b(?:\d+|several|dozens of|some|a number of|at least \w+) " + _CROWD + r" (?:were |had been )?(?:detained|arrested)"
    r"|\b(?:затримал\w*|затримано|задержал\w*|задержан\w*) (?:щонайменше |не менее |по меньшей мере |около |близько )?\d+"
    # people detained and driven off, or bundled into a bus: "задержали и увезли в отдел", "посадили в автобус"
    r"|\b(?:затрима|задержа)\w* (?:і|й|та|и) (?:вивез|увез|відвез|отвез|доставил|доставили)\w*"
    # ... or driven to a police station: "Троих … увезли в отдел", "taken to a police station"
    r"|\b(?:увез|вивез|відвез|отвез|доставил|доставлен)\w* (?:\w+ ){0,2}(?:в|у|до) (?:отдел|отделени|райотдел|відділ"
    r"|райвідділ|поліці|полици|участ|автозак)\w*|\btaken to (?:a |the )?police stations?\b"
    r"|\b(?:затолка|заштовха|запихну|запха|посади)\w* (?:\w+ ){0,2}(?:в|у) (?:автобус|автозак|бус|мікроавтобус|микроавтобус)\w*"
    r"|\b(?:bundled|forced|pushed|dragged) (?:\w+ ){0,2}into (?:a |police |waiting )?(?:bus|van|police van)s?\b"
    r"|\b(?:tear ?gas|water cannon\w*|rubber bullets|pepper spray|stun grenades|сльозогін\w*|водомет\w*"
    r"|гумов\w* кул\w*|світлошумов\w*|слезоточив\w*|резинов\w* пул\w*|светошумов\w*|перцов\w*)",
    re.IGNORECASE,
)
_CROWD_VIOLENCE = re.compile(
    _CROWD + r"\b[^.;,]{0,40}?\b(?:threw|hurled|pelted|set fire|set ablaze|torched|smashed|vandali[sz]ed|looted"
    r"|stormed|ransacked|overturned|attacked (?:police|officers|the)|fought with police|clashed with police"
    r"|кидал\w*|жбурля\w*|закида\w*|підпали\w*|розгроми\w*|трощи\w*|штурмува\w*|напал\w* на (?:поліц|правоохорон)"
    r"|бросал\w*|броса\w*|забрасыва\w*|подожгл\w*|подожг\w*|разгроми\w*|круши\w*|штурмова\w*"
    r"|напал\w* на (?:полиц|сотрудник))"
    r"|\b(?:stone-throwing|molotov|petrol bombs?|коктейл\w* молотова)"
    # ACLED: vandalism and road-blocking with barricades or burning tyres are a crowd's violence too
    r"|\b(?:pull(?:ed|ing)? down|tore down|tear(?:ing)? down|broke (?:into|through)|forced their way|barricad\w*"
    r"|burn(?:ed|t|ing)? (?:\w+ )?(?:tyres|tires)|(?:tyres|tires) (?:were )?(?:set )?(?:burn\w*|ablaze|on fire)"
    r"|барикад\w*|шин\w* (?:палал\w*|горіл\w*|горел\w*)|(?:палил\w*|підпалил\w*|жгли|подожгли) (?:\w+ )?(?:шини|шины|покрышки))",
    re.IGNORECASE,
)
# "protesters clashed with police", "сутички між демонстрантами та поліцією": in ACLED's words a
# physical clash with the forces is the crowd's own violence, whoever struck first.
_CLASH = re.compile(r"\b(?:clash\w*|scuffle\w*|skirmish\w*|сутичк\w*|бійк\w*|стычк\w*|столкновени\w*|потасовк\w*)",
                    re.IGNORECASE)
_CROWD_NOUN = re.compile(r"\b" + _CROWD, re.IGNORECASE)
# "the ministry's claim that protesters threw stones": violence the outlet only reports as alleged.
# "учасники акції не кидали" (no stones or bottles), "protesters did not throw anything": denied, not done.
_DENIED = re.compile(r"\b(?:не|ні|ни|not|never|didn't)\s", re.IGNORECASE)
_ALLEGED = re.compile(r"claim\w* that|alleg\w*|accus\w*|нібито|начебто|звинувач\w*|якобы|обвин\w*|утвержд\w*",
                      re.IGNORECASE)
_HARMFUL_FORCE = re.compile(
    _POLICE + r"\b[^.;]{0,50}?\b(?:opened fire (?:on|at)"
    r"|fired (?:live|on|at|into (?:the )?(?:crowd|protesters|demonstrators|people))"
    r"|shot (?:at|dead|into (?:the )?crowd)|beat\w* (?:\w+ )?(?:protesters|demonstrators|people)"
    r"|відкрил\w* вогонь (?:по|на)|стріля\w* (?:по|в) (?:людя|натовп|протест|мітинг)|побил\w*"
    r"|открыл\w* огонь (?:по|на)|стреля\w* (?:по|в) (?:людя|толп|протест|митинг)|избил\w*)"
    r"|\b(?:protesters|demonstrators) (?:were |was )?(?:killed|shot dead|shot and killed)"
    r"|\b(?:загинул\w*|убит\w*|погибл\w*|погиб\w*) (?:\w+ )?(?:протестувальник\w*|мітингувальник\w*|протестующ\w*|митингующ\w*)"
    r"|\blive (?:ammunition|rounds|fire)|бойов\w* (?:патрон\w*|набо\w*)|бойовими|боев\w* (?:патрон\w*)|боевыми"
    r"|\bexcessive force|надмірн\w* (?:сил\w*|насильств\w*)|чрезмерн\w* (?:сил\w*|насили\w*)",
    re.IGNORECASE,
)
PEACEFUL, INTERVENTION, EXCESSIVE = "Peaceful protest", "Protest with intervention", "Excessive force against protesters"
VIOLENT_DEMONSTRATION = "Violent demonstration"


# A sentence set on another occasion ("last week troops scattered a crowd") tells nothing of this one.
_ANOTHER_OCCASION = re.compile(r"\b(?:last week|the week before|earlier|минулого тижня|на минулому тижні|тижнем раніше"
                               r"|на прошлой неделе|неделей ранее)\b", re.IGNORECASE)


def _protest_label(label: str, text: str, language: str) -> str:
    """The protest sub-type ACLED's codebook gives for what the crowd and the authorities are said to have done."""
    sentences = [s.text for s in split_sentences(text)
                 if not _ANOTHER_OCCASION.search(s.text) and not is_passing_mention(s.text, None, None)
                 and not is_period_tally(s.text)]
    text = " ".join(sentences)
    if any(not _ALLEGED.search(text, max(0, m.start() - 60), m.start()) and not _DENIED.search(m.group())
           for m in _CROWD_VIOLENCE.finditer(text)) \
            or any(_CLASH.search(sentence) and _CROWD_NOUN.search(sentence) and _FORCES.search(sentence)
                   and not _ALLEGED.search(sentence) for sentence in sentences):
        return VIOLENT_DEMONSTRATION
    # force on a crowd the account gives no violence of its own is excessive, whatever the classifier read
    if _HARMFUL_FORCE.search(text) or any(_FORCES.search(sentence) and count_casualties(sentence, language)[0] > 0
                                          for sentence in sentences):
        return EXCESSIVE
    if label in (VIOLENT_DEMONSTRATION, EXCESSIVE):
        return label
    affirmed = _NO_INTERVENTION.sub("", text)  # what the authorities did, their denials left out
    if _ACTED_ON_CROWD.search(affirmed):
        return INTERVENTION
    if label == INTERVENTION and affirmed != text and not _INTERVENTION.search(affirmed):
        return PEACEFUL
    return label


CHANGE_TO_GROUP, HQ_ESTABLISHED = "Change to group/activity", "Headquarters or base established"
# Men handed call-up papers and taken to the enlistment office: a conscription drive, which ACLED codes as a change
# to the drafting force's activity, not as their arrest or abduction.
_SUMMONS = re.compile(
    r"\b(?:summons(?:es)?|draft notices?|call-up (?:papers|notices)|conscription notices?"
    r"|(?:forcibly|forced to) (?:mobili[sz]|conscript)\w*)\b"
    r"|повістк\w*|повестк\w*|примусов\w* мобіліза\w*|принудительн\w* мобилиза\w*|примусово мобіліз\w*"
    r"|принудительно мобилиз\w*", re.IGNORECASE)
ABDUCTION = "Abduction/forced disappearance"
# Property taken, burnt or broken into: "забрали в місцевих жителів 16 моторних човнів", "захопили склади й техніку",
# "seized two tractors", "згоріли дві вантажівки".
_PROPERTY_TAKEN = re.compile(
    r"\b(?:seiz\w*|took|taken|stole\w*|confiscat\w*|loot\w*|burn\w*|torch\w*|set fire to)\b[^.;]{0,50}?"
    r"\b(?:boats?|cars?|vehicles?|trucks?|tractors?|combines?|equipment|machinery|warehouses?|grain|seeds?|property"
    r"|houses?|apartments?|flats?|livestock|cattle|money|phones?|nets)\b"
    r"|(?:захопи|забра|вивез|відібра|вилучи|конфіскува|зламали замки|спали|підпали|згоріл|захвати|вывез|отобра"
    r"|изъя|конфискова|угна|сожгл|подожгл|сгорел)\w*[^.;]{0,50}?(?:човн|лодк|катер|автомобіл|машин|вантажівк"
    r"|грузовик|трактор|комбайн|техні|техник|склад|зерн|насінн|семян|майн|имуществ|житл|квартир|будинк|домов"
    r"|худоб|скот|грош|деньг|телефон|сітк|сет(?:и|ей))",
    re.IGNORECASE)
# ... and a person taken: "abducted the farmer", "забрали з дому 17-річного школяра", "увезли мужчину".
_PERSON = (r"(?:чолов|жінк|людей|людин|мешканц|жител|хлопц|підлітк|школяр|дівчин|директор|вчител|учител|фермер"
           r"|учасник|активіст|активист|волонтер|журналіст|журналист|старост|голов|священ|мужчин|женщин|подрост"
           r"|школьник|девушк|парн|сына|сина"
           r"|його|її|его|её|ее)")
# A person named as the one taken away: "took its owner away", "фермера … вивезли", "самого мужчину увезли".
_SOMEONE_TAKEN = re.compile(
    r"\b(?:took|taken|drove|driven|dragged|led) (?:\w+ ){0,2}?(?:owner|farmer|man|woman|him|her|them|head|director)\b"
    r"[^.;]{0,20}?\baway\b|(?:" + _PERSON + r")\w*[^.;]{0,60}?(?:вивез|увез|вывез|забра|відвез|отвез)\w*",
    re.IGNORECASE)
_PERSON_TAKEN = re.compile(
    r"\b(?:abduct\w*|kidnap\w*|disappear\w*|missing|unknown (?:location|destination)|bags? over)\b"
    r"|\b(?:took|taken|drove|driven|dragged|led) (?:\w+ ){0,3}?(?:away|from (?:his|her|their) homes?)\b"
    r"|\b(?:took|drove|dragged|led) (?:him|her|them)\b"
    r"|викра\w* (?:\w+ ){0,2}?" + _PERSON + r"|похищ\w*|похити\w*|зник\w*|безвісти|без вести|невідом\w* напрям\w*"
    r"|неизвестн\w* направлени\w*|мішо?к(?:а|ом|у)?\b|мешо?к(?:а|ом|е)?\b"
    r"|(?:забра|вивез|увез|відве|увел|вывез|затрима|задержа)\w* (?:з|із|из) (?:дому|дома)"
    r"|(?:забра|вивез|увез|повез|відве|увел|вывез)\w*\s+(?!(?:в|у|від|з|із|от|из|from)\s)(?:\S+\s+){0,2}?" + _PERSON
    + r"|посади\w* (?:\S+ )?(?:в|у) (?:машин|автомобіл|автомобил|мікроавтобус|микроавтобус|бус|фургон)"
    # the person before the verb: "самого мужчину увезли в Скадовск", "чоловіка вивезли"
    r"|(?:" + _PERSON + r"\w*|их|їх)\s+(?:\S+\s+)?(?:забра|вивез|увез|повез|відвез|вывез|отвез)\w*",
    re.IGNORECASE)
# Homes torn down: "bulldozing nine private homes", "знесли шість будинків", "снесли дома".
# Goods carried out of a place: "винесли комп'ютери, сервер", "вынесли оборудование", "hauled off the computers".
_CARRIED_OFF = re.compile(
    r"\b(?:carried|hauled|took) (?:off|out|away)\b[^.;]{0,30}?\b(?:computers?|servers?|equipment|cameras?|furniture"
    r"|goods|everything)\b|(?<!\w)(?:винес|винош|вынес|вынос|вивез|вывез|позабира)\w*[^.;]{0,30}?"
    r"(?:комп.ютер|компьютер|сервер|обладнанн|оборудован|апаратур|аппаратур|техні|техник|меблі|мебел|майн|имуществ)",
    re.IGNORECASE)
_DEMOLISHED = re.compile(r"\b(?:demolish\w*|bulldoz\w*)\b|(?:знес|зноси|снес|сноси)\w* (?:\w+ ){0,3}(?:будин|житл|дом|жил)",
                         re.IGNORECASE)
_DETAINED_OR_SEIZED = frozenset({"Arrests", "Abduction/forced disappearance", "Looting/property destruction"})
_BASE = (r"(?:(?:military |army )?bases?|headquarters|hq|(?:military |army )?camps?|outposts?|observation (?:posts?|points?)"
         r"|barracks|штаб\w*|баз[аиуоі]\w*|табір|табор\w*|казарм\w*|спостережн\w* пост\w*|опорн\w* пункт\w*"
         r"|лагер\w*|наблюдательн\w* пост\w*)")
_BASE_SET_UP = re.compile(
    r"\b(?:set up|sets up|setting up|establish(?:ed|es|ing)?|built|opened|облаштува\w*|облаштову\w*|створи\w*"
    r"|розмісти\w*|розміщу\w*|встанови\w*|обустро\w*|созда\w*|размести\w*|размеща\w*|установи\w*)"
    r"\b[^.;]{0,40}?\b" + _BASE + r"\b"
    r"|\b" + _BASE + r"\b[^.;]{0,20}?\b(?:was|were|has been|have been|had been)? ?(?:set up|established)\b"
    # a unit stationed in a building taken over: "там разместили подразделение, которое запускает беспилотники"
    r"|(?:размест|розміст)\w* (?:\w+ )?(?:подразделени|підрозділ|штаб|част[ьи]н?)\w*",
    re.IGNORECASE)
_BASE_NAMED = re.compile(r"\b" + _BASE + r"\b", re.IGNORECASE)
# Something set up, whatever it is called ("the latest Turkish point was established", "пункт було створено").
_SET_UP = re.compile(r"\b(?:set up|sets up|setting up|establish(?:ed|es|ing)?)\b|(?<!\w)(?:облаштува\w*|облаштову\w*"
                     r"|створ\w*|созда\w*|обустро\w*|установи\w*|встанови\w*)", re.IGNORECASE)
_RIOT_AGENT = re.compile(r"\b(?:tear ?gas|pepper spray|сльозогін\w*|сльозоточив\w*|слезоточив\w*|перцов\w*)",
                         re.IGNORECASE)
_GATHERING = re.compile(r"\b(?:protest\w*|demonstrat\w*|rall(?:y|ies|ied)|march\w*|activists?|crowds?|sit-in"
                        r"|протест\w*|демонстрант\w*|мітинг\w*|акці\w*|активіст\w*|натовп\w*"
                        r"|митинг\w*|акци\w*|активист\w*|толп\w*)", re.IGNORECASE)
# Leaflets, stickers, ribbons and slogans painted on walls: a campaign's words, not force.
_LEAFLETS = re.compile(r"\b(?:leaflets?|flyers?|graffiti|stickers?)\b|листів\w*|листовк\w*|графіті|граффити|напис\w*"
                       r"|надпис\w*|наліпк\w*|наклейк\w*", re.IGNORECASE)
_VANDALISM = re.compile(r"\b(?:vandal\w*|defac\w*)|вандал\w*|порч\w* (?:\w+ )?имуществ\w*|псуванн\w* (?:\w+ )?майна"
                        r"|пошкодженн\w* (?:\w+ )?майна|повреждени\w* (?:\w+ )?имуществ\w*", re.IGNORECASE)
# Sabotage told as an "action": "акція рейкової війни", "диверсионная акция", "rail war".
_SABOTAGE_ACT = re.compile(r"\b(?:sabotage|rail war)\b|рейков\w* війн\w*|рельсов\w* войн\w*|диверс\w*|саботаж\w*"
                           r"|релейн\w*", re.IGNORECASE)
# What a crowd does: gathers, comes out, marches, demands, chants, holds placards or flags.
_CROWD_ACTS = re.compile(
    r"\b(?:gather\w*|assembl\w*|rall\w*|march\w*|chant\w*|demand\w*|placards?|banners?|flags?|came out|took to)\b"
    r"|\b(?:participants|disperse|refus\w* to (?:leave|go))\b|(?:отказал|отказыва|відмовил|відмовля)\w* (?:уходить|уйти"
    r"|расходиться|йти|піти|розходитися)"
    r"|(?:зібрал\w*|зібрав\w*|збира\w*|вийшл\w*|вимага\w*|скандува\w*|плакат\w*|прапор\w*|гасл\w*|учасник\w*"
    r"|розійти\w*|собрал\w*|собира\w*|вышл\w*|требова\w*|скандирова\w*|флаг\w*|лозунг\w*|участник\w*"
    r"|разойти\w*)", re.IGNORECASE)
# A crowd's protest told in an account's lead: a protest, rally, picket or strike, or people blocking a
# road or holding placards ("близько 80 гірників … перекрили дорогу до шахтоуправління").
_PROTEST_LEAD = re.compile(
    r"\b(?:protest\w*|demonstrators?|rall(?:y|ies|ied)|sit-in|pickets?|протест\w*|мітинг\w*|демонстрант\w*|пікет\w*"
    r"|страйк\w*|митинг\w*|пикет\w*|забастов\w*"
    r"|blocked (?:the |a )?(?:road|highway|street|entrance)\w*|held (?:up )?(?:placards|banners)"
    r"|перекри\w* (?:дорог|трас|шлях|в'їзд|вулиц)\w*|перекры\w* (?:дорог|трасс|въезд|улиц)\w*"
    r"|вийшл\w* (?:на|з) плакат\w*|вышл\w* (?:на|с) плакат\w*)", re.IGNORECASE)
_DETENTION = re.compile(r"\b(?:detain\w*|arrest\w*|затрима\w*|заарешт\w*|задержа\w*|арестова\w*|повязал\w*"
                        # "11 человек доставлены в отдел полиции", "taken to a police station"
                        r"|доставлен\w* (?:в|до) (?:\w+ ){0,2}(?:отдел|отделени|райотдел|відділ|відділк|райвідділ)\w*"
                        r"|taken to (?:a |the )?police station"
                        # led out in handcuffs: "его вывели в наручниках", "вивели в кайданках", "led out in handcuffs"
                        r"|(?:в|у) (?:наручник|кайданк)\w*|in handcuffs)",
                        re.IGNORECASE)
# Riot-control agents dropped on troops (K-51 grenades from drones) are what ACLED codes as chemical weapons.
_WAR_CHEMICAL = re.compile(r"\b(?:chemical (?:weapon|munition|agent)\w*|chlorine|sarin|mustard|chloropicrin|k-51"
                           r"|drones?|trenches|positions|хімічн\w* (?:зброї|зброя|боєприпас\w*)|хлор\w*|зарин\w*"
                           r"|хлорпікрин\w*|дрон\w*|безпілот\w*|позиці\w*|химическ\w* (?:оружи\w*|боеприпас\w*)"
                           r"|хлорпикрин\w*|беспилот\w*)", re.IGNORECASE)


def _states_interception(text: str) -> bool:
    """Whether the outlet itself says the weapons were shot down, not only quotes someone who says so
    ("the occupation authorities said air defences shot down the drones")."""
    return any(_INTERCEPTED.search(s.text) and not quotes_someone(s.text) for s in split_sentences(text))


# The official word the outlet puts in scare quotes: "the governor spoke only of «falling debris»", "атаку
# «отражено»". A quote that closes within a few words is the outlet's doubt, not the official's statement.
_SCARE_QUOTED_DEBRIS = re.compile(
    r"[«\"“'‘]\s*(?:[\w-]+\s+){0,4}?(?:debris|fragments|wreckage|repelled|уламк\w*|обломк\w*|відбит\w*|отражен\w*)"
    r"(?:\s+[\w-]+)?\s*[»\"”'’]", re.IGNORECASE)


# A weapons cache found or seized, and the use that would make it an attack instead.
_CACHE_FOUND = re.compile(
    r"\b(?:cache|stash|stockpile|depot)s?\b|\b(?:found|seized|discovered|uncovered|confiscated)\b"
    r"|схов\w*|схрон\w*|тайник\w*|склад\w*|виявил\w*|вилучил\w*|знайшл\w*|обнаружил\w*|изъял\w*|нашл\w*",
    re.IGNORECASE)
_USED = re.compile(r"\b(?:fired|dropped|used|attack\w*|shell\w*|poison\w*|killed|injured|wounded|suffocat\w*)\b"
                   r"|застосува\w*|скинул\w*|атак\w*|отру\w*|задих\w*|примени\w*|сбросил\w*|отрав\w*|задыха\w*"
                   r"|удушь\w*", re.IGNORECASE)
# Bombs set on the ground, not dropped: "twin car bomb attacks", "a roadside bomb".
_PLANTED_BOMB = re.compile(r"\b(?:car|truck|roadside|vehicle|parcel|magnetic|improvised) bombs?\b|\bieds?\b"
                           r"|\bexplosive device|замінован\w*|заминирован\w*|(?:вибухов|взрывн)\w* (?:пристр|устр)\w*"
                           r"|(?:бомб\w*|вибухівк\w*|взрывчатк\w*) (?:під|под) (?:автомобіл|машин|днищ)\w*"
                           # a charge laid under a rail: "заклали заряд під рейку", "заложила заряд под рельс"
                           r"|(?:заклал|заложил|закла|залож|підклал|подложил)\w* (?:\w+ )?(?:заряд|вибухівк|взрывчатк)\w*"
                           r"|\bplant(?:ed|ing)? (?:an? |the )?(?:explosive )?(?:charges?|bombs?|devices?)\b"
                           r"|\bexplosive charges?\b",
                           re.IGNORECASE)
# A bomber who sets off the charge he carries: "подорвал закрепленное на теле устройство", "blew himself up".
SUICIDE_BOMB = "Suicide bomb"
_SUICIDE = re.compile(
    r"\bsuicide (?:bomb\w*|attack\w*|vests?|belts?)\b|\bblew (?:himself|herself|themselves) up\b"
    r"|смертни[кц]\w*|самопідрив\w*|підірва\w* себе|подорва\w* себя|взорва\w* себя"
    r"|(?:закріплен|закреплен|прикріплен|прикреплен)\w* (?:до тіла|на тілі|на теле|к телу)",
    re.IGNORECASE)
# Set off from afar: "his handlers detonated the device remotely", "підірвали дистанційно".
_REMOTELY = re.compile(r"\bremotely\b|\bremote(?:-controlled| control| detonation)|дистанційн\w*|дистанционн\w*"
                       r"|(?<!\w)(?:на|по) відстані|на расстоянии", re.IGNORECASE)
# Captives or men who surrendered, shot: "executing surrendering soldiers", "розстріляли полонених".
_CAPTIVES_SHOT = re.compile(
    r"\b(?:shot|shooting|executed|executing|execution|killed|killing)\b[^.]{0,60}?\b(?:surrender\w*|captive\w*"
    r"|prisoners of war|pows?|hands raised)\b"
    r"|\b(?:surrender\w*|captive\w*|prisoners of war|pows?)\b[^.]{0,40}?\b(?:shot|executed|killed)\b"
    r"|(?:розстріл|розстріля|расстрел|расстреля|страт|казн)\w*[^.]{0,40}?(?:полонен|пленн|(?:з|с) піднятими руками"
    r"|с поднятыми руками|здал\w*ся|сдал\w*ся|сдава\w*ся|здава\w*ся)\w*", re.IGNORECASE)
# Fire of any weapon, in Ukrainian and Russian: "обстріляли з автоматів".
_FIRED_ON_UK_RU = re.compile(r"(?<!\w)(?:обстріл|обстрел)\w*", re.IGNORECASE)
# Shots fired: "opened fire", "відкрили вогонь", "стреляли очередями", and that fire.
_OPENED_FIRE = re.compile(r"\b(?:opened fire|fired|shot at|shooting at|gunfire)\b|(?<!\w)(?:відкри\w* вогонь|откры\w* огонь"
                          r"|стріля\w*|стреля\w*|черг(?:ою|ами)|очеред(?:ью|ями))|" + _FIRED_ON_UK_RU.pattern,
                          re.IGNORECASE)
# An explosion told as such, with no word on what caused it.
_EXPLOSION = re.compile(r"\b(?:explosions?|blasts?)\b|вибух\w*|взрыв\w*", re.IGNORECASE)
# Blown up by someone on the spot: "колію підірвали місцеві агенти", whatever drone the other side blamed.
_BLOWN_UP = re.compile(r"\b(?:blew|blown) up\b|підірва\w*|подорва\w*", re.IGNORECASE)
# A fire set by hand: "бросило в окно бутылку с горючей жидкостью", "a Molotov cocktail".
_SET_ON_FIRE = re.compile(r"\b(?:arson\w*|set (?:fire|ablaze|on fire)|torch(?:ed|ing)|molotov|petrol bombs?|firebomb\w*)\b"
                          r"|підпал\w*|поджог\w*|подожг\w*|поджег\w*|горюч\w* (?:жидкост|суміш|рідин)\w*|" + _INCENDIARY_UK_RU,
                          re.IGNORECASE)
# A weapon named in Ukrainian or Russian, for weapons destroyed (see _STOPPED).
_WEAPON_WORD = (r"(?:дрон|беспилотник|безпілотник|бпла|безэкипажн|безекіпажн|бэк|ракет|снаряд|боеприпас|боєприпас|шахед|геран"
                r"|мин[аыу]?(?!\w)"
                r"|мін[аиу]?(?!\w)|взрывн\w* устройств|вибухов\w* пристр|сву(?!\w)|свп(?!\w)|фугас)")
# What makes weapons use "disrupted": stopped in flight, defused, cleared, foiled, found or seized.
_STOPPED = re.compile(
    r"\b(?:intercept\w*|shot down|downed|defus\w*|disarm\w*|neutrali[sz]\w*|foil\w*|thwart\w*|prevent\w*|averted"
    r"|cache\w*|stash\w*|seiz\w*|found|discover\w*|uncover\w*|clear\w*|demin\w*|jamm\w*|suppress\w*|air defen[cs]e\w*"
    r"|destroyed (?:in|on) the ground|failed|malfunction\w*|did not explode|unexploded)\b"
    r"|перехоп\w*|збив\w*|збил\w*|збит\w*|знешкод\w*|розмінув\w*|запобіг\w*|зірва\w*|виявил\w*|вилучил\w*|знайшл\w*|схов\w*"
    r"|схрон\w*|ппо|протиповітрян\w*|подавлен\w*|придушен\w*|не розірвал\w*|нерозірван\w*|перехват\w*|сбил\w*|сбит\w*"
    r"|обезвред\w*|разминир\w*|предотврат\w*|сорва\w*|обнаружил\w*|изъял\w*|изъят\w*|нашл\w*|тайник\w*|пво"
    r"|противовоздушн\w*|не разорвал\w*|неразорвавш\w*|подавил\w*"
    # weapons destroyed ("уничтожены 27 беспилотников", "дрон знищено"), not what the weapons destroyed ("операторы
    # ударных беспилотников уничтожили автомобиль")
    r"|(?:уничтож|знищ)\w*\s+(?:[\w-]+\s+){0,3}?" + _WEAPON_WORD + r"|" + _WEAPON_WORD
    + r"\w*\s+(?:[\w-]+\s+){0,3}?(?:уничтожен|знищен)\w*",
    re.IGNORECASE)
# Crowds that fight with what is at hand: "villagers clashed with bamboo sticks and iron rods".
MOB_VIOLENCE = "Mob violence"
# Many people, as a mob is: "a crowd of residents", "люди оточили машину", "група місцевих жителів", "30–40 осіб".
_MANY_PEOPLE = re.compile(
    r"\b(?:crowds?|mobs?|people|residents|locals|villagers|rioters|youths|protesters|dozens|groups? of|gangs?)\b"
    r"|(?<!\w)(?:натовп\w*|люди|людей|людьми|мешканц\w*|жител\w*|селян\w*|сельчан\w*|толп\w*|десятк\w*|юрб\w*"
    r"|груп\w* (?:осіб|людей|місцев\w*|чоловік\w*)|групп\w* (?:лиц|людей|местн\w*|мужчин)|банд\w*)(?!\w)"
    r"|\d+\s*(?:[–—-]\s*\d+\s*)?(?:осіб|людей|человек|people)", re.IGNORECASE)
_BRAWLING_CROWD = re.compile(
    r"\b(?:villagers|residents|locals|mob|crowd|rival groups|two groups|families|neighbours|neighbors)\b[^.;]{0,60}?"
    r"\b(?:clash\w*|fought|fight\w*|brawl\w*|attack\w*|beat\w*)"
    r"|(?:селян\w*|сільчан\w*|жител\w*|мешканц\w*|натовп\w*|сельчан\w*|толп\w*|групп\w* (?:жителей|сельчан))"
    r"[^.;]{0,60}?(?:сутичк\w*|бійк\w*|побил\w*|бил\w*|напал\w*|драк\w*|стычк\w*|избил\w*)"
    r"|(?:сутичк\w*|бійк\w*|драк\w*|стычк\w*)[^.;]{0,40}?(?:селян\w*|сільчан\w*|жител\w*|мешканц\w*|сельчан\w*)",
    re.IGNORECASE)
_MELEE = re.compile(r"\b(?:sticks?|rods?|clubs?|machetes?|knives|axes|stones|bats?|batons)\b"
                    r"|палиц\w*|прут\w*|кийк\w*|мачете|ножа\w*|сокир\w*|камін\w*|камен\w*|палк\w*|дубин\w*|топор\w*",
                    re.IGNORECASE)
# A security sweep of a town: "filtration", "облава", "зачистка", "профилактические мероприятия по выявлению".
_SWEEP = re.compile(r"\b(?:filtration|sweeps?|round-?ups?|mass detentions?)\b|(?<!\w)(?:облав\w*|фильтрац\w*|фільтрац\w*"
                    r"|зачистк\w*|профилактическ\w* (?:мероприяти|рейд)\w*|профілактичн\w* (?:захід|заход|рейд)\w*"
                    r"|масов\w* (?:затриман|обшук)\w*|массов\w* (?:задержани|обыск)\w*)", re.IGNORECASE)
_SEXUAL = re.compile(r"\b(?:rap(?:e|ed|es|ing)|sexual\w*|molest\w*|abus(?:e|ed|es|ing))\b"
                     r"|(?<!\w)(?:зґвалт\w*|згвалт\w*|ґвалт\w*|сексуальн\w*|изнасил\w*|насил\w*|розбещ\w*|развра\w*)",
                     re.IGNORECASE)
# Soldiers, who take and enter places (a drone "entering" a town takes none).
_TROOPS = re.compile(r"\b(?:troops|soldiers|forces|units?|assault groups?|infantry|servicem[ae]n)\b|(?<!\w)(?:військ\w*"
                     r"|військов\w*|солдат\w*|сил[иа]? |підрозділ\w*|штурмовик\w*|піхот\w*|войск\w*|военн\w*"
                     r"|подразделени\w*|пехот\w*|бойц\w*|бійц\w*|зсу|всу|армі\w*|арми\w*)", re.IGNORECASE)
_TAKEN_AWAY = re.compile(r"\b(?:took (?:him|her|them) away|taken away|driven away)\b|(?<!\w)(?:увез\w*|вивез\w*|вывез\w*"
                         r"|відвез\w*|отвез\w*)", re.IGNORECASE)
# Security services and police, named: "сотрудники ФСБ", "СБУ", "police officers", "Росгвардия".
_SECURITY_SERVICE = re.compile(r"\b(?:fsb|sbu|police\w*|rosgvardia|national guard)\b|(?<!\w)(?:фсб|уфсб|сбу|поліці\w*"
                               r"|полици\w*|росгвард\w*|мгб|мвд|мвс)(?!\w)", re.IGNORECASE)
# Someone gone without a trace: "whereabouts unknown", "вивезли у невідомому напрямку", "зник безвісти", "abducted".
_DISAPPEARED = re.compile(
    r"\b(?:whereabouts|unknown (?:location|destination)|incommunicado|missing|disappear\w*|abduct\w*|kidnap\w*)\b"
    r"|(?<!\w)(?:невідом\w* напрям\w*|неизвестн\w* направлени\w*|зник\w*|безвісти|без вести|пропа\w*|викра\w*"
    r"|похити\w*|похищ\w*|нічого не (?:знають|кажуть|повідомляють)|ничего не (?:знают|сообщают|говорят)"
    r"|не сообщают|не повідомляють|не кажуть|мешк\w* на голов\w*|мешок на голов\w*|балаклав\w*"
    # "Родные не знают, где она", "не сказали, де вона", "Куда его повезли, семья не знает", masked men, a bag on the head
    r"|(?:не|ні) (?:знают|знає|знали|знала|сказали|сказав|говорят|кажуть|повідомили|сообщили)[^.]{0,30}?"
    r"(?:где|де|куда|куди)|(?:где|де|куда|куди)(?:\W+\w+){0,3}\W+(?:не знает|не знают|не знає|не знають|невідомо"
    r"|неизвестно)|(?:нічого|ничего) (?:\w+ ){0,2}не (?:знають|знают|знает|знає)"
    # the authorities deny they detained him: "У «поліції» родині заявили, що чоловіка не затримували"
    r"|не (?:затримували|задерживали|затримувала|задерживала)"
    r"|без шевронов|без шевронів|без розпізнавальн\w*|пакет\w* на голов\w*|без номер(?:ов|ів)"
    # the authorities deny holding him: "в комендатуре ответили, что «такой информации нет»"
    r"|(?:такой|такого|такої) (?:информации|інформації|человека|людини)\W{0,3}(?:\w+ ){0,3}(?:нет|немає|нема))"
    r"|\b(?:hooded|no one knows where|do(?:es)? not know where|without insignia|without (?:licen[cs]e )?plates)\b",
    re.IGNORECASE)
_SEARCHED = re.compile(r"\bsearch(?:ed|es|ing)?\b|(?<!\w)(?:обыск\w*|обшук\w*|обыскива\w*|обшукува\w*)", re.IGNORECASE)
# A knife attack: "stabbed", "вдарив ножем", "вихопив ніж", "порезал".
_STABBED = re.compile(r"\b(?:stabb(?:ed|ing)|knif(?:e|ed)|knifing)\b|(?<!\w)(?:ніж|ножем|нож|ножом|ножа|поранив ножем"
                      r"|порізав|порезал|зарізав|зарезал)(?!\w)", re.IGNORECASE)
_FIREARM = re.compile(r"\b(?:gun\w*|rifles?|shot|shoot\w*|fired|firearms?|soldiers|troops|militants|police)\b"
                      r"|вогнепальн\w*|стріля\w*|застрел\w*|огнестрельн\w*|стреля\w*|автомат\w*|военн\w*|військов\w*",
                      re.IGNORECASE)
_FIRED_ON = re.compile(r"\b(?:shell(?:ed|ing|s)?)\b|обстр[іе]л\w*", re.IGNORECASE)
# Small arms: a checkpoint "обстреляли из стрелкового оружия" or raked with bursts of automatic fire was fought
# at, not shelled.
_SMALL_ARMS = re.compile(r"\b(?:small arms|rifles?|machine[- ]?guns?|gunfire|gunmen|pistols?)\b|стрілецьк\w*"
                         r"|стрелков\w*|автомат\w*|кулемет\w*|пулем[её]т\w*|пістолет\w*|пистолет\w*", re.IGNORECASE)
# What landed, in the words of those it landed on: "прилетело по", "прилетіло", "приліт", "incoming".
_INCOMING = re.compile(r"\b(?:incoming|arrivals?)\b|прил[её]т\w*|прилетел\w*|прилетіл\w*|приліт\w*|прильот\w*",
                       re.IGNORECASE)
# A place taken, told in an account's lead: "Russian forces recently seized Kurakhivka", "ЗСУ звільнили Малу Рогань".
_CAPTURE = re.compile(
    r"\b(?:captured|seized|took (?:full )?control of|took over|retook|recaptured|liberated|overran)\b"
    r"|(?:захопил\w*|звільнил\w*|визволил\w*|відвоювал\w*|освободил\w*|захватил\w*|отвоевал\w*|взяли под контроль"
    r"|взяли під контроль)"
    # control restored: "Контроль над Старыми Бобовичами полностью восстановлен", "restored control over the village"
    r"|\b(?:restored|regained|re-established) (?:full )?control\b|(?:восстановил\w*|відновил\w*) (?:полный |повний )?контрол"
    r"|контрол\w* (?:над [^.;]{1,40} )?(?:полностью |повністю )?(?:восстановлен|відновлен)\w*"
    # a settlement's clearing completed: "завершили зачистку населённого пункта Старые Бобовичи"
    r"|заверш\w* зачистк\w* населен\w* пункт|заверш\w* зачистк\w* населённ\w* пункт|заверш\w* зачищенн\w* населен\w* пункт"
    r"|\bcompleted (?:the )?clear(?:ing|ance) of (?:the )?(?:village|town|settlement)", re.IGNORECASE)
# Words of trying: "attempted", "намагалися", "пытались".
_TRIED = r"\b(?:attempt\w*|tried|trying|failed)\b|намага\w*|спроб\w*|пыта\w*|попыт\w*"
# ... or only tried for, or claimed and denied: "attempted to seize", "не змогли захопити", "denied".
_CAPTURE_FAILED = re.compile(
    _TRIED + r"|\b(?:seeking|sought|denied|claimed|not)\b"
    r"|не (?:змогл|змогли|смогл|вдалося|удалось)\w*|нібито|якобы|заяв\w*|стверджу\w*|утвержда\w*", re.IGNORECASE)
# A place still fought over: "идёт бой в центре села", "ведуть бої в селі", "changed hands twice", "the remainder of
# the settlement is contested", "контролюють значну частину села", "серая зона".
_STILL_CONTESTED = re.compile(
    r"(?:ид[её]т|идут|продолжа\w*|тривають|трива\w*|ведуть|ведут)\s+(?:\w+\s+)?(?:бо[йия]\w*|бо[їя]\w*|бій)\s+(?:в|у|за|на)\s"
    r"|(?:переход|переходил|переходив)\w*\s+(?:\w+\s+)?(?:из рук в руки|з рук у руки|з рук в руки)"
    r"|\bchanged hands\b|\b(?:is|remains?|was) (?:still )?contested\b|\bfighting (?:continues|is ongoing|goes on) (?:in|for)\b"
    r"|контролю\w* (?:\w+\s+)?частин\w* (?:села|селища|міста)|контролиру\w* (?:\w+\s+)?част\w* (?:села|поселка|города)"
    r"|\bcontrols? (?:\w+\s+)?(?:part|parts) of (?:the )?(?:village|town|settlement)|сер(?:ая|ой|ую) зон|сір(?:а|ій|у) зон",
    re.IGNORECASE)
# A capture one side claimed that the account disputes, itself telling only of fighting.
_DISPUTED_CAPTURE = re.compile(
    r"\b(?:claim\w*|said)\b[^.;]{0,80}\b(?:captured|seized|took|liberated|taken)\b[^.;]{0,80}?\b(?:but|however)\b"
    r"[^.;]{0,120}?\b(?:only|not (?:yet )?(?:seized|captured|taken))\b"
    r"|(?:заяв|стверджу|утвержда)\w*[^.;]{0,80}(?:захопил|звільнил|захватил|освободил|взял)\w*[^.;]{0,80}?"
    r"(?:але|проте|однак|однако|но)\b[^.;]{0,120}?(?:лише|тільки|лишь|только|не (?:захопил|звільнил|захватил"
    r"|освободил|взял))", re.IGNORECASE)
# An assault that did not take the place: "пытались зайти в село … закрепиться не получилось", "tried to storm".
_ATTEMPT_FAILED = re.compile(
    _TRIED + r"|\bunsuccessful\w*\b|не (?:змогл|смогл|вдал|удал|получил|вийшл)\w*", re.IGNORECASE)
_STRIKE_VERB = re.compile(
    r"\b(?:struck|strikes?|shell\w*|hit|bomb\w*|attack\w*)\b|обстріл\w*|удар\w*|атаку\w*|обстрел\w*|бомб\w*"
    # (fire that "covered" a place: "«Грады» накрыли Малую Даниловку", "накрили позиції")
    # (not what is covered with nets or tarpaulin: "техніку накрили маскувальними сітками")
    r"|(?:накрыл|накрил|накрив)\w*(?!\w)(?! (?:\w+ )?(?:сітк|сетк|брезент|тент|плівк|пленк)\w*)"
    # ("Сили оборони уразили колону", "ВКС поразили пункт временной дислокации")
    r"|(?<!\w)(?:уразил\w*|уражен\w*|уражу\w*|поразил\w*)",
    re.IGNORECASE)
# Bombs or grenades dropped: "скинули дві КАБ на Чугуїв", "сбросили ВОГ", "dropped explosives".
_DROPPED = re.compile(r"(?<!\w)(?:скину\w*|скинул\w*|скида\w*|сброси\w*|сбросил\w*|сбрасыва\w*)|\bdropp(?:ed|ing)\b",
                      re.IGNORECASE)
# The soldiers' verb for a strike: "отработали по Конотопу", "відпрацювали по складу".
_WORKED_ON = re.compile(r"(?:отработал\w*|відпрацюва\w*|відпрацювал\w*) (?:[\w«»-]+ ){0,4}?по(?!\w)", re.IGNORECASE)
# A weapon's first use or a new tactic is a change in a group's activity, not a strike (ACLED).
_NEW_WEAPON_USE = re.compile(r"\bfor the first time\b|\b(?:began|started) (?:using|to use)\b|впервые|вперше"
                             r"|(?:начали|начинают|стали) примен\w*|(?:почали|починають|стали) застосов\w*",
                             re.IGNORECASE)
# Fighting on the ground: what an armed clash needs beyond a strike ("«Герани» отработали по Кролевцу" is none).
_GROUND_FIGHTING = re.compile(
    r"\b(?:clash\w*|fight\w*|battl\w*|assault\w*|firefight\w*|skirmish\w*|combat|offensive|counter-?attack\w*"
    r"|repel\w*|repuls\w*|storm\w*|ground attack\w*|advanc\w*|ambush\w*)\b"
    r"|засад\w*|бо[йяюїі]\w*|бій|зіткнен\w*|столкновен\w*|штурм\w*|наступ\w*|контратак\w*|стрілкотн\w*|стрелкотн\w*"
    r"|перестрілк\w*|перестрелк\w*|відбили|відбито|отбили|отразили|накат\w*|посадк\w*|позиці\w*|позици\w*",
    re.IGNORECASE)
# Tactical aircraft: missiles they fire are an air strike; a bomber's cruise missiles stay missiles.
_WARPLANE = re.compile(r"\b(?:jets?|warplanes?|fighter(?:-| )?(?:jets?|planes?)|helicopter gunships?)\b"
                       r"|(?:винищувач\w*|літак\w*|истребител\w*|самол[её]т\w*)", re.IGNORECASE)
# Launchers on the ground or at sea, and the strategic bombers whose cruise missiles ACLED counts as missiles.
_GROUND_LAUNCHER = re.compile(r"\b(?:artillery|shell\w*|mortars?|mlrs|himars|iskanders?|ballistic|cruise|ships?"
                              r"|warships?|submarines?|launchers?|bombers?|strategic|tu-?\d+)\b|(?:артилер|артиллер|обстр"
                              r"|міномет|миномет|балістич|баллистич|крилат|крылат|корабл|бомбардувальник|бомбардировщик"
                              r"|стратегічн|стратегическ|ту-?\d+)", re.IGNORECASE)
# The other side left before the gainer came in: "entered Afrin after the YPG withdrew", "без бою".
_LEFT_FIRST = re.compile(
    r"\b(?:after|once|when|as soon as)\b[^.;]{0,80}?\b(?:withdr[ae]w\w*|pulled (?:out|back)|left|retreated|abandoned"
    r"|evacuated|moved out)\b|\bwithout (?:a fight|a shot|resistance|fighting)|\bunopposed\b"
    r"|після того,? як[^.;]{0,80}?(?:відійшл\w*|вийшл\w*|залишил\w*|покинул\w*|вивел\w*|відступил\w*)"
    r"|после того,? как[^.;]{0,80}?(?:ушл\w*|отошл\w*|вышл\w*|покинул\w*|оставил\w*|вывел\w*|отступил\w*)"
    r"|без (?:бою|боя|боїв|боев|опору|сопротивлени\w*|єдиного пострілу|единого выстрела)",
    re.IGNORECASE)
_FIGHTING = re.compile(
    r"\b(?:fight(?:ing|s)?\b|fought|battl\w*|clash\w*|assault\w*|offensive|storm\w*|shell\w*|fire|firefight|combat|killed"
    r"|бо[їйяюе]\w*|бій|штурм\w*|наступ\w*|обстр\w*|атак\w*|вогн\w*|огн\w*|сражен\w*|загин\w*|убит\w*|погиб\w*)",
    re.IGNORECASE)
# Coming into a place ("зайшов у Метьолкіне", "entered the village") and leaving one ("відійшли на заздалегідь
# підготовлені позиції", "withdrew from"): with both told, control changed hands.
_ENTERED = re.compile(r"\b(?:entered|moved into|rolled into)\b|(?<!\w)(?:зайш(?:ов|ли|ла)|зашл[иао]|зашел|увійш(?:ов|ли|ла)"
                      r"|вошл[иао]|вошел|заїхал\w*|заехал\w*)(?!\w)", re.IGNORECASE)
_WITHDREW = re.compile(r"\b(?:withdr[ae]w\w*|retreated|pulled (?:out|back)|fell back)\b"
                       r"|(?<!\w)(?:відійш\w*|відступил\w*|вийшл\w* з|отош\w*|отступил\w*|вышл\w* из|откатил\w*"
                       r"|уходил\w*|ушл[иао]|ушел|пішл[иао]|пішов)(?!\w)"
                       # a place left, named: "наши оставили Новоегоровку", "залишили Новоєгорівку"
                       r"|(?<!\w)(?:оставил\w*|залишил\w*|покинул\w*|left|abandoned)\s+(?-i:[А-ЯЁЇІЄҐA-Z])",
                       re.IGNORECASE)
_ASSAULT = re.compile(r"\b(?:assault\w*|stormed|storming)\b|(?<!\w)(?:штурм\w*|закрепил\w*|закріпил\w*|продвинул\w*"
                     r"|просунул\w*)", re.IGNORECASE)
_BATTLE = re.compile(r"\b(?:battles?|fighting|fought|clash\w*|stormed|assault\w*|attack(?:ed|ing)"
                    r"|artillery preparation)\b"
                    r"|(?<!\w)(?:бо[їяюе](?!вик)\w*|бій|бой(?!\w)|штурм\w*|сражени\w*|артпідготовк\w*|артподготовк\w*)",
                    re.IGNORECASE)
_AMBUSH = re.compile(r"\b(?:ambush\w*)\b|засад\w*", re.IGNORECASE)
_NO_FIGHT = re.compile(r"без (?:бою|боя|боїв|боев|опору|сопротивлени\w*)|without (?:a fight|fighting|resistance)"
                       r"|(?:бою|боя|боїв|боев|боёв) не (?:було|было)|не (?:було|было) (?:бою|боя|боїв|боев)"
                       r"|\bno (?:battle|fight|fighting)\b", re.IGNORECASE)
# A control change the text tells only through fire: "a campaign of torching aimed at driving out …".
_CONTROL_CHANGE = re.compile(
    r"\b(?:captur\w*|took (?:over|back|control)|taken control|seiz\w*|retook|retaken|regain\w*|recaptur\w*"
    r"|liberat\w*|entered|overran|звільни\w*|визволи\w*|відвоюва\w*|зайня\w*|захопи\w*|увійшл\w*|контрол\w*"
    r"|освободи\w*|отвоева\w*|заня\w*|захвати\w*|вошл\w*|взял\w* под)", re.IGNORECASE)
# A displaced population as the sentence's subject: "Some 7,000 people have fled …", "Около 7000 человек бежали …".
_DISPLACED_LEAD = re.compile(
    r"^\W*(?:(?:some|about|around|almost|nearly|more than|over|at least|близько|майже|понад|щонайменше|около|почти"
    r"|более|свыше|не менее)\s+)?(?:\d[\d,. ]*(?:\s*(?:000|thousand|тисяч\w*|тысяч\w*))?|thousands|hundreds|tens of thousands"
    r"|тисячі|сотні|десятки тисяч|тысячи|сотни|десятки тысяч)\s+(?:of\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:(?:have|had|were|are) (?:been )?)?(?:fled|been displaced|displaced|forced to flee|утекл\w*|втекл\w*"
    r"|бежал\w*|бежит|покинул\w* (?:свої|свои)|бул\w* змушен\w* (?:покинути|тікати|залишити)"
    r"|был\w* вынужден\w* (?:покинуть|бежать|оставить))\b",
    re.IGNORECASE)

# What drove them out must be violence, not a flood or a volcano.
_VIOLENCE = re.compile(
    r"\b(?:fight(?:ing|s)?\b|fought|battl\w*|clash\w*|attack\w*|raids?\b|violence|war\b|war-torn|shell\w*|bomb\w*"
    r"|offensive|insurg\w*|militan\w*|rebels?\b|gunmen|jihadist\w*|massacre\w*|kill\w*|murder\w*)"
    r"|бо[їйяюе]\w*|бій|атак\w*|напад\w*|обстр\w*|війн\w*|насильств\w*|бойовик\w*|вбивств\w*|вбив\w*|вбил\w*"
    r"|войн\w*|насили\w*|боевик\w*|убийств\w*|убил\w*|столкновени\w*|зіткненн\w*",
    re.IGNORECASE)


_DEBRIS_REACH = 2  # sentences after the debris's that may tell whom it hurt


def _harmed_only_by_debris(text: str, language: str) -> bool:
    """Whether everyone the account says was killed or hurt was hit by falling debris: the casualties sit in a
    sentence naming the debris or in one of the two after it ("обломки упали на пансионат. В результате пожара
    погиб охранник", "Обломки упали на частный дом. Пострадали двое — мужчина и его супруга. У них осколочные
    ранения"), or there are none. A missile that hit and killed, beside others shot down, is a strike."""
    sentences = split_sentences(text)
    for n, sentence in enumerate(sentences):
        if count_casualties(sentence.text, language) == (0, 0) or _DEBRIS.search(sentence.text):
            continue
        # (casualties a strike caused, in so many words, are the strike's: "унаслідок ракетного удару ЗСУ ліквідовано
        # п'ятьох окупантів" after the governor's "уламки впали на незаселену місцевість")
        if _STRIKE_VERB.search(sentence.text) \
                or not any(_DEBRIS.search(s.text) for s in sentences[max(0, n - _DEBRIS_REACH):n]):
            return False
    return True


# A weapon that got through: "hitting an energy facility", "Однак є влучання", "есть прилёт", "попала в здание".
_HIT = re.compile(r"\b(?:hitting|direct hit|(?:drones?|missiles?|rockets?) (?:hit|struck))\b|(?<!\w)(?:є|есть) "
                  r"(?:влучанн\w*|приліт\w*|прил[её]т\w*|попадани\w*)|(?<!\w)(?:влучил\w*|влучила|влучив|влучання в"
                  r"|прямое попадание|пряме влучання|попал[аи]? в)(?!\w)", re.IGNORECASE)
_NO_HIT_TOLD = re.compile(r"(?:влучан\w*|прил[её]т\w*|приліт\w*|прильот\w*|попадани\w*) (?:\w+ )?(?:не|нет|немає)"
                          r"|без (?:влучан|прил[её]т|прильот|попадани)\w*|\bno (?:hits|impacts)\b", re.IGNORECASE)


def _hit_told(text: str) -> bool:
    """Whether the account says a weapon hit, in a sentence of its own, not its debris."""
    return any(_HIT.search(s.text) and not _DEBRIS.search(s.text) and not _NO_HIT_TOLD.search(s.text)
               for s in split_sentences(text))


def _strike_before_crowd(text: str) -> bool:
    """Whether the account's lead tells a strike before any crowd gathers or demands: "наша арта накрыла … группу,
    которые собрались снимать ролик" (not "вышли около 70 человек … Плакаты: «Нас обстреливают»")."""
    lead = _account_lead(text, 2)
    strike, crowd = _STRIKE_VERB.search(lead), _CROWD_ACTS.search(lead)
    return strike is not None and (crowd is None or strike.start() < crowd.start()) and not _PROTEST_LEAD.search(text)


def _account_lead(text: str, sentences: int = 1) -> str:
    """The ``sentences`` that open the account: from the first, unless it only says a campaign goes on
    ("Вооруженные Силы Российской Федерации продолжают проведение специальной военной операции.") and another
    follows."""
    split = split_sentences(text)
    if len(split) > 1 and _ONGOING.match(split[0].text) and not re.search(r"\d", split[0].text):
        split = split[1:]
    return " ".join(s.text for s in split[:sentences])


def _transfer_label(label: str, text: str) -> str:
    """A change of control after the other side left, with no fighting told, is a non-violent transfer (ACLED)."""
    if label in (GOVERNMENT_REGAINS, OVERTAKES) and _LEFT_FIRST.search(text) \
            and not _FIGHTING.search(_NO_FIGHT.sub("", text)):
        return NON_VIOLENT_TRANSFER
    return label


def codebook_label(label: str, text: str, language: str = "en") -> str:
    """The sub-event type after ACLED's weapon rules.

    Air strikes need aircraft or drones. "Disrupted weapons use" is an attack
    that was stopped: an account in which the strike killed someone ("struck
    the town with missiles, killing one; two missiles were shot down") reports
    the strike, whatever share of the weapons was intercepted; one in which
    the weapons were shot down and no one was hurt, or only their falling
    debris hurt anyone, reports no strike, even if the debris set a depot
    ablaze — unless the outlet tells the
    interception as the other side's disputed claim ("the governor claimed
    that air defence intercepted all missiles") beside its own account of
    the strike. A remote explosive needs an explosive: a fire someone set
    with no blast, bomb or mine in the account destroys property. Weapons shot
    down whose debris hurt no one are a disrupted attack whatever the
    classifier read, unless the outlet only quotes the interception. A base,
    headquarters or post set up is its own type (set on fire, property
    destruction); tear gas fired at a crowd is riot control, not a chemical
    weapon. Protest sub-types follow ``_protest_label``.

    Further ACLED definitions the classifier blurs on world news: "Disrupted
    weapons use" needs something stopped (intercepted, defused, found,
    seized), else the weapons were used; a car bomb is no air strike and
    missiles fired by jets are one; a fire set by hand is property
    destruction; a place entered after the other side left, with no fighting
    told, is a non-violent transfer, and homes burned to drive people out
    are property destruction; a population driven out by violence, told as
    the news, is "Other"; a chemical cache found is disrupted weapons use;
    villagers fighting with sticks or machetes are a mob. A mine, tripwire
    or leftover munition that went off under someone is a landmine, whatever
    else the account tells; mines scattered by rockets that no one has struck
    are the rockets' strike; a place still fought over has changed no hands.
    """
    # The anchored pattern can match the first sentence only if it matches the text that opens with it:
    # the text is split only then (this runs for every event).
    if _DISPLACED_LEAD.search(text):
        first_sentence = split_sentences(text)[0].text
        if _DISPLACED_LEAD.search(first_sentence) and _VIOLENCE.search(first_sentence):
            return OTHER  # a population driven from its homes is the news, not the attacks that drove it ("Other")
    if label == "Grenade" and MINE.search(_account_lead(text, 2)):
        return IED  # a grenade on a tripwire, left in a house, is a booby trap: ACLED's landmine, no grenade thrown
    if label == IED or label in _MINE_BLAST_MISREAD:
        mine_blast = _tells_a_mine_blast(text)
        if label in (IED, DISRUPTED, CHANGE_TO_GROUP) and not mine_blast:
            lead = _account_lead(text, 2)
            if MINE.search(lead) and (_STRIKE_VERB.search(lead) or _WORKED_ON.search(lead)) \
                    and weapons_named(lead) == (False, True) and not _STOPPED.search(lead):
                # "росіяни накрили мінами околиці села — удар завдали з реактивної системи дистанційного мінування":
                # mines scattered by rockets that no one has struck yet are the rockets' strike
                return MISSILE_ATTACK
        if label in _MINE_BLAST_MISREAD and mine_blast:
            # a mine, a tripwire or a leftover munition went off under someone: a landmine (ACLED), whatever the
            # account goes on to tell of the strike that scattered it, the place's capture or the mines defused after it
            return IED
    if label == HQ_ESTABLISHED and _ARSON.search(text) and not _EXPLOSIVE.search(text):
        return PROPERTY_DESTRUCTION  # an account of a base set on fire reports the fire
    if label == HQ_ESTABLISHED and _CARRIED_OFF.search(text) and not _BASE_SET_UP.search(_account_lead(text, 2)):
        # "захопили приміщення редакції … винесли комп'ютери, сервер … На горищі облаштували спостережний пункт":
        # a building stripped of its goods, a post made in it later, is looting (ACLED)
        return PROPERTY_DESTRUCTION
    if label == HQ_ESTABLISHED and not _BASE_SET_UP.search(text) and not _SET_UP.search(text) \
            and not _BASE_NAMED.search(text) and not (
            _STRIKE_VERB.search(text) or _INCOMING.search(text) or _WORKED_ON.search(text) or _DROPPED.search(text)
            or _EXPLOSIVE.search(text)):
        # troops quartered in a school, a column come in: no base was set up and nothing struck it (ACLED's change
        # to a group's activity)
        return CHANGE_TO_GROUP
    if label == HQ_ESTABLISHED and not _BASE_SET_UP.search(text):
        # A base named as what a strike or a bomb hit ("отработали по … ПВД и ремонтная база") was not set up:
        # the account reports the weapon's strike.
        label = _lead_weapon(text) or _strike_type(text) or (IED if _EXPLOSIVE.search(text) else label)
    if label in (GOVERNMENT_REGAINS, OVERTAKES, PROPERTY_DESTRUCTION):
        lead = _account_lead(text)
        strike = _strike_type(lead)
        if strike is None and label != PROPERTY_DESTRUCTION and _STRIKE_VERB.search(lead):
            # "Сили оборони уразили колону … біля селища" and, a paragraph on, the HIMARS that did it: the account's
            # weapon, when the lead strikes and names none
            strike = _strike_type(text)
        if strike and (_STRIKE_VERB.search(lead) or _INCOMING.search(lead) or _WORKED_ON.search(lead)
                       or _DROPPED.search(lead)) \
                and not _CAPTURE.search(lead) and not _ENTERED.search(lead) and not _LOOTING.search(lead) \
                and (not _ARSON.search(lead) or weapons_named(lead) != (False, False)):
            # "Вчера прилет КАБ — ФАБ-500 с УМПК — по ПВД ВСУ в Безруках": a strike on a base took no place;
            # "окупанти скинули дві КАБ на Чугуїв … Пошкоджено п'ятиповерхівку": what bombs destroyed is a strike's,
            # and so is what they set on fire ("MLRS fire set a grain warehouse on fire")
            label = strike
    if label in (GOVERNMENT_REGAINS, OVERTAKES, NON_VIOLENT_TRANSFER):
        lead = _account_lead(text)
        strike = _strike_type(lead)
        if strike and _WORKED_ON.search(lead) and not _CAPTURE.search(lead) and not _TROOPS.search(lead):
            # "«Герани» зашли в Прилуки и отработали точно по зданию ТЦК": the drones came in, no troops did
            return strike
    if label in (CHANGE_TO_GROUP, GOVERNMENT_REGAINS, OVERTAKES) and _ARSON.search(text) \
            and not _EXPLOSIVE.search(text) and not _CONTROL_CHANGE.search(text) and not _BATTLE.search(text):
        return PROPERTY_DESTRUCTION  # burning homes to drive people out takes no place: property destruction
    if label == IED and not _PLANTED_BOMB.search(text) and not MINE.search(text) and not _BLOWN_UP.search(text):
        lead = _account_lead(text)
        strike = _strike_type(lead)
        if strike and _STRIKE_VERB.search(lead):
            return strike  # "оператори ЗСУ уразили автомобіль … у ньому здетонував боєкомплект": a drone's strike
    if label == IED and _ARSON.search(text) and not _EXPLOSIVE.search(text):
        return PROPERTY_DESTRUCTION  # a truck set on fire, no explosive told: arson, no bomb (ACLED)
    if label in (GOVERNMENT_REGAINS, OVERTAKES, NON_VIOLENT_TRANSFER) and NO_ADVANCE.search(text) \
            and not _CAPTURE.search(text) and not _ENTERED.search(text):
        # "continued offensive operations in the Pokrovsk direction and did not make confirmed advances": no
        # place changed hands; the fighting is a clash (ACLED)
        return "Armed clash"
    label = _transfer_label(label, text)
    if label == NON_VIOLENT_TRANSFER and _BATTLE.search(_NO_FIGHT.sub("", text)):
        # "Після двох діб запеклих боїв ми ухвалили рішення відвести наші підрозділи": a place given up after
        # fighting changed hands by force (the gainer decides which territory type)
        return OVERTAKES
    if label in (NON_VIOLENT_TRANSFER, CHANGE_TO_GROUP, OTHER) and _AMBUSH.search(text):
        return "Armed clash"  # an ambush is a fight, whatever it did to the column's advance (ACLED)
    if label in (CHANGE_TO_GROUP, OTHER):
        lead = split_sentences(text)[0].text
        strike = _strike_type(lead)
        if strike and (_STRIKE_VERB.search(lead) or _INCOMING.search(lead) or _WORKED_ON.search(lead)) \
                and not _NEW_WEAPON_USE.search(text):
            return strike  # "«Герани» отработали по Конотопу": a strike told in the soldiers' words, not a change
    if label == "Armed clash" and not _BATTLE.search(text) and not _ASSAULT.search(text) \
            and not _SMALL_ARMS.search(text):
        lead = _account_lead(text)
        # (a weapon the lead names, or the sentence after it, not only "fired on": partisans who "обстріляли
        # блокпост" fought at it; "обстрела автомобиля … снаряд разорвался рядом" was shelled)
        strike = _strike_type(_FIRED_ON.sub(" ", lead)) or _strike_type(_FIRED_ON.sub(" ", _account_lead(text, 2)))
        if strike and (_STRIKE_VERB.search(lead) or _WORKED_ON.search(lead) or _DROPPED.search(lead)):
            return strike  # "Наши «Грады» сегодня повторно накрыли Малую Даниловку": fire, and no one fought (ACLED)
    if label == CHANGE_TO_GROUP and _ASSAULT.search(text):
        # "наши штурмовые отряды весь день заходили в восточную часть. Закрепились в нескольких домах": an assault,
        # not a change in a group's activity
        return "Armed clash"
    if label in (IED, "Armed clash", MOB_VIOLENCE):
        lead = _account_lead(text)
        if _STABBED.search(lead) and not _EXPLOSIVE.search(lead) and not _MANY_PEOPLE.search(lead):
            return "Attack"  # "A recruitment officer has died after being stabbed": a knife, no blast, no fight (ACLED)
    if label in PROTESTS or label in (OTHER, CHANGE_TO_GROUP):
        lead = _account_lead(text, 2)
        if _SWEEP.search(lead) and not _PROTEST_LEAD.search(lead) and not _CAPTURE.search(text) \
                and not _BATTLE.search(text) and not _ASSAULT.search(text):
            # "силовики провели массовую «зачистку»", "провели профилактические мероприятия … 11 человек доставлены в
            # отдел полиции": a security sweep of a town, its people checked and taken away, is ACLED's arrests
            return "Arrests"
    if label == ABDUCTION and _SECURITY_SERVICE.search(text) and not _DISAPPEARED.search(text) \
            and not _SUMMONS.search(text) and (_PERSON_TAKEN.search(text) or _DETENTION.search(text)):
        # "приехали сотрудники ФСБ … мужчину увезли в Скадовск. Вечером ФСБ выложила видео": a security service that
        # takes someone to a known place detains him (ACLED's arrests); a forced disappearance leaves him nowhere
        return "Arrests"
    if label == ABDUCTION and count_casualties(_account_lead(text), language)[0] > 0:
        # "окупанти розстріляли беззбройного чоловіка … Двох його сусідів вивезли у невідомому напрямку": the killing
        # the account leads with is the event (ACLED's attack), the men taken away its sequel
        return "Attack"
    if label == "Sexual violence" and not _SEXUAL.search(text):
        # the classifier's reading of a detention or a beating that tells no sexual act: ACLED's sexual violence
        # needs one
        return "Arrests" if _DETENTION.search(text) else "Attack"
    if label == "Arrests" and _STABBED.search(_account_lead(text, 2)):
        # "38-річний чоловік … вихопив ніж і вдарив обох військових. Нападника затримали на місці": the attack the
        # account tells, its attacker detained after it (ACLED)
        return "Attack"
    if label in _DETAINED_OR_SEIZED and _SUMMONS.search(text) and not _ARSON.search(text):
        return CHANGE_TO_GROUP  # men handed call-up papers and driven off: a conscription drive (ACLED)
    if label == PROPERTY_DESTRUCTION and _DISAPPEARED.search(text) and _SOMEONE_TAKEN.search(text) \
            and not _ARSON.search(text) and not _EXPLOSIVE.search(text) \
            and not _DETENTION.search(_account_lead(text, 2)):
        # "seized a farm … and took its owner away with a bag over his head": the owner taken to no known place is
        # the event, his goods with him (ACLED's forced disappearance)
        return ABDUCTION
    if label == PROPERTY_DESTRUCTION and _SEARCHED.search(text) \
            and (_DETENTION.search(text) or _PERSON_TAKEN.search(text) or _TAKEN_AWAY.search(text)) \
            and not _ARSON.search(text) \
            and not _EXPLOSIVE.search(text) and not _LOOTING.search(text):
        # "идут обыски … Известно о пяти задержанных", "Обыскивали несколько часов, изъяли телефоны, самого мужчину
        # увезли": phones seized in a search of the people detained are an arrest's, not looting (ACLED)
        return "Arrests"
    if label == PROPERTY_DESTRUCTION:
        lead = _account_lead(text, 2)
        if (_PLANTED_BOMB.search(text) or _BLOWN_UP.search(lead) or _EXPLOSION.search(lead)) \
                and not _ARSON.search(text) and weapons_named(text) == (False, False):
            # "наша ячейка заложила заряд под рельс … сработало взрывное устройство", "місцеві партизани влаштували
            # «сюрприз»: біля школи … пролунав вибух": sabotage by a bomb, no weapon fired from afar (ACLED)
            return IED
    if label == OTHER and (_ARSON.search(text) or _SABOTAGE_ACT.search(text)) and not _EXPLOSIVE.search(text) \
            and count_casualties(text, language)[0] == 0 and not _DISPLACED_LEAD.search(text):
        return PROPERTY_DESTRUCTION  # sabotage or a fire set, no blast, no one killed: property destroyed (ACLED)
    if label in (ABDUCTION, OTHER) and (_PROPERTY_TAKEN.search(text) or _DEMOLISHED.search(text)) \
            and not _PERSON_TAKEN.search(text):
        # boats, tractors or houses taken or torn down, and no one: looting, not an abduction or "other" (ACLED)
        return PROPERTY_DESTRUCTION
    if label == CHANGE_TO_GROUP and _BASE_SET_UP.search(text):
        return HQ_ESTABLISHED  # a base, headquarters or post set up is ACLED's own type, not a change of activity
    if label == CHEMICAL and _CACHE_FOUND.search(text) and not _USED.search(text):
        return DISRUPTED  # a cache of chemicals found or seized: a weapon taken out of use (ACLED)
    if label == CHEMICAL and _RIOT_AGENT.search(text) and _GATHERING.search(text) \
            and not _WAR_CHEMICAL.search(text):
        label = INTERVENTION  # tear gas on a crowd is riot control, not a chemical weapon (ACLED)
    if label == "Arrests":
        lead = " ".join(s.text for s in split_sentences(text)[:2])
        protest, detention = _PROTEST_LEAD.search(lead), _DETENTION.search(lead)
        if protest and (detention is None or protest.start() < detention.start()):
            # the crowd's protest leads (in its first two sentences) and the detentions came of it: a protest the
            # police intervened in (ACLED)
            label = INTERVENTION
    if label in PROTESTS and _SABOTAGE_ACT.search(text):
        # "наші люди провели ще одну акцію рейкової війни": an "action" of sabotage is no protest
        return IED if _EXPLOSIVE.search(text) else PROPERTY_DESTRUCTION
    if label in PROTESTS and _DETENTION.search(text) and not _GATHERING.search(text) \
            and not _PROTEST_LEAD.search(text) and not _CROWD_ACTS.search(text):
        # people detained, and no crowd, rally or protest in the account, nor anyone gathering, marching or
        # demanding: arrests ("провели фильтрационные мероприятия … трое мужчин задержаны")
        return "Arrests"
    if label in ("Armed clash", AIR_STRIKE, MISSILE_ATTACK) and _CAPTIVES_SHOT.search(_account_lead(text, 2)):
        # "shooting dead at least three soldiers who had surrendered, citing drone footage": men who gave up their
        # arms were no side in a fight; their killing is an attack (ACLED)
        return "Attack"
    if label in (MISSILE_ATTACK, *PROTESTS) and _SMALL_ARMS.search(text) and _OPENED_FIRE.search(text) \
            and not _EXPLOSIVE.search(text) \
            and weapons_named(_FIRED_ON_UK_RU.sub(" ", text)) == (False, False) \
            and not _GATHERING.search(text) and not _PROTEST_LEAD.search(text):
        # "наш бус обстріляли … військові відкрили вогонь з автоматів": rifles fired at people ("обстріл" is any
        # fire in Ukrainian and Russian), no gun or rocket, no crowd: a fight if two sides fought, else an attack
        return "Armed clash" if _BATTLE.search(text) or _ASSAULT.search(text) else "Attack"
    if label in (MOB_VIOLENCE, "Attack", OTHER) and _LEAFLETS.search(_account_lead(text, 2)) \
            and not _EXPLOSIVE.search(text) and not _FIREARM.search(text) and not _ARSON.search(text) \
            and not _STABBED.search(text) and count_casualties(text, language) == (0, 0):
        # "наші активісти розклеїли листівки «Не голосуй» і залишили написи": leaflets and slogans hurt no one, a
        # protest (ACLED); told as "вандализм", "порча имущества", the damage to property the outlet says it was
        return PROPERTY_DESTRUCTION if _VANDALISM.search(text) else PEACEFUL
    if (label in (MOB_VIOLENCE, VIOLENT_DEMONSTRATION) or label in PROTESTS and _strike_before_crowd(text)) \
            and not _GATHERING.search(text) and (strike := _strike_type(text)):
        # "ударили «Градом» по Озеряновке", "наша арта накрыла … группу ВСУшников, которые собрались": no crowd
        # fires a launcher; a strike (ACLED)
        return strike
    if label == MOB_VIOLENCE and not _MANY_PEOPLE.search(text):
        return "Attack"  # "мужик встретил людоловов с ножом": one man's attack is no mob's (ACLED)
    if label in PROTESTS or label == VIOLENT_DEMONSTRATION:
        return _protest_label(label, text, language)
    if label == OTHER and _DETENTION.search(_account_lead(text, 2)) and not _EXPLOSIVE.search(text) \
            and not _ARSON.search(text) and weapons_named(text) == (False, False) \
            and count_casualties(text, language) == (0, 0):
        return "Arrests"  # "окупаційна поліція затримала 44-річного блогера": a detention, and no violence (ACLED)
    if label in (IED, "Armed clash", "Attack") and _BRAWLING_CROWD.search(text) and _MELEE.search(text) \
            and not _EXPLOSIVE.search(text) and not _FIREARM.search(text):
        return MOB_VIOLENCE  # villagers fighting with sticks and rods: a mob, not armed groups (ACLED)
    if label in ("Armed clash", AIR_STRIKE, MISSILE_ATTACK):
        lead = _account_lead(text)
        struck = _STRIKE_VERB.search(lead) or weapons_named(lead) != (False, False) \
            or count_casualties(lead, language)[0]
        if _CAPTURE.search(lead) and not _CAPTURE_FAILED.search(lead) and (label == "Armed clash" or not struck):
            return OVERTAKES  # the lead tells a side took the place: a change of control (the gainer decides which)
    if label in ("Armed clash", CHANGE_TO_GROUP):
        # "Учора ворог … зайшов у Метьолкіне. Наші підрозділи відійшли на заздалегідь підготовлені позиції": one side
        # came in and the other left, in the account's opening: a change of control
        opening = " ".join(s.text for s in split_sentences(text)[:2])
        if _ENTERED.search(opening) and _WITHDREW.search(opening) and not _ATTEMPT_FAILED.search(opening):
            return OVERTAKES
    if label in (OVERTAKES, GOVERNMENT_REGAINS):
        opening = _account_lead(text, sentences=2)
        if _ATTEMPT_FAILED.search(opening) and not _CAPTURE.search(opening) or _DISPUTED_CAPTURE.search(opening):
            # the opening tells an assault that only tried for the place ("зашли в лесопосадку … Выбили ВСУшников из
            # первой линии окопов, но закрепиться не получилось"), or a capture claimed and disputed by the account
            # ("The MoD claimed that Russian forces seized X, but available evidence indicates only that Russian
            # forces attacked the settlement"): no change of control
            return "Armed clash"
        if _STILL_CONTESTED.search(text) and not _CAPTURE.search(opening):
            # the side that came in holds part of the place and the fight for it goes on ("вошли в Старые Бобовичи …
            # Сейчас идёт бой в центре села"; "the remainder of the settlement is contested"): no change of control yet
            return "Armed clash"
    if label == "Armed clash" and not _GROUND_FIGHTING.search(text) and weapons_named(text) == (True, False):
        return AIR_STRIKE  # drones or aircraft struck, and no one fought on the ground: no clash (ACLED)
    if label in ("Armed clash", "Attack") and _INCOMING.search(text) and not _GROUND_FIGHTING.search(text):
        # "прилетело по селу … стреляли со стороны": a strike from afar, by its weapon (shells if none is named)
        return _strike_type(text) or MISSILE_ATTACK
    if label in ("Armed clash", "Attack") and _ARSON.search(text) and not _EXPLOSIVE.search(text) \
            and not _GROUND_FIGHTING.search(text) and weapons_named(text) == (False, False) \
            and count_casualties(text, language)[0] == 0:
        return PROPERTY_DESTRUCTION  # a fire set, no one killed, no fighting, blast or weapon: property destruction
    if label in (IED, "Attack") and _SUICIDE.search(text) and not _REMOTELY.search(text):
        return SUICIDE_BOMB  # the bomber set off the charge on his own body (ACLED)
    if label == SUICIDE_BOMB and _REMOTELY.search(text):
        # "his handlers detonated the device remotely as he was stopped for a check": the carrier set nothing off;
        # someone else's remote bomb (ACLED), whatever a blogger calls it
        return IED
    if label in ("Armed clash", "Attack") and (_BLOWN_UP.search(text) or _PLANTED_BOMB.search(text)) \
            and not _FIREARM.search(text) and weapons_named(text) == (False, False):
        return IED  # "наші люди підірвали УАЗ росгвардійців": a bomb, and no one fought or fired (ACLED)
    if label == IED and _ARSON.search(text) and not _EXPLOSIVE.search(text):
        return PROPERTY_DESTRUCTION  # a fire someone set, no bomb: ACLED's property destruction
    if label not in (AIR_STRIKE, MISSILE_ATTACK, DISRUPTED, IED):
        return label
    if _INTERCEPTED.search(text) and _DEBRIS.search(text) and _harmed_only_by_debris(text, language) \
            and not gives_a_disputed_version(text) and not _SCARE_QUOTED_DEBRIS.search(text) \
            and not _hit_told(text) \
            and (label in (DISRUPTED, IED) or _states_interception(text)):
        return DISRUPTED  # shot down, and only its debris did damage: no strike hit (ACLED)
    if label in (AIR_STRIKE, MISSILE_ATTACK) and _INTERCEPTED.search(text) and _NO_HARM.search(text) \
            and not _DAMAGE.search(_NO_HARM.sub("", text)) and count_casualties(text, language) == (0, 0) \
            and not _hit_told(text):
        return DISRUPTED
    if label == MISSILE_ATTACK and _WARPLANE.search(text) and not _GROUND_LAUNCHER.search(text):
        return AIR_STRIKE  # missiles fired by jets: an air strike (ACLED)
    air, ground = weapons_named(text)
    if label == IED:
        if air and not ground and not _PLANTED_BOMB.search(text) and not _BLOWN_UP.search(text) \
                and not MINE.search(text):
            return AIR_STRIKE  # "влучання шахеда в складське приміщення": a drone's blast is no planted bomb
        return label
    if label in (AIR_STRIKE, MISSILE_ATTACK) and air and ground:
        lead = _lead_weapon(text)
        if lead:
            return lead
    if label == MISSILE_ATTACK:
        lead = split_sentences(text)[0].text
        if air and not ground and (weapons_named(lead)[0] or not _STRIKE_VERB.search(lead)):
            # drones or aircraft strike in the lead, or after a lead that tells no strike ("Ще семеро людей поранено.
            # ¶ Учора ворог скинув КАБ …"), and no missile or gun is named: from the air ("нанесли удар высокоточным
            # оружием" with drones only in a tally after it is no air strike)
            return AIR_STRIKE
        return label
    if label == AIR_STRIKE:
        if not air and not ground and (_PLANTED_BOMB.search(text) or MINE.search(text)):
            return IED  # a car or roadside bomb, or a mine a ship struck, is no strike from the air
        if not air and not ground and _SET_ON_FIRE.search(text):
            return PROPERTY_DESTRUCTION  # a fire someone set, by hand: no strike from the air
        return MISSILE_ATTACK if ground and not air else label
    if label == DISRUPTED and (air or ground) and not _STOPPED.search(text):
        # nothing was stopped: the weapons were used, from the air when jets or drones alone carried them
        from_air = air and not ground or _WARPLANE.search(text) is not None and not _GROUND_LAUNCHER.search(text)
        return (air and ground and _lead_weapon(text)) or (AIR_STRIKE if from_air else MISSILE_ATTACK)
    # A stopped attack that did harm after all: it hurt someone, or the outlet disputes the interception.
    harmed = count_casualties(text, language)[0] > 0 or _DAMAGE.search(_NO_HARM.sub("", text)) is not None
    if (air or ground) and harmed:
        return (air and ground and _lead_weapon(text)) or (AIR_STRIKE if air and not ground else MISSILE_ATTACK)
    return label


# The types a landmine blast is read as when the account also tells of fighting nearby, a drone that dropped the
# mine, a grenade on a tripwire, mines defused or the place's capture.
_MINE_BLAST_MISREAD = frozenset({"Armed clash", "Attack", "Grenade", DISRUPTED, AIR_STRIKE, MISSILE_ATTACK,
                                 GOVERNMENT_REGAINS, OVERTAKES, NON_VIOLENT_TRANSFER, OTHER, CHANGE_TO_GROUP,
                                 PROPERTY_DESTRUCTION, HQ_ESTABLISHED})


def _tells_a_mine_blast(text: str) -> bool:
    """Whether the account's opening sentence tells a mine, tripwire or leftover munition going off under someone,
    and no fight: soldiers who ran into a minefield while storming a village fought a battle."""
    lead = _account_lead(text)
    return MINE_BLAST.search(lead) is not None and not _BATTLE.search(lead) and not _ASSAULT.search(lead)


def _lead_weapon(text: str) -> str | None:
    """The strike type of the one kind of weapon the account's first sentence names, if it names one kind.

    Where an account names both kinds, the lead's weapon is the strike's and the rest is what else the
    outlet tells ("struck the plant with long-range missiles …; air defences downed 43 drones overnight").
    """
    return _strike_type(split_sentences(text)[0].text)


def _strike_type(text: str) -> str | None:
    """The strike type of the one kind of weapon ``text`` names (drones or aircraft, or guns and missiles), if it
    names one kind."""
    kind = weapon_kind(text)
    return AIR_STRIKE if kind == "air" else MISSILE_ATTACK if kind == "ground" else None


def _same_event(event: _Event, passage: Passage, passage_date: str | None, named_day: bool) -> bool:
    if not compatible(event.label, passage.label) and not _strike_damage(event, passage):
        return False
    # Two days the text names, and different, are two events, whatever they are called;
    # a day only inferred from the publication ("were detained at the scene") names none.
    if event.named_day and named_day:
        return event.event_date == passage_date
    return True


def _toll_update(passage: Passage, language: str) -> bool:
    """Whether ``passage`` tells only that a toll rose ("Удень кількість загиблих зросла до двох", "The death toll
    rose to three"): no weapon, blast, fire, shot or detention of its own."""
    text = passage.text
    return revised_toll(text, language) > 0 and weapons_named(text) == (False, False) \
        and not _STRIKE_VERB.search(text) and not _EXPLOSIVE.search(text) and not _ARSON.search(text) \
        and not _FIREARM.search(text) and not _DETENTION.search(text)


def _strike_damage(event: _Event, passage: Passage) -> bool:
    """Whether ``passage`` only tells what the strike ``event`` destroyed."""
    return event.label in (AIR_STRIKE, MISSILE_ATTACK) and _damage_only(passage)


def _damage_only(passage: Passage) -> bool:
    """Whether a property-destruction passage only tells what was destroyed: "Two houses were destroyed and
    several damaged", "Пошкоджено п'ять будинків" (no one burned, looted or blew anything up): a strike's damage,
    when the story tells a strike."""
    return passage.label == PROPERTY_DESTRUCTION and _DAMAGE.search(passage.text) is not None \
        and not _ARSON.search(passage.text) and not _LOOTING.search(passage.text) \
        and not _EXPLOSIVE.search(passage.text)


def _retold_items(passages: list[Passage], text: str) -> dict[int, Passage]:
    """The list items a later passage of ``text`` tells again, by the id of the passage that does."""
    retold: dict[int, Passage] = {}
    for item in passages:
        if not opens_list_item(item.text, text):
            continue
        story = next((p for p in passages if p.first_index > item.first_index and id(p) not in retold
                      and not opens_list_item(p.text, text)
                      and any(_repeats(item.sentences[0].text, sentence.text) for sentence in p.sentences)), None)
        if story is not None:
            retold[id(story)] = item
    return retold


# Words a sentence must share with a list item to repeat it: most of them, and enough to be more than a phrase.
RETOLD_SHARE = 0.7
RETOLD_MIN_WORDS = 6
_CONTENT_WORD = re.compile(r"\w{4,}")


def _repeats(item: str, sentence: str) -> bool:
    words = set(_CONTENT_WORD.findall(item.lower()))
    return len(words) >= RETOLD_MIN_WORDS \
        and len(words & set(_CONTENT_WORD.findall(sentence.lower()))) >= RETOLD_SHARE * len(words)


def _apart_in_a_list(event: _Event, passage: Passage, text: str) -> bool:
    """Whether a digest's list keeps ``passage`` and ``event`` apart: two of its items ("🔴 Лозова — …", "🟡 Ізмаїл
    — …", or paragraphs under headings: "Сумщина. Близько 11-ї…", "Луганщина. В окупованому Привіллі…") are two
    incidents, and a header before the list sums them all up. Text after the list may tell an item's story at
    length."""
    def is_item(p: Passage) -> bool:
        return opens_list_item(p.text, text) or follows_heading(text, p.start)

    passages = [*event.passages, passage]
    items = [p for p in passages if is_item(p)]
    if not items:
        return False
    if len(items) > 1 and is_item(passage):
        return True
    first_item = min(p.first_index for p in items)
    return any(p.first_index < first_item for p in passages)


# An incident told as on the day of the account before it.
_SAME_DAY = re.compile(r"^\W*(?:(?:зранку|вранці|вдень|ввечері|увечері|вночі|утром|днем|днём|вечером|ночью|later|early)"
                       r"\s+)?" + SAME_DAY + r"\b", re.IGNORECASE)
# ... or later in it, naming no day of its own.
# ("In the morning a drone hit a car in Koziyivka" after "Russian strikes on three villages … on Wednesday")
_LATER_THAT_DAY = re.compile(r"^\W*(?:in the (?:early |late )?(?:morning|afternoon|evening)|later|по обіді|після обіду"
                             r"|пізніше|згодом|после обеда|позже|позднее)\b", re.IGNORECASE)


def _paragraph(text: str, offset: int) -> int:
    return text.count("\n\n", 0, offset)


def _in_other_paragraphs(event: _Event, passage: Passage, text: str) -> bool:
    paragraph = _paragraph(text, passage.start)
    return all(_paragraph(text, p.start) != paragraph for p in event.passages)


def _set_apart_by_hour(passage: Passage, events: list[_Event], text: str) -> set[int]:
    """The events (by id) the passage is set apart from as another item of a daily summary: it, or the event,
    opens on its own hour or front sector in a paragraph the other is not in. (The stronger account is placed
    first, and the item that names its hour may be either.)"""
    own_item = opens_an_item(passage.text)
    return {id(e) for e in events
            if _in_other_paragraphs(e, passage, text) and (own_item or opens_an_item(e.passages[0].text))}


def _set_apart_by_a_turn(passage: Passage, events: list[_Event]) -> set[int]:
    """The events (by id) a later "Separately, …" sets apart from the passage: the turn to another incident
    holds whichever account the classifier was surer of, and so was placed first."""
    return {id(e) for e in events
            if any(p.start > passage.start and NEW_STORY.match(p.text) for p in e.passages)}


def _set_apart_by_town(passage: Passage, events: list[_Event], text: str) -> set[int]:
    """The events (by id) in other paragraphs that open in another town than the passage's paragraph does: a
    roundup's towns ("In Miass, about 30 women gathered … ¶ In Berdsk, police detained three women")."""
    if not opens_a_paragraph(text, passage.start):
        return set()
    return {id(e) for e in events
            if any(opens_in_another_town(passage.text, paragraph_opening(p, text).text) for p in e.passages)}


def _set_apart_by_weapon(passage: Passage, events: list[_Event], text: str) -> set[int]:
    """The events (by id) in other paragraphs, or told on an hour of their own as the passage is, whose strike names
    the other kind of weapon (see strikes_apart): "In the morning a drone hit a car in Koziyivka. Later in the morning
    artillery shells fell on Huty." """
    on_its_hour = TIME_OPENER.match(passage.text) is not None
    return {id(e) for e in events
            if (_in_other_paragraphs(e, passage, text) or on_its_hour
                and all(TIME_OPENER.match(p.text) for p in e.passages))
            and strikes_apart(passage.text, passage.label, " ".join(p.text for p in e.passages), e.label)}


def _opens_on_another_day(passage: Passage, passage_date: str | None, named_day: bool, events: list[_Event],
                          doc_published: str | None) -> bool:
    """Whether the passage opens on a day none of the events found so far happened on.

    A round-up that turns to another incident often names its day first
    ("Yesterday evening partisans set fire…; and at dawn today drones
    struck…"): that says it is a second event, however unsure the classifier
    is of its type.
    """
    if not (named_day and events and all(e.named_day and e.event_date != passage_date for e in events)):
        return False
    # The day must open the passage: "The body was returned only this morning"
    # further on dates a detail of the same story.
    return any(day == passage_date for day, _ in time_references(passage.sentences[0].text, doc_published))


def _unclear(passage: Passage, set_apart: bool) -> bool:
    """Whether a passage beside the document's other events is too unsure to report (see
    MIN_SECONDARY_CONFIDENCE): ``set_apart`` is whether the text tells it as another incident."""
    return passage.confidence < MIN_SECONDARY_CONFIDENCE \
        and not (set_apart and passage.eventness >= MIN_SEPARATE_EVENTNESS)


def _claimed_on_its_day(passage: Passage) -> bool:
    """Whether ``passage`` opens on its day and says who claimed the act."""
    return opens_on_a_day(passage.sentences[0].text) \
        and any(claims_responsibility(sentence.text) for sentence in passage.sentences)


def _passage_day(passage: Passage, passages: list[Passage], doc: Document, language: str
                 ) -> tuple[str | None, int, bool]:
    """The passage's date, its precision, and whether the passage names that day (see _Event.named_day)."""
    passage_date, precision = _resolve_date(passage.text, doc, language)
    later = _LATER_THAT_DAY.match(passage.text)
    if _SAME_DAY.match(passage.text) \
            or later is not None and not time_references(passage.text[later.end():], doc.published_at):
        # "Того ж дня …" happened on the day of the account before it, a year ago if that one was; so did "In the
        # afternoon, a drone hit a repair crew" after "On Tuesday morning a drone struck a bus"
        # (the nearest account before it that names its day: "У четвер на Бериславщині загинули четверо. ¶ Близько
        # 14:30 FPV-дрон наздогнав легковик … ¶ Зранку того ж дня …" is Thursday's)
        earlier = [p for p in passages if p.end <= passage.start]
        dated = [p for p in earlier if time_references(p.text, doc.published_at)]
        if earlier:
            passage_date, precision = _resolve_date((dated or earlier)[-1].text, doc, language)
    named_day = precision == 1 and passage_date is not None and any(
        day == passage_date for day, _ in time_references(passage.text, doc.published_at))
    return passage_date, precision, named_day


def _merge(passages: list[Passage], doc: Document, sentences: list[Sentence], language: str,
           model: CodingModel | None = None) -> list[_Event]:
    """The events the passages report: each passage joins a compatible event or starts its own (``model``, when
    given, reconsiders a passage set apart as another incident before it is dropped as unclear)."""
    events: list[_Event] = []
    # The strongest passages first, so that each event is anchored on its
    # clearest account; the lead breaks ties between equal accounts.
    # (A strike's damage told on its own comes after the strike, which it joins.)
    strikes = any(p.label in (AIR_STRIKE, MISSILE_ATTACK) for p in passages)
    order = sorted(passages, key=lambda p: (strikes and _damage_only(p),
                                            -(p.confidence + (0.1 if p.first_index < LEAD_SENTENCES else 0)),
                                            p.first_index))
    # A summary's item the story tells again at length ("Key Takeaways: - Partisans reportedly killed the director of
    # a school on September 1", and the paragraph that opens on those words) is told by the story, on the item's day
    # when the item names one: the story around it may name others.
    retold = _retold_items(passages, doc.text)
    told_again = {id(item) for item in retold.values()}
    for passage in order:
        if passage.eventness < MIN_EVENTNESS or id(passage) in told_again:
            continue
        # A type the classifier is all but blind to is no account, unless the passage is a paragraph of its own
        # that opens on another day than every event so far ("А сегодня утром около семи было несколько прилетов
        # по соседним Черкасским Тишкам" after yesterday's capture): another incident, whose type the codebook
        # reads from its words.
        # (A mine or a tripwire that went off under someone is told in so many words, whatever the classifier's
        # spread over the explosive types: "трактор підірвався на протитанковій міні".)
        blind = passage.confidence < MIN_CONFIDENCE and not MINE_BLAST.search(passage.text)
        if blind and not (passage.eventness >= MIN_DAY_APART_EVENTNESS and events
                          and all(_in_other_paragraphs(e, passage, doc.text) for e in events)):
            continue
        passage_date, precision, named_day = _passage_day(passage, passages, doc, language)
        if id(passage) in retold:
            item_day = _passage_day(retold[id(passage)], passages, doc, language)
            if item_day[2]:
                passage_date, precision, named_day = item_day
        if blind and not _opens_on_another_day(passage, passage_date, named_day, events, doc.published_at):
            continue
        passing = _is_passing_mention(passage, passage_date, doc)
        if passage.recalled and passing:
            continue  # background to the story: it neither reports an event nor adds to one
        # "Separately, …" turns to another incident, even one of a related type.
        turns_away = NEW_STORY.match(passage.text) is not None
        told_before = [e for e in events if e.start < passage.start]
        if told_before and not turns_away and _toll_update(passage, language) \
                and not opens_list_item(passage.text, doc.text) and not follows_heading(doc.text, passage.start):
            # "Вранці обласна влада повідомляла про одного загиблого. Удень кількість загиблих зросла до двох": a
            # toll that rose, with no weapon or act of its own, is the aftermath of the account just before it
            max(told_before, key=lambda e: e.start).passages.append(passage)
            continue
        # (a claim of the act, "Утром канал подпольной группы опубликовал заявление: «Наш заряд сработал»", is told on
        # an hour of its own, and is the act's)
        by_hour = set() if claims_responsibility(passage.text) else _set_apart_by_hour(passage, events, doc.text)
        apart = by_hour | _set_apart_by_a_turn(passage, events) | _set_apart_by_weapon(passage, events, doc.text) \
            | _set_apart_by_town(passage, events, doc.text)
        another_day = _opens_on_another_day(passage, passage_date, named_day, events, doc.published_at)
        separate = turns_away or another_day or bool(events) and len(apart) == len(events)
        target = None if turns_away else \
            next((e for e in events if id(e) not in apart and _same_event(e, passage, passage_date, named_day)
                  and not _apart_in_a_list(e, passage, doc.text)
                  # (the story of one item of a summary's list takes no other item)
                  and not (opens_list_item(passage.text, doc.text) and any(id(p) in retold for p in e.passages))),
                 None)
        if target is not None:
            target.passages.append(passage)
            if passage_date and (target.event_date is None or named_day and not target.named_day):
                target.event_date, target.time_precision, target.named_day = passage_date, precision, named_day
            continue
        if passing or _is_background_clause(passage, doc) \
                or _is_court_account(passage, doc, sentences, passage_date) or _is_accident(passage, doc, sentences) \
                or _is_ordinary_crime(passage, doc) or _is_alert_without_strike(passage, language) \
                or _is_controlled_detonation(passage, language) \
                or _is_commemoration(passage) or _is_setting(passage):
            continue
        if events and passage.confidence < MIN_SECONDARY_CONFIDENCE:
            # The act an arrest story tells on a day it names ("ФСБ задержали двух подростков. По данным ФСБ, в ночь
            # на 17 августа они подожгли релейный шкаф") is set apart from the arrest as well.
            set_apart = separate or opens_list_item(passage.text, doc.text) \
                or named_day and any(e.label == "Arrests" for e in events) \
                and not any(compatible(e.label, passage.label) for e in events)
            own_paragraph = all(_in_other_paragraphs(e, passage, doc.text) for e in events)
            # A second opinion for another incident the lexical head is unsure of, set apart or in a paragraph
            # of its own that opens on its day ("В ночь на вторник … сгорел релейный шкаф" after a story of a
            # protest): the encoder reads a paragraph as it reads a snippet.
            if _unclear(passage, set_apart) and model is not None \
                    and (set_apart or own_paragraph and opens_on_a_day(passage.sentences[0].text)) \
                    and reconsider(passage, model) and passage.eventness < MIN_EVENTNESS:
                continue
            # The story's opening sentence, in a paragraph of its own, tells its own event however unsure the
            # classifier is of its type ("A second worker has died after Russian missiles struck the port …"
            # before a paragraph on the day's interceptions); so does a paragraph of its own that opens on its day
            # and says who claimed the act ("В ночь на четверг … сгорел релейный шкаф. Ответственность взяло на
            # себя подпольное движение").
            # A paragraph of its own that opens on another day than every event so far ("On Tuesday, the FSB …
            # detained four men" after a night's arson) is another incident on a weaker event probability.
            # So is a summary's sector item that names the settlement fought over ("На Лиманському напрямку
            # противник здійснював безуспішні наступальні дії в районі Серебрянки").
            if _unclear(passage, set_apart) and not (passage.first_index == 0 and own_paragraph) \
                    and not (own_paragraph and _claimed_on_its_day(passage)) \
                    and not (own_paragraph and names_a_front_settlement(passage.sentences[0].text)) \
                    and not (own_paragraph and another_day and passage.eventness >= MIN_DAY_APART_EVENTNESS):
                continue
        events.append(_Event([passage], passage.label, passage.confidence,
                             passage.first_index < LEAD_SENTENCES, passage_date, precision, named_day))
    return events


def group_events(passages: list[Passage], doc: Document, sentences: list[Sentence], language: str,
                 model: CodingModel | None = None) -> list[_Event]:
    """Merge the passages into events and drop those recalled only in passing (``sentences``: the document's)."""
    candidates = passages
    article = len(sentences) >= ARTICLE_SENTENCES
    while True:
        events = _merge(candidates, doc, sentences, language, model)
        # An event the classifier is unsure of must name its day in an article
        # (see MIN_UNDATED_CONFIDENCE); one that does not is dropped, and the
        # choice is made again without it, so that it blocks no other account.
        # A first sentence that is no passage of its own may date the story's event (see _is_dated).
        lead = "" if any(p.first_index == 0 for p in candidates) else sentences[0].text
        undated = [e for e in events if e.confidence < MIN_UNDATED_CONFIDENCE and article
                   and not _is_dated(e, doc, lead, sentences[0].text, sentences)]
        if not undated:
            break
        dropped = {id(p) for e in undated for p in e.passages}
        candidates = [p for p in candidates if id(p) not in dropped]
    # A campaign's general line goes when the document reports an incident beside it.
    general = [_only_ongoing(e, doc, language) for e in events]
    if not all(general):
        events = [e for e, is_general in zip(events, general) if not is_general]
    starts = sorted(e.start for e in events)
    for event in events:
        event.passages.sort(key=lambda p: p.first_index)
        # The whole span: "no one was hurt" rarely has an event word of its own.
        text = doc.text[event.start:event.end]
        event.label = codebook_label(event.label, text, language)
        if event.label == "Arrests":
            # (its passages only: the span between two may tell another incident)
            event.label = _act_behind_arrest(" ".join(p.text for p in event.passages), doc) or event.label
        if event.label == PEACEFUL:
            # What the police did to a crowd often follows the account of the crowd, in sentences with no
            # event word of their own ("Минут через двадцать подъехали автобусы с росгвардейцами. Людей
            # оттеснили щитами…"): a peaceful protest reads on until the next event or a sentence on a day of
            # its own ("…the dispersal of a road blockade on October 12"), for an intervention only.
            # (nor past a paragraph that opens in another town: "В Бердске всё закончилось иначе")
            limit = next((start for start in starts if start > event.start), len(doc.text))
            limit = next((s.start for s in sentences if event.end <= s.start < limit
                          and opens_a_paragraph(doc.text, s.start) and IN_A_TOWN.match(s.text)), limit)
            after = list(itertools.takewhile(lambda sentence: not has_time_reference(sentence, None),
                                             _sentences_after(sentences, event.end, limit, PROTEST_READ_ON)))
            if after and codebook_label(PEACEFUL, " ".join([text, *after]), language) == INTERVENTION:
                event.label = INTERVENTION
    return events


# Days between an act and the report of its doer's arrest within which the act is the news.
ACT_BEHIND_ARREST_DAYS = 2


def _act_behind_arrest(text: str, doc: Document) -> str | None:
    """The type of the fire or bomb an arrest story tells was set on a day just before it ("Поліцейські затримали
    19-річного жителя Самбора, який у ніч на 7 жовтня підпалив службовий автомобіль"): that act is the news, its
    doer's arrest the follow-up. None when no sentence tells such an act on a recent day it names (the teenagers
    detained in September for an arson "в ночь на 17 августа" are the news of an arrest)."""
    published = _day(doc.published_at)
    if published is None:
        return None
    for sentence in split_sentences(text):
        # the act's own clause: after the detention ("затримали жителя, який у ніч на 7 жовтня підпалив"), so that
        # the day of the arrest ("во вторник задержали … подозреваемых в поджоге") dates no act
        detentions = list(_DETENTION.finditer(sentence.text))
        act = sentence.text[detentions[-1].end():] if detentions else sentence.text
        # ... up to the words of whoever reports it ("подожгли релейный шкаф, сообщили в пятницу": the day it was said)
        said = _SAID.search(act)
        act = act[:said.start()] if said else act
        done = next((m for m in _ACT_DONE.finditer(act)
                     if not _ACT_NOT_DONE_BEFORE.search(act, max(0, m.start() - 40), m.start())), None)
        if done is None:
            continue
        # (a day, not a stretch of days: "на початку квітня", "в начале сентября" may be weeks before)
        days = [(date.fromisoformat(day), precision) for day, precision in time_references(act, doc.published_at)]
        if days and all(precision == 1 and 0 <= (published - day).days <= ACT_BEHIND_ARREST_DAYS
                        for day, precision in days):
            return IED if _BOMB_ACT.match(done.group()) else PROPERTY_DESTRUCTION
    return None


_SAID = re.compile(r"\b(?:said|says|reported|announced|told)\b|(?<!\w)(?:сообщи\w*|повідоми\w*|заяви\w*|сообща\w*"
                   r"|повідомля\w*)", re.IGNORECASE)
# ... and not as planned, tried or suspected: "on suspicion of preparing to set fire", "готував підпалити".
_ACT_NOT_DONE_BEFORE = re.compile(
    r"(?:\bto|prepar\w*|plann\w*|plott\w*|intend\w*|tried|attempt\w*|suspicion|suspected|готува\w*|готовил\w*|плану\w*"
    r"|планирова\w*|намерева\w*|збира\w*|собира\w*|хотів|хотел\w*|намага\w*|пыта\w*|підозр\w*|подозр\w*|погоди\w*"
    r"|соглас\w*)\W+(?:\w+\W+){0,3}$", re.IGNORECASE)
# A fire or a bomb told as done (not "suspected of arson"): "підпалив", "подожгли", "burned out", "заклав вибухівку".
_BOMB_ACT = re.compile(r"(?:заклал|заложил|підклал|подложил|planted|blew|підірва|подорва|взорва)\w*", re.IGNORECASE)
_ACT_DONE = re.compile(
    r"\b(?:set (?:fire|ablaze|on fire)|torched|burn(?:ed|t) (?:down|out)|firebombed|threw (?:a |two |several )?"
    r"(?:molotov|petrol|incendiary)|planted (?:a |an )?(?:bomb|explosive)|blew up)"
    r"|(?<!\w)(?:підпали\w*|спалил\w*|подожг\w*|поджег\w*|поджёг|сожгл\w*|сжег|сжёг|кинув|кинула|кинули|бросил\w*"
    r"|вигорі\w*|згорі\w*|сгорел\w*|заклал\w* (?:\w+ )?(?:заряд|вибухівк|бомб)\w*|заложил\w* (?:\w+ )?(?:заряд|взрывчатк|бомб)\w*"
    r"|підірва\w*|подорва\w*|взорва\w*)", re.IGNORECASE)


def _evidence_span(event: _Event) -> tuple[int, int]:
    # The event's opening passage is its evidence: where the report states it.
    first = event.passages[0]
    return first.start, first.end


def _sentences_after(sentences: list[Sentence], end: int, limit: int, count: int = FOLLOW_SENTENCES) -> list[str]:
    """Up to ``count`` of ``sentences`` starting at or after ``end`` and ending by ``limit``."""
    return [s.text for s in sentences if s.start >= end and s.end <= limit][:count]


def _following_text(sentences: list[Sentence], end: int, limit: int) -> str:
    return " ".join(_sentences_after(sentences, end, limit))


def _lead_headline(doc: Document, event: _Event) -> str:
    """The title as a sentence, for the event the story leads with (else "")."""
    if doc.title and event.passages[0].first_index < LEAD_SENTENCES:
        return doc.title.rstrip(".") + "."
    return ""


def _date_from_following(event: _Event, doc: Document, sentences: list[Sentence], next_start: int,
                         language: str, events: list[_Event]) -> tuple[str, int] | None:
    """The day the sentences within or after an undated account name: "Мирный житель погиб при атаке дрона на
    автомобиль. По его словам, атака произошла в понедельник около 20:40." A day more than OLD_EVENT_DAYS before publication
    is background, not this event's."""
    if event.named_day:
        return None
    # the sentences between the event's passages, and up to FOLLOW_SENTENCES after them
    # (another event's sentences between them are that event's: "…задержали двух подростков. В ночь на 17 августа они
    # подожгли релейный шкаф. … Возбуждено уголовное дело")
    told = {(sentence.start, sentence.end) for e in events for p in e.passages for sentence in p.sentences}
    between = [s.text for s in sentences
               if event.start <= s.start and s.end <= event.end and (s.start, s.end) not in told]
    after = _sentences_after(sentences, event.end, next_start)
    following = " ".join(text for text in between + after if not is_passing_mention(text, None, doc.published_at))
    if not following or not has_time_reference(following, doc.published_at):
        return None
    # ("Следующий удар пришелся снова по Глубокому. Три дня назад горел резервуар …, этой ночью прилетело туда же")
    return _recent_day(following, doc, language, tells_a_repeat(doc.text[event.start:event.end] + " " + following))


# A daily summary's "past day" ("за минулу добу", "за прошедшие сутки", "over the past 24 hours"): a morning
# summary's day is mostly yesterday, a later one's mostly today.
_PAST_DAY_MORNING_UNTIL = 12


def _date_of_past_day(event: _Event, doc: Document, sentences: list[Sentence]) -> tuple[str, int] | None:
    """Yesterday for an undated account in a morning summary of the past day: "Протягом минулої доби росіяни 37
    разів обстріляли прикордонні громади" at 9:05, or an item under such a header (the title or first sentence;
    ``sentences``: the document's)."""
    published, hour = _day(doc.published_at), publication_hour(doc.published_at)
    if event.named_day or published is None or hour is None or hour >= _PAST_DAY_MORNING_UNTIL:
        return None
    texts = [p.text for p in event.passages] + _digest_header(event, doc, sentences[0].text)
    if any(SECTOR_OPENER.match(p.text) or AREA_OPENER.match(p.text) for p in event.passages):
        # a sector or hromada item of a morning summary whose opening tallies the past day ("За минулу добу
        # відбулося 79 бойових зіткнень", "За минулу добу ворог 9 разів обстріляв прикордоння")
        texts += [sentence.text for sentence in sentences[:_SUMMARY_OPENING_SENTENCES]]
    if not any(_PAST_DAY.search(text) for text in texts):
        return None
    return (published - timedelta(days=1)).isoformat(), 1


def _date_of_digest(event: _Event, doc: Document, header: str, language: str) -> tuple[str, int] | None:
    """The day a digest's title or first sentence names, for an item of its list that names none ("Сводка за
    вторник … ▪️ Воздвижевка — утром российский артобстрел")."""
    if event.named_day:
        return None
    for text in _digest_header(event, doc, header):
        day, precision = _resolve_date(text, doc, language)
        if precision == 1 and day is not None and any(d == day for d, _ in time_references(text, doc.published_at)):
            return day, 1
    return None


# Sentences after blasts within which an outlet's guess at an incoming strike is read (a local channel's post
# tells the blasts, the damage and the residents' advice first).
_GUESS_SENTENCES = 5


def _strike_by_context(event: _Event, doc: Document, sentences: list[Sentence], next_start: int) -> str:
    """The kind of strike a story names next to an account that names no weapon (or the incoming strike it guesses
    at after blasts it first told as a bomb's).

    "Сили оборони уразили склад противника. Удар завдано ударними безпілотними
    авіаційними комплексами.": the weapon often comes a sentence after the
    strike, or in the headline of the story's lead event. Sentences about
    weapons shot down are not the strike's.
    """
    text = doc.text[event.start:event.end]
    if weapons_named(text) != (False, False):
        return event.label
    if event.label == IED:
        # Blasts heard, no bomb planted or mine told, and then the outlet's guess: "…жужжание, как мопед, потом два
        # взрыва. … Видимо, снова прилёт хохлятского дрона": an incoming strike, not a bomb
        if _PLANTED_BOMB.search(text) or MINE.search(text) or _BLOWN_UP.search(text):
            return event.label
        after = " ".join(t for t in _sentences_after(sentences, event.end, next_start, _GUESS_SENTENCES)
                         if not _INTERCEPTED.search(t))
        guessed = _strike_type(after) if _INCOMING.search(after) else None
        return guessed or event.label
    if event.label not in (AIR_STRIKE, MISSILE_ATTACK):
        return event.label
    context = [text for text in _sentences_after(sentences, event.end, next_start) if not _INTERCEPTED.search(text)]
    context.append(_lead_headline(doc, event))
    return _strike_type(" ".join(context)) or event.label


def _within(sentence: Sentence, spans: list[tuple[int, int]]) -> bool:
    """Whether ``sentence`` starts inside one of ``spans`` (passages' start and end offsets)."""
    return any(start <= sentence.start < end for start, end in spans)


def _claim_sentences(sentences: list[Sentence], headline: str, passage_text: str, event: _Event,
                     next_start: int, elsewhere: list[tuple[int, int]]) -> str:
    """Claims of responsibility outside the event's passages: in the headline, between its passages or after it,
    but not in other events' passages (``elsewhere``: a digest's paragraph on its first item's car bomb is not its
    third's)."""
    if claims_responsibility(passage_text):
        return ""
    start = min(p.start for p in event.passages)
    told = [(p.start, p.end) for p in event.passages] + elsewhere
    candidates = [s.text for s in sentences if s.start >= start and s.end <= next_start and not _within(s, told)]
    if headline:
        candidates.insert(0, headline)
    return " ".join(c for c in candidates if claims_responsibility(c))


# A live story's update paragraph: "Оновлено о 09:15.", "Обновлено 21:05.", "13:20 — UPDATE: …".
_UPDATE_PARAGRAPH = re.compile(
    r"(?:^|\n\n)\W*(?:\d{1,2}[:.]\d{2}\s*[—–-]\s*)?(?:update[ds]?|upd|оновлено|обновлено|доповнено|дополнено"
    r"|апдейт)(?!\w)", re.IGNORECASE)


def _casualties(all_text: str, event: _Event, doc: Document, sentences: list[Sentence], next_start: int,
                report: Report, elsewhere: list[tuple[int, int]]) -> tuple[int, int]:
    """(killed, injured) for the event: its passages' figures, else those of the sentences between and just after
    them, to the end of the last passage's paragraph (``elsewhere``: the spans of other events' passages); a
    later update paragraph before the next event's account raises the toll ("Обновлено 09:30. … сотрудник охраны
    … погиб")."""
    if report.sub_event_type in NON_VIOLENT or report.sub_event_type == INTERVENTION:
        # ACLED's non-violent types have no fatalities by definition: the bodies
        # handed over in a prisoner exchange died in earlier fighting. Nor has a protest
        # met with force short of lethal (ACLED's intervention): the dead it names are
        # those it was about ("акция в поддержку журналиста … за публикации о погибших").
        return 0, 0
    killed, injured = _casualties_told(all_text, event, doc, sentences, next_start, report, elsewhere)
    for update in _UPDATE_PARAGRAPH.finditer(doc.text, event.start):
        if update.start() >= next_start:
            break
        end = doc.text.find("\n\n", update.end())
        end = end if end >= 0 else len(doc.text)
        paragraph = [s for s in sentences if s.start >= update.start() and s.end <= end and not _within(s, elsewhere)]
        text = " ".join(s.text for s in paragraph)
        if text:
            killed = max(killed, count_casualties(text, report.language, doc.text)[0],
                         revised_toll(text, report.language))
    return killed, injured


def _casualties_told(all_text: str, event: _Event, doc: Document, sentences: list[Sentence], next_start: int,
                     report: Report, elsewhere: list[tuple[int, int]]) -> tuple[int, int]:
    killed, injured = count_casualties(all_text, report.language, doc.text)
    # "A car exploded in the town. The official, who ran the housing office, died.": the toll
    # often follows the account in the same paragraph without an event word of its own, and
    # so does its revision ("… died in hospital. The death toll has risen to two.").
    paragraph_end = doc.text.find("\n", event.end)
    limit = min(next_start, paragraph_end if paragraph_end >= 0 else len(doc.text))
    # (a sentence between that recalls earlier strikes counts their dead: "Це вже третій удар по селищу за десять
    # днів. 14 травня … унаслідок тих атак загинули троє людей")
    recalled = {(s.start, s.end) for s in sentences if event.start <= s.start and s.end <= limit
                and recalls_earlier_strikes(s.text)}
    span = " ".join(s.text for s in sentences
                    if s.start >= event.start and s.end <= limit and not _within(s, elsewhere)
                    and (s.start, s.end) not in recalled)
    if killed or injured:
        if not killed:
            # "…попал в машину волонтеров. Водитель … погиб на месте. Двое пассажиров … ранены.": the dead told in
            # a sentence between the passages, the wounded in one
            between = " ".join(s.text for s in sentences
                               if s.start >= event.start and s.end <= event.end and not _within(s, elsewhere)
                               and (s.start, s.end) not in recalled)
            killed = count_casualties(between, report.language, doc.text)[0] if between else 0
        return max(killed, revised_toll(span, report.language)), injured
    killed, injured = count_casualties(span, report.language, doc.text) if span else (0, 0)
    if killed or injured or limit >= next_start:
        return killed, injured
    # A lead paragraph with no toll, and the next paragraph opening with it ("…FPV-дрон попал в машину
    # волонтеров.\n\nВодитель, 34-летний волонтер, погиб на месте."), unless that sentence is on a day of its own
    # (another incident's, or background).
    opening = next((s for s in sentences if s.start >= limit), None)
    if opening is None or opening.end > next_start or _within(opening, elsewhere) \
            or has_time_reference(opening.text, doc.published_at):
        return 0, 0
    return count_casualties(opening.text, report.language, doc.text)


def _code_attributes(report: Report, event: _Event, doc: Document, sentences: list[Sentence],
                     next_start: int, others: list[_Event]) -> None:
    # ``others``: the document's other events; what their passages tell is theirs, not this event's.
    # Each passage's whole span, not only its event sentences: the claim of
    # responsibility or the casualty count often sits in a sentence between
    # them that the classifier does not call an event.
    all_text = " ".join(doc.text[p.start:p.end] for p in event.passages)
    elsewhere = [(p.start, p.end) for e in others for p in e.passages]
    try:
        report.fatalities, report.injuries = _casualties(all_text, event, doc, sentences, next_start, report,
                                                         elsewhere)
    except Exception as exc:
        log.warning("%s: casualty count failed: %s", doc.id, exc)

    def code(text: str):
        return code_actors(text, report.language, report.sub_event_type, context=doc.full_text)

    try:
        headline = _lead_headline(doc, event)
        # ACLED codes the group that claims an attack as its perpetrator;
        # the claim often sits in the headline or further down the story.
        claims = _claim_sentences(sentences, headline, all_text, event, next_start, elsewhere)
        # The whole span, sentences between the event's passages included: "…but Ukrainian sources
        # attribute it to the local underground" often sits between two accounts of the blast. Another
        # event's passages in between are that event's.
        span = " ".join(s.text for s in sentences
                        if s.start >= event.start and s.end <= event.end and not _within(s, elsewhere)) or all_text
        coded = code(f"{span} {claims}" if claims else span)
        if coded.perpetrator == "unknown":
            following = _following_text(sentences, event.end, next_start)
            if following:
                coded = code(f"{all_text} {following}")
        if coded.perpetrator == "unknown" and headline:
            # "Невідомі підпалили вантажівки…" under the headline "Партизани спалили
            # вантажівки": the headline says who, for the event the story leads with.
            coded = code(f"{headline} {all_text}")
        if coded.perpetrator == "unknown" and not others and not names_an_unknown_doer(span):
            # "Операцію провели представники місцевого руху опору" closing a story about one event:
            # such a story may name the doer in any paragraph (unless its account says the doer is unknown:
            # "невідомий кинув дві пляшки", and background further on names no one's act).
            coded = code(doc.full_text)
        for name in ("perpetrator", "perpetrator_country", "attribution", "actor1", "actor2", "target"):
            value = getattr(coded, name, None)
            if value is not None:
                setattr(report, name, value)
    except Exception as exc:
        log.warning("%s: actor coding failed: %s", doc.id, exc)


def code_document(doc: Document, *, model: CodingModel | None = None,
                  use_embeddings: bool | None = None) -> list[Report]:
    """The events ``doc`` reports, coded; main event first, [] when it reports none.

    ``use_embeddings=False`` codes with the lexical head alone: faster, for
    bulk runs that trade some accuracy for it.
    """
    if not doc.text or not doc.text.strip():
        return []
    model = model or load_model()
    passages = find_passages(doc.text, model, doc.title, use_embeddings=use_embeddings)
    if not passages:
        return []
    language = _language(doc)
    sentences = split_sentences(doc.text)
    events = group_events(passages, doc, sentences, language, model if use_embeddings is not False else None)
    # Main event first: the lead's event, then by confidence.
    events.sort(key=lambda e: (-(e.confidence + (0.1 if e.lead else 0)), e.start))
    reports: list[Report] = []
    for n, event in enumerate(events, start=1):
        next_start = min((e.start for e in events if e.start >= event.end), default=len(doc.text))
        event.label = _strike_by_context(event, doc, sentences, next_start)
        start, end = _evidence_span(event)
        evidence = doc.text[start:end]
        event_date, precision = _date_of_past_day(event, doc, sentences) \
            or _date_from_scene(event, doc, sentences, language) \
            or _date_from_following(event, doc, sentences, next_start, language, events) \
            or _date_of_digest(event, doc, sentences[0].text, language) \
            or (event.event_date, event.time_precision)
        if event_date is None:
            # No date in the passage: the report's own day, known to a week.
            published = _day(doc.published_at)
            event_date, precision = (published.isoformat(), 2) if published else (None, 1)
        report = Report(
            report_id=f"{doc.id}#{n}", doc_id=doc.id, source=doc.source,
            event_type=event_type_of(event.label), sub_event_type=event.label,
            event_date=event_date, time_precision=precision,
            confidence=round(event.confidence, 4), evidence=evidence,
            evidence_start=start, evidence_end=end, language=language, published_at=doc.published_at,
        )
        _code_attributes(report, event, doc, sentences, next_start, [e for e in events if e is not event])
        report.sub_event_type = territory_type(report.sub_event_type, report.perpetrator, report.perpetrator_country)
        reports.append(report)
    return reports
