"""Who did it, to whom, and on whose word: actor coding for one event text.

The rules follow what the *text* says, not what is true: a state outlet that
writes "the Ukrainian armed forces shelled the town" codes state_forces/UA
even where an independent outlet reports a partisan bomb, so that the
framing of each outlet can be compared downstream.

Evidence for a perpetrator, strongest first:

1. a claim of responsibility ("a resistance group claimed responsibility",
   "взяв на себе відповідальність") — weight 5;
2. the group as grammatical agent of an action verb ("partisans blew up",
   "ФСБ задержала", "was blown up by partisans", "задержан сотрудниками
   ФСБ") — weight 3, or 2 inside reported speech ("authorities said that
   Ukrainian forces shelled…"), so a version the outlet only quotes loses
   to one it states;
3. a blame or attribution phrase ("blamed on", "приписали") — weight 2;
4. a bare mention — the group's ``baseline`` in the lexicon (0 for groups
   usually mentioned as authorities or victims, such as occupation
   officials and Russian troops; 1 for partisans, Ukrainian forces, named
   armed groups and "unidentified gunmen").

The sub-event type then constrains the class: protests and riots are by
protesters (a riot's actor1 is "Rioters"), arrests by state forces, and a
clash by the side that attacked, not the one that repelled it. Russian
official wording names the Ukrainian state ("киевский режим", "диверсанты",
"ДРГ": the Ukrainian forces) unless it names local people acting for it
("местные пособники киевского режима": partisans). Groups come from
``data/lexicons/actors.json``; target words from ``targets.json``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .territory import NON_VIOLENT_TRANSFER, TERRITORY
from .weapons import IED, MINE

UNKNOWN = "unknown"
PROTESTS = frozenset({"Peaceful protest", "Protest with intervention", "Excessive force against protesters"})
RIOTS = frozenset({"Violent demonstration", "Mob violence"})
ARRESTS = frozenset({"Arrests"})
# Violence against civilians and their property: the victims are civilians, so the soldiers the text names are its
# doers even where no verb ties them to the act ("приехали две машины, военные с «Z», забрали учительку"). Officials,
# police and security services are as often the victims, the investigators or the source.
AGAINST_CIVILIANS = frozenset({"Abduction/forced disappearance", "Attack", "Sexual violence",
                               "Looting/property destruction"})
_OCCUPYING_FORCES = frozenset({"Military Forces of Russia", "Military Forces of Russia (DPR/LPR units)",
                               "Rosgvardia (National Guard of Russia)"})
AGREEMENT = "Agreement"
CHANGE_TO_GROUP = "Change to group/activity"
DISRUPTED = "Disrupted weapons use"
PEOPLE_ONLY = frozenset({"Arrests", "Abduction/forced disappearance", "Attack", "Sexual violence"})

CLAIM_WEIGHT = 5
AGENT_WEIGHT = 3
LEAD_AGENT_WEIGHT = 4  # the doer of the passage's first sentence, the account of the event itself
QUOTED_WEIGHT = 2
NAMED_DETAINER_WEIGHT = 0.5
BARE_MENTIONS_CAP = 3  # bare mentions of a side, however many, count for less than one sentence naming it the doer
ONE_MENTION = 1
_CHANGES_OF_CONTROL = TERRITORY | {NON_VIOLENT_TRANSFER}


@dataclass(frozen=True)
class ActorCoding:
    perpetrator: str
    perpetrator_country: str
    attribution: str
    actor1: str
    actor2: str
    target: str


@dataclass(frozen=True)
class _Group:
    canonical: str
    perpetrator: str
    country: str
    target: str
    baseline: int
    languages: frozenset[str] = frozenset()  # empty: a form of every language


@dataclass(frozen=True)
class _Mention:
    group: _Group
    start: int
    end: int


_B = r"(?<![\w'])"
_E = r"(?![\w'])"

# Active forms of the verbs that carry out events (not passive participles: "підірваний", "задержан"),
# the Russian masculine past ("застрелил", "взорвал") included.
_ACTIVE_ENDING = r"(?:в|л|ла|ли|ло|вся|лася|лися|лись|лся|ють|ює|ить|ять|ют|ет|ит|ят|ут|вши|вшись|ючи)"
_ACTION = re.compile(
    _B + r"(?:"
    r"blew up|blow(?:s|ing)? up|set (?:fire|ablaze|on fire)|torched|burn(?:ed|t)|shot|shoots|shooting|attack(?:ed|s)?"
    r"|kill(?:ed|s)?|detain(?:ed|s)?|arrest(?:ed|s)?|abduct(?:ed|s)?|kidnap(?:ped|s)?|seiz(?:ed|es)|shell(?:ed|s)"
    r"|struck|strikes|fired|launch(?:ed|es)|plant(?:ed|s)|detonat(?:ed|es)|derail(?:ed|s)|sabotag(?:ed|es)"
    r"|damag(?:ed|es)|destroy(?:ed|s)|hit|rallied|marched|protest(?:ed|s)|gathered|raid(?:ed|s)|search(?:ed|es)"
    r"|took|taken away|block(?:ed|s)|target(?:ed|s)|ambush(?:ed|es)|stabbed|beat|assassinat(?:ed|es)|poison(?:ed|s)"
    r"|bomb(?:ed|s)|mined|disabled|opened fire|withdr(?:ew|aws?)|pulled (?:back|out)|retreated|captured|set up"
    r"|established|deployed|broke into|break(?:s|ing)? into|loot(?:ed|s)?|stole|steal(?:s)?|plunder(?:ed|s)?"
    r"|ransack(?:ed|s)?|vandali[sz](?:ed|es)|drove (?:off|away)|slamm(?:ed|ing) into|crashed into|pounded"
    r"|dropped|moved into|took over|turned|converted|laid|threw|hurled|lobbed"
    # taking property: "soldiers emptied the museum", "военные вскрыли дома", "вилучили техніку"
    r"|removed|emptied|stripped|carried (?:off|out|away)|confiscat(?:ed|es)|requisition(?:ed|s)|expropriat(?:ed|es)"
    r"|evicted|forcibly disappear(?:ed|s)?|demolish(?:ed|es|ing)?|bulldoz(?:ed|es|ing)"
    # sexual violence: "two Russian soldiers raped a woman", "двоє військових зґвалтували", "изнасиловали"
    r"|raped|rapes|sexually (?:assaulted|abused)"
    # an assault that failed still has its attacker: "a Russian sabotage group tried to cross the border"
    r"|(?:tried|attempted) to (?:cross|break through|storm|attack|infiltrate|advance)"
    # the offensive in a defence ministry's words: "продолжили наступление", "улучшили положение по переднему краю"
    r"|(?:continued|pressed) (?:the|their|its) (?:offensive|advance)|went on the offensive"
    r"|продовжи\w* наступ\w*|вел\w* наступальн\w* бо\w*|покращи\w* (?:тактичне )?положенн\w*"
    r"|продолжи\w* наступлени\w*|вел\w* наступательн\w* бо\w*|улучши\w* (?:тактическое )?положени\w*"
    r"|(?:намага|спробува|пробува)\w* (?:перетнути|прорватися|прорвати|атакувати|штурмувати|проникнути|зайти"
    r"|просунутися|наступати)"
    r"|(?:по)?пыта\w* (?:пересечь|прорваться|прорвать|атаковать|штурмовать|проникнуть|зайти|продвинуться|наступать)"
    r"|(?:підірва|підпали|спали|обстріля|обстрілю|атакува|вби|застрели|затрима|заарештува|викра|захопи|знищи"
    r"|пошкоди|вдари|закла|замінува|пусти|зірва|вийш|зібра|мітингува|виве|обшука|вивез|забра|розстріля|підстрели"
    r"|напа|здійсни|підкла|влаштува|увірва|вдер|поби|катува|підпалю|вибу|відве|облаштува|розмісти|розгорну|зайня"
    r"|взорва|подорва|обстрелива|атакова|уби|задержа|арестова|похити|захвати|уничтожи|повреди|заложи"
    r"|заминирова|минирова|мінува|выш|собра|митингова|прове|увез|расстреля|подстрели|соверши|подложи|устрои|ворва|изби"
    r"|пыта|нанес|поджига|сжига|отве|обустрои|размести|разверну|заня|обстреля|удари|порази|ликвидирова"
    r"|урази|порани|рани|ліквідува|пограбува|розграбува|грабува|вкра|разграби|пограби|укра|скину|сброси|жбурну|кину|метну|перекину|закину|перебрось|забрось"
    r"|звільни|визволи|відвоюва|освободи|отвоева|накри|накры|заходи|штурмува|штурмова|наступа"
    r"|розкри|розкрива|злама|виби|вибива|выби|выбива|винес|вилучи|конфіскува|реквізува|відібра|привласни|висели"
    r"|націоналізува|знес|зноси|віджа|отжа"
    r"|вскры|вскрыва|взлома|вынес|изъя|конфискова|реквизирова|отобра|присвои|высели|национализирова|снес|сноси"
    r"|зґвалтува|згвалтува|ґвалтува|изнасилова|насилова)" + _ACTIVE_ENDING +
    r"|зайшли|зайшов|зайшла|зашли|зашел|зашла|увійшли|увійшов|вошли|вошел"
    r"|мінують|минируют|подожгл\w*|поджег|поджёг|сожгл\w*|нанесли|вывезли|увезли|напали|напал|вбив|убив|вийшли|вышли|підпалили"
    r"|відкри(?:в|ла|ли) вогонь|откры(?:л|ла|ли) огонь"
    r"|завда\w* (?:\w+ ){0,2}удар\w*|нанес\w* (?:\w+ ){0,2}удар\w*|conduct(?:ed|s)|carried out|carries out"
    # the soldiers' words for an assault: "пошли накатом на опорник", "пішли на штурм", "отработали по"
    r"|(?:пошли|пішли) (?:\w+ )?(?:на|в|у) (?:штурм|накат|атак|опорник|позиц|посадк)\w*|пошли накатом"
    # ... with the weapon between: "отработали ФАБ-500 с УМПК по Новодонецкому", "отработали «Гераньками» по"; a
    # bomb "laid" on a target:
    # "положили ФАБ-500 с УМПК по пункту временной дислокации", "поклали КАБ по"
    r"|(?:отработал|положил|поклал|уложил|вклал)\w* (?:[«\"“]?[\w-]+[»\"”]? ){0,4}?по"
    # a defence ministry's "continue their strikes": "ВС РФ продолжают удары по военной инфраструктуре"
    r"|продолжа\w* (?:\w+ )?удар\w*|продовжу\w* (?:\w+ )?удар\w*|continu\w* (?:\w+ )?(?:strikes|attacks|shelling)"
    r"|відпрацюва\w* (?:[«\"“]?[\w-]+[»\"”]? ){0,4}?по"
    r")" + _E
)
# Gaining ground, read as an action only in an account of a change of control: in a mine blast
# "a village that Ukrainian forces recaptured last September" is background.
_GAIN = re.compile(
    _B + r"(?:advanced|(?:taken|took|seized|wrested|gained|regained|assumed) (?:full |back )?control|gained ground"
    r"|recaptur(?:ed|es|ing)|retook|retaken|regained|liberat(?:ed|es|ing)|freed|overran|pushed (?:deep )?into"
    r"|entered|seized back|took back|rais(?:ed|ing) (?:the |their )?flags?)" + _E)
_ACTION_OR_GAIN = re.compile(_GAIN.pattern + "|" + _ACTION.pattern)
# A strike campaign told in the present: "Russian forces continue to strike near-rear settlements" (a strike's
# account only: "partisans continue to target logistics" beside a looting account is its background).
# Who left a mine behind laid it: "міну залишили російські військові", "mines left by Russian troops".
# So did who rigged it: "прикріпили до хвіртки гранату", "мину установила украинская ДРГ", "rigged the door".
_MINE_ACTION = re.compile(_B + r"(?:left(?: behind)?|leaving|rigged|planted|laid|залиши\w*|залиша\w*|остави\w*|оставля\w*"
                          r"|прикріпи\w*|прикрепи\w*|встанови\w*|установи\w*|постави\w*)" + _E + "|" + _ACTION.pattern)
_STRIKE_ACTION = re.compile(_B + r"(?:continu(?:e|es|ed) to (?:strike|shell|bomb|pound|hit|launch))" + _E + "|"
                            + _ACTION.pattern)
# A gain told at a distance from its subject ("government forces have dealt a major blow … by
# recapturing a number of towns"): the sentence's first group before it is the gainer.
_GAIN_ANYWHERE = re.compile(
    _GAIN.pattern + r"|" + _B + r"(?:captur(?:ed|ing)|seiz(?:ed|ing)|took over|taking over|controlling"
    r"|звільни\w*|визволи\w*|відвоюва\w*|зайня\w*|захопи\w*|освободи\w*|отвоева\w*|заня\w*|захвати\w*"
    # the soldiers' words: "зашли в Зелёное Поле, дочистили последние дома и подняли флаг"
    r"|(?:зайшли|зашли) (?:в|у|до)|(?:за|до)чистили|підняли (?:\w+ )?прапор\w*|подняли (?:\w+ )?флаг\w*"
    # a settlement's clearing completed, control restored: "завершили зачистку населённого пункта"
    r"|заверш\w* (?:зачистк|зачищенн)\w*|(?:восстановил\w*|відновил\w*) (?:полный |повний )?контрол\w*"
    r"|(?:restored|regained|re-established) (?:full )?control"
    # a column's entry: "российские войска вошли в Козелец", "техніка без бою заїхала в селище"
    r"|(?:вошл[иао]|вошел|увійшл[иао]|увійшов|зайшл[ао]|зайшов|зашл[ао]|зашел|заїхал[иао]?|заехал[иао]?|въехал[иао]?"
    r"|в'їхал[иао]?)(?: [\w-]+){0,3}? (?:в|у|до)(?! состав| склад))" + _E)
# "freed the villages from IS militants", "pushed to oust Huthi rebels": the side a place was taken from.
_LOSER_BEFORE = re.compile(
    r"(?:" + _B + r"(?:from|oust(?:ed|ing)?|expel(?:led|ling)?|drove out|driving out|pushed back|pushing back"
    r"|dislodg(?:ed|ing)|вибили|вибивши|витісни\w*|вигнали|выбили|выбив|вытесни\w*|выгнали)"
    r"\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2})$")
_NOT_AN_OBJECT = frozenset({"", "in", "on", "at", "near", "by", "during", "after", "while", "when", "outside",
                            "overnight", "as", "from", "inside", "since", "amid", "following", "late", "early",
                            "along", "across", "around", "throughout"})
_PASSIVE_AUX = frozenset({"was", "were", "been", "be", "being", "is", "are", "got", "get"})
_CLAIM = re.compile(
    _B + r"(?:claim(?:ed|s|ing)? (?:responsibility|credit)|claimed (?:the|this|an?|its|their) (?:[\w()-]+ ){0,4}?"
    r"(?:attack|bombing|blast|explosion|operation|arson|sabotage)|took responsibility|claimed by"
    r"|said (?:it|they) (?:was|were) behind"
    # the present tense of a claim: "підпілля бере відповідальність", "движение берет на себя ответственность"
    r"|(?:takes?|taking) responsibility|бер[еуё]\w* (?:на себе |на себя )?(?:відповідальність|ответственность)"
    r"|[ву]зя\w* (?:\w+ ){0,2}на себе|[ву]зя\w* відповідальність на себе"
    r"|відповідальність (?:за [\w\s]{0,40})?[ву]зя\w*|заяви\w* про (?:свою )?причетність"
    r"|взя\w* (?:\w+ ){0,2}на себя|взя\w* ответственность на себя"
    r"|ответственность (?:за [\w\s]{0,40})?взя\w*|заяви\w* о (?:своей )?причастности"
    # "a movement said it set fire to a relay cabinet": a group reporting its own act of sabotage
    r"|(?:said|says|claimed|claims|reported|stated)(?: on \w+(?: \d{1,2})?)?(?: that)? (?:it|they"
    r"|(?:its|their) (?:members|fighters|agents|activists"
    r"|operatives)) (?:had )?(?:set fire|set ablaze|torched|burn(?:ed|t)|blew up|derailed|sabotaged|planted|detonated)"
    # "рух заявив, що його учасники підпалили…", "движение сообщило, что его участники подожгли…"
    r"|(?:заяви|повідоми|сообщи)\w*,? (?:що|что) (?:його|її|їхні|их|его|ее) (?:учасники|члени|бійці|агенти|участники"
    r"|члены|бойцы|агенты) (?:\w+ ){0,2}(?:підпали|спали|підірва|пустили під укіс|подожгл|подожг|сожгл|взорва|подорва)\w*"
    # a statement that quotes the group's own act: "опубликовал заявление: «Наш заряд под рельсами сработал»"
    r"|(?:заявлени\w*|заяв[уаі]|statement)\W{0,5}[«\"“]\s*(?:наш|наша|наше|наши|наші|our)"
    # a group thanking its own people for the act: "Дякуємо нашим людям на Луганщині"
    r"|(?:дякуємо|дякую|спасибо|благодарим|thanks? to|thank you,?)(?=\s+наш\w* (?:люд|агент|підпільник|подпольщик"
    r"|бійц|бойц)|\s+our (?:people|agents|operatives|fighters))" + _E + r")"
)
# A denial that anyone claimed the act: "no group has claimed", "жоден із рухів … не взяв", "никто не взял".
_NO_ONE = re.compile(_B + r"(?:no (?:group|one|organi[sz]ation|movement)|nobody|(?:has|have|had) not|did not|жоден|жодна"
                     r"|ніхто|никто|ни одна|ни один|не)" + _E)
# A claimant the lexicon does not know ("a group calling itself …", "движение российских противников
# войны"): an armed group that claims an act of sabotage behind the lines is coded as partisans.
_UNNAMED_GROUP = re.compile(
    _B + r"(?:movement|group|cell|organi[sz]ation|network|рух\w*|груп\w*|організаці\w*|осеред\w*"
    r"|движени\w*|групп\w*|организаци\w*|ячейк\w*)" + _E)
_GENERIC_MILITARY = _Group("Military Forces", "state_forces", "", "military", 0)
_UNNAMED_CLAIMANT = _Group("Unnamed partisan group", "partisans", "", "military", 1)
_BLAME = re.compile(
    _B + r"(?:blam(?:ed|es|ing)|accus(?:ed|es|ing)|attribut(?:ed|es|ing)|alleged(?:ly)?|called it"
    r"|claimed that|claims that|according to (?:the )?(?:occupation|russian|moscow|kremlin|state)"
    r"|звинува\w*|звинувач\w*|приписа\w*|припису\w*|стверджу\w*|нібито|за (?:їхньою |їх )?версією"
    # (the verb, "назвали терактом"; not the noun, "украинское название — Покровск")
    r"|назва(?:в|ла|ли)|назвал[аи]?"
    r"|обвини\w*|обвиня\w*|приписыва\w*|утвержда\w*|якобы|по (?:их )?версии|возлож\w* ответственность)" + _E
)


# A blame the outlet says rests on nothing: "the governor blamed 'Ukrainian handlers' without providing evidence".
_UNSUPPORTED = re.compile(
    _B + r"(?:without (?:providing |offering |giving |citing )?(?:any )?evidence"
    r"|(?:provided|offered|gave|cited) no evidence"
    r"|не (?:навів|навела|надав|надала|навели|надали|оприлюднив|оприлюднила) (?:жодних )?доказ\w*"
    r"|без (?:будь-яких |жодних )?доказ\w*|не (?:привел|привела|привели|предоставил|предоставила|представил|представила"
    r"|предоставили|представили) (?:никаких )?доказательств|без (?:каких-либо |всяких )?доказательств)" + _E)
# ... or in the sentence after it: "Доказательств этому в открытых источниках нет", "There is no evidence for this."
_UNSUPPORTED_NEXT = re.compile(
    # (the attribution, not a figure: "no evidence to support this figure" doubts the toll)
    _B + r"(?:no evidence (?:for|of|to support) (?:(?:this|that|it)|(?:this|that|the|these) (?:claims?|accusations?"
    r"|allegations?|versions?|attributions?))(?=\s*[.,;])"
    r"|доказательств\w* (?:этому|этого|тому)[^.]{0,40} нет|доказів (?:цьому|цього|тому)[^.]{0,40} немає)" + _E)
# The outlet's word that no one can tell who fired: "Кто стрелял — установить невозможно", "Независимо установить,
# откуда велся огонь, невозможно", "it was impossible to determine who fired".
_SHOOTER_UNKNOWN = re.compile(
    # (or set the fire: "Кто поджег поле, установить невозможно", "хто підпалив, невідомо", "who started the fire")
    r"(?:кто (?:стрелял|подж[её]г|подожгл\w*|стоит за)|откуда (?:вел|вёл|велся|вёлся|стреляли)\w*(?: огонь)?"
    r"|хто (?:стріляв|підпалив|підпалили|стоїть за)|звідки (?:вел|стріля)\w*"
    r"|who (?:fired|set (?:the )?fire|started the fire|was behind (?:it|the (?:strike|attack|shelling|fire|arson)))"
    r"|where the (?:fire|shells?) came from)[^.]{0,40}?"
    r"(?:установить невозможно|невозможно (?:установить|определить)|неможливо (?:встановити|визначити)"
    r"|встановити неможливо|(?:is|was) impossible to (?:establish|determine|tell)|could not be (?:established|determined)"
    # "Хто стріляв — ми не знаємо", "who fired remains unknown"
    r"|невідомо|неизвестно|(?:ми |мы )?не зна(?:ємо|ем)|(?:is|was|remains) (?:unknown|unclear))"
    r"|(?:установить|определить)[^.]{0,40}?(?:кто стрелял|откуда (?:вел|вёл|велся|вёлся|стреляли)\w*(?: огонь)?)[^.]{0,20}?"
    r"невозможно|(?:встановити|визначити)[^.]{0,40}?(?:хто стріляв|звідки (?:вел|стріля)\w*)[^.]{0,20}?неможливо"
    r"|(?:impossible|unable) to (?:establish|determine|tell|verify)[^.]{0,20}? (?:who fired|where the (?:fire|shells?) came"
    r" from)"
    # and who laid a mine: "Кто установил мину под Семячками, неизвестно", "Чия саме міна вибухнула, невідомо", "Откуда
    # там мина — непонятно", "It remains unclear who planted the device"
    r"|(?:кто|хто|чья|чия|откуда|звідки)\s+(?:именно\s+|саме\s+|там\s+)?[^.?!]{0,40}?(?:мин|мін|растяжк|розтяжк"
    r"|взрывчатк|вибухівк|устройств|пристр)\w*[^.?!]{0,40}?(?:неизвестно|невідомо|неясно|незрозуміло|непонятно"
    r"|никто не знает|ніхто не знає|невозможно|неможливо)"
    r"|\b(?:unclear|not clear|unknown|not known|impossible to (?:say|tell|establish)) (?:who|which side) (?:had )?(?:planted|laid"
    r"|placed|left|scattered) (?:the )?(?:mines?|device|bomb|explosives?)"
    # ... or that the shooters are not identified: "the shooters had not been identified", "нападників не встановлено"
    r"|\b(?:shooters?|gunmen|attackers?|assailants?|perpetrators?) (?:had|have|has|were|was) not (?:yet )?been identified"
    r"|(?:стрільц\w*|стрілк\w*|нападник\w*|стрелявш\w*|стрелк\w*|нападавш\w*) (?:\w+ )?не (?:встановлен\w*|установлен\w*)"
    # ... or whose drone or missile it was: "установить, чей это был дрон, невозможно", "whose drone it was"
    r"|(?:чей|чья|чьей|чий|чия|чиєю)\s+(?:именно\s+|саме\s+)?(?:это\s+|це\s+)?(?:был\w*\s+|був\w*\s+)?(?:дрон|беспилотник"
    r"|безпілотник|ракет|снаряд|мин|мін)\w*[^.?!]{0,40}?(?:неизвестно|невідомо|неясно|незрозуміло|непонятно|невозможно"
    r"|неможливо)"
    r"|(?:установить|определить|встановити|визначити)[^.?!]{0,30}?(?:чей|чья|чий|чия)\s+[^.?!]{0,30}?(?:невозможно"
    r"|неможливо)"
    r"|\b(?:unclear|unknown|impossible to (?:say|tell|establish|verify)) whose (?:drone|missile|shell|mine)")
# A side named only to be denied: "neither Ukrainian officials nor any partisan group has claimed it".
_DENIED_BEFORE = re.compile(
    _B + r"(?:(?:neither|nor|not any|not a single|ни|ні|жоден|жодна|жодне|жодні|жодних|никакие|никакая|никакой"
    r"|ни один|ни одна|ни одно)\s+(?:[\w-]+\s+){0,3}|no\s+(?:[\w-]+\s+)?)$")


# "российские военнослужащие якобы обстреляли": a doer the outlet names only to dismiss the charge.
_DISMISSED_AFTER = re.compile(r"\s*,?\s*(?:якобы|нібито|начебто)" + _E)


# Someone's report of the act, called a provocation or a fake: "Сообщения украинской стороны об атаке российского
# беспилотника … являются провокацией", "reports of a Russian strike are a fake".
_REPORTS_OF = re.compile(_B + r"(?:сообщени\w*|повідомленн\w*|заявлени\w*|заяв[аиу]|reports?|claims?)\s+(?:[\w-]+\s+){0,3}?"
                         r"(?:об?|про|of|about|that)" + _E)
_CALLED_FAKE = re.compile(_B + r"(?:явля\w*|є|назва\w*|are|is|was|were|called)\s+(?:\w+\s+)?(?:провокаци\w*|фейк\w*|ложь"
                          r"|ложью|вигадк\w*|брехн\w*|provocation|fake|lies|a lie|fabricat\w*)" + _E)


def _dismissed_report(sentence: str) -> tuple[int, int] | None:
    """The span of ``sentence`` between a report of the act and the words that call it a provocation or a fake."""
    fake = _CALLED_FAKE.search(sentence)
    report = _REPORTS_OF.search(sentence, 0, fake.start()) if fake else None
    return (report.end(), fake.start()) if report and fake else None


def gives_a_disputed_version(text: str) -> bool:
    """Whether ``text`` reports someone's blame or claim as theirs ("claimed that", "нібито", "якобы", "the governor
    claimed air defence had destroyed a drone")."""
    return _BLAME.search(text) is not None or _CLAIMED_VERSION.search(text) is not None


# A claim told without "that": "claimed air defence had shot down …" (not "claimed responsibility").
_CLAIMED_VERSION = re.compile(
    r"\bclaim(?:ed|s) (?!responsibility|credit)(?:[\w'’\"“”-]+ ){1,4}(?:had|has|have|was|were)\b", re.IGNORECASE)


def quotes_someone(text: str) -> bool:
    """Whether ``text`` gives someone's words ("officials said", "за даними", "по словам")."""
    return _REPORTED.search(_normalise(text)) is not None


# Reported speech: a version the outlet quotes rather than states.
_REPORTED = re.compile(
    _B + r"(?:said|says|claimed|claims|stated|reported|according to|заяви\w*|повідоми\w*|за (?:їх |його |її )?словами"
    r"|за даними|стверджу\w*|сообщи\w*|по (?:их |его |ее )?словам|по данным|утвержда\w*)" + _E
)
# A side named right after its verb of coming in: "зайшли підрозділи ЗСУ", "без бою вошли в поселок российские войска".
_ENTERED_BEFORE = re.compile(
    r"(?<![\w'])(?:зайшли|увійшли|вошли|зашли|заїхали|заехали)\s+(?:(?:до|в|у|на)\s+(?:[\w'’-]+\s+){1,3}?)?"
    r"(?:(?:підрозділ|подразделени|військов|бійц|бойц|войск|част)\w*\s+)?$")
_NO_RESISTANCE_BEFORE = re.compile(r"(?:без|не встретив|не встречая|не зустрівши|не зустрічаючи|without(?: any)?"
                                   r"|no|little|offered|оказ\w*|чини\w*)\s+(?:\w+\s+)?$")
# A namesake the text sets aside: "не путать с Зеленодольском в Татарстане", "not to be confused with".
# (up to the bracket that closes it: "(не путать с городом Волчанском) российские военные избили …")
_NAMESAKE_ASIDE_BEFORE = re.compile(r"(?:не путать|не спутать|не плутати|не переплутати|not (?:to )?be confused)"
                                    r"[^)]*$", re.IGNORECASE)
# (a particle between: "поле підпалили самі окупанти", "стреляли тоже военные")
_VERB_RIGHT_BEFORE = re.compile(r"(?<![\w'’-])([^\W\d_a-z]+)\s+(?:(?:самі|сами|же|ж|теж|тоже|також|также|навіть|даже)\s+)?$")
# Soldiers, occupiers, partisans … as a plural subject: the nominative, which an animate object never takes.
_PEOPLE_NOMINATIVE_PLURAL = re.compile(
    r"(?:військов|солдат|окупант|оккупант|росіян|россиян|партизан|підпільник|подпольщик|силовик|бійц|бойц"
    r"|захисник|защитник|десантник|штурмовик|найманц|наемник|військовослужбовц|военнослужащ|военн|прикордонник"
    r"|пограничник|росгвардійц|росгвардейц|кадирівц|кадыровц|вагнерівц|вагнеровц|бойовик|боевик)\w*[іиыї]$",
    re.IGNORECASE)
_NEGATION_BEFORE_VERB = re.compile(r"(?:^|\s)(?:не|ні|ни|not|never|did not|didn't|have not|has not|had not)\s+$")
# A reminder of the background: "Нагадаємо, …", "Напомним, что …", "Recall that …".
_REMINDER = re.compile(r"\W*(?:нагада\w*|нагаду\w*|напомн\w*|recall that|as a reminder|it will be recalled)" + _E)
# What a group usually does: "каналы, которые обычно берут на себя ответственность", "usually claim".
_HABITUAL = re.compile(r"(?<!\w)(?:обычно|зазвичай|як правило|как правило|usually|typically|normally|often|часто)"
                       r"(?!\w)", re.IGNORECASE)
# "…чтобы обвинить российскую армию", "in order to blame Russia": a blame told as someone's ploy, not made.
_MOTIVE_BEFORE = re.compile(r"(?:чтобы|с целью|щоб|аби|з метою|in order to|so as to|seeking to|trying to)\s+$")
# "…являются провокацией, заявили в Министерстве обороны России": the speaker, named after its verb of saying.
_SPEAKER_BEFORE = re.compile("(?:" + _REPORTED.pattern + r")\s+(?:(?:в|у|во|in|at|by)\s+)?(?:the\s+)?$")
# ... or the speaker named after it at the sentence's end: "…, Ukrainian police and the SBU security service said."
_SPEAKER_AFTER = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:said|says|reported|stated|announced|told reporters)"
                            r"(?:\s+on\s+\w+|\s+in\s+a\s+statement)?\s*[.!?]?\s*$")
# Weapon systems only one side of the first case's war fires (a bare "Russian drone" may be the one
# intercepted, not the one that struck).
_WEAPON_SYSTEM = re.compile(r"shahed|шахед|geran|геран|iskander|іскандер|искандер|\bкаб")
_WEAPON = re.compile(r"drone|uav|fpv|фпв|missile|rocket|bomb|shell|дрон|безпілот|беспилот|бпла|ракет|бомб|снаряд|"
                     + _WEAPON_SYSTEM.pattern)
REMOTE_FIRE = frozenset({"Shelling/artillery/missile attack", "Air/drone strike"})
# Weapons shot down, or destroyed by air defences ("средствами ПВО уничтожены 27 украинских беспилотников"); a missile
# that destroyed a house was not.
_DOWNED = re.compile(r"\b(?:shot down|downed|intercept\w*)\b|сбит\w*|сбил\w*|збит\w*|збил\w*|перехопл\w*"
                     r"|перехвач\w*|перехват\w*|перехопи\w*|подавлен\w*|приземлен\w*"
                     r"|(?:\bair[- ]defen[cs]es?\b|ппо|пво)[^.;]{0,60}?(?:\bdestroyed\b|уничтож\w*|знищ\w*)"
                     r"|(?:\bdestroyed\b|уничтож\w*|знищ\w*)[^.;]{0,60}?(?:\bair[- ]defen[cs]es?\b|ппо|пво)")
# A side's air defences, named in a strike (their missile that fell is a weapon of the side, see _WEAPON_OF).
_AIR_DEFENCE = re.compile(r"air[- ]defen[cs]e|anti-aircraft|\bппо\b|\bпво\b|зенітн|зенитн|\bзрк\b")
# The weapon before the side that owns it: "ракеты украинского зенитного комплекса", "Ракета ЗРК С-300 ВСУ".
# ("беспилотники для ВСУ" names whom the drones are for, not who flew them.)
_WEAPON_OF = re.compile(r"(?:ракет\w*|снаряд\w*|дрон\w*|безпілотник\w*|беспилотник\w*)\s+"
                        r"(?:(?!(?:для|на|по|в|у|з|с|із|от|від|против|проти|to|for)\s)[\w-]+\s+){0,2}$")
# Weapons a side steers or guides, named as what the struck object served: "антенны, использовавшиеся для
# управления беспилотниками ВСУ", "relays for controlling the drones of".
_WEAPONS_STEERED = re.compile(r"(?:управлени|управлінн|керуванн|наведени|наведенн|controll?ing|guiding)\w*\s+$")


def _weapon_fired_by(before: str) -> bool:
    """Whether the text ``before`` a side's name ends on a weapon of that side that struck ("ракеты украинского
    зенитного комплекса"), not on one the struck object served to steer."""
    weapon = _WEAPON_OF.search(before)
    return weapon is not None and _WEAPONS_STEERED.search(before, 0, weapon.start()) is None


_STRIKE_NOUN = re.compile(r"shelling|strike|bombardment|artillery|обстріл|удар|обстрел|артилері|артиллери")
_STRIKE_OF = re.compile(r"(?:удар\w*|атак\w*|обстріл\w*|обстрел\w*|влучанн\w*|попадани\w*)\s+$")
_SELF_REPORT = re.compile(
    r"[^.;]{0,30}?\b(?:said|says|reported|announced|claimed)\b[^.;]{0,25}?\b(?:it|they|(?:its|their) (?:forces|troops|units|drones|missiles|fighters|agents))\s+"
    r"(?:had\s+|has\s+|have\s+)?"
    r"|[^.;]{0,30}?(?:заяви\w*|повідоми\w*|сообщи\w*),?\s+(?:що|что)\s+"
)
# The verbs of an arrest: in an arrest story the doer is whoever did these, not whoever attacked in the same text.
_DETAIN = re.compile(
    _B + r"(?:detain(?:ed|s)?|arrest(?:ed|s)?|apprehend(?:ed|s)?|search(?:ed|es)|took (?:\w+ ){0,3}into custody"
    r"|(?:затрима|заарештува|обшука|задержа|арестова|обыска|повяза)" + _ACTIVE_ENDING + r")" + _E)
# Acts whose doer the police catch: who detained the arsonist or the bomber did not set the fire or the bomb.
_CAUGHT_AFTER = frozenset({"Looting/property destruction", IED, "Suicide bomb"})
# ... unless the detainers did the act as well: "soldiers detained the men and blew up their house"
_ACT_BESIDE_DETAINING = re.compile(_B + r"(?:blew up|set (?:fire|ablaze|on fire)|torched|burn(?:ed|t)|planted"
                                   r"|підірва\w*|підпали\w*|спалил\w*|подорва\w*|взорва\w*|подожг\w*|поджег\w*"
                                   r"|поджёг|сожгл\w*)" + _E)
# What follows a security service's name as part of it: "ФСБ России по Запорожской области", "СБУ в Херсонській
# області", "ФСБ по Республике Крым и Севастополю".
_JURISDICTION = re.compile(
    r"(?:\s+(?:россии|росії|рф|україни|украины))?"
    r"\s+(?:по|в|у)\s+(?:республик\w*\s+\w+|\w+\s+(?:област\w*|кра[юєї]\w*|округ\w*)|г(?:ороду|\.)\s*\w+|\w+)"
    r"(?:\s+(?:и|і|та)\s+(?:(?:городу|г\.|місту)\s*)?\w+)?")
# "готовил по заданию украинских спецслужб", "on the orders of": whose plot a foiled attack was.
_PRINCIPAL_BEFORE = re.compile(
    r"(?:по заданию|по указанию|по приказу|на задание|за завданням|на завдання|за вказівкою|на замовлення"
    r"|завербован\w*|завербова\w*|on (?:the )?(?:orders|instructions) of|at the behest of|recruited by|working for"
    r"|передава\w*|передав\w*|sending|sent|passing(?: on)?|passed(?: on)?"
    r"|работа\w* на|працюва\w* на|шпион\w* на|шпигува\w* на|spying for|spied for"
    r"|агент(?:а|ы|и|ов|ів|ом|ам|ами|ах|у)?(?!\w)|agents? (?:of|for)|пособни\w*|посібни\w*|на користь|в пользу|on behalf of|куратор\w*|handlers?"
    r"|в интересах|в інтересах|in the interests? of"
    # "лиц, причастных к деятельности ВФУ", "причетних до діяльності ЗСУ": whose the detainees are said to be
    r"|причастн\w* к|причетн\w* до|деятельност\w*|діяльност\w*"
    # "подозреваемого в содействии украинским националистам"
    r"|содейств\w*|сприянн\w*|пособничеств\w*|посібництв\w*|aiding|assisting|helping|помога\w*|допомага\w*"
    r"|сотрудничеств\w* с|связ(?:и|ях) с|співпрац\w* з|зв'яз\w* з|collaborat\w* with|cooperat\w* with|ties to)"
    r"\s+(?:\S+\s+){0,2}$")
_POSSESSION_BEFORE = re.compile(
    _B + r"(?:(?:positions|strongholds|losses|bodies|bases?|depots?|equipment|headquarters|fortifications|columns?"
    r"|(?:deployment |command |firing )?points?|command posts?|concentrations?) of (?:the )?"
    r"|(?:опорн\w* пункт\w*|склад\w*|штаб\w*"
    r"|позиці\w*|пункт\w* (?:тимчасового )?(?:дислокаці\w*|базуванн\w*)|втрат\w*|тіла|тіл|технік\w*|укріпленн\w*"
    r"|колон\w*|військовослужбовців|пункт\w* управлінн\w*"
    r"|позици\w*|пункт\w* (?:временной )?(?:дислокаци\w*|базировани\w*)|потер\w*|тела|тел|техник\w*|укреплени\w*"
    r"|колонн\w*|военнослужащих|пункт\w* управлени\w*)[»\"”]?\s+(?:[\w-]+\s+){0,2}"
    # "Два грузовых автомобиля, принадлежащих Минобороны России, сгорели": what it owns was hit
    r"|(?:belonging to|owned by|принадлежащ\w*|належн\w*|що належа\w*|які належа\w*)\s+(?:the\s+)?"
    # "объекты, задействованные в интересах ВСУ", "for the needs of the Ukrainian army": whom what was hit served
    r"|(?:in the interests of|for the needs of|в интересах|в інтересах|для нужд|для потреб)\s+(?:the\s+)?"
    # "a warehouse that stored ammunition for Russian units", "склад для российских военных": whom it served
    r"|\bfor\s+(?:the\s+)?|(?<!\w)для\s+)$")
# "fired at Ukrainian artillery positions", "Russian troops' ammunition depot": the group owns what was hit.
_POSSESSION_AFTER = re.compile(
    r"(?:'s?)?\s+(?:(?:artillery|ammunition|firing|forward|defensive|fuel)\s+)?(?:positions|strongholds|bases|depots?"
    r"|trenches|fortifications|dugouts?|command posts?|columns?|losses|equipment|buildings?|premises|compound)" + _E
    # "о поджоге российской военной техники", "позиції російських військових"
    + r"|\s+(?:техні\w*|техник\w*|позиці\w*|позици\w*|баз[аиуіе]\w*|склад\w*|колон\w*|окоп\w*|бліндаж\w*"
    r"|блиндаж\w*|вантажів\w*|грузовик\w*|автомобіл\w*|автомобил\w*)" + _E)
# A relative or "since" clause that a side opens (see code_actors); "за которым", "behind which" blames one instead.
_BACKGROUND_CLAUSE = re.compile(
    r"(?:(?<!behind )" + _B + r"(?:which|since|ever since)"
    r"|(?:" + _B + r"(?:з|із|зі|из|от|від|у|в|на|до|по|for|from|in) )?"
    + r"(?<!за )" + _B + r"(?:як(?:ий|а|е|і|ого|ої|их|ому|ій|им|ими|у)|котор\w+|где|де|where))" + _E
    + r"\s+(?:[\w-]+\s+)?$")
# Who investigates an act is named as investigator, not doer: "Поліція і СБУ розслідують удар як воєнний злочин".
_INVESTIGATES_AFTER = re.compile(
    r"(?:\s*(?:,|і|та|й|и|and)\s+[\w-]+){0,2}\s+(?:[\w-]+\s+)?(?:розслід\w*|расслед\w*|investigat\w*"
    r"|відкрил\w* (?:кримінальн\w* )?провадженн\w*|открыл\w* (?:уголовн\w* )?дел\w*|возбудил\w*"
    r"|opened (?:a |an )?(?:criminal )?(?:case|investigation|probe))")
# What an act answers was the other side's: "a response to Russia's strikes on Ukraine's power grid".
_ANSWERED_BEFORE = re.compile(
    r"(?:\b(?:response|retaliation|revenge|reprisal|answer) (?:to|for)|у відповідь на|в ответ на|помст\w* за|месть за"
    r"|відплат\w* за|возмезди\w* за)\s+(?:the\s+)?$")
_CONTRAST = re.compile(_B + r"(?:but|however|although|while|але|проте|однак|однако|но|тогда как)" + _E)
_OCCUPATION = re.compile(r"окуп|оккуп|occup|russian-installed|moscow-installed|військово-цивільн|военно-гражданск"
                         r"|crimea|\bкрим(?:у|ом|і|ськ\w*)?\b|\bкрым(?:а|у|ом|е|ск\w*)?\b"
                         # the occupiers' commandant's office, and their vehicles' letters: "УАЗ с буквой V"
                         r"|комендатур|commandant's office|(?:букв\w*|літер\w*|letters?)\s+[«\"“]?[zv]\b")
_CONSCRIPTION = re.compile(
    r"\b(?:summons(?:es)?|draft notices?|call-up|conscript\w*|mobili[sz]\w*|enlistment offices?|military commissariats?)"
    r"|повістк\w*|повестк\w*|мобіліза\w*|мобилиза\w*|мобілізов\w*|мобилизов\w*|військкомат\w*|военкомат\w*"
    r"|військов\w* комісаріат\w*|военн\w* комиссариат\w*|призов\w*")
_UKRAINE_CUE = re.compile(r"ukrain|україн|украин|жовто-блакитн|желто-голуб|проти окупації|против оккупации")
# The states a bare country name stands for when it is a party to an agreement.
_STATE_PARTIES = (("UA", re.compile(r"\b(?:ukrain\w*|україн\w*|украин\w*|kyiv|києв\w*|київ|киев\w*)")),
                  ("RU", re.compile(r"\b(?:russia\w*|росі\w*|росси\w*|moscow|москв\w*)")))
_STATE_PARTY_NAMES = {"UA": "Government of Ukraine", "RU": "Government of Russia"}
# The two sides of the first case's war: their forces' ACLED names, and each side's opponent
# (for "X withdrew" when the text names no one else).
STATE_FORCES = {"UA": "Military Forces of Ukraine", "RU": "Military Forces of Russia"}
_OPPONENT = {"UA": "RU", "RU": "UA"}
_OPPONENT_FORCES = {side: _Group(STATE_FORCES[other], "state_forces", other, "military", 0)
                    for side, other in _OPPONENT.items()}
CLASH = "Armed clash"
# A side that repelled an assault defended: a clash is coded to the side that attacked
# ("Сили оборони відбили 11 атак", "ВС РФ отразили атаки").
_REPEL = re.compile(
    _B + r"(?:repel(?:led|s)?|repuls(?:ed|es)|fought off|fended off|beat (?:back|off)|held (?:off|back)"
    r"|(?:відби|відбива|отрази|отража|отби|отбива)" + _ACTIVE_ENDING + r")" + _E)
# A side leaving a place: the other side gained it. Passive forms too ("были отведены").
_WITHDRAWAL = re.compile(
    _B + r"(?:withdr[ae]w\w*|retreat\w*|pulled (?:back|out)|fell back|forced out|"
    # (not what was left behind: "окупанти залишили по собі мінні пастки")
    r"відійш\w*|відступ\w*|вийшл\w* з|залишил\w*(?!\w)(?! по собі)|покинул\w*|відвед\w*|відвел\w*|виведен\w*|вивел\w*|"
    r"отош\w*|отступ\w*|вышл\w* из|оставил\w*(?!\w)(?! после себя| за собой)|покинул\w*|отвед\w*|отвел\w*|выведен\w*"
    r"|вывел\w*)")
# A place handed over is told by who came in or who left: "російська техніка без бою зайшла в Козелець", "Українські
# підрозділи відійшли з позицій у Кринках".
_ENTRY_OR_EXIT = re.compile(_GAIN.pattern + "|" + _WITHDRAWAL.pattern + "|" + _ACTION.pattern)
# The Donbas and its two "people's republics", the setting in which rebels are Russia's proxy forces.
_DONBAS = re.compile(r"\b(?:днр|лнр|dpr|lpr|dnr|lnr|donbas\w*|донбас\w*|donetsk|донецьк\w*|донецк\w*|донеччин\w*"
                     r"|донетчин\w*|luhansk|lugansk|луганськ\w*|луганск\w*|луганщин\w*)\b")
_PROXY_FORCES = _Group("Military Forces of Russia (DPR/LPR units)", "state_forces", "RU", "military", 1)
_ONE_SIDES_LABEL = "(as named by Russian authorities)"
_OUR_FORCES = "Our forces"
_THE_ENEMY = "The enemy"
_RUSSIAN_SPEECH = re.compile(_B + r"(?:укроп\w*|хохл\w*|всушник\w*|нацик\w*|бандер\w*|неонацист\w*|националист\w*"
                             r"|киевск\w* (?:режим|хунт)\w*|укронацист\w*|ципсо|вфу|сво|артемовск\w*"
                             r"|вооруж[её]нн\w* формировани\w* украин\w*)" + _E)
_UKRAINIAN_SPEECH = re.compile(_B + r"(?:орк(?:и|ів|ам|ами|ах|а|ов)?|рашист\w*|кацап\w*|русн[яюі]|окупант\w*"
                               r"|оккупант\w*|ворог\w*|загарбник\w*)" + _E)
_OUR_STRIKE = r"наш\w*\s[^.!?]{0,60}?(?:отработал|накрыл|поразил|уничтожил|ударил|відпрацювал|накрил|уразил|знищил|вдарил)\w*"
_OURS_STRIKING_UA = re.compile(_OUR_STRIKE + r"[^.!?]{0,60}?" + _B + r"(?:всу|вфу)" + _E)
_OURS_STRIKING_RU = re.compile(_OUR_STRIKE + r"[^.!?]{0,60}?" + _B + r"(?:рф|рос(?:ії|ія|ійськ)\w*|російськ\w*)" + _E)
_OPENING_QUOTES = frozenset("«\"“„")
_CLOSING_QUOTES = frozenset("»\"”“")
_WITHDRAWER_REACH = 8  # words between the side and its withdrawal verb
# A preposition before a side makes it no subject: "after a day of Ukrainian artillery preparation".
_PREPOSITION_BEFORE = re.compile(_B + r"(?:of|after|by|from|with|under|amid|під|після|від|через|по|после|от|под|из-за)"
                                 r"\s+$")
_NATIONAL_POLICE_UA = re.compile(r"national police of ukraine|національн\w* поліці\w*|национальн\w* полици\w* украины")
_PASSIVE_BY = re.compile(
    r"\b(?:blown up|set (?:on fire|ablaze)|torched|burn(?:ed|t)|shot(?: dead)?|attacked|killed|detained|arrested"
    r"|abducted|kidnapped|seized|shelled|struck|fired|launched|planted|detonated|derailed|sabotaged|damaged"
    r"|destroyed|hit|targeted|ambushed|stabbed|beaten|assassinated|bombed|mined|carried out|staged|taken away"
    r"|taken|laid|placed|left|raped|(?:sexually )?assaulted|tortured|looted|robbed|executed|murdered|wounded"
    r"|injured|stolen|(?:was|were) (?:organi[sz]ed|claimed))(?: \w+){0,3} by (?:the |a |an |local |\w+ )?$"
    # the act named by its noun: "the rape of a 38-year-old woman by two Russian soldiers", "shelling by Russian forces"
    r"|\b(?:rapes?|killings?|murders?|executions?|abductions?|kidnappings?|torture|shelling|bombing|looting|shooting"
    r"|beating|assault)(?: [\w'-]+){0,6} by (?:the |a |an |two |three |several |\w+ )?$"
)
_PASSIVE_PARTICIPLE = re.compile(r"\w(?:ан|ен|ана|ена|ены|аны|ано|ено|ений|аний|ена|ані|ені|ований|ована|ованы)(?=\s)")
_SENTENCE = re.compile(r"[^.!?…\n]+[.!?…]*")


@dataclass(frozen=True)
class _Lexicon:
    groups: re.Pattern[str]  # one alternation, a named group per lexicon entry: one pass over the text
    group_of: dict[str, _Group]
    targets: re.Pattern[str]  # likewise, a named group per target class
    order: tuple[str, ...]  # target classes, most specific first


# Quotation marks inside a group's name ("бійці російського «добровольчого батальйону»", "так званої
# «ДНР»") separate its words as a space does.
_WORD_GAP = "[\\s" + re.escape("".join(sorted(_OPENING_QUOTES | _CLOSING_QUOTES))) + "]+"


def _alternation(named: list[tuple[str, list[str]]]) -> re.Pattern[str]:
    # Earlier entries win where two match at one place, so the lexicons list specific forms before generic ones.
    body = "|".join(f"(?P<{name}>{'|'.join(f'(?:{_quote_tolerant(p)})' for p in patterns)})"
                    for name, patterns in named)
    return re.compile(f"{_B}(?:{body}){_E}")


def _quote_tolerant(pattern: str) -> str:
    """``pattern`` with each space between words (not one inside a character class) matching quotes too."""
    return re.sub(r"\[[^\]]*\]| ", lambda m: _WORD_GAP if m.group() == " " else m.group(), pattern)


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    root = resources.files("sitrep").joinpath("data/lexicons")
    actors = json.loads(root.joinpath("actors.json").read_text("utf-8"))
    group_of: dict[str, _Group] = {}
    named: list[tuple[str, list[str]]] = []
    for i, entry in enumerate(actors["actors"]):
        group_of[f"g{i}"] = _Group(entry["canonical"], entry["perpetrator"], entry["country"], entry["target"],
                                   int(entry.get("baseline", 1)), frozenset(entry.get("languages", ())))
        named.append((f"g{i}", entry["patterns"]))
    targets = json.loads(root.joinpath("targets.json").read_text("utf-8"))
    return _Lexicon(_alternation(named), group_of, _alternation(list(targets["targets"].items())),
                    tuple(targets["order"]))


def code_actors(text: str, language: str, sub_event_type: str, context: str = "") -> ActorCoding:
    """Code perpetrator, its country, the source's attribution, ACLED-style actors and the target.

    ``text`` is the passage about the event (its sentences); ``context`` is
    optional surrounding text (title, neighbouring paragraphs) read for
    claims and the occupation setting but not for the agent. The lexicons
    cover en/uk/ru at once, so mixed or mislabelled text still codes;
    ``language`` only admits the few forms whose side depends on it
    (Ukrainian "противник").
    """
    lowered = _normalise(text)
    everything = _normalise(f"{context}\n{text}") if context else lowered
    # The capitalisation checks need the text at the offsets of ``lowered``; normalising rarely shifts them.
    original = text if len(text) == len(lowered) else ""
    mentions = _in_setting(_mentions(lowered, original, language), lowered, everything, language)
    scores: dict[tuple[str, str], float] = {}
    bare: dict[tuple[str, str], float] = {}
    doers: set[tuple[str, str]] = set()  # sides the text has doing the act, in its own words or someone's account
    unweighted: set[tuple[str, str]] = set()  # states' forces named with nothing tying them to the act
    best_group: dict[tuple[str, str], tuple[float, _Group]] = {}
    attribution = ""
    claimed = False
    catchers: list[_Mention] = []  # who caught the doer: neither the doer nor the target

    sentences = _sentences(lowered)
    # the outlet's word that no one can tell who fired: the sides' accounts it quotes name no doer
    shooter_unknown = _SHOOTER_UNKNOWN.search(everything) is not None
    for number, (sentence_start, sentence) in enumerate(sentences):
        sentence_end = sentence_start + len(sentence)
        if sentence_start and _REMINDER.match(sentence):
            continue  # "Нагадаємо, з перших днів вторгнення ворог намагається…": background, no one's act here
        in_sentence = [m for m in mentions if sentence_start <= m.start < sentence_end]
        agent_weight = LEAD_AGENT_WEIGHT if sentence_start == 0 else AGENT_WEIGHT
        claim = _CLAIM.search(sentence)
        if claim and (_NO_ONE.search(sentence, max(0, claim.start() - 40), claim.end())
                      or _HABITUAL.search(sentence, max(0, claim.start() - 30), claim.start())):
            # "no group has claimed responsibility", "ніхто не взяв на себе відповідальність"; "каналы, которые обычно
            # быстро берут на себя ответственность, на этот раз промолчали": what a group usually does claims nothing
            claim = None
        blame = _BLAME.search(sentence)
        if blame and _MOTIVE_BEFORE.search(sentence, max(0, blame.start() - 20), blame.start()):
            blame = None  # "использует трагедии, чтобы обвинить российскую армию": a blame told as a ploy
        following = sentences[number + 1][1] if number + 1 < len(sentences) else ""
        # ("Кто стрелял — установить невозможно": when the outlet says no one can tell who fired, a side's blame
        # stands on nothing it knows of)
        unsupported = blame is not None and (_UNSUPPORTED.search(sentence) is not None or shooter_unknown) \
            or _UNSUPPORTED_NEXT.search(following) is not None
        if claim and not attribution or claim and not claimed:
            attribution, claimed = _phrase(text, sentence_start, sentence), True
        elif blame and not attribution:
            attribution = _phrase(text, sentence_start, sentence)
        reported = _REPORTED.search(sentence)
        contrast = _CONTRAST.search(sentence)
        claimant = _claimant(sentence, sentence_start, claim, in_sentence,
                             [m for m in mentions if m.start < sentence_start]) if claim else None
        if claimant is not None and claimant.group is _UNNAMED_CLAIMANT:
            in_sentence.append(claimant)
        doer_before = False  # whether a mention before in the sentence is its act's doer
        dismissed = _dismissed_report(sentence)
        for mention in in_sentence:
            local = mention.start - sentence_start
            if sub_event_type in ARRESTS and _PRINCIPAL_BEFORE.search(sentence, max(0, local - 40), local):
                continue  # "задержан агент украинских спецслужб": whom the detainee worked for did not detain
            # "атаковали опорные пункты ВСУ", "тела погибших военнослужащих ВСУ", "returned fire at Ukrainian
            # artillery positions": a group named as the owner of what was hit or lost is no sign of who acted.
            if _POSSESSION_AFTER.match(sentence, mention.end - sentence_start):
                continue
            if sub_event_type not in ARRESTS and _INVESTIGATES_AFTER.match(sentence, mention.end - sentence_start):
                continue  # the police or the SBU investigating the strike did not strike
            if sub_event_type in _CAUGHT_AFTER and _is_agent(sentence, local, mention.end - sentence_start, _DETAIN) \
                    and not _is_agent(sentence, local, mention.end - sentence_start, _ACT_BESIDE_DETAINING):
                catchers.append(mention)
                continue  # "Сотрудники полиции задержали жителя, который бросил бутылки…": who caught the arsonist
            if sub_event_type in REMOTE_FIRE and _AIR_DEFENCE.search(lowered, mention.start, mention.end) \
                    and not _WEAPON_OF.search(sentence[max(0, local - 30):local]):
                continue  # "beyond the reach of Ukrainian air defences": they shoot at the air, not at the town
            if _NAMESAKE_ASIDE_BEFORE.search(sentence, 0, local):
                continue  # "It should not be confused with Ivot in Sumy Oblast, … shelled by Russian forces"
            if dismissed is not None and dismissed[0] < local < dismissed[1]:
                continue  # "Сообщения об атаке российского беспилотника … являются провокацией": a report denied
            if _DENIED_BEFORE.search(sentence, max(0, local - 35), local) \
                    or _DISMISSED_AFTER.match(sentence, mention.end - sentence_start) \
                    or unsupported and (blame is None or blame.start() < local):
                continue  # named only to be denied, or blamed on no evidence the outlet knows of
            # "the depot, which the Russians had set up in hangars", "the spit, from which the occupiers shell
            # Ochakiv": after the passage's first sentence, a side in a relative or "since" clause is background.
            # (in the first sentence too once a doer came before: "невідомі кинули пляшку у двері школи, де окупанти
            # облаштували дільницю")
            if (sentence_start or doer_before) and _BACKGROUND_CLAUSE.search(sentence, max(0, local - 30), local) \
                    or _ANSWERED_BEFORE.search(sentence, max(0, local - 30), local):
                continue
            owner = _POSSESSION_BEFORE.search(sentence, max(0, local - 40), local) is not None
            weight = 0.0 if owner else float(mention.group.baseline)
            if sub_event_type in _CHANGES_OF_CONTROL and _LOSER_BEFORE.search(sentence[max(0, local - 40):local]):
                continue  # the side the place was taken from gained nothing
            gain = _GAIN_ANYWHERE.search(sentence, mention.end - sentence_start) \
                if sub_event_type in _CHANGES_OF_CONTROL and mention is in_sentence[0] else None
            if gain is not None and not _REPORTED.search(sentence, mention.end - sentence_start, gain.start()):
                weight = max(weight, agent_weight)
            if sub_event_type in _CHANGES_OF_CONTROL and _ENTERED_BEFORE.search(sentence, max(0, local - 60), local) \
                    and not _REPORTED.search(sentence, max(0, local - 60), local):
                # the subject after its verb: "Сьогодні до Снігурівки зайшли підрозділи Збройних сил України"
                weight = max(weight, agent_weight)
                doers.add((mention.group.perpetrator, mention.group.country))
            if mention is claimant:
                weight = max(weight, CLAIM_WEIGHT)
            elif sub_event_type == CLASH and mention.group.perpetrator == "state_forces" \
                    and mention.group.country in _OPPONENT_FORCES \
                    and _REPELLED_BEFORE.search(sentence, max(0, local - 60), local):
                # the side whose attack was repelled attacked, in the outlet's words or someone's account
                weight = max(weight, QUOTED_WEIGHT if reported else agent_weight)
            elif sub_event_type == CLASH and mention.group.perpetrator == "state_forces" \
                    and mention.group.country in _OPPONENT_FORCES \
                    and _THROWN_BACK_AFTER.match(sentence, mention.end - sentence_start):
                # the side thrown back attacked: "противника відкинуто", "противник отброшен на исходные позиции"
                weight = max(weight, QUOTED_WEIGHT if reported else agent_weight)
            elif sub_event_type == CLASH and mention.group.country in _OPPONENT_FORCES \
                    and mention.group.perpetrator == "state_forces" \
                    and _repelled(sentence, mention.end - sentence_start):
                attacker = _OPPONENT_FORCES[mention.group.country]
                key = (attacker.perpetrator, attacker.country)
                # (in someone's account, "the defence ministry said its forces had repelled an attack", a quoted one)
                repelled_weight = QUOTED_WEIGHT if reported else AGENT_WEIGHT
                scores[key] = scores.get(key, 0.0) + repelled_weight
                if repelled_weight > best_group.get(key, (-1.0, attacker))[0]:
                    best_group[key] = (repelled_weight, attacker)
                continue
            elif sub_event_type in _CAUGHT_AFTER and _PRINCIPAL_BEFORE.search(sentence, max(0, local - 40), local):
                # "діяв на замовлення російських спецслужб", "куратори з російських спецслужб привели вибухівку в дію":
                # the side said to have ordered the fire or the bomb (someone's account of it)
                weight = max(weight, QUOTED_WEIGHT)
            elif _is_agent(sentence, mention.start - sentence_start, mention.end - sentence_start,
                           _ACTION_OR_GAIN if sub_event_type in TERRITORY
                           else _ENTRY_OR_EXIT if sub_event_type == NON_VIOLENT_TRANSFER
                           else _DETAIN if sub_event_type in ARRESTS
                           else _STRIKE_ACTION if sub_event_type in REMOTE_FIRE
                           else _MINE_ACTION if sub_event_type == IED and MINE.search(sentence)
                           else _ACTION):
                # In an arrest the doer is the one who detains: "росіяни атакували 26 населених пунктів"
                # beside "СБУ затримала" did not detain anyone.
                quoted = reported is not None and not (contrast and contrast.start() < local)
                # "Partisans shot dead the official, a local resistance movement said": a side's
                # own account of its act is its claim, not hearsay
                own_account = quoted and not blame and any(
                    other is not mention and (other.group.perpetrator, other.group.country)
                    == (mention.group.perpetrator, mention.group.country) for other in in_sentence)
                weight = max(weight, CLAIM_WEIGHT if own_account else
                             QUOTED_WEIGHT if quoted or blame else agent_weight)
                doer_before = True
                if not blame:
                    doers.add((mention.group.perpetrator, mention.group.country))
            elif blame and blame.start() < local \
                    and not _SPEAKER_BEFORE.search(sentence, max(0, local - 40), local):
                weight = max(weight, QUOTED_WEIGHT)
            elif sub_event_type in REMOTE_FIRE and (_STRIKE_NOUN.search(sentence, local, mention.end - sentence_start)
                                                     or _WEAPON_SYSTEM.search(sentence, local, mention.end - sentence_start)):
                # "учорашнього російського обстрілу", "Russian shelling": the strike named by its side;
                # "місто атакували «шахеди»": a weapon only one side fires names it too
                weight = max(weight, AGENT_WEIGHT)
            elif sub_event_type in REMOTE_FIRE and not _DOWNED.search(sentence) and (
                    _WEAPON.search(sentence, local, mention.end - sentence_start)
                    or _weapon_fired_by(sentence[max(0, local - 30):local])):
                # "Російська балістична ракета влучила", "падение ракеты украинского ЗРК": a side's weapon that
                # struck, in the outlet's own words or an account it quotes (not one shot down)
                weight = max(weight, QUOTED_WEIGHT if reported or blame else AGENT_WEIGHT)
            elif sub_event_type in ARRESTS and mention.group.perpetrator == "state_forces" and mention.group.country:
                # Only security services detain: the one the report names is the detaining
                # body even when the sentence is too long to tie it to the verb.
                weight = max(weight, NAMED_DETAINER_WEIGHT)
            key = (mention.group.perpetrator, mention.group.country)
            if weight <= 0:
                if weight == mention.group.baseline == 0 and not owner and mention.group.canonical in _OCCUPYING_FORCES:
                    unweighted.add(key)
                    best_group.setdefault(key, (0.0, mention.group))
                continue
            if weight == mention.group.baseline and mention.group.perpetrator == "state_forces" \
                    and (_SPEAKER_BEFORE.search(sentence, max(0, local - 40), local)
                         or _SPEAKER_AFTER.match(sentence, mention.end - sentence_start)):
                # "за даними Сил оборони півдня", "according to the General Staff": a state's forces as the source of
                # the news ("за даними підпільників" is the underground's own claim)
                continue
            # Nothing in the sentence raised the group's own weight: a bare mention. ("Our explosive device"
            # has a claim's weight as its own, and is no mention.)
            if weight == mention.group.baseline and mention.group.baseline < CLAIM_WEIGHT:
                bare[key] = bare.get(key, 0.0) + weight
            else:
                scores[key] = scores.get(key, 0.0) + weight
            if weight > best_group.get(key, (-1.0, mention.group))[0]:
                best_group[key] = (weight, mention.group)

    if any(key[0] != UNKNOWN for key in doers):
        # "Russian forces abducted a teacher, relatives said. Four armed men took her away": the unidentified
        # men are whoever the text names as the doer, not a side of their own. A side only blamed names no one.
        scores.pop((UNKNOWN, ""), None)
        bare.pop((UNKNOWN, ""), None)
    if shooter_unknown and not claimed:
        # The outlet's word that no one can tell who fired or laid the mine ("Кто установил мину под Семячками,
        # неизвестно") outweighs whichever side an official blamed, and the sides it names as acting did something
        # else ("Хто стріляв — ми не знаємо … його забрали військові медики"): only a claim of the act names the doer.
        scores.clear()
        bare.clear()
    for key, weight in bare.items():
        # Once the text names a doer, even in an account it quotes, other sides it merely mentions (the target's
        # army, the "Kyiv regime" an official blames in passing) count for no more than one mention.
        # (In a change of territory the side that withdrew is a doer too, and the gainer may be only mentioned.)
        cap = BARE_MENTIONS_CAP if not doers or key in doers or sub_event_type in _CHANGES_OF_CONTROL \
            else ONE_MENTION
        scores[key] = scores.get(key, 0.0) + min(weight, cap)
    if not scores and not shooter_unknown and sub_event_type in AGAINST_CIVILIANS and len(unweighted) == 1:
        scores[next(iter(unweighted))] = 1.0  # the one side's forces the text names did it
    perpetrator, country, actor1 = _decide(scores, best_group, sub_event_type, lowered, everything)
    if sub_event_type == DISRUPTED:
        # A stopped attack is coded to the side whose weapons were stopped ("air defences shot down
        # two Ukrainian drones"), not to the air defences that stopped them.
        launched = next((m for m in mentions if _WEAPON.search(lowered, m.start, m.end)), None) \
            or next((m for m in mentions if _PRINCIPAL_BEFORE.search(lowered, max(0, m.start - 40), m.start)), None)
        if launched is not None:
            perpetrator, country = launched.group.perpetrator, launched.group.country
            actor1 = launched.group.canonical
    if sub_event_type in TERRITORY:
        perpetrator, country, actor1 = _gainer(lowered, mentions, (perpetrator, country, actor1))
    target, actor2 = _target(lowered, [m for m in mentions if m not in catchers], perpetrator, country,
                             sub_event_type, everything, original, catchers)
    if sub_event_type == CLASH and not actor2 and perpetrator == "state_forces" and country in _OPPONENT:
        # A clash has two sides: one of the war's armies fought the other ("Сили оборони відбили штурм").
        target, actor2 = "military", STATE_FORCES[_OPPONENT[country]]
    return ActorCoding(perpetrator, country, attribution, actor1, actor2, target)


def _gainer(lowered: str, mentions: list[_Mention], doer: tuple[str, str, str]) -> tuple[str, str, str]:
    """Who gained the territory: ``doer``, unless the side the text has withdrawing is the doer or no doer is
    named ("Українські військові відійшли з Цукуриного": Russian forces gained it)."""
    withdrawer = _withdrawer(lowered, mentions)
    if withdrawer is None or doer[0] != UNKNOWN and doer[:2] != (withdrawer.perpetrator, withdrawer.country):
        return doer
    side = (withdrawer.perpetrator, withdrawer.country)
    other = next((m.group for m in mentions if (m.group.perpetrator, m.group.country) != side
                  and m.group.perpetrator not in (UNKNOWN, "protesters", "rioters")), None)
    if other is not None:
        return other.perpetrator, other.country, other.canonical
    if withdrawer.perpetrator == "state_forces" and withdrawer.country in _OPPONENT:
        country = _OPPONENT[withdrawer.country]
        return "state_forces", country, STATE_FORCES[country]
    return UNKNOWN, "", "Unidentified Armed Group"


def _withdrawer(lowered: str, mentions: list[_Mention]) -> _Group | None:
    """The group the text has leaving a place: the nearest mention before a withdrawal verb, in its clause."""
    for verb in _WITHDRAWAL.finditer(lowered):
        # (a side named after a preposition is no subject: "left the village after a day of Ukrainian artillery
        # preparation, withdrawing toward Svatove")
        before = [m for m in mentions if m.end <= verb.start()
                  and not _PREPOSITION_BEFORE.search(lowered, max(0, m.start - 12), m.start)]
        if not before:
            continue
        between = lowered[before[-1].end:verb.start()]
        if len(between.split()) <= _WITHDRAWER_REACH and not re.search(r"[.;!?]", between):
            return before[-1].group
    return None


# The outlet's word that the doer is someone unknown: "невідомий кинув дві пляшки", "поджог совершили неустановленные
# лица", "unidentified assailants set fire to".
_UNKNOWN_DOER = re.compile(
    _B + r"(?:невідом(?:ий|а|і|ого|ими)|неизвестн(?:ый|ая|ые|ого|ыми)|невстановлен\w* (?:особ|осіб|чолов)\w*"
    r"|неустановленн\w* (?:лиц|лица|мужчин|злоумышленник)\w*"
    r"|(?:unidentified|unknown) (?:person|people|men|man|assailants?|attackers?|arsonists?|perpetrators?|individuals?))"
    + _E)


def names_an_unknown_doer(text: str) -> bool:
    """Whether ``text`` calls the doer unknown ("невідомий підпалив", "unidentified assailants")."""
    return _UNKNOWN_DOER.search(_normalise(text)) is not None


def says_who_fired_is_unknown(text: str) -> bool:
    """Whether ``text`` says no one can tell who fired ("Кто стрелял — установить невозможно")."""
    return _SHOOTER_UNKNOWN.search(_normalise(text)) is not None


def claims_responsibility(sentence: str) -> bool:
    """Whether ``sentence`` says someone claimed (took responsibility for) an attack."""
    return _CLAIM.search(_normalise(sentence)) is not None


def _claimant(sentence: str, sentence_start: int, claim: re.Match[str], mentions: list[_Mention],
              earlier: list[_Mention]) -> _Mention | None:
    """The group that claims: the nearest capable mention before the claim in its sentence, else the first after
    it, else the last one in earlier sentences ("…according to the group, which claimed responsibility").

    Only groups that are not usually the authorities or the victims can claim (baseline > 0): "the official
    under the occupation authorities died, according to the group, which claimed…" is the group's claim.
    """
    capable = [m for m in mentions if m.group.baseline > 0]
    before = [m for m in capable if m.end - sentence_start <= claim.start()]
    if before:
        return before[-1]
    after = [m for m in capable if m.start - sentence_start >= claim.end()]
    if after:
        return after[0]
    unnamed = _UNNAMED_GROUP.search(sentence)
    if unnamed is not None:
        return _Mention(_UNNAMED_CLAIMANT, sentence_start + unnamed.start(), sentence_start + unnamed.end())
    earlier_capable = [m for m in earlier if m.group.baseline > 0]
    return earlier_capable[-1] if earlier_capable else None


def _normalise(text: str) -> str:
    return text.lower().replace("’", "'").replace("ʼ", "'").replace("ё", "е")


def _sentences(lowered: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in _SENTENCE.finditer(lowered)]


def _mentions(lowered: str, original: str = "", language: str = "") -> list[_Mention]:
    """Every group mention, in text order, leaving out forms the lexicon keeps to other languages.

    A common noun for a kind of group ("soldiers", "солдат…") capitalised inside a sentence of
    ``original`` (the text ``lowered`` was made from, when its offsets match) is part of a name
    ("в Большом Солдатском", a village), not a group.
    """
    lexicon = _lexicon()
    mentions = [_Mention(lexicon.group_of[m.lastgroup], m.start(), m.end())  # type: ignore[index]
                for m in lexicon.groups.finditer(lowered)]
    mentions = [m for m in mentions if not m.group.languages or language in m.group.languages]
    # "не встретив сопротивления", "без опору": resistance met by no one is no resistance movement
    mentions = [m for m in mentions if not (m.group.perpetrator == "partisans"
                                            and _NO_RESISTANCE_BEFORE.search(lowered, max(0, m.start - 25), m.start))]
    # "військовослужбовці ЗС РФ", "soldiers of the Russian army": the generic word and the national name
    # that follows it are one group, the national one
    mentions = [m for m, following in zip(mentions, mentions[1:] + [None])
                if not (following is not None and not m.group.country and following.group.country
                        and m.group.perpetrator == following.group.perpetrator
                        and re.fullmatch(r"\s*(?:of (?:the )?)?", lowered[m.end:following.start]))]
    if not original:
        return mentions
    # "в селе Партизаны", "у селі Партизани", "the village of Partyzany": a settlement's name, not the movement ("біля
    # села Сили оборони відбили штурм" leaves the village unnamed)
    # ("поле між Партизанським і Снігурівкою": a capitalised Cyrillic word inside a sentence names the village too,
    # unless a movement or unit follows it; English capitalises "Ukrainian partisans" anywhere)
    return [m for m in mentions if (m.group.country or not _inside_a_name(original, m.start))
            and not (m.group.perpetrator == "partisans" and original[m.start].isupper()
                     and (_SETTLEMENT_BEFORE.search(original, max(0, m.start - 25), m.start)
                          or _inside_a_name(original, m.start) and not original[m.start].isascii()
                          and not _MOVEMENT_AFTER.match(original, m.end)))]


def _in_setting(mentions: list[_Mention], lowered: str, everything: str, language: str = "") -> list[_Mention]:
    """``mentions`` read in the setting of the whole text.

    Ukrainian and Russian reports call the Russian-led forces of the Donbas and of occupied land
    "бойовики", "separatists", "militants": there the generic words for rebels name the DPR/LPR units.
    A label one side puts on the other, in scare quotes ("«Диверсантом» виявився фермер"), names no one.
    """
    generic_rebels = [m for m in mentions if m.group.perpetrator == "rebels" and not m.group.country]
    # read the whole text for its setting only when a generic rebel is named, as few texts do
    proxies = bool(generic_rebels) and bool(
        _DONBAS.search(everything) or _OCCUPATION.search(everything) and _UKRAINE_CUE.search(everything))
    read = []
    ours = [m for m in mentions if m.group.canonical in (_OUR_FORCES, _THE_ENEMY)]
    side = _speaker_side(everything) if ours else None
    for mention in mentions:
        if mention.group.canonical.endswith(_ONE_SIDES_LABEL) and _scare_quoted(lowered, mention):
            continue
        if mention in ours:
            # "наши штурмовики" in a text that calls the enemy "укропы" are Russia's; "наші воїни" beside "окупанти"
            # Ukraine's; with no such word, no side the text makes known (someone's "our units", quoted).
            # "Противник" faces the writer: Russia's forces in Ukrainian, in Russian the other side of the
            # writer's ("Противник, понеся потери, отошел" beside "уничтожено до 30 националистов").
            enemy = mention.group.canonical == _THE_ENEMY
            writer = "UA" if enemy and language == "uk" else side
            if writer is None:
                continue
            mention = _Mention(_OPPONENT_FORCES[writer if enemy else _OPPONENT[writer]], mention.start, mention.end)
        if proxies and mention in generic_rebels:
            mention = _Mention(_PROXY_FORCES, mention.start, mention.end)
        read.append(mention)
    return read


def _speaker_side(everything: str) -> str | None:
    """The side whose own the text's "our soldiers" are, told by what it calls the other side: "укропы", "ВСУшники",
    "киевский режим" are Russian speech about Ukraine's forces (so are "СВО" and Bakhmut's Soviet name
    "Артемовск"), "окупанти", "орки", "рашисти" Ukrainian speech about Russia's; so is "our" striking the other
    side by name ("наши FPV-шники отработали по эвакуационному автомобилю ВСУ"). None when neither prevails."""
    russian = len(_RUSSIAN_SPEECH.findall(everything)) + len(_OURS_STRIKING_UA.findall(everything))
    ukrainian = len(_UKRAINIAN_SPEECH.findall(everything)) + len(_OURS_STRIKING_RU.findall(everything))
    if russian > ukrainian:
        return "RU"
    if ukrainian > russian:
        return "UA"
    return None


def _scare_quoted(lowered: str, mention: _Mention) -> bool:
    """Whether ``mention`` stands alone in quotation marks with no one's blame before it (``приписали
    «украинским диверсантам»`` reports the blame; ``«Диверсантом» виявився фермер`` mocks the label)."""
    return lowered[mention.start - 1:mention.start] in _OPENING_QUOTES \
        and lowered[mention.end:mention.end + 1] in _CLOSING_QUOTES \
        and not _BLAME.search(lowered, max(0, mention.start - 60), mention.start)


_SETTLEMENT_BEFORE = re.compile(
    r"(?:(?<!\w)(?:сел[оаеіу]|селищ[еіау]|смт|поселк[еау]|посёлк[еау]|поселок|посёлок|хутор[іеау]?|деревн[яіеу]"
    r"|міст[оаі]|город[еау]?)|\b(?:village|town|settlement|hamlet) of|\b(?:village|town|settlement|hamlet))\s+$",
    re.IGNORECASE)


# A movement or unit named after a word: "Партизанський рух", "партизанский отряд" (see _mentions).
_MOVEMENT_AFTER = re.compile(r"\w*\s+(?:рух|движени|загін|загон|отряд|групп|груп|movement|group|unit)", re.IGNORECASE)


def _inside_a_name(original: str, start: int) -> bool:
    before = original[:start].rstrip(" \t")
    return original[start].isupper() and bool(before) and before[-1] not in ".!?…\n«\"'“„:—–-•"


# A hedge or a source set off by commas between the doer and its verb: "российские военные, по всей
# видимости, расстреляли", "украинский FPV-дрон, по данным губернатора, атаковал", "troops, reportedly, fired".
_ASIDE = re.compile(
    r",\s*(?:по (?:всей видимости|всей вероятности|данным|словам|информации|версии)(?: [^,]{1,40})?|вероятно|видимо"
    r"|предположительно|судя по всему|ймовірно|імовірно|вочевидь|очевидно|судячи з усього|мабуть"
    r"|за (?:даними|словами|інформацією|версією)(?: [^,]{1,40})?|apparently|reportedly|allegedly|probably"
    r"|according to [^,]{1,40}|it seems"
    # who among the doers: "окупанти, зокрема підрозділи так званої «народної міліції», намагалися штурмувати"
    r"|(?:зокрема|у тому числі|в тому числі|в том числе|включая|including|among them)\s[^,]{1,80})\s*,")


# A relative clause between subject and verb: "російські військові, які стоять у селі з осені, вибили двері".
_RELATIVE_ASIDE = re.compile(
    r",\s*(?:які|який|яка|яке|котрі|которые|который|которая|которое|who|which)" + _E + r"[^,;:.]{1,80},")
# The armour or fire an assault had: "штурмові групи за підтримки двох БМП і танка спробували зайти".
_SUPPORT_ASIDE = re.compile(
    _B + r"(?:(?:за підтримк\w+|при підтримці|при поддержке|with the support of|backed by|supported by)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:бмп|бтр|танк\w*|техні\w+|техни\w+|бронетехні\w+|бронетехни\w+|armou?red vehicles?"
    r"|tanks?|ifvs?|apcs?|artillery|артилері\w+|артиллери\w+)"
    r"|with (?:\w+ )?(?:armou?red|artillery|air|tank|drone|fire) support(?: (?:from|of) (?:the )?[\w-]+(?: [\w-]+)?)?"
    # fire support: "наши бойцы при огневой поддержке союзных сил атаковали"
    r"|(?:при|за|під|под) (?:огнев\w*|вогнев\w*|артиллерийск\w*|артилерійськ\w*|авиационн\w*|авіаційн\w*) "
    r"(?:поддержк\w*|підтримк\w*|прикрытием|прикриттям)(?: [\w-]+){0,2})" + _E)


def _verb_after(after: str, verbs: re.Pattern[str]) -> re.Match[str] | None:
    """The first of ``verbs`` in the text ``after`` a mention, when it is within four words of it in one clause
    (asides, a relative clause and the armour that supported the doer left out)."""
    verb = verbs.search(after)
    if verb is None:
        return None
    gap = _SUPPORT_ASIDE.sub(" ", _RELATIVE_ASIDE.sub(" ", _ASIDE.sub(" ", after[:verb.start()])))
    if len(gap.split()) > 4 or re.search(r"[,;:]", gap):
        return None
    return verb


# A relative pronoun in the nominative after a group, then its verb (an adverb between): the group did it.
_DOER_RELATIVE = re.compile(
    r"(?:\s+[\w-]+){0,4}?\s*,\s*(?:яка|який|які|котра|котрий|котрі|которая|который|которые|which|who|that)"
    r"(?:\s+(?:then|later|also|потім|згодом|также|затем|потом|теж|тоже))?\s+")
# Before a group that opens its sentence as the subject: nothing, or a number or article ("Two Russian soldiers").
# A short adverbial set off by a comma may come first: "On 21 May 2024, a Russian serviceman …".
_SUBJECT_OPENING = re.compile(
    r"\W*(?:[^,;:]{1,40},\s*)?(?:(?:a|an|the|two|three|four|several|двоє|троє|двое|трое) )?")
# Words that open a clause of their own, whose verb is not the subject's.
_CLAUSE_OPENER = re.compile(
    _B + r"(?:that|which|who|whom|where|when|while|after|before|as|until|що|який|яка|які|яке|де|коли|поки|після"
    r"|который|которая|которые|которое|где|когда|пока|после|чтобы|щоб)" + _E)


def _verb_after_place(after: str, verbs: re.Pattern[str]) -> re.Match[str] | None:
    """The verb of a subject followed by where it was: "Russian servicemen at a checkpoint on the exit from the
    village fired on a civilian car" (up to ten words, in one clause)."""
    verb = verbs.search(after)
    if verb is None:
        return None
    gap = after[:verb.start()]
    if len(gap.split()) > 10 or re.search(r"[,;:()]", gap) or _CLAUSE_OPENER.search(gap):
        return None
    return verb


def _repelled(sentence: str, end: int) -> bool:
    """Whether the mention ending at ``end`` is the subject of a verb of repelling ("ЗСУ відбили атаку")."""
    return _verb_after(sentence[end:end + 60], _REPEL) is not None


# Thrown back, said of the side that attacked: "противника відкинуто", "противник отброшен", "were pushed back".
_THROWN_BACK_AFTER = re.compile(
    r"\s+(?:(?:було|было|був|была|был|були|были)\s+)?(?:відкинут\w*|відбит\w*|отброшен\w*|отбит\w*)"
    r"|\s+(?:was|were|had been|have been|has been)\s+(?:pushed back|driven back|repelled|repulsed|thrown back)" + _E)
# What was repelled, just before the side that attacked: "fought off a Russian sabotage group", "repelled an
# attack by Russian infantry", "відбили штурм російських військ".
_REPELLED_BEFORE = re.compile(
    _REPEL.pattern + r"\s+(?:(?:an?|the|two|three|several|attacks?|assaults?|by|of|атак\w*|штурм\w*|наступ\w*"
    r"|спроб\w*|попытк\w*|\d+)\s+){0,3}$")


def _is_agent(sentence: str, start: int, end: int, actions: re.Pattern[str] = _ACTION) -> bool:
    """Whether the mention at [start, end) is the doer of one of ``actions`` in ``sentence``."""
    # "ФСБ по Республике Крым и Севастополю задержали", "СБУ в Херсонській області затримала": the
    # office's jurisdiction belongs to its name, not between doer and verb.
    jurisdiction = _JURISDICTION.match(sentence, end)
    after = sentence[end + (jurisdiction.end() - end if jurisdiction else 0):][:100]
    # "the FSB said on Monday it had detained two residents", "ФСБ заявила, что задержала…": the
    # speaker reports its own action.
    own = _SELF_REPORT.match(sentence[end:end + 90])
    if own is not None:
        verb_at = end + own.end()
        skipped = re.match(r"\w+\s+", sentence[verb_at:])  # "said it had earlier detained"
        if actions.match(sentence, verb_at) or skipped and actions.match(sentence, verb_at + skipped.end()):
            return True
    verb = _verb_after(after, actions)
    if verb is None:
        # the subject of a relative clause: "групу противника, яка намагалася перетнути кордон"
        relative = _DOER_RELATIVE.match(after)
        if relative is not None and actions.match(after, relative.end()):
            return True
    if verb is None and _SUBJECT_OPENING.fullmatch(sentence[:start]):
        verb = _verb_after_place(sentence[end:end + 120], actions)
    # "officials said air defences shot down…": a speech verb before the action
    # makes the mention the speaker of the clause, not its doer.
    if verb is not None and _NEGATION_BEFORE_VERB.search(after[:verb.start()]):
        return False  # "українські підрозділи туди не заходили", "the troops did not enter"
    if verb is not None and not _REPORTED.search(after[:verb.start()]):
        previous_word = after[:verb.start()].split()[-1:] or [""]
        # headline passive: "official killed in blast" has no auxiliary but no object either
        next_word = after[verb.end():].split()[:1] or [""]
        # ("fired at a civilian car" is active: firing takes "at" or "on", not an object)
        headline_passive = verb.group().isascii() and verb.group().endswith("ed") and (
            next_word[0].strip(",.;:") in _NOT_AN_OBJECT) and not (
            verb.group() == "fired" and next_word[0] in ("at", "on", "upon"))
        if previous_word[0] not in _PASSIVE_AUX and not headline_passive:
            return True
    before = sentence[max(0, start - 40):start]
    # the subject after its verb, in the nominative plural that no object takes: "міну залишили російські
    # військові", "обстріляли окупанти" (not "знищили російських військових", nor "збили російські ракети")
    verb_before = _VERB_RIGHT_BEFORE.search(before)
    if verb_before is not None and actions.fullmatch(verb_before.group(1)) \
            and _PEOPLE_NOMINATIVE_PLURAL.search(sentence, start, end) \
            and not _NEGATION_BEFORE_VERB.search(before, 0, verb_before.start(1)):
        return True
    # passive agent: "blown up by partisans"
    if _PASSIVE_BY.search(before):
        return True
    # the weapon that struck: "удару російського дрона по автобусу", "удара украинской ракеты"
    if _STRIKE_OF.search(before) and _WEAPON.search(sentence, start, end):
        return True
    # uk/ru passive agent in the instrumental: "задержан сотрудниками ФСБ", "підірвано партизанами"
    words = (before + sentence[start:end]).split()
    if before.split()[-1:] in (["с"], ["со"], ["з"], ["із"], ["зі"]):
        return False  # "боестолкновений партизан с российскими силовиками": fought with, not done by
    instrumental = any(re.search(r"(?:ами|ями)$", w) for w in words[-3:])
    return instrumental and bool(_PASSIVE_PARTICIPLE.search(" ".join(words[-5:])))


def _decide(scores: dict[tuple[str, str], float], best_group: dict[tuple[str, str], tuple[float, _Group]],
            sub_event_type: str, lowered: str, everything: str) -> tuple[str, str, str]:
    if sub_event_type in PROTESTS:
        country = "UA" if _UKRAINE_CUE.search(everything) else ""
        return "protesters", country, f"Protesters ({'Ukraine' if country == 'UA' else 'unspecified'})"
    if sub_event_type in RIOTS:
        # The crowd's class stays "protesters", as event datasets keyed on
        # who took to the street count it; ACLED's "Rioters" is the actor name.
        return "protesters", "", "Rioters"
    if sub_event_type in ARRESTS:
        state = {k: v for k, v in scores.items() if k[0] == "state_forces"}
        # a named national service ("задержанных ФСБ") is the detainer before a generic word for the military
        state = {k: v for k, v in state.items() if k[1]} or state
        if state:
            key = max(state, key=lambda k: state[k])
            return _with_country(key, best_group[key][1], everything)
        country = "RU" if _OCCUPATION.search(everything) else ""
        return "state_forces", country, "Police Forces of Russia" if country == "RU" else "Police Forces"
    if not scores and sub_event_type == CHANGE_TO_GROUP and _CONSCRIPTION.search(everything):
        # a conscription drive with no force named as its agent is the drafting state's; in occupied land, Russia's
        perpetrator, country, _ = _with_country(("state_forces", ""), _GENERIC_MILITARY, everything)
        return perpetrator, country, STATE_FORCES.get(country, _GENERIC_MILITARY.canonical)
    if not scores and sub_event_type == AGREEMENT:
        # "Ukraine and Russia exchanged prisoners": ACLED's first actor is the first party the account names.
        parties = [(m.start(), country) for country, pattern in _STATE_PARTIES for m in [pattern.search(lowered)] if m]
        if parties:
            country = min(parties)[1]
            return "state_forces", country, _STATE_PARTY_NAMES[country]
    if not scores:
        return UNKNOWN, "", "Unidentified Armed Group"
    key = max(scores, key=lambda k: (scores[k], best_group[k][0]))
    return _with_country(key, best_group[key][1], everything)


def _with_country(key: tuple[str, str], group: _Group, everything: str) -> tuple[str, str, str]:
    perpetrator, country = key
    if perpetrator == "state_forces" and not country:
        if _NATIONAL_POLICE_UA.search(everything):
            country = "UA"
        elif _OCCUPATION.search(everything):
            country = "RU"
    return perpetrator, country, group.canonical


def _target(lowered: str, mentions: list[_Mention], perpetrator: str, country: str, sub_event_type: str,
            everything: str, original: str, catchers: list[_Mention]) -> tuple[str, str]:
    """The target class and the ACLED-style name of the group on the receiving end (``catchers``: who caught the
    doer, named in no target)."""
    if sub_event_type in PROTESTS:
        return UNKNOWN, ""
    lexicon = _lexicon()
    sentence = _event_sentence(lowered)
    if sentence is None:
        return UNKNOWN, ""
    start, text = sentence
    perpetrator_spans = [(m.start - start, m.end - start) for m in [*mentions, *catchers]
                         if ((m.group.perpetrator, m.group.country) == (perpetrator, country) or m in catchers)
                         and start <= m.start < start + len(text)]
    kept = [(m.start(), m.end(), m.lastgroup or "") for m in lexicon.targets.finditer(text)
            if not (sub_event_type in PEOPLE_ONLY and m.lastgroup in {"infrastructure", "property"})
            and not any(m.start() < e and s < m.end() for s, e in perpetrator_spans)
            and not (original and _inside_a_name(original, start + m.start())
                     and not any(g.start < start + m.end() and start + m.start() < g.end for g in mentions))]
    if not kept:
        return UNKNOWN, ""
    target = min(kept, key=lambda f: (lexicon.order.index(f[2]), f[0]))[2]
    return target, _target_group(target, text, mentions, start, perpetrator, country, everything)


def _event_sentence(lowered: str) -> tuple[int, str] | None:
    """The first sentence with an action verb (the one that reports the event), else the first."""
    sentences = _sentences(lowered)
    for start, sentence in sentences:
        if _ACTION.search(sentence) or re.search(r"вибух|взрыв|explo|blast|загин|погиб|killed|затрима|задерж",
                                                 sentence):
            return start, sentence
    return sentences[0] if sentences else None


def _target_group(target: str, sentence: str, mentions: list[_Mention], start: int, perpetrator: str,
                  country: str, everything: str) -> str:
    for mention in mentions:
        if start <= mention.start < start + len(sentence) and mention.group.target == target \
                and mention.group.perpetrator != perpetrator:
            return mention.group.canonical
    occupied = bool(_OCCUPATION.search(everything))
    if target == "officials":
        return "Russian Occupation Administration" if occupied else "Government officials"
    if target == "security_forces":
        return "Police Forces of Russia" if occupied else "Police Forces"
    if target == "military":
        if perpetrator == "state_forces" and country in _OPPONENT:
            return STATE_FORCES[_OPPONENT[country]]
        return "Military Forces of Russia" if occupied or perpetrator == "partisans" else "Military Forces"
    if target == "civilians":
        return "Civilians (Ukraine)" if _UKRAINE_CUE.search(everything) else "Civilians"
    if target == "protesters":
        return "Protesters"
    return ""


def _phrase(text: str, start: int, sentence: str) -> str:
    """The source's own attribution words: the sentence, trimmed to 200 characters."""
    original = text[start:start + len(sentence)].strip()
    return original if len(original) <= 200 else original[:197].rstrip() + "…"
