"""Event dates from news text in en/uk/ru, resolved against the publication date.

Fast path only: precompiled regexes over month and weekday tables that know
every case form (``data/lexicons/calendar.json``). Relative expressions
("вчора", "накануне", "on Sunday", "в ночь на вторник") resolve against the
*local* calendar date of ``published_at`` as the outlet wrote it (its own UTC
offset), because that is the calendar the text speaks in.

Conventions:

* ``time_precision`` is 1 (day), 2 (week) or 3 (month). A week or month
  reference is dated to the middle of the span it names, capped at the
  publication date ("last week" -> Thursday of the previous week).
* A night is dated to the morning it ends in: "в ночь на вторник", "last
  night", "минулої ночі" -> Tuesday / the publication day.
* A weekday is the most recent such day on or before the publication date.
* A day and month without a year take the publication year, or the year
  before when that would put the date more than two days after publication.
* Choosing among several dates: sentences that recall older events are
  skipped; of the day-precise dates within a week before publication the
  earliest wins (reporting follows the event: "вчора партизани підірвали…
  сьогодні окупанти заявили…"); then week/month references; then older
  day-precise dates, latest first.
* Nothing found: the publication date, with precision 1 when the text
  speaks of the present ("today", "щойно", "только что", present perfect)
  and 2 otherwise — ACLED dates an undated report to the report, but we
  flag the uncertainty where nothing marks the event as fresh.

dateparser is not used: it costs tens of milliseconds per call and the
tables above cover the forms news copy uses.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from importlib import resources

PASSING_MENTION_DAYS = 7  # an event older than this before publication is background


@dataclass(frozen=True)
class _Candidate:
    day: date
    precision: int
    position: int


@lru_cache(maxsize=1)
def _calendar() -> tuple[dict[str, int], dict[str, int]]:
    data = json.loads(resources.files("sitrep").joinpath("data/lexicons/calendar.json").read_text("utf-8"))
    months = {word: int(number) for number, words in data["months"].items() for word in words}
    weekdays = {word: int(number) for number, words in data["weekdays"].items() for word in words}
    return months, weekdays


def _alternation(words: dict[str, int]) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


MONTH_WORDS, _WEEKDAYS = _calendar()
MONTH_NAME = _alternation(MONTH_WORDS)
_WEEKDAY = _alternation(_WEEKDAYS)
_B = r"(?<![\w'])"  # word start (Cyrillic-aware)
_E = r"(?![\w'])"  # word end

_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_NUMERIC = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?![\d.]*\d)")
# A day and month in digits with no year ("12.05 задержали", "on 12/05"): read only when it falls in the week
# before publication, and not as a clock time ("в 12.05"), a measure ("2.5 km") or a score.
_SHORT_NUMERIC = re.compile(
    r"(?<![\d.,:/])(\d{1,2})([./])(\d{1,2})(?![\d]|[.,:/]\d)"
    r"(?!\s*(?:%|percent|per cent|відсот|процент|км|km|м\b|m\b|кг|kg|т\b|t\b|тис|тыс|млн|млрд|mln|million|billion"
    r"|thousand|тонн|tonn|га\b|ha\b|год|час|ч\b|h\b|hours?|am\b|pm\b|a\.m|p\.m|утра|ранку|вечер|вечор|ноч|дня\b))")
_CLOCK_BEFORE = re.compile(rf"{_B}(?:в|во|о|об|у|с|з|до|около|близько|приблизно|примерно|at|about|around|by|until)\s+$")
_DAY_MONTH = re.compile(
    rf"(?<![\d.])(\d{{1,2}})(?:st|nd|rd|th|-?го|-?е)?(?:\s*[-–—]\s*\d{{1,2}})?\s+(?:of\s+)?({MONTH_NAME})\.?{_E}"
    rf"(?:,?\s+(\d{{4}}))?"
)
_MONTH_DAY = re.compile(rf"{_B}({MONTH_NAME})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?!\d)(?:,?\s+(\d{{4}}))?")
_MONTH_ONLY = re.compile(
    rf"{_B}(?P<last_year_before>(?:торік|минулого\s+року|в\s+прошлом\s+году|last\s+year),?\s+)?"
    rf"(?:in|during|early|mid|late|у|в|во|на початку|наприкінці|у середині|в начале|в конце|в середине)"
    rf"\s+(?:of\s+)?(?P<month>{MONTH_NAME}){_E}(?:\s+(?P<year>\d{{4}}))?"
    rf"(?P<last_year>,?\s+(?:of\s+)?(?:last\s+year|минулого\s+року|прошлого\s+года))?"
)
_NIGHT_TO = re.compile(
    # "в ночь на среду", and in other cases: "после ночи на среду", "після ночі проти середи"
    rf"{_B}(?:(?:(?:в|у)\s+)?(?:ніч|ночь)|ночі|ночи|(?:the\s+)?night|overnight)"
    # ("у ніч з 30 квітня на 1 травня", "overnight Saturday to Sunday")
    rf"(?:\s+(?:(?:з|с|of|from)\s+)?(?:{_WEEKDAY}|\d{{1,2}}(?:\s+(?:{MONTH_NAME}))?))?"
    rf"\s+(?:на|to|into|до|проти)\s+(?:(?P<wd>{_WEEKDAY})|(?P<day>\d{{1,2}})\s+(?P<month>{MONTH_NAME})){_E}"
)
# A clock time with no day named ("Близько 10:15 «Іскандер-М» влучив…", "at about 16:10"): the latest such
# time before the publication, as for a part of the day.
_CLOCK_TIME = re.compile(
    rf"{_B}(?:близько|приблизно|около|примерно|о|об|в|at|about|around|shortly\s+(?:before|after))\s+"
    rf"(?P<hour>[01]?\d|2[0-3]):[0-5]\d{_E}"
)
# A clock time told in words, with the part of the day: "около восьми утра", "близько сьомої вечора",
# "at 8 a.m.", "at eight in the morning". It says that a day is meant, not which: "Учора вранці … близько
# восьмої ранку" is yesterday's eight o'clock. ("в два дня" is left out: it is as often "in two days".)
_HOUR_WORDS = (
    "двух", "два", "трёх", "трех", "три", "четырёх", "четырех", "четыре", "пяти", "пять", "шести", "шесть", "семи",
    "семь", "восьми", "восемь", "девяти", "девять", "десяти", "десять", "одиннадцати", "одиннадцать", "двенадцати",
    "двенадцать", "другої", "другій", "третьої", "третій", "четвертої", "четвертій", "п'ятої", "п'ятій", "шостої",
    "шостій", "сьомої", "сьомій", "восьмої", "восьмій", "дев'ятої", "дев'ятій", "десятої", "десятій", "одинадцятої",
    "одинадцятій", "дванадцятої", "дванадцятій", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    "ten", "eleven", "twelve",
)
_SPOKEN_CLOCK = re.compile(
    rf"{_B}(?:около|примерно|в|к|о|об|близько|приблизно|at|about|around)\s+"
    rf"(?:\d{{1,2}}|{'|'.join(sorted(_HOUR_WORDS, key=len, reverse=True))})\s+"
    rf"(?:утра|вечера|ночи|ранку|вечора|ночі|a\.\s?m\.|p\.\s?m\.|am|pm|in\s+the\s+morning"
    rf"|in\s+the\s+evening|at\s+night){_E}"
)
# "overnight on October 6 to 7", "on the night of April 30 to May 1": the night ends on the second day
_NIGHT_MONTH_DAYS = re.compile(
    rf"{_B}(?:(?:the\s+)?nights?\s+of|overnight(?:\s+(?:on|of|from))?)\s+(?P<month>{MONTH_NAME})\.?\s+\d{{1,2}}"
    rf"\s*(?:to|into|-|–|—)\s*(?:(?P<month_ending>{MONTH_NAME})\.?\s+)?(?P<day>\d{{1,2}}){_E}"
)
# The new year's night and the eve before it, by name: "caught fire at about 2 a.m. on New Year's Day",
# "в новогоднюю ночь", "у новорічну ніч" (the night into 1 January), "on New Year's Eve".
_NEW_YEAR = re.compile(
    rf"{_B}(?:(?P<eve>new\s+year'?s\s+eve|новорічн\w*\s+вечор\w*|новорічн\w*\s+вечір|новогодн\w*\s+вечер\w*"
    rf"|напередодні\s+нового\s+року|канун\w*\s+нового\s+года)"
    rf"|new\s+year'?s\s+(?:day|night|morning)|новорічн\w*\s+(?:ніч|ночі|ранку|ранок)|новогодн\w*\s+(?:ноч\w*|утр\w*)"
    rf"|(?:в|у)\s+ніч\s+на\s+новий\s+рік|в\s+ночь\s+на\s+новый\s+год){_E}")
_WEEKDAY_EN = re.compile(rf"{_B}(?:on\s+|last\s+|this\s+past\s+|this\s+)?(monday|tuesday|wednesday|thursday|friday|"
                         rf"saturday|sunday)(?:'s)?{_E}")  # "Sunday's strike"
_WEEKDAY_UK_RU = re.compile(
    rf"{_B}(?:у|в|во|минулої|минулого|минулий|прошлую|прошлый|прошлое|минувшую|минувший|минувшее|этот|эту|это)"
    rf"(?:\s+(?:минулий|минулу|минулу|прошлый|прошлую|прошлое|минувший|минувшую|минувшее))?\s+({_WEEKDAY}){_E}"
)
_LAST_BEFORE_WEEKDAY = re.compile(r"(?:last|this\s+past|минул|прошл|минувш)")
# (regex, days before publication)
_RELATIVE_DAYS: tuple[tuple[re.Pattern[str], int], ...] = tuple(
    (re.compile(rf"{_B}(?:{pattern}){_E}"), offset)
    for pattern, offset in (
        (r"the\s+day\s+before\s+yesterday|позавчора|позавчера|позавчерашн\w*", 2),
        (r"yesterday(?:'s)?|вчора|учора|вчорашн\w*|учорашн\w*|вчера|вчерашн\w*|накануне|напередодні", 1),
        (r"today|this\s+(?:morning|afternoon|evening)|tonight|earlier\s+today|last\s+night|overnight"
         r"|сьогодні|цієї\s+ночі|минулої\s+ночі|уночі|вночі|сегодня|этой\s+ночью|минувшей\s+ночью"
         r"|прошлой\s+ночью|ночью|этим\s+утром"
         # "утреннего обстрела", "ранкового удару", "today's strike"
         r"|утренн\w+|ранков\w+|сегодняшн\w+|сьогоднішн\w+|today's"
         # live posts: "Щойно — прильоти по району", "only minutes ago"
         r"|just\s+now|minutes\s+ago|щойно|кілька\s+хвилин\s+тому|только\s+что|несколько\s+минут\s+назад"
         # "Пів години тому біля ринку…", "an hour ago", "пару часов назад"
         r"|(?:\d{1,2}|an?|one|two|three|a\s+few|several|half\s+an|пів|одну|дві|дві-три|три|кілька|пару|пол|один"
         r"|два|три|несколько)\s*(?:hours?|годин[уи]?|час(?:а|ов)?)\s+(?:ago|тому|назад)|півгодини\s+тому|полчаса\s+назад"
         r"|(?:годину|час)\s+(?:тому|назад)", 0),
    )
)
# A part of the day with no day named ("увечері снаряди влучили", "in the afternoon"): the latest such
# part before the publication. A morning post's "in the evening" is the evening before. (regex, first hour)
_PARTS_OF_DAY: tuple[tuple[re.Pattern[str], int], ...] = tuple(
    (re.compile(rf"{_B}(?:{pattern}){_E}"), hour)
    for pattern, hour in (
        (r"увечері|ввечері|надвечір'?я?|вечором|вечером|in\s+the\s+evening", 17),
        (r"удень|вдень|днем|днём|пополудні|по\s+обіді|после\s+обеда|in\s+the\s+afternoon", 12),
    )
)
_DAYS_AGO = re.compile(
    rf"{_B}(\d{{1,2}}|two|three|four|five|six|два|дві|три|чотири|п'ять|шість|две|четыре|пять|шесть)\s+"
    rf"(?:days?\s+ago|дн(?:і|ів)\s+тому|дн(?:я|ей)\s+назад){_E}"
)
_SMALL_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "два": 2, "дві": 2, "две": 2, "три": 3,
                  "чотири": 4, "четыре": 4, "п'ять": 5, "пять": 5, "шість": 6, "шесть": 6}
_LAST_WEEK = re.compile(rf"{_B}(?:last\s+week|минулого\s+тижня|на\s+минулому\s+тижні|на\s+прошлой\s+неделе"
                        rf"|на\s+минувшей\s+неделе){_E}")
_THIS_WEEK = re.compile(rf"{_B}(?:(?:earlier\s+)?this\s+week|цього\s+тижня|на\s+цьому\s+тижні|на\s+этой\s+неделе"
                        rf"|на\s+текущей\s+неделе){_E}")
_THIS_MONTH = re.compile(rf"{_B}(?:(?:earlier\s+)?this\s+month|цього\s+місяця|на\s+початку\s+(?:цього\s+)?місяця"
                         rf"|в\s+этом\s+месяце|в\s+начале\s+(?:этого\s+)?месяца){_E}")
_LAST_MONTH = re.compile(rf"{_B}(?:last\s+month|минулого\s+місяця|у\s+минулому\s+місяці|в\s+прошлом\s+месяце"
                         rf"|в\s+минувшем\s+месяце){_E}")

# The strikes before this one, counted or pointed back to: "Це вже третій удар по селищу за десять днів. 14 травня
# …; унаслідок тих атак загинули троє", "уже второй удар по поселку за неделю", "those attacks".
_EARLIER_STRIKES = (
    r"(?:вже|уже)\s+(?:друг|втор|трет|четв[её]рт|п'ят|пят)\w*\s+(?:удар|атак|обстр[іе]л|напад|прил[іеё]т)\w*"
    r"|(?:тих|цих|попередніх|тех|этих|предыдущих)\s+(?:атак|удар|обстр[іе]л|напад)\w*"
    r"|(?:those|these|the\s+previous|the\s+earlier)\s+(?:attacks|strikes|shelling)")
_EARLIER_STRIKES_RE = re.compile(rf"{_B}(?:{_EARLIER_STRIKES}){_E}")
_PASSING_CUE = re.compile(
    rf"{_B}(?:recall(?:ed|s)?|earlier\s+this\s+(?:month|year)|last\s+(?:month|year)|in\s+a\s+previous"
    rf"|previously|a\s+(?:month|year)\s+ago|нагадаємо|нагадуємо|раніше|минулого\s+(?:місяця|року)|торік"
    rf"|напомним|напоминаем|ранее|в\s+прошлом\s+(?:месяце|году)|в\s+начале\s+месяца|на\s+початку\s+місяця"
    # "как сообщал наш корреспондент", "як повідомлялося": what the outlet had reported before
    rf"|как\s+(?:уже\s+)?сообщал(?:ось|и|а)?|як\s+(?:уже\s+)?повідомлял(?:ося|и|а)?|як\s+(?:уже\s+)?повідомляв"
    rf"|as\s+(?:previously|earlier)\s+reported|as\s+reported\s+earlier"
    rf"|{_EARLIER_STRIKES}"
    # "two years ago", "три роки тому", "спустя три года после освобождения": years back
    rf"|(?:\d+|two|three|four|five|several|два|две|три|четыре|пять|несколько|дві|чотири|п'ять|кілька)\s+"
    rf"(?:years?|лет|года?|роки|років)\s+(?:ago|назад|тому|after|later|после|після)"
    rf"|(?:спустя|через)\s+(?:\d+|два|три|четыре|пять|несколько|дві|чотири|п'ять|кілька)\s+(?:лет|года?|роки|років)"
    rf"|(?:in|у|в)\s+(?:{MONTH_NAME})(?:\s+\d{{4}})?|(?:in|у|в)\s+(?:19|20)\d\d){_E}"
)
# Another incident of the kind, however recent: "попередній мітинг, минулого понеділка", "the previous protest,
# on Monday" ("the previous day" dates the event itself).
_PREVIOUS_INCIDENT = re.compile(
    rf"{_B}(?:попередн\w*(?!\s+(?:дн|доб|ніч|ноч|веч|ран))|предыдущ\w*(?!\s+(?:дн|сут|ноч|веч|утр))"
    rf"|(?:the|a)\s+previous(?!\s+(?:day|night|evening|morning|afternoon))"
    # what an earlier strike did to the place: "линию, поврежденную вчерашним обстрелом", "damaged in yesterday's
    # shelling"
    rf"|(?:поврежд|пошкодж|разруш|зруйн|damaged|destroyed)\w*\s+(?:in\s+|during\s+|by\s+)?"
    rf"(?:вчерашн|вчорашн|учорашн|позавчерашн|позавчорашн|yesterday's|last night's)\w*)"
)
# A place struck again: "вже вдруге за тиждень", "повторно", "снова", "again", "the second attack this week".
_REPEATED = re.compile(
    rf"{_B}(?:вдруге|удруге|втретє|утретє|вчетверте|знову|повторн\w*|ще\s+одн\w+\s+(?:атак|удар|обстріл)\w*"
    rf"|снова|опять|вновь|(?:во|в)\s+(?:второй|третий|четв[её]ртый)\s+раз|ещ[её]\s+одн\w+\s+(?:атак|удар|обстрел)\w*"
    rf"|again|(?:the|a)\s+(?:second|third|fourth)\s+(?:time|attack|strike)){_E}"
)
# When a campaign began: "The counteroffensive, launched on Sept. 6, has already returned…", "наступ, що розпочався
# 6 вересня": the campaign's day, not the incident's.
_CAMPAIGN_START = re.compile(
    rf"{_B}(?:counter-?offensive|offensive|campaign|invasion|контрнаступ\w*|наступ\w*|контрнаступлен\w*"
    rf"|наступлени\w*|вторгненн\w*|вторжени\w*)[,\s]+(?:\w+\s+){{0,2}}?(?:launched|began|started|розпоча\w*|почал\w*"
    rf"|почався|начал\w*|начат\w*){_E}"
)
# A tally over a period: "hundreds have been detained since March", "с начала войны",
# "since last autumn", "over the past month", "за последнюю неделю".
_TALLY_CUE = re.compile(
    rf"{_B}(?:(?:since|з|із|с|від)\s+(?:{MONTH_NAME}|(?:19|20)\d\d)"
    # "с 10 мая российская армия наступает", "since May 10"
    rf"|(?:since|з|із|с|від)\s+\d{{1,2}}(?:-?го)?\s+(?:{MONTH_NAME})|since\s+(?:{MONTH_NAME})\.?\s+\d{{1,2}}\b"
    rf"|since\s+(?:the\s+(?:start|beginning)|the\s+(?:full[- ]scale\s+)?(?:invasion|war)\b"
    rf"|last\s+(?:year|spring|summer|autumn|fall|winter)"
    rf"|(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?(?:last\s+year|(?:19|20)\d\d))"
    rf"|(?:з|від)\s+(?:початку|(?:минулої\s+|минулого\s+)?(?:весни|осені|зими|літа))"
    rf"|с\s+(?:начала|(?:прошлой\s+|прошлого\s+)?(?:весны|осени|зимы|лета))"
    rf"|(?:over|in|during)\s+the\s+(?:past|last)\s+(?:week|month|year)"
    rf"|за\s+(?:последн|минул|прошл)\w*\s+(?:месяц|недел|год|тиждень|місяць|рік|тижд)\w*"
    # "кілька сотень двохсотих за місяць", "за неделю", "a month"
    rf"|за\s+(?:місяць|тиждень|рік|месяц|неделю|год)(?!\w)|\b(?:a|per|each|every)\s+(?:month|week|year)\b"
    rf"|(?:протягом|упродовж|впродовж|в\s+течение)\s+(?:минул|останн|прошл|последн)\w*\s+"
    rf"(?:тижн|місяц|рок|недел|месяц|год)\w*"
    # a span of days: "з 11 по 17 листопада", "с 11 по 17 ноября", "from 11 to 17 November", "Nov 11-17"
    rf"|(?:з|із|с|from|between)\s+\d{{1,2}}\s+(?:по|до|to|and)\s+\d{{1,2}}\s+(?:{MONTH_NAME})"
    rf"|(?:{MONTH_NAME})\.?\s+\d{{1,2}}\s*(?:-|–|to|and)\s*\d{{1,2}}\b){_E}"
)
_PRESENT = re.compile(
    rf"{_B}(?:today|now|just|currently|has\s+been|have\s+been|is\s+being|щойно|зараз|наразі|сьогодні"
    rf"|только\s+что|сейчас|сегодня|в\s+настоящее\s+время){_E}"
)
# A full stop ends a sentence only before a capital: "Oct. 5" stays whole.
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[«\"“'(A-ZА-ЯІЇЄҐЁ])|\n+")


def is_period_tally(sentence: str) -> bool:
    """Whether ``sentence`` sums events over a period ("since March", "з початку року").

    Two consecutive days are one night, not a period: "overnight on October 6 to 7".
    """
    lowered = sentence.lower()
    for cue in _TALLY_CUE.finditer(lowered):
        days = [int(d) for d in re.findall(r"\d{1,2}", cue.group())]
        if len(days) == 2 and days[1] - days[0] == 1:
            continue
        if _RELATIVE_CLAUSE_BEFORE.search(lowered, 0, cue.start()):
            continue  # "погиб сапер, который с 2022 года очищал от мин Мариуполь": the man's past, not a tally
        return True
    return False


# A relative clause the cue sits in, about someone or something of the sentence: ", который с 2022 года …".
_RELATIVE_CLAUSE_BEFORE = re.compile(r",\s*(?:котор\w+|як(?:ий|а|е|і|ого|ої|их)|who|which)\b[^,]*$")


def publication_hour(published_at: str | None) -> int | None:
    """The local hour of an ISO 8601 timestamp, None when it gives only a date."""
    if not published_at or "T" not in published_at:
        return None
    try:
        return datetime.fromisoformat(published_at.strip().replace("Z", "+00:00")).hour
    except ValueError:
        return None


def publication_date(published_at: str | None) -> date | None:
    """The local calendar date of an ISO 8601 timestamp, in its own offset."""
    if not published_at:
        return None
    text = published_at.strip().replace("Z", "+00:00")
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        try:
            return date.fromisoformat(text[:10])
        except ValueError:
            raise ValueError(f"published_at {published_at!r} is not an ISO 8601 date or timestamp") from None


def resolve_event_date(text: str, published_at: str | None, language: str, *,
                       repeated: bool | None = None) -> tuple[str | None, int]:
    """The event date (YYYY-MM-DD) ``text`` reports, and its time precision (1 day, 2 week, 3 month).

    ``repeated``: whether the account tells the place was struck again (None: whether ``text`` says so), when the
    latest of its recent days is the event's.
    """
    published, hour = publication_date(published_at), publication_hour(published_at)
    recent: list[_Candidate] = []
    spans: list[_Candidate] = []
    older: list[_Candidate] = []
    fallback: list[_Candidate] = []
    offset = 0
    for sentence in _SENTENCE_END.split(text):
        lowered = sentence.lower().replace("’", "'").replace("ʼ", "'")
        found = _candidates(lowered, published, offset, hour)
        offset += len(sentence) + 1
        if not found:
            continue
        if _PASSING_CUE.search(lowered) and not _is_recent_only(found, published) or _PREVIOUS_INCIDENT.search(lowered) \
                or _CAMPAIGN_START.search(lowered):
            if not _only_dated_cues(lowered) or published is None:
                fallback.extend(found)
                continue
            # "on Tuesday detained two teenagers … on suspicion of setting fire to a cabinet last month": the cue dates
            # its own clause's older day, not the day of the news beside it
            fallback.extend(c for c in found if c.day < published - timedelta(days=PASSING_MENTION_DAYS))
            found = [c for c in found if c.day >= published - timedelta(days=PASSING_MENTION_DAYS)]
        for candidate in found:
            if published is not None and candidate.day > published + timedelta(days=1):
                continue  # an announcement of something to come, not the event
            if candidate.precision > 1:
                spans.append(candidate)
            elif published is None or candidate.day >= published - timedelta(days=PASSING_MENTION_DAYS):
                recent.append(candidate)
            else:
                older.append(candidate)
    if repeated is None:
        repeated = tells_a_repeat(text)
    if recent and repeated:
        # "обстріляла Малу Данилівку … вже вдруге за тиждень: у вівторок туди прилетіла авіабомба", "Следующий удар
        # пришелся снова по Глубокому. Три дня назад горел резервуар …, этой ночью прилетело туда же": the place hit
        # again, the earlier day is the earlier strike's and the latest the one reported
        best = max(recent, key=lambda c: (c.day, -c.position))
    elif recent:
        best = min(recent, key=lambda c: (c.day, c.position))
    elif spans:
        best = min(spans, key=lambda c: c.position)
    elif older:
        best = max(older, key=lambda c: (c.day, -c.position))
    elif fallback:
        best = min(fallback, key=lambda c: c.position)
    elif published is not None:
        return published.isoformat(), 1 if _PRESENT.search(text.lower()) else 2
    else:
        return None, 1
    return best.day.isoformat(), best.precision


# Sentences of an account that may tell the strike repeated one before it: further on, "again" is background
# ("You clear a field, and a week later it is mined again").
_REPEAT_SENTENCES = 3


def recalls_earlier_strikes(sentence: str) -> bool:
    """Whether ``sentence`` counts or points back to the strikes before the one reported ("Це вже третій удар по
    селищу", "унаслідок тих атак загинули троє"): what it tells is theirs."""
    return _EARLIER_STRIKES_RE.search(sentence.lower().replace("’", "'")) is not None


def tells_a_repeat(text: str) -> bool:
    """Whether ``text`` opens telling a place struck again ("вже вдруге за тиждень", "снова", "the second attack")."""
    opening = " ".join(_SENTENCE_END.split(text, maxsplit=_REPEAT_SENTENCES)[:_REPEAT_SENTENCES])
    return _REPEATED.search(opening.lower()) is not None


def time_references(text: str, published_at: str | None) -> list[tuple[str, int]]:
    """The days ``text`` names for what has happened, as (YYYY-MM-DD, precision), in text order.

    Announcements (days after publication) are left out: a report of a
    specific incident says when it happened, a notice says when something
    will. Relative words ("yesterday", "у вівторок") need ``published_at``.
    """
    published = publication_date(published_at)
    found = _candidates(text.lower().replace("’", "'").replace("ʼ", "'"), published, 0, publication_hour(published_at))
    return [(c.day.isoformat(), c.precision) for c in sorted(found, key=lambda c: c.position)
            if published is None or c.day <= published + timedelta(days=1)]


def nominal_days(text: str) -> set[date]:
    """The days ``text`` names, placed against a nominal publication day: two texts that name the same day ("в
    понедельник", "Monday") give the same one, whatever the real publication day."""
    return {c.day for c in _candidates(text.lower().replace("\u2019", "'").replace("\u02bc", "'"), _NOMINAL_DAY, 0)}


def tells_an_hour(text: str) -> bool:
    """Whether ``text`` tells an hour in words ("около восьми утра", "at 8 a.m."): a time on some day."""
    return _SPOKEN_CLOCK.search(text.lower().replace("\u2019", "'").replace("\u02bc", "'")) is not None


def has_time_reference(text: str, published_at: str | None) -> bool:
    """Whether ``text`` says when something happened (a date, a weekday, "yesterday", "в ночь на").

    Without ``published_at`` a relative reference cannot be resolved but
    still says that a specific day is meant, so it counts.
    """
    if tells_an_hour(text):
        return True  # "около восьми утра": a time on a day, though which day is left to the other references
    if published_at:
        return bool(time_references(text, published_at))
    return bool(nominal_days(text))


def opens_on_a_day(sentence: str) -> bool:
    """Whether ``sentence`` opens by naming the day it tells of ("On 28 February, …", "Also on Tuesday …",
    "Вчора …", "28 лютого …"), as the items of a weekly overview or a day's summary do."""
    lowered = sentence.lower().replace("\u2019", "'").replace("\u02bc", "'")
    head = _ITEM_HEAD.match(lowered).end()
    return any(c.position <= head + 8 for c in _candidates(lowered, _NOMINAL_DAY, 0))


# What may come before the day in an item's opening: a bullet, "Also", "And then".
_ITEM_HEAD = re.compile(r"\W*(?:(?:and|also|then|а|і|й|також|ще|и|также|еще|ещё|затем|потім)\b\W*)*")


# Stands in for an unknown publication day when only the presence of a
# relative day reference matters, never its value.
_NOMINAL_DAY = date(2000, 1, 1)


def _is_recent_only(found: list[_Candidate], published: date | None) -> bool:
    """A sentence whose only dates are day-precise and this week reports, not recalls."""
    if published is None:
        return False
    return all(c.precision == 1 and c.day >= published - timedelta(days=2) for c in found)


# Passing cues that are dates themselves ("last month", "in August", "торік"): they date a clause, not the sentence.
_DATED_CUE = re.compile(
    rf"{_B}(?:last\s+(?:month|year)|a\s+(?:month|year)\s+ago|минулого\s+(?:місяця|року)|торік"
    rf"|в\s+прошлом\s+(?:месяце|году)|(?:in|у|в)\s+(?:{MONTH_NAME})(?:\s+\d{{4}})?|(?:in|у|в)\s+(?:19|20)\d\d){_E}")


def _only_dated_cues(lowered: str) -> bool:
    """Whether every passing cue of a sentence is a date of its own ("last month", "in August")."""
    return all(_DATED_CUE.fullmatch(m.group()) for m in _PASSING_CUE.finditer(lowered)) \
        and not _PREVIOUS_INCIDENT.search(lowered) and not _CAMPAIGN_START.search(lowered)


def is_passing_mention(sentence: str, event_date: str | None, published_at: str | None) -> bool:
    """Whether ``sentence`` recalls an older event rather than reporting a new one.

    True on recall cues ("нагадаємо", "напомним", "earlier this month", "in
    October", "last month") or when ``event_date`` lies more than a week
    before the publication date.
    """
    if _PASSING_CUE.search(sentence.lower().replace("’", "'")):
        return True
    published = publication_date(published_at)
    if event_date and published is not None:
        try:
            day = date.fromisoformat(event_date[:10])
        except ValueError:
            return False
        return day < published - timedelta(days=PASSING_MENTION_DAYS)
    return False


# A start from a weekday: "passports would be issued from Monday", "выдача продолжится с понедельника".
_FROM_BEFORE = re.compile(r"(?:\b(?:from|starting|beginning)|(?<!\w)(?:з|із|с|починаючи з|начиная с))\s+$")
# Words that make the weekday after them a day to come: a plan, a schedule, a promise.
_PLANNED_BEFORE = re.compile(
    r"(?:собраться|соберутся|зібратися|зберуться|will|would|plan(?:s|ned)?\s+to|scheduled|планиру\w*|плану\w*|намерен\w*"
    r"|назначен\w*|призначен\w*|обеща\w*|пообеща\w*|обіця\w*|пообіця\w*|next|следующ\w*|наступн\w*)\b[^.!?]*$")


def _candidates(lowered: str, published: date | None, offset: int, hour: int | None = None) -> list[_Candidate]:
    found: list[_Candidate] = []
    taken: list[tuple[int, int]] = []

    def add(day: date | None, precision: int, match: re.Match[str]) -> None:
        start, end = match.span()
        if any(start < e and s < end for s, e in taken):
            return
        taken.append((start, end))
        if day is not None:
            found.append(_Candidate(day, precision, offset + start))

    for m in _ISO.finditer(lowered):
        add(_safe_date(int(m[1]), int(m[2]), int(m[3])), 1, m)
    for m in _NUMERIC.finditer(lowered):
        year = int(m[3]) + (2000 if len(m[3]) == 2 else 0)
        add(_safe_date(year, int(m[2]), int(m[1])), 1, m)
    if published is not None:
        for m in _SHORT_NUMERIC.finditer(lowered):
            if _CLOCK_BEFORE.search(lowered, max(0, m.start() - 12), m.start()):
                continue
            first, second = int(m[1]), int(m[3])
            # day.month, as Europe writes it; a slash may be month/day, as the US does
            readings = [(first, second)] + ([(second, first)] if m[2] == "/" else [])
            # this year's reading first; last year's can only be in the week before publication in early January
            recent = [day for year in (published.year, published.year - 1) for d, month in readings
                      if (day := _safe_date(year, month, d)) is not None
                      and 0 <= (published - day).days <= PASSING_MENTION_DAYS]
            if recent:
                add(recent[0], 1, m)
    for m in _NIGHT_TO.finditer(lowered):
        if m["wd"]:
            add(_weekday_before(published, _WEEKDAYS[m["wd"]]), 1, m)
        else:
            add(_day_month(int(m["day"]), MONTH_WORDS[m["month"]], None, published), 1, m)
    for m in _NEW_YEAR.finditer(lowered):
        add(_day_month(31, 12, None, published) if m["eve"] else _day_month(1, 1, None, published), 1, m)
    for m in _NIGHT_MONTH_DAYS.finditer(lowered):
        add(_day_month(int(m["day"]), MONTH_WORDS[m["month_ending"] or m["month"]], None, published), 1, m)
    for m in _DAY_MONTH.finditer(lowered):
        add(_day_month(int(m[1]), MONTH_WORDS[m[2]], m[3], published), 1, m)
    for m in _MONTH_DAY.finditer(lowered):
        add(_day_month(int(m[2]), MONTH_WORDS[m[1]], m[3], published), 1, m)
    for m in _MONTH_ONLY.finditer(lowered):
        day = _month_middle(MONTH_WORDS[m["month"]], m["year"], published)
        if (m["last_year"] or m["last_year_before"]) and day is not None and published is not None:
            # "в марте прошлого года", "торік у квітні"
            day = date(published.year - 1, day.month, 15)
        add(day, 3, m)
    for m in _DAYS_AGO.finditer(lowered):
        days = int(m[1]) if m[1].isdigit() else _SMALL_NUMBERS[m[1]]
        add(published - timedelta(days=days) if published else None, 1, m)
    for pattern, days in _RELATIVE_DAYS:
        for m in pattern.finditer(lowered):
            add(published - timedelta(days=days) if published else None, 1, m)
    if published is not None and hour is not None:
        for m in _CLOCK_TIME.finditer(lowered):
            add(published - timedelta(days=1 if hour < int(m["hour"]) else 0), 1, m)
        for pattern, first_hour in _PARTS_OF_DAY:
            for m in pattern.finditer(lowered):
                add(published - timedelta(days=1 if hour < first_hour else 0), 1, m)
    for m in (*_WEEKDAY_EN.finditer(lowered), *_WEEKDAY_UK_RU.finditer(lowered)):
        if _PLANNED_BEFORE.search(lowered, max(0, m.start() - 40), m.start()) \
                or _FROM_BEFORE.search(lowered, max(0, m.start() - 20), m.start()) \
                and not m.group().endswith("'s"):  # (not "the toll from Sunday's strike")
            taken.append(m.span())  # "договорившись собраться снова в пятницу": a day to come, not a past one
            continue
        day = _weekday_before(published, _WEEKDAYS[m[1]])
        if day is not None and day == published and _LAST_BEFORE_WEEKDAY.search(m.group()):
            day -= timedelta(days=7)  # "last Tuesday", "минулого вівторка" said on a Tuesday: a week ago
        add(day, 1, m)
    if published is not None:
        for m in _LAST_WEEK.finditer(lowered):
            monday = published - timedelta(days=published.weekday() + 7)
            add(monday + timedelta(days=3), 2, m)
        for m in _THIS_WEEK.finditer(lowered):
            monday = published - timedelta(days=published.weekday())
            add(min(monday + timedelta(days=3), published), 2, m)
        for m in _THIS_MONTH.finditer(lowered):
            add(min(published.replace(day=15), published), 3, m)
        for m in _LAST_MONTH.finditer(lowered):
            previous = published.replace(day=1) - timedelta(days=1)
            add(previous.replace(day=15), 3, m)
    return found


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _day_month(day: int, month: int, year: str | None, published: date | None) -> date | None:
    if year:
        return _safe_date(int(year), month, day)
    if published is None:
        return None
    candidate = _safe_date(published.year, month, day)
    if candidate is not None and candidate > published + timedelta(days=2):
        candidate = _safe_date(published.year - 1, month, day)
    return candidate


def _month_middle(month: int, year: str | None, published: date | None) -> date | None:
    if year:
        return date(int(year), month, 15)
    if published is None:
        return None
    y = published.year if month <= published.month else published.year - 1
    return min(date(y, month, 15), published)


def _weekday_before(published: date | None, weekday: int) -> date | None:
    if published is None:
        return None
    return published - timedelta(days=(published.weekday() - weekday) % 7)
