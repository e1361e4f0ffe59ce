"""Casualty counts (killed, injured) as a news text reports them, in en/uk/ru.

The reader works on tokens, one sentence at a time. A *cue* is a word that
reports a death or an injury ("killed", "загинули", "ранены"); a *count* is a
number (digits, a number word in any case form, or a vague quantifier) that
quantifies people. Each count attaches to the nearest cue in its sentence;
a cue without a count still reports its own grammatical number ("погиб",
"was killed" -> 1).

Conventions (ACLED's, where it has one):

* Vague quantifiers take ACLED's figures: "several"/"many"/"кілька"/
  "несколько" -> 10, "dozens"/"десятки" -> 12, "hundreds"/"сотни" -> 100;
  "a few" -> 3 and "a couple" -> 2, the least they imply.
* A range ("5-7", "two or three", "від 3 до 5") counts its lowest figure.
* A bare plural with no figure anywhere ("загинули мирні жителі", "civilians
  were killed") counts 2, the least a plural implies. ACLED records 10 for a
  reported but unquantified plural; we stay lower on purpose because our
  sources usually give the figure in another sentence and a bare plural is
  then only a repetition.
* Every reported death counts, attackers' included (ACLED codes the total).
* Repetition is not addition: the document's figure is the largest figure
  any one sentence gives ("two were killed ... the two victims ..."), and a
  sentence that gives an exact figure outranks one with a vague quantifier
  ("killed four ... bloggers claimed dozens were killed" -> 4), which
  outranks one that only implies a figure.
* A figure the report calls unconfirmed ("писали про п'ятьох загиблих, однак
  підтвердження цьому немає") counts only when it gives no other, and only an
  exact one ("claimed dozens were killed, which could not be verified" -> 0).
* A figure the report says it has replaced ("revising an earlier toll of
  two", "спочатку повідомлялося про трьох") is dropped, lower or higher.
* Not casualties: ages, years, dates, times, distances, equipment ("2 tanks
  destroyed"), negated cues ("no one was injured", "без жертв"), attempts
  ("tried to kill", "замах на вбивство") and sentences that recall an older
  event ("нагадаємо", "напомним", "killed in 2014").
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from sitrep.coding.dates import MONTH_WORDS, is_period_tally

KILLED = "killed"
INJURED = "injured"

# A cue's grammatical number when no figure attaches to it.
SINGULAR = 1
PLURAL = 2
CONTEXT = 0  # decided by nearby person nouns / auxiliaries; 1 when nothing says otherwise
NEEDS_FIGURE = -1  # "death toll", "fatalities", "смерть": only counts with a figure
NEEDS_PEOPLE = -2  # "уничтожено", "знищено": only a figure of people ("до 40 военнослужащих", not "6 БпЛА")
_PASSIVE_DESTROYED = re.compile(r"уничтожен[аоы]?|знищен(?:ий|а|о|і)?|расстрелян[аоы]?|розстріляні?(?:й|а)?"
                                r"|ліквідован(?:ий|а|о|і)?|ликвидирован[аоы]?|liquidated|eliminated|neutrali[sz]ed")
# How precisely a sentence gives its figure: a number, a vague quantifier ("dozens"), or only a cue's grammar.
EXACT, VAGUE, IMPLIED = 2, 1, 0

# (regex over one lower-case token, kind, number when no figure attaches)
_CUE_TABLE: tuple[tuple[str, str, int], ...] = (
    # English
    (r"kill(?:ed|s|ing)?|slain|murdered|execut(?:ed|ing)", KILLED, CONTEXT),
    (r"died|dies|die|dead|perished", KILLED, CONTEXT),
    (r"deaths?|fatalit(?:y|ies)|toll|lives|bodies", KILLED, NEEDS_FIGURE),
    # a defence ministry's enemy dead, in translation: "eliminated 30 militants" ("destroyed" is said of houses:
    # "one house was destroyed and eight others were damaged")
    (r"eliminated|neutrali[sz]ed|liquidated", KILLED, NEEDS_PEOPLE),
    (r"injur(?:ed|ing|es|y|ies)|wound(?:ed|ing|s)?|hurt|hospitali[sz]ed", INJURED, CONTEXT),
    # Ukrainian
    (r"загину(?:в|ла|ло)|загиблий|загибла|загиблого|помер|померла|вбитий|вбита|убитий|убита"
     r"|вбитого|убитого|застрелен(?:ий|а|о)?", KILLED, SINGULAR),
    (r"загинули|загиблі|загиблих|загиблими|померли|вбиті|вбитих|вбитими|убиті|убитих|убитими", KILLED, PLURAL),
    (r"вбито|убито|вбив|вбила|вбили|убив|убила|убили|вбивши|вбивство|вбивства", KILLED, CONTEXT),
    (r"загибел\w*|смерт\w*|жертв\w*|тіла|тіл", KILLED, NEEDS_FIGURE),
    # "ліквідовано 23 окупанти", "Окупант ліквідований на місці" (not "пожежу ліквідовано": a fire put out)
    (r"ліквідова\w*", KILLED, NEEDS_PEOPLE),
    (r"знищен\w*", KILLED, NEEDS_PEOPLE),
    # "розстріляли трьох полонених": shot dead, when people were shot ("розстріляли автомобіль" killed no one)
    (r"розстріля(?:в|ла|ли|но)", KILLED, NEEDS_PEOPLE),
    (r"поранен(?:ий|а|ого)|травмован(?:ий|а)|постраждал(?:ий|а|ого)|постраждав|постраждала", INJURED, SINGULAR),
    (r"поранені|поранених|пораненими|травмовані|травмованих|постраждали|постраждалих|постраждалі", INJURED, PLURAL),
    (r"поранено|травмовано|поранив|поранила|поранили|поранило|поранення|поранень|травми|травм|госпіталізован\w*",
     INJURED,
     CONTEXT),
    # Russian
    (r"погиб|погибла|погибло|погибший|погибшая|погибшего|убит|убита|скончал(?:ся|ась)|умер|умерла"
     r"|застрелен(?:а)?", KILLED, SINGULAR),
    (r"погибли|погибшие|погибших|погибшими|убиты|убитые|убитых|убитыми|скончались|умерли", KILLED, PLURAL),
    (r"убил|убили|убив|убийство|убийства|убито", KILLED, CONTEXT),
    # "застрелили місцевого жителя", "застрелили мужчину" (the same forms in both languages)
    (r"застрели(?:в|ла|ли|л)", KILLED, CONTEXT),
    (r"гибел\w*|тела|тел", KILLED, NEEDS_FIGURE),
    # one body, named by whose it was: "передали тело 56-летнего рыбака", "the body of a man"
    (r"тело|тіло|body", KILLED, NEEDS_PEOPLE),
    (r"ликвидирова\w*", KILLED, NEEDS_PEOPLE),
    (r"уничтожен\w*", KILLED, NEEDS_PEOPLE),
    # a side's losses in a battle, in its enemy's words: "противник потерял до 45 военнослужащих"
    (r"потерял|потеряли|потеряв|втратив|втратили", KILLED, NEEDS_PEOPLE),
    # war bloggers' slang for enemy dead, in both languages and in English translation: "Минус 30 укропов"
    (r"минус|мінус|minus", KILLED, NEEDS_PEOPLE),
    # ... and the soldiers' "200s" and "300s" (the dead and the wounded): "пятеро двухсотых у противника"
    (r"двухсот(?:ый|ых|ые|ыми)|двохсот(?:ий|их|і|ими)", KILLED, NEEDS_FIGURE),
    (r"трехсот(?:ый|ых|ые|ыми)|трёхсот(?:ый|ых|ые|ыми)|трьохсот(?:ий|их|і|ими)", INJURED, NEEDS_FIGURE),
    (r"расстреля(?:л|ла|ли|но|ны)", KILLED, NEEDS_PEOPLE),
    # the execution of people, named: "расстрел двух мирных жителей", "розстріл трьох полонених"
    (r"расстрел(?:а|ом|е|у)?|розстріл(?:у|ом|і)?", KILLED, NEEDS_PEOPLE),
    # "Один энергетик погиб, двое в больнице": the count in hospital is of the wounded
    (r"больниц[аеуы]|лікарн(?:я|і|ю)|госпитал[ьеи]|госпітал[ьіюі]|hospital", INJURED, NEEDS_FIGURE),
    (r"ранен|ранена|раненый|раненая|раненого|травмирован(?:а)?|пострадал|пострадала|пострадавший"
     r"|пострадавшая", INJURED, SINGULAR),
    (r"ранены|раненые|раненых|ранеными|травмированы|пострадали|пострадавшие|пострадавших", INJURED, PLURAL),
    (r"ранено|ранил|ранила|ранили|ранив|ранило|ранения|ранение|ранений|травмы|госпитализирован\w*", INJURED, CONTEXT),
)
_CUES = tuple((re.compile(rf"(?:{pattern})"), kind, number) for pattern, kind, number in _CUE_TABLE)

# Animals: "Загинули 43 корови", "livestock killed by shelling" count no dead.
_ANIMAL = (r"(?:cow|cattle|pig|sheep|goat|hors|animal|livestock|poultry|chicken|коров|корів|свин|овец|овець|овц"
           r"|кіз|коз|кон[ейя]|лошад|тварин|животн|худоб|скот|птиц|птах|кур(?:ей|ки)\b)")
_ANIMAL_RE = re.compile(_ANIMAL)
# Words that make a following count something other than people.
_NOT_PEOPLE = re.compile(
    r"(?:year|yr|old|km|kilomet|met(?:er|re)|mile|square|sq|hectare|квадратн|гектар|hour|minute|day|week|month|percent|per|tank|vehicle|house"
    r"|building|car|drone|missile|rocket|shell|round|time|uah|ruble|rouble|dollar|hryvn|ton|kg|mm"
    r"|рік|роки|років|року|річн|км|кілометр|метр|годин|хвилин|днів|дні|доби|тиж|місяц|відсот|танк|машин"
    r"|автомобіл|будин|ракет|дрон|снаряд|раз|гривень|тонн|кг|мм|одиниц"
    r"|год|лет|летн|километр|час|минут|дней|дня|сутк|недел|месяц|процент|автомобил|дом|беспилотник|рубл|единиц"
    # an hour told in words: "к семи утра", "о восьмій ранку", "at seven in the evening"
    r"|утр|вечер|ноч|ранк|вечор|o'clock|a\.?m|p\.?m"
    # a figure in thousands or millions is no count of the dead of one incident: "до 1 тысячи военнослужащих"
    r"|тысяч|тисяч|thousand|million|млн|мільйон|миллион"
    # the shots that killed: "был убит двумя выстрелами", "отримав дві кулі", "two shots"
    r"|выстрел|постріл|кул[іьяю]|пул[ьия]|shots|bullets"
    # animals: "Загинули 43 корови", "killed 40 cows"
    r"|" + _ANIMAL + ")"
)
# People, to tell "two soldiers were killed" from "two tanks".
_PERSON = re.compile(
    r"(?:people|person|man|men|wom[ae]n|child|children|boy|girl|civilian|resident(?!ial)|local|soldier|servicem[ae]n"
    r"|troop|officer|official|police|guard|fighter|member|driver|employee|worker|collaborator|militant|partisan"
    r"|victim|teenager|pensioner|journalist|activist|other|them|whom|personnel|staff|crew|attacker"
    r"|waitress|waiter|teacher|nurse|doctor|medic|paramedic|rescuer|firefighter|farmer|volunteer|student"
    r"|passenger|pedestrian|villager|shopkeeper|miner|priest|husband|wife|son|daughter|mother|father|brother"
    r"|sister|grand|relative|neighbo|prisoner|pows?$|defender|nationalist|mercenar|occupier|invader|saboteur"
    r"|люд|особ|чолов|жін|дит|діт|цивіл|мирн|жител|мешкан|військов|бійц|боєць|солдат|поліцейськ|правоохорон"
    r"|посадов|чиновник|колаборант|співробітник|працівник|воді|підліт|пенсіонер|окупант|силовик|них|нападник"
    r"|вчител|медсестр|лікар|рятувальник|волонтер|пасажир|пішохід|пішоход|батьк|мат(?:и|ір)|син|доньк|дочк"
    r"|брат|сестр|онук|подружж|диверсант|порушник|бойовик|терорист|полонен|захисник|націоналіст|найманц|рашист"
    r"|челов|мужчин|женщин|дет|ребен|ребён|граждан|военн|боец|бойц|сотрудник|полицейск|служащ|водител"
    r"|пенсионер|подрост|оккупант|нападавш|учител|врач|спасател|пассажир|пешеход|отец|отц|мать|матер|сын"
    r"|доч|внук|супруг|нарушител|боевик|террорист|пленн|защитник|националист|наемник|наёмник|укроп|всушник"
    # a spotter, as a side calls the civilian it killed: "корректировщик уничтожен", "spotter eliminated"
    r"|корректировщик|коригувальник|наводчик|навідник|spotter"
    # an officer by his rank or post: "Підполковника ліквідовано", "командир роты погиб"
    r"|командир|генерал|офіцер|офицер|полковник|подполковник|підполковник|майор|капітан|капитан|лейтенант"
    # a trade: "тело 56-летнего рыбака", "тракторист"
    r"|рыбак|рибалк|fisherm|тракторист|tractor driver|священ)"
)
# Another act done to the people a count names after it: "detained two others", "затримали двох", "задержали троих".
_OTHER_ACT = re.compile(r"detained|arrested|abducted|captured|took|taken|затрима\w*|заарештува\w*|викрал\w*|вивез\w*"
                        r"|задержа\w*|арестова\w*|похити\w*|вывез\w*|увез\w*|забра\w*|потрапи\w*")
# Shooting people dead, actively: "розстріляли беззбройного чоловіка", "расстреляли мужчину" (not "розстріляли
# автомобіль", which needs its people named).
_SHOT_DEAD = re.compile(r"розстріля(?:в|ла|ли)|расстреля(?:л|ла|ли)")
_PLURAL_VICTIM = re.compile(r"(?:ів|их|ей|ых|ек|ок|ян|ан)$")
_ADJECTIVE_ENDING = re.compile(r"\w+(?:ого|ої|ую|юю|их|ых|іх|ий|ій|ый)$")


def _person_after(tokens: list[_Token], i: int, reach: int, passes: Callable[[str], bool]) -> _Token | None:
    """The person named within ``reach`` tokens after ``i``, past only the words ``passes`` lets by."""
    for token in tokens[i + 1:i + 1 + reach]:
        if _PERSON.match(token.text) and not token.cue:
            return token
        if not passes(token.text):
            return None
    return None


def _body_of(tokens: list[_Token], i: int) -> _Token | None:
    """The person whose body the token at ``i`` names, right after it past "of", articles, adjectives and an age
    ("тело 56-летнего рыбака", "the body of a 43-year-old man")."""
    return _person_after(tokens, i, 9, lambda word: bool(
        _ADJECTIVE_ENDING.fullmatch(word) or word in {"of", "a", "an", "the", "-", "year", "old"} or word.isdigit()
        or _NOT_PEOPLE.match(word)))


def _shot_victim(tokens: list[_Token], i: int) -> _Token | None:
    """The person the verb at ``i`` shot, right after it past its adjectives ("беззбройного чоловіка")."""
    return _person_after(tokens, i, 3, lambda word: bool(_ADJECTIVE_ENDING.fullmatch(word)))


# An active killing with its victim named after it: "shot dead a man", "killed two", "stabbed a woman".
_KILLED_SOMEONE = re.compile(r"(?:shot dead|shot and killed|killed|stabbed|murdered|executed|strangled) (?:a|an|the|his"
                             r"|her|two|three|\d+)\b")
# A unit a person word can describe ("a Russian volunteer battalion", "a partisan group").
_UNIT = re.compile(r"(?:battalion|unit|group|brigade|company|detachment|corps|regiment|squad|team|movement|network"
                   r"|cell|organi[sz]ation)s?$")
# A thing an English person word can describe: "a civilian car", "a police station".
_THING = re.compile(r"(?:car|bus|minibus|van|truck|lorry|vehicle|convoy|train|boat|ship|vessel|plane|aircraft|house"
                    r"|home|building|infrastructure|object|facility|target|area|district|neighbou?rhood|station"
                    r"|checkpoint|post|office|shelter|market)s?$")
# One person named by a noun, which a count joins: "мать и двое детей", "a man and his son".
_ONE_PERSON = frozenset(
    "his her мати мать батько отец чоловік жінка мужчина женщина дитина ребенок ребёнок син сын донька дочь "
    "онук внук".split()
)
_EN_SINGULAR = frozenset(
    "person man woman child boy girl civilian resident local soldier serviceman officer official policeman "
    "guard fighter member driver employee worker collaborator militant partisan victim teenager pensioner "
    "journalist activist villager farmer passenger student miner medic paramedic volunteer rescuer director teacher "
    "mayor priest he she him her was has a an".split()
)
_EN_PLURAL = frozenset(
    "people persons men women children boys girls civilians residents locals soldiers servicemen troops "
    "officers officials policemen police guards fighters members drivers employees workers collaborators "
    "militants partisans victims teenagers pensioners journalists activists villagers farmers passengers students "
    "miners medics paramedics volunteers rescuers directors teachers priests they them were have".split()
)
# Words that open an English verb's object: "killed the director", "shot a man", "killed their commander".
_EN_OBJECT_OPENER = frozenset("the a an his her their its this that".split())
# "shot … dead", "beaten … to death": the dead are named between the verb and the cue.
_EN_VERB_BEFORE_DEAD = frozenset("shot gunned beaten stabbed stoned hacked".split())
_COUPLE = frozenset("подружжя супруги супругов супругам супругами".split())
# "a man aged 61", "у віці 48 років", "в возрасте 70 лет": the count is an age.
_AGE_BEFORE = frozenset("aged age віці віком возрасте".split())
_NEGATION = frozenset(
    "no not never nobody none without ні не ніхто немає нема без ни нет никто никого обошлось обійшлося".split()
)
_ATTEMPT = re.compile(
    r"(?:attempt|tried|try|trying|plot|plann|threat|could|would|might|замах|спроб|намага|планув|погрож|міг|могл"
    r"|покушени|попыт|пытал|планировал|готовил|угрож|мог)"
)
# Sentences that recall an older event rather than report this one.
_RECALL = re.compile(
    r"^(?:recall|earlier|previously|нагадаємо|раніше|напомним|ранее)\b|\bin a previous\b|\bin (?:19|20)\d\d\b"
    r"|\b(?:у|в) (?:19|20)\d\d(?:\s*(?:році|роках|году|годах|р\.|г\.))?"
    # a season of a year: "Летом 2022 года … погибли четыре человека", "in the summer of 2023"
    r"|\b(?:летом|зимой|весной|осенью|влітку|улітку|взимку|узимку|навесні|восени) (?:19|20)\d\d"
    r"|\b(?:summer|winter|spring|autumn|fall) (?:of )?(?:19|20)\d\d\b"
)
# A clause giving a figure the report has since replaced ("revising an earlier
# toll of two", "after local media had initially reported three deaths"):
# the current figure is the report's, whether higher or lower.
_SUPERSEDED = re.compile(
    r"\b(?:initially|originally|first reported|earlier (?:toll|figure|report)|previous (?:toll|figure)"
    r"|previously reported|revis(?:ing|ed)|спочатку|попередньо повідом|раніше повідомля|раніше йшлося"
    r"|первоначально|изначально|ранее сообща|ранее говорилось|сначала сообща"
    # "Early reports on Monday, citing residents, said that two people…", "Спершу ми повідомили…", "Сначала власти
    # сообщали об одной погибшей"
    r"|(?:early|earlier|initial|first) reports?\b|перш\w* повідомлен\w*|перв\w* сообщени\w*"
    r"|спершу (?:\w+ ){0,2}повідом\w*|сначала (?:\w+ ){0,2}сообща\w*)"
)
# A superseding word this near the sentence's start governs the sentence, not one clause of it.
_SUPERSEDED_OPENING_CHARS = 25
_TURN = re.compile(r";|\b(?:but|however|now|later|then)\b|(?<!\w)(?:але|однак|проте|тепер|згодом|пізніше|потім|но"
                   r"|однако|теперь|позже|затем|впоследствии|а)(?!\w)", re.IGNORECASE)
_NOT_REPORTED = re.compile(r"(?:повідомля|повідомле|сообща|зафіксова|зафиксирова|поступал|надходил)")
_UNCONFIRMED = re.compile(
    r"\bunconfirmed\b|\bnot (?:be |been )?(?:independently )?(?:confirmed|verified)\b"
    # a figure the story calls untrue: "Reports … that two people had been killed were untrue, the mayor said"
    r"|\b(?:were|was|are|is) (?:untrue|false)\b|не відповіда\w* дійсності|не соответству\w* действительности"
    r"|\b(?:could|can) ?not (?:independently )?(?:confirm|verify)\b|не підтверджен|не підтвердили"
    r"|підтверджен\w* (?:цьому |цього )?немає|не подтвержден|не подтвердили|подтверждени\w* (?:этому |этого )?нет"
    r"|(?:незалежно|независимо) (?:\w+ ){0,2}не (?:вдалося|удалось)|не (?:вдалося|удалось) (?:незалежно |независимо )?"
    r"(?:підтвердити|подтвердить|перевірити|проверить)"
    # "незалежно перевірити ці дані неможливо", "проверить эти цифры невозможно"
    r"|(?:підтвердити|перевірити|подтвердить|проверить) (?:\w+ ){0,2}(?:неможливо|невозможно)"
)
# A side's losses ("противник потерял до 300 военнослужащих") summed over a day or a week.
_LOSSES = re.compile(r"потерял\w*|потеряв|втратив|втратил\w*|lost")
_DAY_TOTAL = re.compile(r"за (?:прошедшие |минувшие |последние )?сутки|за (?:минулу |останню )?добу"
                        r"|за (?:эту |прошлую |прошедшую |минувшую |последнюю )?неделю"
                        r"|за (?:цей |минулий )?тиждень|всего|загалом|в общей сложности|\bin (?:the )?(?:past|last) "
                        r"(?:24 hours|day|week)\b|\bover the (?:past|last) (?:24 hours|day|week)\b")
# Hearsay is no figure at all: "ходят слухи, что один из раненых умер", "rumours that two died".
_RUMOUR = re.compile(r"\brumou?rs?\s+(?:that|of|say|said|circulat\w*)|\brumou?red\b|ходять чутки|чутки,? що|за чутками"
                     r"|ходят слухи|слухи,? что|по слухам")
# "… killing up to 60 servicemen. It provided no evidence.": a short sentence that disowns the claim before it
# (a figure "not yet officially confirmed" is still the outlet's to report).
_NO_EVIDENCE = re.compile(
    r"\b(?:provided|offered|gave|presented) no evidence|without (?:providing |offering )?(?:any )?evidence"
    # a think tank's "We have not observed evidence to support this claim"
    r"|\b(?:have|has) not (?:observed|seen|found) (?:any )?evidence|\bno evidence to support"
    r"|не (?:навів|навела|навели|надав|надала|надали) (?:жодних )?доказ|доказів (?:не наведено|немає)"
    r"|не (?:привел|привела|привели|представил|представила|представили|предоставил\w*) (?:никаких )?доказ"
    r"|доказательств (?:не приведено|нет)"
)
# "… killed up to 40 soldiers. The claim could not be independently verified.", "Губернатор эту цифру не
# подтвердил.": the next sentence disowns a figure (one "not yet officially confirmed" stays the outlet's).
_DISOWNS = re.compile(
    r"\b(?:claims?|figures?)\b.*\b(?:could ?n[o']t|can ?n[o']t|not) (?:be )?(?:independently )?(?:verif|confirm)"
    r"|\bindependently (?:verif|confirm)"
    r"|(?:цю|цієї|ці|цих|эту|этой|эти|этих) (?:цифр\w*|дан\w*|інформаці\w*|информаци\w*|заяв\w*)"
    r"(?: \w+)? не (?:підтверди\w*|подтверди\w*|підтверджу\w*|подтвержда\w*)"
)
_DISOWNS_BEFORE_WORDS = 10
# A side's claim ("a resistance movement … claimed three killed", "заявив про трьох знищених окупантів",
# "по версии подпольщиков"): the figure counts only when the report gives none of its own.
# A defence ministry or general staff reporting casualties reports the enemy's losses: a side's claim too.
_CLAIMED = re.compile(
    r"\bclaim(?:ed|s|ing)?\b(?! (?:the )?li(?:fe|ves))|заяви\w* (?:про|об?)\b|стверджу\w*|утвержд\w*"
    r"|за (?:\w+ )?версією|по (?:\w+ )?версии|нібито|якобы"
    r"|\b(?:defen[cs]e ministry|ministry of defen[cs]e|general staff|(?:russian|ukrainian) ministry)\b|міноборони"
    r"|минобороны|генштаб\w*"
    r"|міністерств\w* оборони|министерств\w* обороны")
# The outlet says anywhere that it could not verify the casualty figures or claims: no side's claim counts
# ("The agency could not verify either side's casualty figures", "Независимо подтвердить данные о погибших нам не
# удалось").
_CLAIMS_DISOWNED = re.compile(
    r"\b(?:could ?n[o']t|can ?n[o']t|unable to|(?:not possible|impossible) to|not) (?:be )?(?:independently )?"
    r"(?:verify|verified|confirm|confirmed)\b[^.]{0,40}\b(?:casualt\w*|figures?|claims?|toll|losses|dead)\b"
    r"|\b(?:casualty|death) (?:figures?|claims?|tolls?)\b[^.]{0,40}\b(?:could ?n[o']t|can ?n[o']t|not) (?:be )?"
    r"(?:independently )?(?:verif|confirm)"
    # "Neither side's casualty claims could be independently verified"
    r"|\bneither\b[^.]{0,30}\b(?:casualty|death|loss) (?:figures?|claims?|tolls?)\b[^.]{0,20}\bcould (?:be )?"
    r"(?:independently )?(?:verif|confirm)"
    r"|(?:підтвердити|перевірити|подтвердить|проверить) (?:\w+ ){0,2}(?:дані|данные|цифр\w*|інформаці\w*|информаци\w*)"
    r" (?:про|о|об) (?:загибл|погибш|втрат|потер|жертв)\w*(?: \w+){0,3} не (?:вдалося|удалось)"
    r"|(?:дані|данные|цифр\w*) (?:про|о|об) (?:загибл|погибш|втрат|потер|жертв)\w*(?: \w+){0,4} не (?:вдалося|удалось)"
    r" (?:\w+ )?(?:підтвердити|перевірити|подтвердить|проверить)",
)
# The story says no one died, or denies the deaths reported ("Міський голова спростував повідомлення про загиблих
# … загиблих немає"): a figure it calls unconfirmed is no toll then.
_NO_DEAD = re.compile(
    r"\b(?:no one|nobody) (?:was )?(?:killed|died)\b|\bno (?:deaths|fatalities)\b|\bthere were no (?:deaths|dead)\b"
    r"|\bdenied (?:the )?reports? of (?:any )?(?:deaths|dead|fatalities)\b"
    r"|загиблих (?:\w+ )?(?:немає|нема)\b|без загиблих|ніхто не загинув|спростува\w* (?:\w+ ){0,2}(?:про )?загибл\w*"
    r"|погибших (?:\w+ )?нет\b|без погибших|никто не погиб|опроверг\w* (?:\w+ ){0,2}(?:о |об )?(?:гибел|погибш)\w*")
# Another account of a toll: "По другим данным, погиб один мужчина", "За іншими даними", "According to other reports".
_OTHER_ACCOUNT = re.compile(r"(?:по (?:другим|иным) (?:данным|сведениям)|за іншими (?:даними|відомостями)"
                            r"|according to other (?:reports|accounts|sources|data)|other (?:reports|accounts|sources) "
                            r"(?:say|said|put|gave))\b")
# How a side tells the enemy it killed: "ліквідовано 23 окупанти", "уничтожено до 40 боевиков", "eliminated".
_ENEMY_ELIMINATED = re.compile(r"ліквідова\w*|знищен\w*|знищи\w*|уничтож\w*|ликвидирова\w*"
                               r"|\b(?:eliminated|neutrali[sz]ed|liquidated)\b")
_SUBSET_ASIDE = re.compile(r",\s*(?:including|among them|серед них|у тому числі|в тому числі|зокрема|среди них"
                           r"|в том числе|включая)\s[^,;.]{1,50},", re.IGNORECASE)
# Those whose deaths a side claims in a battle: "23 Russian soldiers were killed", "знищено до 40 бойовиків".
_COMBATANTS = re.compile(r"\b(?:soldiers?|servicem[ae]n|troops|personnel|fighters|militants|occupiers|mercenaries"
                         r"|attackers|saboteurs|infiltrators|диверсант\w*"
                         r"|військов\w*|військовослужбовц\w*|бійц\w*|бойовик\w*|окупант\w*|найманц\w*|солдат\w*"
                         r"|военн\w*|военнослужащ\w*|бойц\w*|боевик\w*|оккупант\w*|наемник\w*)")
_TOLL_VERB = re.compile(
    r"rose|risen|rises|climbed|increased|reached|jumped|stands|stood|выросл\w*|возросл\w*|достигл\w*|увеличил\w*"
    r"|составил\w*|зросл\w*|зріс|сягнул\w*|досягл\w*|збільшил\w*|становить|становило|составляет")
# A verb that raises a toll it names after it, and how far before the new figure it may stand.
_TOLL_RAISED = re.compile(r"rais(?:e|es|ed|ing)|bring(?:s|ing)?|brought|push(?:es|ed|ing)?|tak(?:es|ing)|took"
                          r"|довів\w*|довел\w*|довівши|довод\w*|доведя")
_RAISED_REACH = 12
_PERIOD_WORDS = frozenset("since month months year years war invasion total overall початку року місяця місяць "
                          "тиждень війни начала года месяца месяц неделю войны".split())
_CLAUSE = re.compile(r"[^,;(—–]+[,;(—–]?")
_RANGE_JOINERS = frozenset("to or - – — до або чи или".split())
_CONTRAST_WORDS = frozenset("but however though although однак проте але однако но хотя".split())
_STOP_SUM = frozenset("including among of with серед зокрема тому числе числі них из з".split())
_CONJUNCTIONS = frozenset("and , while but і й та а и но але".split())
_CLAUSE_PUNCT = frozenset(". ! ? ; :".split())
# ("1 300 военнослужащих": a figure with its thousands set apart by a space is one figure)
_TOKEN = re.compile(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d+(?:[.,]\d+)?|[^\W\d_]+(?:['’ʼ][^\W\d_]+)*|\S")
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[^\s\da-zа-яіїєґ])|\n+")
_WINDOW = 6  # tokens between a count and its cue
_CLAUSE_REACH = 4  # how much further a count that opens a clause reaches ahead


@dataclass(frozen=True)
class _Token:
    text: str
    value: int | None  # the figure when the token is a count
    cue: tuple[str, int] | None  # (kind, default number) when the token is a casualty cue


@lru_cache(maxsize=1)
def _number_words() -> tuple[dict[str, int], dict[str, int]]:
    data = json.loads(resources.files("sitrep").joinpath("data/lexicons/numbers.json").read_text("utf-8"))
    exact: dict[str, int] = {}
    for language in ("en", "uk", "ru"):
        exact.update({word.replace("’", "'"): value for word, value in data[language].items()})
    return exact, dict(data["vague"])


def _no_one_died(text: str, context: str) -> bool:
    """Whether the account or the story says no one died (read only when an unconfirmed toll would count)."""
    return _NO_DEAD.search(f"{text} {context}".lower()) is not None


def count_casualties(text: str, language: str, context: str = "") -> tuple[int, int]:
    """The (killed, injured) figures ``text`` reports for its event (``context``: the whole story, read only for
    the outlet's word that the sides' casualty claims could not be verified).

    ``language`` is "en", "uk" or "ru"; the reader knows all three and uses
    the parameter only to read English auxiliaries, so a mislabelled text
    still gets its figures.
    """
    confirmed: list[tuple[str, int, int]] = []
    lower: list[int] = []  # the tolls other accounts give
    claimed: list[tuple[str, int, int]] = []
    unconfirmed: list[tuple[str, int, int]] = []
    sentences = _SENTENCE_END.split(text)
    claims_disowned = _CLAIMS_DISOWNED.search(text.lower()) is not None
    # Said elsewhere in the story, it voids the sides' claims of enemy dead, not a civilian toll an official gives.
    soldiers_claims_disowned = not claims_disowned and bool(context) \
        and _CLAIMS_DISOWNED.search(context.lower()) is not None
    for index, sentence in enumerate(sentences):
        stripped = sentence.strip()
        lowered = stripped.lower()
        # a running total ("since the start of the month, seven civilians have been killed") is not this event's
        if not stripped or _RECALL.search(lowered) or is_period_tally(lowered) \
                or _LOSSES.search(lowered) and _DAY_TOTAL.search(lowered):
            continue  # (a side's losses over a day or a week are no battle's toll)
        superseded = _SUPERSEDED.search(lowered)
        if superseded and superseded.start() <= _SUPERSEDED_OPENING_CHARS:
            # "Early reports said that two people had been killed …", "Ранее сообщалось о двух погибших; по
            # уточненным данным — три": the sentence gives the old figure, up to the turn to the new one
            turn = _TURN.search(stripped, superseded.end())
            stripped = stripped[turn.end():] if turn else ""
        elif superseded:
            stripped = "".join(c for c in _CLAUSE.findall(stripped) if not _SUPERSEDED.search(c.lower()))
        following = sentences[index + 1].strip().lower() if index + 1 < len(sentences) else ""
        # (its first clause: "The claim could not be independently verified, and the ministry did not comment.")
        head = following.split(",")[0]
        disowned = len(head.split()) <= _DISOWNS_BEFORE_WORDS and (
            _NO_EVIDENCE.search(head) is not None or _DISOWNS.search(head) is not None)
        doubted = disowned or _UNCONFIRMED.search(lowered) or _NO_EVIDENCE.search(lowered) \
            or _CLAIMS_DISOWNED.search(lowered)
        a_claim = _CLAIMED.search(lowered) is not None
        # (soldiers a side says it killed, followed by the outlet's word that it cannot verify the toll, are that
        # side's claim, whether it "claimed" them or only "said" so)
        if (doubted or claims_disowned or soldiers_claims_disowned and _COMBATANTS.search(lowered)) and a_claim \
                or _COMBATANTS.search(lowered) and _CLAIMS_DISOWNED.search(following) \
                or doubted and _ENEMY_ELIMINATED.search(lowered) or _RUMOUR.search(lowered) \
                or disowned and _COMBATANTS.search(lowered):
            # (enemy "eliminated" that the outlet itself doubts are a side's boast, claimed in so many words or not)
            # "claimed that more than 40 servicemen had been killed, a figure that could not be verified", hearsay
            continue
        bucket = unconfirmed if doubted else claimed if a_claim else confirmed
        counts_here = _sentence_counts(stripped, language)
        if _OTHER_ACCOUNT.match(lowered):
            # "По другим данным, погиб один мужчина": another account of the toll, the lower one stands (ACLED)
            lower.extend(figure for kind, figure, tier in counts_here if kind == KILLED and tier == EXACT and figure)
            counts_here = [count for count in counts_here if count[0] != KILLED]
        bucket.extend(counts_here)
    # A side's claim counts only when the report gives no figure of its own, and never a vague one ("сотні
    # знищених", "dozens of soldiers": a side's boast, not a count); a figure the report itself calls
    # unconfirmed only when it gives no other, and only an exact one ("killed dozens of soldiers, a claim that
    # could not be verified" gives no figure).
    counts = confirmed
    for fallback in ([count for count in claimed if count[2] != VAGUE],
                     [count for count in unconfirmed
                      if count[2] == EXACT and not (count[0] == KILLED and _no_one_died(text, context))]):
        if not any(figure for _, figure, _ in counts):
            counts = counts + fallback
    # Within each kind the most precise tier decides: an exact figure, else a vague one, else an implied one.
    best = {KILLED: (IMPLIED, 0), INJURED: (IMPLIED, 0)}
    for kind, figure, tier in counts:
        if figure and (tier, figure) > best[kind]:
            best[kind] = (tier, figure)
    killed = min([best[KILLED][1], *lower]) if best[KILLED][1] else min(lower, default=0)
    return killed, best[INJURED][1]


def revised_toll(text: str, language: str) -> int:
    """The death toll ``text`` says has risen to ("число погибших выросло до двух"), 0 when it says none."""
    figures = [0]
    for sentence in _SENTENCE_END.split(text):
        tokens = _tokenize(sentence)
        figures += [figure for kind, figure, tier in _sentence_counts(sentence, language)
                    if kind == KILLED and tier == EXACT
                    and any(t.value is not None and _is_toll_update(tokens, i) for i, t in enumerate(tokens))]
    return max(figures)


@lru_cache(maxsize=65536)
def _classify(word: str) -> tuple[int | None, tuple[str, int] | None]:
    """(figure, cue) for one lower-case token; cached because news vocabulary repeats."""
    exact, vague = _number_words()
    digits = re.sub(r"[ \u00a0\u202f]", "", word)
    if digits.isdigit():
        return (int(digits) if len(digits) <= 4 else None), None
    if word in exact:
        return exact[word], None
    if word in vague:
        return vague[word], None
    if word in {"a", "an"}:
        return 1, None  # "a soldier and two civilians"; only a count when a person noun follows
    if word in _COUPLE:
        return 2, None  # "загинуло подружжя": a married couple is two people
    for pattern, kind, number in _CUES:
        if pattern.fullmatch(word):
            return None, (kind, number)
    return None, None


_TENS = {"десятка": 10, "десятки": 10, "десятків": 10, "десятков": 10, "dozen": 12}


def _tokenize(sentence: str) -> list[_Token]:
    tokens: list[_Token] = []
    for match in _TOKEN.finditer(sentence.lower().replace("’", "'").replace("ʼ", "'")):
        word = match.group()
        value, cue = _classify(word)
        # "twenty one", "двадцять два": one count
        if value is not None and tokens and tokens[-1].value is not None and tokens[-1].value >= 20 \
                and tokens[-1].value % 10 == 0 and value < 10 and not word.isdigit():
            tokens[-1] = _Token(tokens[-1].text + " " + word, tokens[-1].value + value, None)
            continue
        # "два десятка", "три десятки", "two dozen": tens or dozens of a small figure
        if word in _TENS and tokens and tokens[-1].value is not None and 1 < tokens[-1].value < 10:
            tokens[-1] = _Token(tokens[-1].text + " " + word, tokens[-1].value * _TENS[word], None)
            continue
        tokens.append(_Token(word, value, cue))
    return _count_joined_persons(tokens)


def _count_joined_persons(tokens: list[_Token]) -> list[_Token]:
    """Count as one a lone person a conjunction joins to a count or to another lone person.

    "мать и двое детей" is three, "двоє чоловіків і жінка" three, "a man and
    his son" two and "47-річний чоловік і 44-річна жінка" two: the mother, the
    woman and the son carry no number word of their own. Ages written as one
    adjective ("41-year-old") are skipped.
    """
    texts = [t.text for t in tokens]
    view = [k for k in range(len(tokens)) if not _in_age(texts, k)]
    words = [tokens[k] for k in view]
    and_ = _CONJUNCTIONS - {","}
    lone = _ONE_PERSON - {"his", "her"}
    for i, token in enumerate(words):
        if token.text not in _ONE_PERSON or token.value is not None:
            continue
        if token.text in {"his", "her"}:
            # "and his son", not "his car" or "her two children"
            joined = i > 0 and words[i - 1].text == "and" and i + 1 < len(words) \
                and _PERSON.match(words[i + 1].text) is not None and words[i + 1].value is None
        else:
            joined = i + 2 < len(words) and words[i + 1].text in and_ and (
                words[i + 2].value is not None or words[i + 2].text in lone)
            # "двоє чоловіків і жінка", "чоловік і жінка": the last of a list of victims
            joined = joined or i >= 2 and words[i - 1].text in and_ and (
                words[i - 2].text in lone or i >= 3 and _PERSON.match(words[i - 2].text) is not None
                and words[i - 3].value is not None)
        if joined:
            tokens[view[i]] = words[i] = _Token(token.text, 1, None)
    return tokens


def _is_people_count(tokens: list[_Token], i: int) -> bool:
    """Whether the count at ``i`` counts people (not years, tanks, dates)."""
    token = tokens[i]
    if token.text.isdigit() and (len(token.text) == 4 or token.value is None):
        return False
    if token.text in _COUPLE or token.text in _ONE_PERSON:
        return True  # a lone person is a count only where a list of victims joins it (_count_joined_persons)
    prev = tokens[i - 1].text if i > 0 else ""
    if prev in {":", "№", "#", "no"} or prev in MONTH_WORDS or prev in _AGE_BEFORE:
        return False
    if prev == "." and i > 1 and tokens[i - 2].text in MONTH_WORDS:  # "Aug. 15"
        return False
    if prev == "," and i > 1 and _PERSON.match(tokens[i - 2].text) and tokens[i + 1:i + 2] \
            and tokens[i + 1].text == ",":
        return False  # "The woman, 63, was killed": an age set off after the person
    if token.text.isdigit() and prev in _RANGE_JOINERS | {"and", "та", "і", "й", "и"} and i > 2 \
            and tokens[i - 2].value is not None and tokens[i - 3].text in MONTH_WORDS:
        return False  # "overnight on October 6 to 7", "on January 13 and 14": the second day
    following_at = [j for j in range(i + 1, min(len(tokens), i + 5)) if tokens[j].text not in {"-", "–"}]
    following = [tokens[j] for j in following_at]
    # the lower bound of a range counts people when its upper bound does: "5 to 7 people", "двоє-троє"
    # (not an age after a dash: "Погибли трое — 61-летняя женщина, её муж и сын")
    if i + 2 < len(tokens) and tokens[i + 1].text in _RANGE_JOINERS | {"and", "та", "і", "и"} \
            and tokens[i + 2].value is not None and not _in_age([t.text for t in tokens], i + 2):
        return _is_people_count(tokens, i + 2)
    if token.text in {"a", "an"}:
        # "two civilians and a soldier"; "killing a young barmaid": whom a verb of killing takes is a person
        # ("a volunteer battalion", "a partisan group": the person word describes a unit, which is no count)
        # ("a civilian car", "a civilian convoy": the person word describes a thing)
        # ("A Russian soldier shot dead a man": the subject of a killing is its doer, no victim)
        return any(_PERSON.match(t.text) and not (k + 1 < len(following) and (
            _UNIT.match(following[k + 1].text) or _THING.match(following[k + 1].text)
            or _KILLED_SOMEONE.match(" ".join(x.text for x in tokens[following_at[k] + 1:following_at[k] + 4]))))
                   for k, t in enumerate(following[:2])) or i > 0 and tokens[i - 1].cue is not None
    # "12:40" is a clock time; "Загиблих уже восьмеро: під уламками знайшли…" a toll before a colon
    if following and following[0].text == ":" and (token.text.isdigit() or not any(
            t.cue for t in tokens[max(0, i - 3):i])):
        return False
    if following and (_NOT_PEOPLE.match(following[0].text) and not _PERSON.match(following[0].text)
                      or following[0].text in MONTH_WORDS):
        return False
    # "the death toll … rose to nine on Sunday": what a toll rose to counts the dead, whatever follows
    if _is_toll_update(tokens, i) and any(t.cue for t in tokens[:i]):
        return True
    if token.text in {"one", "single"} and following and following[0].text in {"of"} and len(following) > 1 \
            and not _PERSON.match(following[1].text):
        return False
    if any(_ANIMAL_RE.match(t.text) for t in following[:2]):
        return False  # "12 голов скота", "43 корови"
    # a count that people, a cue or a clause end follows, or that a cue precedes ("killing 6", "загинули троє")
    for t in following[:3]:
        if t.cue or _PERSON.match(t.text) or t.text in _CLAUSE_PUNCT or t.text in (",", "—"):
            return True
        if t.value is not None:
            return False
    if not following:
        return True
    return i > 0 and tokens[i - 1].cue is not None


@lru_cache(maxsize=4096)
def _sentence_counts(sentence: str, language: str) -> tuple[tuple[str, int, int], ...]:
    """(kind, figure, tier) for each cue in one sentence: EXACT, VAGUE or IMPLIED. Cached: the document coder
    counts a story's sentences again for each of its passages and each question it asks of them."""
    # A subset set off by commas is part of its figure and stands between the figure and its verb: "two people,
    # including a 15-year-old, were wounded".
    tokens = _tokenize(_SUBSET_ASIDE.sub(",", sentence))
    cue_positions = [i for i, t in enumerate(tokens) if t.cue and not _negated_or_attempted(tokens, i)]
    # "ворог втратив 61 особу вбитими й пораненими": the losses are the dead and the wounded, told by their cues
    losses = {i for i, t in enumerate(tokens) if t.cue and _LOSSES.fullmatch(t.text)} \
        if any(tokens[i].cue[0] == INJURED for i in cue_positions) else set()  # type: ignore[index]
    cue_positions = [i for i in cue_positions if i not in losses]
    if not cue_positions:
        return ()
    negated = [i for i, t in enumerate(tokens) if t.cue and i not in cue_positions and i not in losses]
    attached: dict[int, list[int]] = {i: [] for i in cue_positions}
    people = [i for i, t in enumerate(tokens) if t.value is not None and _is_people_count(tokens, i)]
    counted = set(people)
    for i in people:
        # the upper bound of a range: "5 to 7", "двоє-троє", "два или три" (not the dash after a
        # dateline's day: "MOSCOW, May 18 – Two people were killed")
        if i >= 2 and tokens[i - 1].text in _RANGE_JOINERS and i - 2 in counted:
            continue
        # "between 5 and 7", "між трьома та п'ятьма", "от трех до пяти"
        if i >= 3 and tokens[i - 1].text in {"and", "та", "і", "й", "и"} and tokens[i - 2].value is not None \
                and tokens[i - 3].text in {"between", "між", "между"}:
            continue
        # "the death toll rose to seven", "число погибших выросло до четырех": the figure ends the clause
        if _is_toll_update(tokens, i):
            # ...and the toll is named before its verb ("the number of people killed … has risen to three after
            # a wounded woman died"), or right after the figure ("rose to seven dead")
            nearest = _nearest_cue(tokens, i, [c for c in cue_positions + negated if c < i or c <= i + 2],
                                   len(tokens))
        else:
            nearest = _nearest_cue(tokens, i, cue_positions + negated)
        if nearest is not None and nearest in attached:
            attached[nearest].append(i)
    _attach_coordinated(tokens, people, attached)
    _attach_heads_of_subsets(tokens, people, attached)
    results: list[tuple[str, int, int]] = []
    # "61 особу вбитими й пораненими", "60 killed and wounded": the dead and the hurt in one figure, a toll of neither
    joint = {j for i in cue_positions if attached[i] and _killed_and_wounded(tokens, i, attached) for j in (i, i + 2)}
    for i in cue_positions:
        if i in joint:
            continue
        kind, number = tokens[i].cue  # type: ignore[misc]
        counts = attached[i]
        if number == NEEDS_PEOPLE:
            # (the soldiers' "минус пятеро": a numeral that counts only people needs no person word)
            counts = [c for c in counts if _counts_people_after(tokens, c)
                      or tokens[i].text in _MINUS and _COLLECTIVE_NUMERAL.fullmatch(tokens[c].text)]
        if counts:
            # "killed up to 60 soldiers", "уничтожено до 40": a ceiling, as loose as "dozens"
            vague = any(tokens[c].text in _number_words()[1] or _is_ceiling(tokens, c) for c in counts)
            # "has risen to four, after rescuers pulled two more bodies": the new toll is the total
            updates = [tokens[c].value or 0 for c in counts if _is_toll_update(tokens, c)]
            figure = max(updates) if updates else _sum_counts(tokens, counts)
            results.append((kind, figure, VAGUE if vague else EXACT))
            continue
        # (in English past a singular auxiliary: "The occupier is liquidated on the place")
        before = tokens[max(0, i - 2):i - 1] if i >= 2 and tokens[i - 1].text in ("is", "was") \
            else tokens[max(0, i - 1):i]
        if number == NEEDS_PEOPLE and _PASSIVE_DESTROYED.fullmatch(tokens[i].text) \
                and any(_PERSON.match(t.text) and not t.cue for t in before + tokens[i + 1:i + 2]) \
                and not any(t.value is not None for t in tokens[max(0, i - 3):i + 4]):
            # "Ответным огнем диверсант уничтожен": a person beside the participle and no figure: its number
            results.append((kind, PLURAL if tokens[i].text.endswith(("ы", "і", "и")) else SINGULAR, IMPLIED))
            continue
        if number == NEEDS_PEOPLE and tokens[i].text in ("тело", "тіло", "body") and _body_of(tokens, i) is not None:
            results.append((kind, SINGULAR, IMPLIED))  # "тело 56-летнего рыбака", "the body of a man": one dead
            continue
        if number == NEEDS_PEOPLE and _SHOT_DEAD.fullmatch(tokens[i].text) \
                and (victim := _shot_victim(tokens, i)) is not None \
                and not any(t.value is not None for t in tokens[i + 1:i + 4]):
            # "окупанти розстріляли беззбройного чоловіка": a person shot dead, with no figure: one, or more
            results.append((kind, PLURAL if _PLURAL_VICTIM.search(victim.text) else SINGULAR, IMPLIED))
            continue
        if number in (NEEDS_FIGURE, NEEDS_PEOPLE):
            continue
        if any(_ANIMAL_RE.match(t.text) for t in [*tokens[max(0, i - 3):i], *tokens[i + 1:i + 4]]):
            continue  # "Загинули 43 корови", "livestock killed by shelling": the dead are animals
        if number == CONTEXT:
            number = _context_number(tokens, i, language)
        results.append((kind, number, IMPLIED))
    return tuple(results)


def _killed_and_wounded(tokens: list[_Token], i: int, attached: dict[int, list[int]]) -> bool:
    """Whether the killing cue at ``i`` is joined by "and" to a wounding cue that has no figure of its own: one
    figure for both, which gives no toll (ACLED counts only the dead it can tell apart)."""
    if tokens[i].cue[0] != KILLED or i + 2 >= len(tokens) \
            or tokens[i + 1].text not in {"and", "и", "і", "й", "та"}:
        return False
    joined = tokens[i + 2].cue
    return joined is not None and joined[0] == INJURED and not attached.get(i + 2)


def _counts_people_after(tokens: list[_Token], i: int) -> bool:
    """Whether a person word follows the count at ``i`` in its clause: "трьох полонених", "between five and seven
    surrendering Ukrainian soldiers" (not "6 БпЛА", "two vehicles", "5 единиц военной техники", nor "чотири з них
    знищені", where the pronoun stands for the drones before it)."""
    for k, token in enumerate(tokens[i + 1:i + 6]):
        if token.text in _CLAUSE_PUNCT or token.text == "," or token.cue \
                or k == 0 and _NOT_PEOPLE.match(token.text) and not _PERSON.match(token.text):
            return False
        if _PERSON.match(token.text) and token.text not in _PRONOUNS:
            return True
    return False


_DASHES = frozenset("— – -".split())
_DASHED_REACH = 4
_PRONOUNS = frozenset("них їх их them whom".split())
_MINUS = frozenset("минус мінус minus".split())
# Numerals that count only people: "двое", "пятеро", "п'ятеро", "троих" (not "двох", which counts anything).
_COLLECTIVE_NUMERAL = re.compile(r"(?:дво|тро)(?:е|є|их|им|ими)|(?:четвер|пятер|п'ятер|шестер|семер|восьмер|девятер"
                                 r"|дев'ятер|десятер)(?:о|ых|ым|ыми)")


_SUBSET_MARKERS = (("including",), ("among", "them"), ("в", "том", "числе"), ("у", "тому", "числі"),
                   ("в", "тому", "числі"), ("зокрема",), ("серед", "них"), ("среди", "них"))


def _attach_heads_of_subsets(tokens: list[_Token], people: list[int], attached: dict[int, list[int]]) -> None:
    """A cue reached only by a subset of a count takes the count itself: "Не менее трех мирных жителей, в том
    числе двое детей, погибли" is three dead, though "двое" stands nearer to "погибли"."""
    owned = {count for counts in attached.values() for count in counts}
    for counts in attached.values():
        for k, count in enumerate(counts):
            words = [t.text for t in tokens[max(0, count - 4):count]]
            marker = next((m for m in _SUBSET_MARKERS for at in range(len(words) - len(m) + 1)
                           if tuple(words[at:at + len(m)]) == m), None)
            if marker is None:
                continue
            heads = [p for p in people if count - 12 <= p < count - len(marker)
                     and not any(t.text in _CLAUSE_PUNCT for t in tokens[p:count])]
            if heads and heads[-1] not in owned:
                counts[k] = heads[-1]
                owned.add(heads[-1])


def _joined(tokens: list[_Token], earlier: int, later: int) -> bool:
    """Whether two counts are one list of victims: "a man and a woman", "two soldiers and a civilian"."""
    between = tokens[earlier + 1:later]
    # "a man aged 61 and a woman aged 48": an age between the two is part of the first one's description
    between = [t for k, t in enumerate(between) if t.text not in _AGE_BEFORE
               and not (k > 0 and between[k - 1].text in _AGE_BEFORE)]
    # "a 67-year-old woman and her 41-year-old son": ages describe the people of the list
    texts = [t.text for t in between]
    between = [t for k, t in enumerate(between) if not _in_age(texts, k)]
    if earlier > 0 and tokens[earlier - 1].text in {"between", "from", "між", "від", "между", "от"}:
        return False  # a range, "between 4 and 6 people", counts its lowest figure
    # ("killed a civilian and detained two others": another act's people)
    return 0 < len(between) <= 3 and any(t.text in _CONJUNCTIONS - {","} for t in between) \
        and not any(t.cue or t.value is not None or t.text in _CLAUSE_PUNCT or _OTHER_ACT.fullmatch(t.text)
                    for t in between)


def _in_age(words: list[str], k: int) -> bool:
    """Whether word ``k`` of ``words`` (a sentence's token texts) belongs to an age written as one adjective:
    "67-year-old", "47-річний", "70-летний"."""
    for start in range(max(0, k - 4), k + 1):
        if words[start].isdigit() and (words[start + 1:start + 5] == ["-", "year", "-", "old"] and k <= start + 4
                                       or words[start + 1:start + 2] == ["-"] and start + 2 < len(words)
                                       and re.match(r"(?:річн|летн)", words[start + 2]) and k <= start + 2):
            return True
    return False


def _attach_coordinated(tokens: list[_Token], people: list[int], attached: dict[int, list[int]]) -> None:
    """Counts of people (``people``: their positions, in order) joined by "and" share one cue.

    In "A man and a woman in their late sixties died" only "a woman" is near
    enough to "died", and in "killing a waitress and a man and wounding six"
    the man is nearer to "wounding"; either way the pair belongs together, to
    the cue of the count nearer to it.
    """
    owner = {count: cue for cue, counts in attached.items() for count in counts}
    for earlier, later in zip(people, people[1:]):
        if not _joined(tokens, earlier, later):
            continue
        if later + 1 < len(tokens) and owner.get(later) == later + 1 and owner.get(earlier) != later + 1:
            continue  # "загибла жінка і кілька поранених": a count right before its own cue counts for it
        if earlier in owner and owner.get(later) != owner[earlier]:
            cue = owner[earlier]
        elif later in owner and earlier not in owner:
            cue = owner[later]
        else:
            continue
        for count in (earlier, later):
            if count in owner:
                attached[owner[count]].remove(count)
            attached[cue].append(count)
            owner[count] = cue
    for counts in attached.values():
        counts.sort()


def _sum_counts(tokens: list[_Token], positions: list[int]) -> int:
    """Add counts for one cue ("a soldier and two civilians"), but stop at a subset ("including a child")
    and do not add a breakdown to the total it breaks down ("seven people - five men and two women")."""
    total = tokens[positions[0]].value or 0
    if len(positions) >= 3 and total == sum(tokens[p].value or 0 for p in positions[1:]):
        return total
    for previous, current in zip(positions, positions[1:]):
        between = {t.text for t in tokens[previous + 1:current]}
        # "трое погибших — водитель и две женщины": after a dash the text names who the counted were
        if between & _STOP_SUM or between & {"—", "–"}:
            break
        # "повідомляли про двох загиблих, однак офіційно підтверджено одного": a correction, not more dead
        if between & _CONTRAST_WORDS:
            return min(total, tokens[current].value or total)
        # "12 people were wounded, three of them seriously": a part of the count before
        if [t.text for t in tokens[current + 1:current + 3]] in (["of", "them"], ["з", "них"], ["из", "них"]):
            break
        total += tokens[current].value or 0
    return total


def _is_ceiling(tokens: list[_Token], i: int) -> bool:
    """Whether the count at ``i`` is an upper bound ("up to 50", "до 40", "до 20") rather than what a toll rose to."""
    before = [t.text for t in tokens[max(0, i - 2):i]]
    if before[-1:] == ["до"] or before == ["up", "to"]:
        return not _is_toll_update(tokens, i) and not (i >= 2 and tokens[i - 2].value is not None)
    return False


def _is_toll_update(tokens: list[_Token], i: int) -> bool:
    """Whether the count at ``i`` is what a toll rose to ("rose to seven", "выросло до четырех", "raising the
    death toll from Thursday's strike to two")."""
    before = [t.text for t in tokens[max(0, i - 2):i]]
    if before[-1:] and before[-1] in {"to", "до", "at"}:
        before = before[:-1]
        # a verb that raised the toll, the toll named after it: "bringing the number of dead … to", "довівши
        # кількість загиблих до"
        raised = [k for k in range(max(0, i - _RAISED_REACH), i - 1) if _TOLL_RAISED.fullmatch(tokens[k].text)]
        between = tokens[raised[-1] + 1:i - 1] if raised else []
        # (not a tally over a period: "bringing the number of civilians killed this month to 40")
        if any(t.cue for t in between) and not any(t.text in _PERIOD_WORDS for t in between):
            return True
    return bool(before) and _TOLL_VERB.fullmatch(before[-1]) is not None


def _nearest_cue(tokens: list[_Token], i: int, cues: list[int], window: int = _WINDOW) -> int | None:
    # "двухсотые — минимум четыре, трехсотые — несколько": a count set after its cue by a dash is that cue's
    dashed = [c for c in cues if c < i <= c + _DASHED_REACH and any(t.text in _DASHES for t in tokens[c + 1:i])
              and not any(t.text in _CLAUSE_PUNCT or t.text == "," for t in tokens[c + 1:i])]
    if dashed:
        return max(dashed)
    best, best_distance = None, window + 1
    # "was killed and three people, including the driver, were injured": a count that opens a
    # new clause reaches further ahead for its own cue
    opens_clause = i > 0 and tokens[i - 1].text in _CONJUNCTIONS - {","}
    for c in cues:
        low, high = min(c, i), max(c, i)
        if any(t.text in {".", "!", "?", ";"} for t in tokens[low + 1:high]):
            continue
        if c < i and any(_OTHER_ACT.fullmatch(t.text) for t in [*tokens[c + 1:i], *tokens[i + 1:i + 3]]):
            continue  # "killed a civilian and detained two others", "two were killed and three captured"
        distance = high - low
        if opens_clause and c > i:
            distance = max(1, distance - _CLAUSE_REACH)
        # "two were killed and five others were wounded": a count after a conjunction starts a new clause
        if c < i and any(c2 > i for c2 in cues) and any(t.text in _CONJUNCTIONS for t in tokens[c + 1:i]):
            distance += 3
        if distance < best_distance or distance == best_distance and c > i:
            best, best_distance = c, distance
    return best


def _negated_or_attempted(tokens: list[_Token], i: int) -> bool:
    before = [t.text for t in tokens[max(0, i - 3):i]]
    after = [t.text for t in tokens[i + 1:i + 3]]
    if any(word in _NEGATION for word in before):
        return True
    if after[:1] and after[0] in {"no", "nobody", "немає", "нема", "нет", "не"} \
            and not (after[1:] and after[1] in {"менее", "меньше", "менше", "менш"}):
        return True  # but "погибли не менее пяти человек" counts at least five
    # "Загиблих і поранених немає", "Про загиблих чи поранених не повідомляється"
    clause = [t.text for t in tokens[i + 1:i + 6]]
    clause = clause[:next((k for k, w in enumerate(clause) if w in _CLAUSE_PUNCT or w == ","), len(clause))]
    if any(w in {"немає", "нема", "нет"} for w in clause) or any(
            a == "не" and _NOT_REPORTED.match(b) for a, b in zip(clause, clause[1:])):
        return True
    if after[:2] == ["no", "one"]:
        return True
    # "Загиблих, за попередніми даними, немає": the denial ends a short sentence past an aside
    rest = [t.text for t in tokens[i + 1:i + 9]]
    rest = rest[:next((k for k, w in enumerate(rest) if w in _CLAUSE_PUNCT), len(rest))]
    if rest and rest[-1] in {"немає", "нема", "нет"} and (i + 1 + len(rest) == len(tokens)
                                                         or tokens[i + 1 + len(rest)].text in _CLAUSE_PUNCT):
        return True
    # "спростував повідомлення про загиблих", "denied reports of deaths": a toll denied
    if any(_DENIED.match(t.text) for t in tokens[max(0, i - 4):i]):
        return True
    # "denying reports on local social media that the man had died": the denied reports reach further
    denial = next((k for k in range(i - 1, max(-1, i - _DENIED_REACH), -1) if _DENIED.match(tokens[k].text)), None)
    if denial is not None and any(_DENIED_ACCOUNT.match(t.text) for t in tokens[denial + 1:i]) \
            and not any(t.text in _CLAUSE_PUNCT or t.text == "," for t in tokens[denial + 1:i]):
        return True
    # "сообщили, что водитель погиб, однако губернатор это опроверг": the sentence denies it after the turn
    turn = next((k for k in range(i + 1, len(tokens)) if tokens[k].text in _CONTRAST_WORDS), None)
    if turn is not None:
        rest = [t.text for t in tokens[turn + 1:]]
        if any(a in _DENIED_THIS and _DENIED.match(b) or _DENIED.match(a) and b in _DENIED_THIS
               for a, b in zip(rest, rest[1:])):
            return True
    # "матері загиблих військових", "families of the dead": the relatives of earlier dead, not a toll
    kin = [w for w in before if w not in {"of", "the"}]
    if kin and _KIN.match(kin[-1]) and _OF_THE_DEAD.match(tokens[i].text):
        return True
    return any(_ATTEMPT.match(word) for word in [t.text for t in tokens[max(0, i - 4):i]])


_DENIED = re.compile(r"(?:denied|denies|deny|denying|спростува\w*|спростову\w*|опроверг\w*|опровер\w*)$")
_DENIED_REACH = 12  # tokens between a denial and the death its denied reports tell
_DENIED_ACCOUNT = re.compile(r"(?:reports?|claims?|rumou?rs?|information|повідомлен\w*|інформаці\w*|чутк\w*"
                             r"|сообщени\w*|информаци\w*|слух\w*)$")
_DENIED_THIS = frozenset("это це цю эту this it".split())


# The dead as a possessor ("of the dead", "загиблих", "погибших"), not a verb ("загинули").
_OF_THE_DEAD = re.compile(r"(?:dead|killed|fallen|slain|victims|загибл\w*|вбит(?:ого|ої|их)|убит(?:ого|ої|их|ых)|полеглих"
                          r"|померл(?:ого|ої|их)|погибш\w*|умерш\w*|поранен(?:ого|ої|их)|ранен(?:ого|ых))$")
_KIN = re.compile(r"(?:famil(?:y|ies)|relatives|mothers?|widows?|parents|neighbou?rs?|сусід\w*|сосед\w*|матер[іи]|батьк\w*|родин[аиі]|сім'[їяі]"
                  r"|рідн\w*|родич\w*|вдов[иі]?|родственник\w*|сем(?:ьи|ей|ья)|матер(?:и|ей)|родител\w*|вдов[ыа]?)$")


def _context_number(tokens: list[_Token], i: int, language: str) -> int:
    """Singular or plural for a cue without a figure, read from nearby words (English mainly)."""
    # An English verb with its object after it ("partisans killed the director"): the dead are the object, and the
    # words before the verb name the killers.
    with_object = i + 1 < len(tokens) and tokens[i + 1].text in _EN_OBJECT_OPENER
    # ... and so are the words between "shot" and "dead" ("partisans shot the director dead")
    verb = next((j for j in range(i - 1, max(-1, i - 5), -1) if tokens[j].text in _EN_VERB_BEFORE_DEAD), -1)
    for distance in range(1, 5):
        for j in (i + distance,) if with_object else (i - distance, i + distance):
            if verb <= j < len(tokens) and j != verb:
                word = tokens[j].text
                if word in _CLAUSE_PUNCT:
                    continue
                if word in _EN_SINGULAR:
                    return SINGULAR
                if word in _EN_PLURAL:
                    return PLURAL
    if language in {"uk", "ru"}:
        for j in range(i + 1, min(len(tokens), i + 4)):
            word = tokens[j].text
            # "вбито мирних жителів", "убиты ... людей": genitive/nominative plural people
            if re.fullmatch(r"(?:людей|мирних|мирных|жителів|жителей|військових|военных|осіб|цивільних)", word):
                return PLURAL
    return SINGULAR
