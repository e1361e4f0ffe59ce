"""The cheap first pass: word stems that a sentence reporting an event almost always contains.

A news article is mostly context, quotes and background. Only sentences with
at least one trigger stem go on to the classifier, so most sentences of a
no-event story never reach the classifier at all. The lists favour recall:
a false trigger costs one classifier call, a missed one loses an event.

Stems are matched at the start of a word (``\\b`` + stem), case-insensitively,
so "вибух" catches "вибухом", "вибухівка"; English stems are kept short for
the same reason ("explo" for explosion/exploded/explosive).
"""

from __future__ import annotations

import re
from functools import lru_cache

ENGLISH: tuple[str, ...] = (
    # violence and its results
    "kill", "dead", "death", "died", "dies", "wound", "injur", "hurt", "casualt", "bod(?:y|ies)\\b",
    "explo", "blast", "bomb", "detonat", "ied\\b", "car bomb", "landmine", "mine[sd]?\\b", "grenade",
    "booby[- ]?trap", "trip-?wire", "unexploded", "uxo\\b",
    "shell", "artillery", "mortar", "missile", "rocket", "strike", "struck", "airstrike", "air raid",
    "drone", "uav", "warplane", "jet", "helicopter", "chemical", "sarin", "chlorine", "toxic gas",
    "attack", "assault", "ambush", "raid", "clash", "fight", "battle", "combat", "offensive",
    "shoot", "shot", "gun", "fire[ds]?\\b", "firing", "opened fire", "sniper", "stab", "beat",
    "torture", "execut", "murder", "assassin", "suicide", "rape", "sexual", "sexually", "abduct",
    "kidnap", "hostage", "disappear", "missing", "captiv",
    # protest and riot
    "protest", "rall(?:y|ied|ies)", "demonstrat", "march(?:ed|ers?|ing)", "picket", "sit-in",
    "riot", "mob", "lynch", "unrest", "tear gas", "teargas", "rubber bullet", "water cannon",
    "dispers", "vandal", "loot", "arson", "torch", "set fire", "set on fire", "burn", "ransack",
    "out of action", "disabled", "relay (?:cabinet|box)",
    # weapons and strikes by their nicknames: a Lancet, an FPV, "incoming", Ukrainian "cotton" for a blast in Russia
    "lancet", "fpv", "shahed", "loitering", "incoming", "cotton",
    # arrests and security operations
    "arrest", "detain", "detention", "custody", "apprehend", "round(?:ed)? up", "jail", "seiz",
    "confiscat", "raid", "search",
    # territory and strategic developments
    "captur", "retak", "recaptur", "regain", "liberat", "overr", "took control", "take control",
    "taken control", "seized control", "control of", "withdr", "retreat", "pull(?:ed)? out",
    "hand(?:ed)? over", "ceasefire", "cease-fire", "truce", "agreement", "deal\\b", "accord",
    "peace", "prisoner", "exchange", "swap", "deploy", "troop", "reinforc", "recruit", "mobiliz",
    "mobilis", "conscript", "headquarter", "base\\b", "outpost", "camp\\b", "intercept",
    "shot down", "downed", "defus", "disarm", "neutrali", "cache", "weapon", "arms\\b",
    "ammunition", "explosives", "sabotag", "derail", "destroy", "destruct", "damag", "demolish",
    "blew up", "blow up", "blown up",
    # actors whose mention alone makes a sentence worth a look
    "partisan", "resistance", "underground", "guerrill", "insurgent", "militant", "rebel",
    "militia", "jihadist", "terrorist", "gunm[ae]n", "soldier", "troops", "army", "forces",
    "police", "occup", "collaborat", "invader",
    # strategic developments told without violent words
    "armed", "gas\\b", "smoke", "snatch", "took away", "junta", "coup", "martial law", "state of emergency",
    "curfew", "evacuat", "blockade", "mass grave", "drills", "exercises", "formation", "faction", "split",
    "front\\b", "stronghold", "position", "checkpoint", "agreed", "memorandum", "humanitarian pause",
    "gathered", "banner", "chant", "a march", "the march", "took part", "vigilante", "patrol", "militar",
    "legion", "unit\\b", "units", "division", "dissolv", "suspend", "ban on", "cables", "dislodg",
    "self-defen", "without a fight", "whereabouts", "establish", "set up", "stole", "stolen", "steal",
    "fled", "flee", "displac", "molotov", "firebomb", "flammable", "incendiar", "balaclavas", "masked",
    # a protest told by what the crowd did: blocked a road, demanded, held placards
    "blocked (?:a |the )?(?:road|highway|street|traffic|entrance)", "demand", "placard", "slogan",
)

UKRAINIAN: tuple[str, ...] = (
    "вбив", "вбит", "убив", "убит", "загин", "загибл", "смерт", "помер", "тіл[оа]", "поран",
    "травм", "постражд", "жертв",
    "вибух", "підірв", "підрив", "вибухів", "свп", "мін[аиуоі]\\b", "замінув", "мінуван", "розтяжк", "фугас",
    "граната", "гранат", "обстріл", "обстрілю", "артилер", "міномет", "ракет", "удар", "авіаудар",
    "авіаналіт", "дрон", "безпілот", "бпла", "шахед", "літак", "гелікоптер", "вертол", "хімічн",
    "атак", "напад", "штурм", "засідк", "рейд", "бій", "бої", "боя", "бойов", "зіткн", "наступ",
    "стріля", "стрілян", "постріл", "розстріл", "обстріля", "вогонь", "вогню", "снайпер", "ножем",
    "поби", "побитт", "катув", "тортур", "страт", "вбивств", "замах", "смертни", "зґвалт",
    "згвалт", "сексуальн", "викра", "викрад", "зник", "полон", "заручник", "утриму",
    "протест", "мітинг", "акці", "демонстрац", "демонстрант", "пікет", "маніфест", "марш",
    "страйк", "заворуш", "бунт", "погром", "натовп", "самосуд", "сльозогін", "розігна",
    "розгін", "вандал", "мародер", "пограбув", "грабу", "підпал", "підпали", "спали", "згорі",
    "затрима", "затриман", "арешт", "заарешт", "ув'язн", "обшук", "вилучи", "вилуче", "конфіск",
    "захопи", "захопл", "звільни", "звільнен", "деокуп", "відвою", "контрол", "окупува",
    "окупова", "відступ", "вийшли з", "відвели", "передали", "перемир", "угод", "домовлен",
    "обмін", "полонен", "розгорн", "перекину", "мобіліз", "вербув", "призов", "штаб", "баз[аиуі]",
    "табір", "перехопи", "перехопл", "збили", "збит", "знешкод", "розмінув", "схрон", "зброї",
    "зброю", "зброя", "боєприпас", "вибухівк", "диверс", "саботаж", "знищ", "пошкод", "зруйн",
    "руйнув", "з ладу", "релейн", "з рейок", "під укіс",
    "партизан", "підпіл", "опор", "повстан", "бойовик", "терорист", "військов", "солдат",
    "окупант", "росгвард", "фсб", "поліці", "колаборант", "гауляйтер", "силовик", "зсу", "армі",
    "озброєн", "вийшли", "зібрал", "забрал", "схопил", "застрел", "воєнний стан", "надзвичайн", "евакуац",
    "вивез", "поховання", "блокад", "залишил", "зайшл", "без бою", "угрупован", "загон", "дивізі",
    "підрозділ", "командн", "позиці", "облаштув", "розмісти", "самооборон", "фронт", "розкол", "погодил",
    "самопідрив", "самогубств", "скид", "каб[иаі]?\\b", "запалювальн", "військкомат", "розграб", "задух",
    "хлор", "місцезнаходж", "вдари", "урази", "бомб", "авіаці", "авіабомб",
    "перекри", "вимага", "гасл", "плакат", "вкрал", "втекл", "утекл", "віч[еа]\\b",
    # a strike told by what landed: "снаряди влучили", "приліт"
    "снаряд", "влучи", "влучан", "приліт", "прильот", "уламк", "горюч", "запальн",
    # and by the soldiers' slang for it: "відпрацювали по", "накрили", "прилетіло", "бавовна", "Ланцет"
    "відпрацюва", "накрил", "прилеті", "бавовн", "ланцет",
    # an abduction told by who came and what they did: "люди в балаклавах … повезли"
    "в балаклавах", "у балаклавах", "в масках", "у масках", "повезл", "відвезл",
)

RUSSIAN: tuple[str, ...] = (
    "убит", "убил", "убий", "погиб", "гибел", "смерт", "умер", "тел[оа]", "ранен", "ранил",
    "травм", "пострада", "жертв",
    "взрыв", "подорв", "подрыв", "сву", "мин[аыуео]\\b", "заминир", "минирован", "гранат", "растяжк", "фугас",
    "обстрел", "артиллер", "миномет", "миномёт", "ракет", "удар", "авиаудар", "авианалет",
    "авианалёт", "дрон", "беспилот", "бпла", "шахед", "самолет", "самолёт", "вертолет",
    "вертолёт", "химическ",
    "атак", "напад", "штурм", "засад", "рейд", "бой", "боя", "бои", "боев", "столкнов", "наступ",
    "стреля", "стрельб", "выстрел", "расстрел", "огонь", "огня", "снайпер", "ножом", "избил",
    "избие", "пытк", "пытал", "казн", "убийств", "покушен", "смертни", "изнасил", "сексуальн",
    "похит", "похищ", "пропа", "плен", "заложник", "удержива",
    "протест", "митинг", "акци", "демонстрац", "демонстрант", "пикет", "шестви", "марш",
    "забастов", "беспоряд", "бунт", "погром", "толп", "самосуд", "слезоточ", "разогна", "разгон",
    "вандал", "мародер", "мародёр", "ограб", "граб", "поджог", "подожг", "подожж", "поджег", "поджиг", "сожг", "сожж",
    "сгоре",
    "задерж", "арест", "заключ", "обыск", "изъя", "конфиск", "повязал", "фээсбэшн", "эсбэушн", "сбушн",
    "захват", "захвати", "освобод", "освобожд", "деоккуп", "отвоева", "контрол", "оккупир",
    "оккупац", "отступ", "отошли", "отвели", "вывели", "передали", "перемири", "соглашен",
    "договор", "обмен", "пленн", "развер", "перебро", "мобилиз", "вербов", "призыв", "штаб",
    "баз[аыуе]", "лагер", "перехват", "сбил", "сбит", "обезвред", "разминир", "тайник",
    "схрон", "оружи", "боеприпас", "взрывчат", "диверс", "саботаж", "уничтож", "поврежд",
    "разруш", "из строя", "релейн", "с рельсов", "под откос",
    "партизан", "подполь", "сопротивлен", "повстан", "боевик", "террорист", "военн", "солдат",
    "оккупант", "росгвард", "фсб", "полици", "коллаборант", "силовик", "всу", "арми",
    "вооруж", "вышли", "собрал", "забрал", "схвати", "застрел", "военное положение", "чрезвычайн",
    "эвакуац", "вывез", "захоронен", "блокад", "покинул", "оставил", "зашл", "без боя", "группиров", "отряд", "дивизи",
    "подраздел", "командн", "позици", "оборудова", "размести", "самооборон", "фронт", "раскол",
    "согласова", "самоподрыв", "сброс", "каб[ыа]?\\b", "зажигательн", "военкомат", "разграб", "удушь",
    "хлор", "контртеррористическ", "местонахожд", "бомб", "авиаци", "порази", "авиабомб",
    "перекры", "требова", "лозунг", "плакат", "украл", "бежал",
    "снаряд", "попадани", "прилет", "прилёт", "обломк", "горюч", "коктейл",
    # "отработали по", "накрыли", "Ланцет", "Герань"; and a blast called a "хлопок" on the news
    "отработа", "накрыл", "ланцет", "герань", "герани", "хлопок", "хлопк", "бахнул",
    "в балаклавах", "в масках", "увез", "увоз",
)

_LEXICONS: dict[str, tuple[str, ...]] = {"en": ENGLISH, "uk": UKRAINIAN, "ru": RUSSIAN}


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    # One alternation over all languages: a Russian quote inside a Ukrainian
    # text, or a transliterated term, still triggers; the stems do not clash.
    # Texts are lower-cased before matching, which is faster than IGNORECASE.
    stems = sorted({s for lexicon in _LEXICONS.values() for s in lexicon}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(stems) + ")")


def trigger_words(text: str) -> list[str]:
    """The trigger stems' matches in ``text``, in order (lower-cased)."""
    return [m.group() for m in _pattern().finditer(text.lower())]


def trigger_offsets(text: str) -> list[int] | None:
    """Start offsets of the trigger matches in ``text``, found in one pass over a whole document.

    None in the rare case that lower-casing changes the text's length (and
    so its offsets); callers then test sentence by sentence.
    """
    lowered = text.lower()
    if len(lowered) != len(text):
        return None
    return [m.start() for m in _pattern().finditer(lowered)]


def has_trigger(text: str) -> bool:
    """Whether ``text`` contains any trigger stem: the gate to the classifier."""
    return _pattern().search(text.lower()) is not None
