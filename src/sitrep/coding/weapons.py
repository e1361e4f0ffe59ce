"""The weapons an account names, by ACLED's two kinds of strike.

ACLED codes a strike by aircraft or drones as "Air/drone strike" and one by
missiles, rockets or artillery as "Shelling/artillery/missile attack". The
classifier often mixes the two up; the weapons the text names do not.
"""

from __future__ import annotations

import re

AIR_STRIKE = "Air/drone strike"
MISSILE_ATTACK = "Shelling/artillery/missile attack"
IED = "Remote explosive/landmine/IED"

AIR_WEAPON = re.compile(
    r"\b(?:drones?|uavs?|aircraft|air ?strikes?|air raid|jets?|planes?|helicopters?|aerial|aviation|glide bombs?"
    r"|bombers?|каб|air-launched|shaheds?|geran-?\d?|lancets?|mavics?|quadcopters?|copters?|baba[- ]yaga"
    # unguided bombs with glide kits and the air force that drops them: "ФАБ-500 с УМПК", "наши ВКС"
    r"|фаб|fabs?|умпк|вкс"
    # naval drones, the sea's strike drones: "uncrewed surface vessels (USVs)", "безэкипажные катера (БЭК)"
    r"|usvs?|(?:uncrewed|unmanned) surface (?:vessels?|boats?)|бэк)\b"
    r"|\b(?:дрон|безпілотн|бпла|авіа|літак|гелікоптер|вертоліт|вертольот"
    r"|беспилотн|авиа|самол[её]т|вертол[её]т|бомбардировщ|безекіпажн|безэкипажн|повітряного базування"
    r"|воздушного базирования|шахед|геран|ланцет|мавик|мавік|квадрокоптер|коптер"
    # strike drones by their soldiers' names: "«крыло» отработало по машине", "«Баба-Яга»"
    r"|ударн\w* крил|ударн\w* крыл|баба-яг|баба яг)|«(?:крил|крыл)\w*»"
    # ... and the "birds" they fly: "наши «птички» отработали по эвакуационной группе"
    r"|«(?:птичк|птиц|пташк)\w*»|(?<!\w)(?:наш\w*|ваш\w*) (?:птичк|пташк)\w*"
    # ... and the soldiers who fly them: "оператори ЗСУ уразили автомобіль", "наши операторы отработали"
    r"|(?<!\w)оператор\w* (?:зсу|всу|сил оборони|сбс)|(?<!\w)наш\w* оператор\w*",
    re.IGNORECASE,
)
# A mine, laid or drifting: "a tractor hit a mine", "підірвався на міні", "на мине"; a booby trap or a tripwire is
# one too ("a grenade rigged to the gate with a tripwire", "розтяжка").
MINE = re.compile(r"\b(?:land)?mines?\b|\bмін(?:а|и|у|ою|і|ами|ах|ам)?\b|\bмин(?:а|ы|у|ой|е|ами|ах|ам)?\b"
                  r"|\bbooby[- ]?trap\w*|\btrip-?wires?\b|(?<!\w)(?:розтяжк|растяжк)\w*", re.IGNORECASE)
# A mine, a tripwire or a leftover munition that went off under or beside someone: "his tractor struck an anti-tank
# mine", "tripped a wire", "підірвався на протитанковій міні", "наїхав на міну", "зачепив розтяжку", "наступила на
# мину", "сработала противопехотная мина", "здетонував залишок боєприпасу". (A munition that merely exploded is a
# strike's or a depot's: only one left behind, unexploded, counts.)
_ANY_WORDS = r"(?:[\w'’«»-]+\s+){0,3}?"
_MINE_WORD = (r"(?:мін[іуаи]|мин[еуаы]|розтяжк\w*|растяжк\w*|фугас\w*|вибухов\w* пристр\w*|взрывн\w* устройств\w*"
              r"|(?:саморобн|самодельн)\w* (?:вибухов|взрывн)\w* \w+|залиш\w* боєприпас\w*|(?:невибухнул|нерозірван)\w* \w+"
              r"|неразорвавш\w* \w+|вибухонебезпечн\w* предмет\w*|взрывоопасн\w* предмет\w*)")
MINE_BLAST = re.compile(
    r"\b(?:struck|hit|ran (?:over|onto)|drove (?:over|onto)|driven (?:over|onto)|stepped on|trod on|triggered|set off)"
    r"\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:(?:land)?mines?|explosive devices?|ieds?|trip-?wires?)\b"
    r"|\b(?:land)?mines? (?:exploded|went off|detonated|blew up)|\bmine (?:blast|explosion)"
    r"|\btripped (?:a |the )?(?:trip-?)?wire|\bbooby[- ]?trap(?:ped)?\b"
    r"|\b(?:unexploded (?:ordnance|shell|munition|bomb|round|submunition|grenade)s?|uxo|submunitions?)\b[^.]{0,80}?"
    r"\b(?:went off|exploded|detonated|blew up)\b"
    r"|(?<!\w)(?:підірва|подорва)\w*\s+на\s+" + _ANY_WORDS + _MINE_WORD
    + r"|(?<!\w)(?:наїха|наеха|наступи|натрапи|наткну|зачепи|задела|задел)\w*\s+(?:на\s+)?" + _ANY_WORDS
    + r"(?:мін[уі]|мин[уе]|розтяжк\w*|растяжк\w*|фугас\w*|вибухов\w* пристр\w*|взрывн\w* устройств\w*)"
    r"|(?<!\w)(?:спрацюва|сработа|здетонува|сдетонирова|вибухну|взорва)\w*\s+" + _ANY_WORDS + _MINE_WORD
    + r"|(?<!\w)(?:підрив\w*|подрыв\w*) на (?:мін|мин)\w*"
    r"|(?<!\w)на\s+" + _ANY_WORDS + r"(?:мін[іе]|мине|фугасе|растяжке|розтяжці|взрывн\w* устройств\w*"
    r"|вибухов\w* пристро\w*)\s+(?:підірва|подорва)\w*"
    # the mine as what killed or hurt: "killed by a PFM-1 anti-personnel mine", "від вибуху міни", "от взрыва мины"
    r"|\b(?:killed|wounded|injured|hurt|maimed) by (?:an? |the )?(?:[\w-]+ ){0,3}?(?:land)?mines?\b"
    r"|(?<!\w)(?:від|внаслідок|в результаті|от|в результате) (?:вибуху|підриву|взрыва|подрыва) (?:\w+ ){0,2}?"
    r"(?:мін[иі]|мин[ыі]|розтяжки|растяжки|фугаса)"
    # a deminer's death at work: "загинув сапер під час розмінування", "погиб при разминировании"
    r"|(?<!\w)(?:загину\w*|погиб(?:ла|ли)?)(?!\w)[^.!?]{0,80}?(?:розмінуванн|разминировани)\w*"
    r"|(?<!\w)(?:розмінуванн|разминировани)\w*[^.!?]{0,80}?(?:загину\w*|погиб(?:ла|ли)?)(?!\w)"
    r"|\b(?:killed|died)\b[^.!?]{0,60}?\b(?:demining|clearing mines|mine clearance)\b",
    re.IGNORECASE,
)
GROUND_WEAPON = re.compile(
    r"\b(?:missiles?|rockets?|artillery|shell(?:ing|ed|s)?|mlrs|himars|grads?|iskanders?|mortars?|howitzers?"
    r"|rocket launchers?|long-range (?:high-)?precision weapons?|(?:high-)?precision long-range weapons?"
    r"|uragans?|smerch|tos-1a?|atacms|kalibrs?|tochka-u|tank (?:fire|shells?|rounds?)|fired from (?:a )?tanks?"
    # cluster munitions, and the rocket systems that scatter mines from afar
    r"|cluster (?:munitions?|shells?|rockets?)|remote[- ]mining (?:system|launcher)s?)\b"
    # Rocket-launcher systems by name, quoted as outlets write them: "вдарили з «Градів»", "«Ураганами»".
    r"|«(?:град|ураган|смерч|торнадо|солнцеп[её]к|буратино)\w*»"
    r"|\b(?:ракет|артилер|обстріл|снаряд|артиллер|обстрел|міномет|миномет|гаубиц|рсз[во]|залпов|іскандер|искандер"
    r"|калібр|калибр|точк\w-у|танков\w* (?:обстріл|обстрел|вог|ог)|(?:з|із|из) танк|хаймарс|хімарс"
    r"|касетн\w* (?:боєприпас|снаряд|ракет)|кассетн\w* (?:боеприпас|снаряд|ракет)"
    r"|систем\w* дистанційн\w* мінуванн|систем\w* дистанционн\w* минировани"
    # ... and the soldiers' word for the guns: "наша арта накрыла", "арту навели"
    r"|(?<!\w)арт(?:а|ы|у|ой|е|и|ою|і)(?!\w)"
    # The defence ministry's "long-range precision weapons" are missiles unless it says they were air-launched.
    r"|високоточн\w* зброє\w* великої дальності|высокоточн\w* оружи\w* большой дальности)",
    re.IGNORECASE,
)
# An air-defence missile system is what was hit or what fired at the air, not a missile strike's weapon:
# "drones hit an S-400 anti-aircraft missile battalion", "зенітного ракетного дивізіону".
AIR_DEFENCE_MISSILE = re.compile(
    r"\b(?:anti-aircraft|surface-to-air|air[- ]defen[cs]e) missile\w*|(?:зенітн|зенитн)\w*[- ]ракетн\w*"
    r"|ракет\w* (?:ппо|пво)\b", re.IGNORECASE)

# Weapons named as what was hit, made or stored are not the strike's: "hit a workshop assembling strike drones",
# "an artillery depot", "уразили склад ракет", "пункт управління БпЛА".
_WEAPON_AS_TARGET = re.compile(
    r"\b(?:workshops?|factor(?:y|ies)|plants?|warehouses?|depots?|stores?|launch (?:sites?|pads?)"
    r"|production|assembl\w+|produc\w+|manufactur\w+|склад\w*|цех\w*|майстерн\w*|мастерск\w*|виробництв\w*"
    r"|производств\w*|пункт\w* управлі?\w*|запуск\w*"
    # (drone operators hit, not the operators who struck: "Операторы ударных беспилотников … уничтожили автомобиль")
    r"|(?:operators?|оператор\w*)(?=\s+(?:[\w-]+\s+){0,2}?(?:drones?|uavs?|дрон\w*|бпла|безпілот\w*|беспилот\w*)"
    r"(?![^.;]{0,80}?\b(?:destroyed|struck|hit|attacked|уничтожил\w*|поразил\w*|уразил\w*|знищил\w*|атакувал\w*"
    r"|атаковал\w*|ударил\w*|вдарил\w*|отработал\w*|відпрацювал\w*)\b)))\s+(?:[\w-]+\s+){0,2}?"
    r"(?:drones?|uavs?|missiles?|rockets?|artillery|shells?|дрон\w*|бпла|безпілот\w*|беспилот\w*"
    r"|ракет\w*(?:-\w+)?|артилер\w*|артиллер\w*|снаряд\w*)"
    r"|\b(?:drone|uav|missile|rocket|artillery|shell)s?\s+(?:depots?|warehouses?|stores?|workshops?|factor(?:y|ies)"
    r"|plants?|positions?|launch (?:sites?|pads?))\b"
    # ... or a drone that only filmed: "citing drone footage", "відео з дрона", "съемка с беспилотника"
    r"|\bdrone (?:footage|video|images?|camera)|\b(?:footage|video|images?) (?:from|filmed by|shot by) (?:an? )?drones?"
    r"|(?<!\w)(?:відео|кадр\w*|зйомк\w*|видео|съ[её]мк\w*) (?:з|с|із) (?:дрона|безпілотника|беспилотника|квадрокоптера)",
    re.IGNORECASE,
)


def weapons_named(text: str) -> tuple[bool, bool]:
    """Whether the text names air weapons used, and whether it names ground ones (an air-defence missile, or a
    weapon named as what was hit or stored, is neither)."""
    text = _WEAPON_AS_TARGET.sub(" ", text)
    return AIR_WEAPON.search(text) is not None, GROUND_WEAPON.search(AIR_DEFENCE_MISSILE.sub(" ", text)) is not None


def weapon_kind(text: str) -> str | None:
    """"air" or "ground" when the text names weapons of that kind only (drones, aircraft; guns, missiles)."""
    air, ground = weapons_named(text)
    return None if air == ground else "air" if air else "ground"


# A tally of the day's strikes ("росіяни 94 рази обстріляли 31 населений пункт", "shelled 14 settlements") sums up
# incidents of every kind; it names no strike of its own.
_STRIKE_TALLY = re.compile(
    r"\b(?:\d+|[\w'’]+)\s+(?:раз(?:и|ів|а)?|times)\b"
    r"|\b\d+\s+(?:населен\w+\s+пункт\w*|громад\w*|settlements?|towns and villages|communities|localities)",
    re.IGNORECASE,
)


def strikes_apart(text: str, label: str, other_text: str, other_label: str) -> bool:
    """Whether two strike accounts name different kinds of weapon, and so tell two strikes: "Shahed drones hit
    the town overnight" and, a paragraph on, "mortars shelled the village at 15:30" (ACLED codes an air strike
    and a shelling apart, however alike the classifier finds them)."""
    if {label, other_label} - {AIR_STRIKE, MISSILE_ATTACK} or _STRIKE_TALLY.search(text) \
            or _STRIKE_TALLY.search(other_text):
        return False
    kind, other_kind = weapon_kind(text), weapon_kind(other_text)
    return kind is not None and other_kind is not None and kind != other_kind
