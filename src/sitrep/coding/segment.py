"""Finding the passages of a document that report an event.

1. Split the text into sentences (exact offsets) and keep those with a
   trigger stem (:mod:`.triggers`): the rest is never classified.
2. Classify the candidates with the lexical head in one batch.
3. Group consecutive event sentences whose labels can describe one incident
   (a one-sentence gap is allowed) into passages.
4. Classify each passage as a whole (embedding head included where the
   model uses it): a passage reads better than its sentences alone.

Deciding which passages are one event, and which are only recalled in
passing, is :mod:`.document`'s job.
"""

from __future__ import annotations

import re
import unicodedata

from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from sitrep.nlp import Sentence, is_heading, split_sentences
from sitrep.nlp.datelines import strip_dateline
from sitrep.taxonomy import NO_EVENT

from .classifier import CodingModel, combine
from .dates import is_passing_mention, is_period_tally, nominal_days, opens_on_a_day
from .triggers import has_trigger, trigger_offsets, trigger_words
from .weapons import MINE_BLAST, strikes_apart

# A sentence is an event sentence when the classifier gives "No event" less
# than this probability.
EVENT_THRESHOLD = 0.5
# A sentence whose own label is at least this probable is a clear account
# of an event; weaker ones only join the passage next to them.
STRONG_SENTENCE = 0.5
# Sentences further apart than this many positions start a new passage.
MAX_GAP = 2
# The lead: the first sentences, where the story's own event is told.
LEAD_SENTENCES = 2
OTHER = "Other"
# Lexical confidence above which the embedding head is not consulted: it is
# the costly step, and a confident lexical call rarely changes.
CASCADE_CONFIDENCE = 0.85
# The embedded text is cut here: the cost grows with its length, and a
# passage states its event first.
EMBED_CHARS = 600
CHEMICAL = "Chemical weapon"
# Words that name a chemical agent or its effects, in en/uk/ru.
_CHEMICAL_NAMED = re.compile(
    r"chemic|toxic|poison|gas\b|gases|gassed|chlorine|sarin|mustard|nerve agent|chloropicrin|[kк]-51|choking|suffocat"
    r"|riot[- ]control|irritant"
    r"|хімічн|токсичн|отру[єйт]|газ|хлор|зарин|іприт|нервово-паралітичн|задух|ядух|сльозогін|подразню"
    r"|химическ|отрав|ядовит|иприт|нервно-паралитическ|удушь|удушл|слезоточив|раздражающ",
    re.IGNORECASE)

# Sub-event types that two sentences about one incident are often coded
# with (a bombing told as "an explosion" and as "an attack"; a protest and
# the detentions that ended it). Labels sharing a family may be merged.
# An abduction or a sexual assault is never told as a blast or a strike, so
# they share a family with arrests and attacks only: a round-up's abduction
# paragraph after a bombing is an incident of its own, not its context.
FAMILIES: tuple[frozenset[str], ...] = (
    frozenset({"Armed clash", "Government regains territory", "Non-state actor overtakes territory",
               "Air/drone strike", "Shelling/artillery/missile attack", "Disrupted weapons use",
               "Non-violent transfer of territory", "Change to group/activity",
               "Headquarters or base established"}),
    frozenset({"Air/drone strike", "Shelling/artillery/missile attack", "Chemical weapon",
               "Remote explosive/landmine/IED", "Suicide bomb", "Grenade", "Disrupted weapons use"}),
    frozenset({"Attack", "Remote explosive/landmine/IED", "Suicide bomb", "Grenade",
               "Shelling/artillery/missile attack", "Air/drone strike", "Mob violence"}),
    frozenset({"Remote explosive/landmine/IED", "Looting/property destruction", "Disrupted weapons use"}),
    frozenset({"Arrests", "Abduction/forced disappearance", "Attack", "Sexual violence"}),
    frozenset({"Peaceful protest", "Protest with intervention", "Excessive force against protesters",
               "Violent demonstration", "Mob violence", "Arrests"}),
)


# "The same day": what follows happened on the day of the account before it.
SAME_DAY = r"(?:того ж(?:е)? дня|в той же день|в тот же день|(?:on )?the same day|later (?:that|the same) day)"
# Words with which a round-up turns to another incident: "Separately, the
# governor said a drone had set fire to a warehouse". ("Крім того" is left
# out: it as often adds a detail of the same incident.)
NEW_STORY = re.compile(
    # (after a live blog's time stamp: "14:50 — Окремо: близько 14:30 росіяни скинули авіабомбу на Коротич")
    r"^\W*(?:\d{1,2}[:.]\d\d\s*[—–-]\s*)?(?:separately|in a separate (?:incident|attack)|elsewhere|meanwhile|also on|"
    r"окремо|тим часом|також у|також в|а (?:сьогодні|вчора|учора|вранці|ввечері|вночі)|"
    r"отдельно|тем временем|также в|а (?:сегодня|вчера|утром|вечером|ночью)|"
    # "Того ж дня, близько 15:00, …": another incident on the day just told (not a statement about the same one:
    # "Того ж дня Міноборони РФ заявило про «звільнення» міста")
    + SAME_DAY + r"(?![^.]{0,80}(?:заяви|повідоми|сообщи|said|claim|announc|report|confirm|підтверди|подтверди))|"
    # "Кроме того, в ночь на субботу …", "In addition, on Friday …": besides it, on a day of its own
    r"(?:кроме того|помимо этого|крім того|крім цього|in addition|additionally),?\s+(?=(?:в ночь|у ніч|в ніч|уночі"
    r"|вночі|ночью|вчера|вчора|учора|сегодня|сьогодні|утром|вранці|накануне|напередодні|overnight|yesterday|earlier"
    r"|(?:в|у|во) (?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье|понеділок|вівторок|середу"
    r"|четвер|п'ятницю|суботу|неділю)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d)"
    # or over the whole day, as a summary's tally: "Кроме того, за сутки … поражены 57 артиллерийских подразделений"
    r"|за (?:прошедшие |минувшие )?сутки|за (?:минулу |минулі )?(?:добу|дві доби)|протягом (?:минулої )?доби"
    r"|в течение (?:прошедших )?суток|over the (?:past|last) (?:day|24 hours))))\b",
    re.IGNORECASE,
)


# A time of day that opens a sentence: in a daily summary each incident gets a
# paragraph that starts with its hour ("Около 11 часов …", "Днём ВСУ обстреляли …").
TIME_OPENER = re.compile(
    r"^\W*(?:а |and |also )?(?:(?:at |around |at around |at about |about |shortly (?:before|after) )\d{1,2}"
    r"(?:[:.]\d\d| ?[ap]\.?m\b| o'clock)"
    r"|in the (?:early |late )?(?:morning|afternoon|evening)|later in the (?:day|morning|afternoon|evening)"
    r"|later (?:on |that )?(?:day|night|morning|afternoon|evening|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"|пізніше (?:того ж дня|ввечері|увечері|вночі|уночі)|(?:позже|позднее) (?:в тот же день|вечером|ночью)|"
    r"(?:около|примерно|близько|приблизно|о|в|об) \d{1,2}(?:[:.]\d\d| год\w*| час\w*)|"
    r"утром|днем|днём|вечером|ночью|после обеда|вранці|зранку|вдень|удень|ввечері|увечері|вночі|уночі|по обіді"
    r"|с (?:самого )?утра|з (?:самого )?ранку)\b",
    re.IGNORECASE,
)

# A front sector or grouping that opens a paragraph: in a defence ministry's or general staff's summary each
# sector's fighting is an item of its own ("На Купянском направлении подразделения …", "Підрозділи угруповання …").
_SECTOR_NAMES = r"[\w'’ʼ-]+(?:(?:,\s*|\s+(?:та|і|и|and)\s+)[\w'’ʼ-]+){0,4}"
SECTOR_OPENER = re.compile(
    # (an apostrophe inside the name: "На Слов'янському напрямку", "На Куп'янському")
    # (or several: "На Бахмутському, Авдіївському та Мар'їнському напрямках", "On the Pokrovsk and Toretsk directions")
    r"^\W*(?:на\s+" + _SECTOR_NAMES + r"\s+(?:направлени(?:и|ях)|напрямк(?:у|ах)|напрямі)"
    r"|(?:подразделения|підрозділи)\s+(?:группировк|угрупован)"
    r"|(?:on|in)\s+the\s+" + _SECTOR_NAMES + r"\s+(?:directions?|axis|axes|sectors?)\b)",
    re.IGNORECASE,
)


# A hromada or district heading a paragraph of a regional administration's summary: "Хутір-Михайлівська громада:
# FPV-дрон атакував автомобіль у Чуйківці", "Покровська громада (Шолохове): …", "Великописарівська громада."
AREA_OPENER = re.compile(
    r"^\W*[\w'’ʼ-]+(?:\s+[\w'’ʼ-]+)?\s+(?:громада|район|округ|hromada|district|community)(?:\s*\([^()]{1,60}\))?\s*[:.—–-]",
    re.IGNORECASE)


# A sentence that opens in a town: "В Бердске всё закончилось иначе", "У Харкові", "In Berdsk, Novosibirsk Oblast".
IN_A_TOWN = re.compile(r"\W*(?:[вВ]о?|[уУ]|[iI]n)\s+([А-ЯІЇЄҐA-Z][\w'’-]+)")


def opens_in_another_town(sentence: str, previous: str) -> bool:
    """Whether ``sentence`` opens in a town and the passage before it, ``previous``, opened in another one: a
    roundup's next town ("In Miass … ¶ In Berdsk, police detained three women")."""
    town, other = IN_A_TOWN.match(sentence), IN_A_TOWN.match(previous)
    return town is not None and other is not None and town.group(1)[:5].lower() != other.group(1)[:5].lower()


def opens_a_paragraph(text: str, start: int) -> bool:
    """Whether the sentence at ``start`` of ``text`` opens a paragraph (a line break just before it)."""
    return "\n" in text[max(0, start - 2):start]


def paragraph_opening(passage: Passage, text: str) -> Sentence:
    """The passage's last sentence that opens a paragraph (its first if none does)."""
    return next((s for s in reversed(passage.sentences) if opens_a_paragraph(text, s.start)), passage.sentences[0])


def opens_an_item(sentence: str) -> bool:
    """Whether a summary's paragraph that opens with ``sentence`` is an item of its own: its hour, its sector or
    its hromada."""
    return TIME_OPENER.match(sentence) is not None or SECTOR_OPENER.match(sentence) is not None \
        or AREA_OPENER.match(sentence) is not None


def follows_heading(text: str, start: int) -> bool:
    """Whether the sentence at ``start`` follows a heading that opens its paragraph ("Луганщина. В окупованому
    Привіллі…", "Rostov Oblast.\n\nOvernight…"): a digest's next item."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        heading_start, heading_end = line_start, start
    else:  # the heading is the line above
        heading_end = len(text[:line_start].rstrip())
        heading_start = text.rfind("\n", 0, heading_end) + 1
    heading_start += len(text[heading_start:heading_end]) - len(text[heading_start:heading_end].lstrip())
    return heading_end > heading_start and is_heading(text, heading_start, heading_end)


def _on_another_day(sentence: str, passage: str, *, passage_dated: bool = False) -> bool:
    """Whether ``sentence`` names a day and ``passage`` names none of its days (and, with ``passage_dated``,
    names a day of its own). A dateline's date is the filing day, no incident's ("KHARKIV, Ukraine, Nov 15 -
    Russian tank fire hit a minibus … ¶ The shell struck on Tuesday")."""
    days = nominal_days(sentence)
    if not days:
        return False
    passage_days = nominal_days(strip_dateline(passage))
    return not days & passage_days and (bool(passage_days) or not passage_dated)


def compatible(a: str, b: str) -> bool:
    """Whether two sub-event types may describe one incident."""
    return a == b or any(a in family and b in family for family in FAMILIES)


@dataclass
class Passage:
    """Consecutive event sentences of one document, classified together."""

    sentences: list[Sentence]
    first_index: int  # position of the first sentence in the document
    last_index: int
    probabilities: np.ndarray  # over the model's labels
    label: str = NO_EVENT
    confidence: float = 0.0
    eventness: float = 0.0  # 1 - P(No event)
    anchor: Sentence | None = None  # the passage's clearest event sentence
    anchor_index: int = -1
    anchor_row: np.ndarray | None = None  # that sentence's own probabilities
    anchor_confidence: float = 0.0  # and the probability of its event label
    rows: list[np.ndarray] = field(default_factory=list)  # each sentence's own probabilities
    indices: list[int] = field(default_factory=list)  # each sentence's position in the document
    recalled: bool = False  # opened by a sentence that recalls older events ("Нагадаємо…", "In May…", "since March")
    embedded: bool = False  # classified with the embedding head too

    @property
    def start(self) -> int:
        return self.sentences[0].start

    @property
    def end(self) -> int:
        return self.sentences[-1].end

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.sentences)


def event_label(probabilities: np.ndarray, labels: tuple[str, ...]) -> tuple[str, float, float]:
    """The best event label, its probability, and the probability of any event at all."""
    no_event = labels.index(NO_EVENT) if NO_EVENT in labels else -1
    eventness = 1.0 - (float(probabilities[no_event]) if no_event >= 0 else 0.0)
    masked = probabilities.copy()
    if no_event >= 0:
        masked[no_event] = -1.0
    best = int(masked.argmax())
    return labels[best], float(probabilities[best]), eventness


def _no_event_column(model: CodingModel) -> int:
    return model.labels.index(NO_EVENT) if NO_EVENT in model.labels else -1


def _is_question(sentence: Sentence) -> bool:
    # A question asks about events, it does not report one ("Who gets detained?").
    return sentence.text.rstrip(" \t\n\"'»”)").endswith("?")


# A front that did not move: "Russian forces did not make confirmed advances", "made no confirmed gains", "не
# просунулися", "продвижения не зафиксировано". Told alone, it reports no event.
NO_ADVANCE = re.compile(
    r"(?:did not|didn't|failed to|could not) advance|(?:did not|didn't|failed to|could not) (?:make|achieve|register) (?:any )?(?:significant |confirmed |notable "
    r"|major )*(?:advances?|gains|progress)|(?:made|achieved|registered) no (?:significant |confirmed |notable )*"
    r"(?:advances?|gains|progress|changes)|(?:there were )?no (?:confirmed|significant) (?:advances|gains|changes"
    r"(?: to the front(?: line)?)?)(?: were (?:made|reported|confirmed))?"
    r"|не (?:змогли |змог\w* |удалось |вдалося )?(?:просунут|просунул|продвинут|продвинул|досягл|добил)\w*"
    r"|(?:просуван|продвижени)\w*(?: [\w-]+){0,3} (?:не (?:зафіксован|підтвердж|зафиксирован|подтвержд|було|было)\w*|немає|нет)"
    r"|(?:без|не відбулося|не произошло) (?:змін|изменени)\w*(?: (?:на |в )?(?:лінії фронту|линии фронта))?",
    re.IGNORECASE)
# Trigger stems that name who fought, not what happened: with only these left, a denied advance tells nothing.
_ACTOR_STEMS = frozenset({"forces", "troops", "units", "unit", "army", "militar", "soldier", "військ", "сили",
                          "силы", "войск", "підрозділ", "подразделен", "армі", "арми"})


def _only_denies_an_advance(sentence: str) -> bool:
    """Whether ``sentence`` tells only that a front did not move: past the denial, no trigger but the sides'
    names ("Russian forces did not make significant advances on the Zaporizhzhia axis"; not "Russian forces
    attacked near Lyptsi but did not make confirmed advances", a fight)."""
    if not NO_ADVANCE.search(sentence):
        return False
    rest = NO_ADVANCE.sub(" ", sentence)
    return all(any(word.startswith(stem) for stem in _ACTOR_STEMS) for word in trigger_words(rest))


def candidate_sentences(text: str) -> list[tuple[int, Sentence]]:
    """The sentences of ``text`` that pass the trigger gate, with their positions; questions and sentences that
    only deny an advance never do."""
    return [(i, s) for i, s in _triggered_sentences(text)
            if not _is_question(s) and not _only_denies_an_advance(s.text)]


def _triggered_sentences(text: str) -> list[tuple[int, Sentence]]:
    sentences = split_sentences(text)
    offsets = trigger_offsets(text)
    if offsets is None:
        return [(i, s) for i, s in enumerate(sentences) if has_trigger(s.text)]
    out = []
    for i, sentence in enumerate(sentences):
        first = bisect_left(offsets, sentence.start)
        if first < len(offsets) and offsets[first] < sentence.end:
            out.append((i, sentence))
    return out


def _marked(line: str) -> bool:
    """Whether ``line`` opens on a list marker: a bullet, a dash, a number or a symbol such as an emoji."""
    opening = line.lstrip()
    if not opening:
        return False
    return (unicodedata.category(opening[0]) == "So" or opening[0] in "•▪◦‣" or opening[:2] in ("- ", "– ", "— ", "* ")
            or re.match(r"\d{1,2}[.)] ", opening) is not None)


@lru_cache(maxsize=8)
def _has_list(text: str) -> bool:
    """Whether at least two lines of ``text`` open on a list marker (one emoji before a post's first line makes
    no list). Cached: the document coder asks it of one text for each of its passages."""
    return sum(1 for line in text.splitlines() if _marked(line)) >= 2


def opens_list_item(sentence: str, text: str) -> bool:
    """Whether ``sentence`` opens an item of a list in ``text`` ("🔴 Лозова — …", "- On June 26 …"), as digests
    and monitoring channels set out one incident per item."""
    return _marked(sentence) and _has_list(text)


def find_passages(text: str, model: CodingModel, title: str = "", *,
                  use_embeddings: bool | None = None) -> list[Passage]:
    """The event passages of ``text`` in document order, each classified as a whole.

    ``use_embeddings`` None follows the model; False keeps to the lexical head
    (several times faster, less accurate on unfamiliar wording).
    """
    candidates = candidate_sentences(text)
    if not candidates:
        return []
    title_row: np.ndarray | None = None
    texts = [s.text for _, s in candidates]
    if title and has_trigger(title):
        texts.append(title)
    rows = model.lexical_proba(texts)
    if len(texts) > len(candidates):
        title_row, rows = rows[-1], rows[:-1]

    passages: list[Passage] = []
    listed = _has_list(text)
    for (index, sentence), row in zip(candidates, rows):
        label, confidence, eventness = event_label(row, model.labels)
        # (a mine that went off under someone, told in so many words, is an event however plainly it is told:
        # "при выполнении задачи по разминированию погиб сапер")
        if eventness < EVENT_THRESHOLD and not MINE_BLAST.search(sentence.text):
            continue
        current = passages[-1] if passages else None
        near = current is not None and index - current.last_index <= MAX_GAP
        # Past the lead, a sentence that recalls an older event is background: it neither
        # joins the account before it nor takes in what follows.
        recalled = index >= LEAD_SENTENCES and (is_passing_mention(sentence.text, None, None)
                                                or is_period_tally(sentence.text))
        new_paragraph = current is not None and "\n" in text[current.end:sentence.start]
        if recalled or current is not None and current.recalled or NEW_STORY.match(sentence.text):
            near = False
        elif new_paragraph and (
                opens_an_item(sentence.text) or opens_on_a_day(sentence.text) or follows_heading(text, sentence.start)
                or opens_in_another_town(sentence.text, paragraph_opening(current, text).text)
                or listed and (_marked(sentence.text) or _marked(current.sentences[0].text))):
            # a new paragraph on its own hour or day, a new item of a list or the text after the list:
            # the summary's next incident, or the story the list summed up (whether it is another
            # event, the document coder decides from the days and the types)
            near = False
        elif current is not None and (new_paragraph or TIME_OPENER.match(sentence.text)) \
                and strikes_apart(sentence.text, label, current.text, current.label):
            # a new paragraph, or a sentence on its own hour, on a strike with the other kind of weapon ("In the
            # morning a drone hit a car in Koziyivka. Later in the morning artillery shells fell on Huty.")
            near = False
        elif new_paragraph and label != current.label \
                and _on_another_day(sentence.text, current.text, passage_dated=True):
            # "Сьогодні вранці дрон атакував трактор… ¶ На лівобережжі учора вранці підірвали автомобіль": a new
            # paragraph on another kind of incident and another day than the passage names tells another incident
            # (one of the same kind on another day is most often the same one: "the toll rose on Wednesday ¶
            # the bombs hit the town on Tuesday")
            near = False
        elif current is not None and current.label == "Arrests" and label != OTHER \
                and not compatible(current.label, label) and _on_another_day(sentence.text, current.text):
            # "ФСБ задержали двух подростков. По данным ФСБ, в ночь на 17 августа они подожгли релейный шкаф":
            # the act an arrest story tells on a day of its own is another incident, however unsure its type
            near = False
        # A weak or catch-all sentence next to a passage is its context or
        # follow-up ("authorities did not comment"); only a clear sentence of
        # an incompatible type starts another passage.
        joins = near and current is not None and (
            compatible(current.label, label) or label == OTHER or confidence < STRONG_SENTENCE)
        if joins and current is not None:
            current.sentences.append(sentence)
            current.last_index = index
            current.rows.append(row)
            current.indices.append(index)
            if confidence > current.anchor_confidence:
                current.anchor, current.anchor_index = sentence, index
                current.anchor_row, current.label, current.anchor_confidence = row, label, confidence
        else:
            passages.append(Passage([sentence], index, index, row.copy(), label=label,
                                    anchor=sentence, anchor_index=index, anchor_row=row,
                                    anchor_confidence=confidence, rows=[row], indices=[index], recalled=recalled))
    if not passages:
        return []

    lexical = model.lexical_proba([p.text for p in passages])
    final = lexical.copy()
    if model.uses_embeddings and use_embeddings is not False:
        # Embedding is the costly step: only the document's strongest passage
        # gets it, and only when the lexical head is unsure of it.
        main = max(range(len(passages)), key=lambda i: (1.0 - lexical[i][_no_event_column(model)], -i))
        if lexical[main].max() < CASCADE_CONFIDENCE:
            vector = model.embed([passages[main].text[:EMBED_CHARS]])
            final[main] = combine(lexical[main:main + 1], model.embedding_proba(vector), model.embedding_weight)[0]
            passages[main].embedded = True
    for passage, row in zip(passages, final):
        # The passage as a whole and its clearest sentence decide together;
        # for the opening passage the headline has a say too.
        prior = passage.anchor_row
        if title_row is not None and passage.first_index <= 1:
            prior = (prior + title_row) / 2
        _settle(passage, row, prior, model)
    return passages


def _settle(passage: Passage, row: np.ndarray, prior: np.ndarray, model: CodingModel) -> None:
    """Give ``passage`` the label its own ``row`` and its ``prior`` (its clearest sentence's) agree on."""
    blended = 0.5 * row + 0.5 * prior
    if not _CHEMICAL_NAMED.search(passage.text):
        # ACLED's chemical weapon is one the account names: "the trucks carried ammunition" is none.
        blended[model.labels.index(CHEMICAL)] = 0.0
    passage.probabilities = blended
    passage.label, passage.confidence, passage.eventness = event_label(blended, model.labels)
    # The evidence of the passage's event is its sentence most sure of that label.
    column = model.labels.index(passage.label)
    if passage.rows:
        best = max(range(len(passage.rows)), key=lambda i: (passage.rows[i][column], -i))
        passage.anchor, passage.anchor_index = passage.sentences[best], passage.indices[best]
        passage.anchor_row, passage.anchor_confidence = passage.rows[best], float(passage.rows[best][column])


def reconsider(passage: Passage, model: CodingModel) -> bool:
    """Classify ``passage`` again with the embedding head too, when the lexical head alone decided it; whether
    it did (the document coder asks this of a passage the text sets apart as another incident before it drops
    it as unclear, so the costly step runs only for those)."""
    if not model.uses_embeddings or passage.embedded:
        return False
    passage.embedded = True
    lexical = model.lexical_proba([passage.text])
    row = combine(lexical, model.embedding_proba(model.embed([passage.text[:EMBED_CHARS]])), model.embedding_weight)
    _settle(passage, row[0], passage.anchor_row, model)
    return True
