"""Actor coding follows what each text says, in en/uk/ru sentences written for these tests."""

import dataclasses

import pytest

from sitrep.coding.actors import ActorCoding, code_actors, says_who_fired_is_unknown
from sitrep.taxonomy import PERPETRATORS, TARGETS

IED = "Remote explosive/landmine/IED"
SHELLING = "Shelling/artillery/missile attack"


@pytest.mark.parametrize(
    ("text", "language", "sub_event_type", "perpetrator", "country"),
    [
        ("Ukrainian armed forces shelled the town centre overnight.", "en", SHELLING, "state_forces", "UA"),
        ("ВСУ обстреляли жилой квартал, повреждены два дома.", "ru", SHELLING, "state_forces", "UA"),
        ("Partisans blew up a car parked near the town hall.", "en", IED, "partisans", "UA"),
        ("Партизани підірвали автомобіль біля будівлі адміністрації.", "uk", IED, "partisans", "UA"),
        ("A car bomb exploded, killing an occupation official; a local resistance group claimed responsibility.",
         "en", IED, "partisans", "UA"),
        ("Russian shelling killed two people in the city centre on Saturday.", "en", SHELLING, "state_forces", "RU"),
        ("Російський обстріл пошкодив школу та два будинки.", "uk", SHELLING, "state_forces", "RU"),
        # "so-called" names the victim's unit; it blames no one
        ("У Луганську вибухнув автомобіль офіцера так званої «народної міліції ЛНР». Вибухівку під авто, "
         "за даними джерел, заклали партизани.", "uk", IED, "partisans", "UA"),
        ("В Мелитополе прогремел взрыв. Украинское подполье взяло ответственность на себя.", "ru", IED,
         "partisans", "UA"),
        ("Russian forces withdrew from positions in the flooded village, Ukraine's southern command said.", "en",
         "Non-violent transfer of territory", "state_forces", "RU"),
        ("Російські військові облаштували базу в будівлі колишнього коледжу.", "uk",
         "Headquarters or base established", "state_forces", "RU"),
        # the named security service detains, however far the verb is from its name
        ("Сотрудники управления ФСБ по Республике Крым и Севастополю в четверг задержали трех местных жителей.",
         "ru", "Arrests", "state_forces", "RU"),
        ("Ночью украинская диверсионно-разведывательная группа атаковала блокпост на въезде в город.", "ru",
         "Armed clash", "state_forces", "UA"),
        ("Расчеты беспилотников группировки «Днепр» нанесли удар по транспорту ВСУ в Бериславе.", "ru",
         "Air/drone strike", "state_forces", "RU"),
        ("Учора російські військові зайняли будівлю ліцею і облаштували там штаб.", "uk",
         "Headquarters or base established", "state_forces", "RU"),
        # Russian state media blaming Kyiv's special services name Ukraine's state, not partisans
        ("Взорван автомобиль сотрудника полиции. По данным следствия, взрыв организовали украинские спецслужбы.",
         "ru", IED, "state_forces", "UA"),
        ("Невідомі застрелили колаборанта. Рух спротиву, який узяв відповідальність на себе, заявив про ліквідацію.",
         "uk", "Attack", "partisans", "UA"),
        ("FSB officers detained four residents of the village.", "en", "Arrests", "state_forces", "RU"),
        # weapon systems only one side fires name the side; the Ukrainian "enemy" is Russia's forces
        ("Вночі місто атакували «шахеди», загинув чоловік, троє поранених.", "uk", "Air/drone strike",
         "state_forces", "RU"),
        ("Комбайн наїхав на протитанкову міну. За попередніми даними, міну ворог скинув із дрона.", "uk", IED,
         "state_forces", "RU"),
        ("Russian guided aerial bombs killed one person in the city on Saturday.", "en", "Air/drone strike",
         "state_forces", "RU"),
        ("Российские ВКС в субботу нанесли удар управляемыми авиабомбами по цеху.", "ru", "Air/drone strike",
         "state_forces", "RU"),
        # ...but a bare "Russian drone" may be the one a Ukrainian missile was fired at
        ("Рынок поразила ракета украинского зенитного ракетного комплекса, расчет которого пытался перехватить "
         "российский беспилотник.", "ru", SHELLING, "state_forces", "UA"),
        ("Сотрудники ФСБ задержали двоих местных жителей.", "ru", "Arrests", "state_forces", "RU"),
        # the detainer is the one who detains: not the service the suspects are said to work for, nor
        # the side that attacked in another sentence
        ("Сотрудники ФСБ по Республике Крым и Севастополю задержали двух жителей. Кураторы, по версии "
         "следствия, действуют в интересах украинских спецслужб.", "ru", "Arrests", "state_forces", "RU"),
        ("У вівторок СБУ затримала мешканку, яка передавала окупантам координати. Напередодні росіяни атакували "
         "село дронами, а ввечері окупанти обстріляли Херсон.", "uk", "Arrests", "state_forces", "UA"),
        ("The SBU said it had detained a man suspected of sending Russian forces photographs of the port. The "
         "arrest came a day after Russian drones hit grain warehouses.", "en", "Arrests", "state_forces", "UA"),
        # a strike "delivered" with an adjective between, and one "conducted", name their doer
        ("Сили оборони завдали ракетного удару по казармі. Напередодні російська армія обстріляла Курахове.", "uk",
         SHELLING, "state_forces", "UA"),
        ("Ukrainian forces conducted a drone strike on an airfield in Crimea. Russian forces shelled Kherson the "
         "same night.", "en", "Air/drone strike", "state_forces", "UA"),
        ("Близько 09:20 росіяни накрили село артилерією, загинула жінка.", "uk", SHELLING, "state_forces", "RU"),
        # the administration that owns the building outside which a bomb killed its official did not kill him
        ("Officials reported that an explosion outside the occupation administration building in the town killed "
         "one occupation official on Wednesday, and a local resistance group claimed responsibility.", "en", IED,
         "partisans", "UA"),
        # the act named by its noun, and its doer after "by"
        ("Prosecutors opened an investigation into the rape of a 38-year-old woman by two Russian soldiers in the "
         "occupied village on Sunday.", "en", "Sexual violence", "state_forces", "RU"),
        # a subject, where it stood, then its verb; but not the verb of a clause of its own
        ("Russian servicemen at a checkpoint on the exit from the village fired with automatic weapons on a "
         "civilian car.", "en", "Attack", "state_forces", "RU"),
        ("Russian soldiers in the town that Ukrainian drones struck overnight were not hurt.", "en",
         "Air/drone strike", "state_forces", "UA"),
        # a hedge between the doer and its verb
        ("Вчера под селом российские военные, по всей видимости, расстреляли трех украинских солдат, вышедших из "
         "блиндажа с поднятыми руками.", "ru", "Attack", "state_forces", "RU"),
        # a claim in the present tense
        ("Блокпост закидали гранатою. Окупанти звинувачують «ДРГ», підпілля бере відповідальність на себе.", "uk",
         "Grenade", "partisans", "UA"),
        ("Росгвардія затримала трьох мешканців селища.", "uk", "Arrests", "state_forces", "RU"),
        ("Unidentified masked gunmen took a man from his house.", "en", "Abduction/forced disappearance",
         "unknown", ""),
        ("Невідомі в масках вивезли чоловіка в невідомому напрямку.", "uk", "Abduction/forced disappearance",
         "unknown", ""),
        ("Окупанти викрали двох волонтерів.", "uk", "Abduction/forced disappearance", "state_forces", "RU"),
        ("Residents rallied on the square with Ukrainian flags.", "en", "Peaceful protest", "protesters", "UA"),
        # Russian official wording for Ukrainian saboteurs names the Ukrainian state, not local partisans
        ("Украинские диверсанты взорвали железнодорожный мост.", "ru", IED, "state_forces", "UA"),
        ("Террористы киевского режима нанесли удар по городу.", "ru", SHELLING, "state_forces", "UA"),
        ("Автомобиль чиновника был подорван партизанами.", "ru", IED, "partisans", "UA"),
        ("A bomb went off outside the police station.", "en", IED, "unknown", ""),
        # a partisan channel's own wording for its members, and a claim of the act itself
        ("У ніч на вівторок агенти нашого руху підпалили релейну шафу біля станції.", "uk",
         "Looting/property destruction", "partisans", "UA"),
        ("Этой ночью наши люди подожгли релейный шкаф на перегоне у поселка.", "ru",
         "Looting/property destruction", "partisans", "UA"),
        ("Учора ввечері наш боєць застрелив призначеного окупантами «голову» села.", "uk", "Attack",
         "partisans", "UA"),
        ("Акцію провела бойова група руху: вибуховий пристрій спрацював під авто колаборанта.", "uk", IED,
         "partisans", "UA"),
        ("Невідомі підпалили будівлю паспортного столу. Про це повідомив рух спротиву, який узяв підпал на себе.",
         "uk", "Looting/property destruction", "partisans", "UA"),
        # troops named by their uniform, as the passive agent several words after the verb
        ("A teacher was taken from her home by armed men in Russian uniform on Tuesday.", "en",
         "Abduction/forced disappearance", "state_forces", "RU"),
        ("Во вторник российские войска обстреляли из РСЗО центр города.", "ru", SHELLING, "state_forces", "RU"),
        ("Учора український FPV-дрон уразив автомобіль окупаційної адміністрації.", "uk", "Air/drone strike",
         "state_forces", "UA"),
        ("Озброєні люди в російській формі забрали з дому місцевого вчителя.", "uk",
         "Abduction/forced disappearance", "state_forces", "RU"),
        ("On Monday Russian soldiers broke into the depot of a farming company and drove off with grain.", "en",
         "Looting/property destruction", "state_forces", "RU"),
        # the verbs of taking property: who emptied, opened up or carried off is who looted
        ("Russian soldiers and occupation officials on Friday emptied the village library, loading the books "
         "onto a truck.", "en", "Looting/property destruction", "state_forces", "RU"),
        ("Вчера российские военные вскрыли три дома уехавших соседей и вынесли бытовую технику.", "ru",
         "Looting/property destruction", "state_forces", "RU"),
        ("У середу російські військові вилучили в фермера два трактори і зерно.", "uk",
         "Looting/property destruction", "state_forces", "RU"),
        ("Two civilians were killed when Russian rockets slammed into a residential street.", "en", SHELLING,
         "state_forces", "RU"),
        # the named service detains, not the "military" ships a detainee is accused of photographing
        ("Двое жителей Керчи, задержанных ФСБ во вторник, по версии следствия фотографировали военные корабли.",
         "ru", "Arrests", "state_forces", "RU"),
        ("Учора невідомі в російській військовій формі викрали директорку ліцею.", "uk",
         "Abduction/forced disappearance", "state_forces", "RU"),
        ("Russian forces have moved into the village school and are using it as a command post.", "en",
         "Headquarters or base established", "state_forces", "RU"),
        ("A farmer was killed when his tractor hit a mine. The mine had been laid by Russian troops before they "
         "retreated, prosecutors said.", "en", IED, "state_forces", "RU"),
        ("Сотрудники УФСБ по Республике Крым задержали местную жительницу по подозрению в работе на украинские "
         "спецслужбы.", "ru", "Arrests", "state_forces", "RU"),
        ("Уранці росіяни скинули на центр міста керовану авіабомбу.", "uk", "Air/drone strike", "state_forces",
         "RU"),
        ("A Russian guided bomb struck a busy market on Friday, killing six.", "en", "Air/drone strike",
         "state_forces", "RU"),
        ("Причиной взрыва на рынке стало падение ракеты украинского зенитного ракетного комплекса.", "ru",
         SHELLING, "state_forces", "UA"),
        # the speaker reports its own action, against the foreign service it blames
        ("Russia's Federal Security Service said on Monday it had detained two residents of Kerch on the orders "
         "of Ukrainian military intelligence. Ukraine's military intelligence did not comment.", "en", "Arrests",
         "state_forces", "RU"),
        ("ФСБ заявила, что задержала жителя Джанкоя, действовавшего по заданию украинской военной разведки.", "ru",
         "Arrests", "state_forces", "RU"),
        # the service a detainee is said to work for, however the charge is worded, did not detain
        ("Сотрудники ФСБ сообщили, что якобы задержан агент украинских спецслужб, готовивший подрыв путей.", "ru",
         "Arrests", "state_forces", "RU"),
        ("Сотрудники правоохранительных органов задержали в селе местную жительницу, подозреваемую в "
         "сотрудничестве с украинскими спецслужбами, сообщили в военно-гражданской администрации.", "ru",
         "Arrests", "state_forces", "RU"),
        # a sabotage group crossing the border is a unit of Ukraine's forces, as "украинская ДРГ" is
        ("Border guards fought off a Ukrainian sabotage group near the town, the FSB said.", "en", "Armed clash",
         "state_forces", "UA"),
        ("Учора п'яний російський військовослужбовець після сварки жбурнув у зал кафе гранату.", "uk", "Grenade",
         "state_forces", "RU"),
        # an exchange: the first party the account names
        ("Ukraine and Russia swapped 40 prisoners of war each on Friday, officials said.", "en", "Agreement",
         "state_forces", "UA"),
        ("Россия и Украина провели обмен пленными в пятницу.", "ru", "Agreement", "state_forces", "RU"),
        ("Taliban fighters attacked a checkpoint in the north.", "en", "Armed clash", "rebels", "AF"),
        # a lone soldier is a doer as much as a unit is
        ("A Russian soldier opened fire on a car at a checkpoint, killing one civilian.", "en", "Attack",
         "state_forces", "RU"),
        ("Российский военнослужащий открыл огонь по автомобилю с мирными жителями.", "ru", "Attack",
         "state_forces", "RU"),
        ("Російський військовий відкрив вогонь по автомобілю на блокпосту.", "uk", "Attack", "state_forces", "RU"),
        ("A Ukrainian soldier shot at a car that ignored a checkpoint.", "en", "Attack", "state_forces", "UA"),
        # sexual violence has a doer: the rape verb is an action
        ("Two Russian soldiers raped a woman in the village on Sunday.", "en", "Sexual violence", "state_forces", "RU"),
        ("У неділю двоє російських військових зґвалтували місцеву жительку.", "uk", "Sexual violence",
         "state_forces", "RU"),
        ("Двое российских военных изнасиловали местную жительницу.", "ru", "Sexual violence", "state_forces", "RU"),
        # a side named as the doer outweighs however many bare mentions of the other side
        ("KHERSON, Nov 14 — Russian artillery fire from across the river killed two civilians in a village that "
         "Ukrainian forces retook last week. Ukrainian troops entered the city on Friday. Russia said it had "
         "struck Ukrainian servicemen. No Ukrainian military presence was found.", "en", SHELLING,
         "state_forces", "RU"),
        # unidentified men are whoever the text names as the doer; a side only blamed is no doer
        ("Russian forces abducted a schoolteacher in the occupied village, according to relatives. Four armed men "
         "searched her home and took her away.", "en", "Abduction/forced disappearance", "state_forces", "RU"),
        ("Unidentified gunmen killed an occupation official. The occupation administration blamed Ukrainian "
         "saboteurs.", "en", "Attack", "unknown", ""),
        # an underground channel's "our comrades" are its members
        ("Сегодня ночью на перегоне наши товарищи заложили и подорвали взрывное устройство под грузовым поездом.",
         "ru", IED, "partisans", "UA"),
        # a denial that anyone claimed it is no claim
        ("An explosive device went off outside the occupation administration building. No group has claimed "
         "responsibility.", "en", IED, "unknown", ""),
        ("Вибух пролунав біля будівлі окупаційної адміністрації. Ніхто не взяв на себе відповідальність.", "uk", IED,
         "unknown", ""),
        # fought with the Rosgvardia is not done by it
        ("В субботу под Бердянском произошла перестрелка между партизанами и патрулем. Это одно из первых "
         "известных боестолкновений партизан с российскими силовиками на юге.", "ru", "Armed clash",
         "partisans", "UA"),
        # a Russian blogger's "our pilots laid a bomb on" the Ukrainian base: Russia's air force did it
        ("Сегодня наши лётчики положили ФАБ-500 с УМПК по пункту временной дислокации ВСУ. Хохлы устроили там склад.",
         "ru", "Air/drone strike", "state_forces", "RU"),
    ],
)
def test_perpetrator_is_who_the_text_says_did_it(text, language, sub_event_type, perpetrator, country):
    coding = code_actors(text, language, sub_event_type)
    assert (coding.perpetrator, coding.perpetrator_country) == (perpetrator, country)


@pytest.mark.parametrize(("text", "language"), [
    ("A Ukrainian resistance movement claimed that its members set fire to a railway relay cabinet near the village.",
     "en"),
    ("Підпільний рух заявив, що його учасники вночі підпалили релейну шафу.", "uk"),
    ("Движение сообщило, что его участники подожгли два военных грузовика.", "ru"),
])
def test_a_movement_reporting_what_its_members_did_claims_it(text, language):
    coding = code_actors(text, language, "Looting/property destruction")
    assert coding.perpetrator == "partisans" and coding.attribution == text


def test_a_claim_outweighs_the_version_the_outlet_only_quotes():
    text = ("Occupation authorities blamed the blast on Ukrainian shelling. "
            "A resistance group claimed responsibility, saying its members planted the bomb.")
    coding = code_actors(text, "en", IED)
    assert (coding.perpetrator, coding.perpetrator_country) == ("partisans", "UA")
    assert "claimed responsibility" in coding.attribution


def test_a_state_outlet_version_codes_as_the_state_outlet_says():
    text = "В администрации заявили, что ВСУ нанесли удар по зданию, погиб сотрудник."
    coding = code_actors(text, "ru", SHELLING)
    assert (coding.perpetrator, coding.perpetrator_country) == ("state_forces", "UA")
    assert coding.actor1 == "Military Forces of Ukraine"


def test_claim_by_a_group_named_earlier():
    text = ("A deputy head of the occupation administration was shot dead, a local partisan movement said. "
            "The official died at the scene, according to the movement, which claimed responsibility.")
    coding = code_actors(text, "en", "Attack")
    assert coding.perpetrator == "partisans"
    assert coding.target == "officials"


def test_attribution_keeps_the_sources_own_words():
    text = "Взрыв на подстанции в регионе приписали «украинским диверсантам»."
    coding = code_actors(text, "ru", IED)
    assert "приписали" in coding.attribution
    assert (coding.perpetrator, coding.perpetrator_country) == ("state_forces", "UA")


@pytest.mark.parametrize(
    ("text", "language", "sub_event_type", "target"),
    [
        ("Partisans blew up the car of the head of the district administration.", "en", IED, "officials"),
        ("Невідомі підпалили авто колаборанта.", "uk", "Looting/property destruction", "officials"),
        ("Партизаны обстреляли пост Росгвардии.", "ru", "Attack", "security_forces"),
        ("Партизани підірвали склад боєприпасів окупантів.", "uk", IED, "military"),
        ("Partisans derailed a train by blowing up the railway line.", "en", "Looting/property destruction",
         "infrastructure"),
        ("Саботажники повредили опору линии электропередачи.", "ru", "Looting/property destruction",
         "infrastructure"),
        ("Partisans set fire to a car outside the post office.", "en", "Looting/property destruction", "property"),
        ("Окупанти затримали двох мешканців села.", "uk", "Arrests", "civilians"),
    ],
)
def test_target_classes(text, language, sub_event_type, target):
    assert code_actors(text, language, sub_event_type).target == target


def test_actor_names_are_normalised_across_languages():
    forms = [("ЗСУ обстріляли місто.", "uk"), ("ВСУ обстреляли город.", "ru"),
             ("The Ukrainian army shelled the city.", "en")]
    names = {code_actors(text, language, SHELLING).actor1 for text, language in forms}
    assert names == {"Military Forces of Ukraine"}


def test_outputs_stay_in_the_contract_vocabularies_and_are_frozen():
    coding = code_actors("Rioters smashed shop windows.", "en", "Violent demonstration")
    assert coding.perpetrator in PERPETRATORS and coding.target in TARGETS
    assert (coding.perpetrator, coding.actor1) == ("protesters", "Rioters")
    with pytest.raises(dataclasses.FrozenInstanceError):
        coding.perpetrator = "unknown"  # type: ignore[misc]
    assert isinstance(coding, ActorCoding)


def test_empty_text_is_unknown():
    coding = code_actors("", "en", "Attack")
    assert (coding.perpetrator, coding.perpetrator_country, coding.target) == ("unknown", "", "unknown")


def test_speaker_of_a_reported_clause_is_not_its_doer():
    # The occupation officials report the strike; the drones' side carried it out.
    text = ("A drone attack set a grain warehouse on fire in the occupied port city overnight, Russian-installed "
            "officials said. The head of the Russian-installed administration said air defences shot down two "
            "Ukrainian drones over the harbour.")
    coded = code_actors(text, "en", "Air/drone strike")
    assert (coded.perpetrator, coded.perpetrator_country) == ("state_forces", "UA")


def test_weapon_nationality_names_the_side_in_uk_and_ru():
    uk = "Уночі над окупованим містом збили три українські безпілотники, уламки пошкодили склад, повідомили окупанти."
    ru = "Ночью над городом сбили три украинских беспилотника, обломки повредили склад, сообщили местные власти."
    for text, language in ((uk, "uk"), (ru, "ru")):
        coded = code_actors(text, language, "Air/drone strike")
        assert (coded.perpetrator, coded.perpetrator_country) == ("state_forces", "UA")


@pytest.mark.parametrize("text, expected", [
    # Russian official wording that names the Ukrainian state is the Ukrainian forces, whatever the weapon ...
    ("Под днищем автомобиля сработало взрывное устройство, чиновник погиб. «Это очередной теракт киевского "
     "режима», — заявил глава администрации.", ("state_forces", "UA")),
    ("Пограничники вступили в бой с украинской ДРГ, пытавшейся проникнуть на территорию района.",
     ("state_forces", "UA")),
    # ... but local people said to act for it are partisans
    ("Под днищем автомобиля сработало взрывное устройство. По версии следствия, теракт подготовили местные "
     "пособники киевского режима.", ("partisans", "UA")),
])
def test_russian_official_wording_names_the_ukrainian_state_or_its_local_helpers(text, expected):
    coded = code_actors(text, "ru", "Remote explosive/landmine/IED")
    assert (coded.perpetrator, coded.perpetrator_country) == expected


def test_collaborators_of_the_occupiers_are_not_partisans():
    text = "Вибуховий пристрій спрацював під авто посібника окупантів, який очолював окупаційну «адміністрацію» села."
    assert code_actors(text, "uk", "Remote explosive/landmine/IED").perpetrator != "partisans"


@pytest.mark.parametrize("text, language, sub_event_type, expected", [
    # the Russian masculine past names its doer ("застрелил", like "застрелили")
    ("Вчера в поселке российский военнослужащий в ходе ссоры застрелил местного жителя.", "ru", "Attack",
     ("state_forces", "RU")),
    # a passive agent after a verb of violence against a person
    ("A teenager was beaten and robbed by three Russian soldiers at a checkpoint on Friday.", "en", "Attack",
     ("state_forces", "RU")),
    # the weapon that struck, in the genitive after "удар"
    ("Унаслідок удару російського дрона по маршрутці загинув водій.", "uk", "Air/drone strike",
     ("state_forces", "RU")),
    ("В результате удара украинского беспилотника по автомобилю пострадал водитель.", "ru", "Air/drone strike",
     ("state_forces", "UA")),
    # after a dated opening; firing takes "at" or "on", not an object: "fired at a car" is no headline passive
    ("On 21 May 2024, a Russian serviceman at a checkpoint near Shchaslyvtseve fired at a civilian car after an "
     "argument, killing a man.", "en", "Attack", ("state_forces", "RU")),
    # demolition is destruction of property, and a dated opening does not hide the subject
    ("On July 16, Russian occupation authorities began demolishing houses in Popasna that they had declared "
     "ownerless.", "en", "Looting/property destruction", ("state_forces", "RU")),
    ("Окупаційна адміністрація знесла шість приватних будинків у Маріуполі.", "uk", "Looting/property destruction",
     ("state_forces", "RU")),
    # a relative clause between the soldiers and what they did
    ("Сьогодні зранку російські військові, які стоять у селі з осені, вибили двері в шести будинках.", "uk",
     "Looting/property destruction", ("state_forces", "RU")),
    # the armour that supported an assault stands between the assault groups and their verb
    ("У вівторок зранку російські штурмові групи за підтримки двох БМП і танка спробували зайти в Гоптівку.", "uk",
     "Armed clash", ("state_forces", "RU")),
    ("Russian assault groups backed by two armoured vehicles tried to storm the village.", "en", "Armed clash",
     ("state_forces", "RU")),
])
def test_the_doer_in_more_grammatical_shapes(text, language, sub_event_type, expected):
    coded = code_actors(text, language, sub_event_type)
    assert (coded.perpetrator, coded.perpetrator_country) == expected


@pytest.mark.parametrize("text, language", [
    ("Ответственность за поджог трансформаторной будки взяла на себя анонимная группа, выступающая против войны.",
     "ru"),
    ("A little-known underground network said it set fire to a locomotive at the depot overnight.", "en"),
    ("Відповідальність за підпал релейної шафи взяв на себе новий осередок, який діє в окупованому місті.", "uk"),
])
def test_a_group_the_lexicon_does_not_know_that_claims_sabotage_is_coded_as_partisans(text, language):
    coded = code_actors(text, language, "Looting/property destruction")
    assert coded.perpetrator == "partisans"
    assert coded.attribution  # the claim's own words are kept


def test_a_sides_own_account_of_its_act_outweighs_the_blame_its_enemy_puts_elsewhere():
    text = ("Partisans shot dead the Russian-installed head of a village near the reservoir on Friday evening, "
            "a local resistance movement said. The movement accused him of handing lists of families of "
            "Ukrainian soldiers to the occupiers. Moscow-installed officials blamed \"Ukrainian saboteurs\".")
    assert code_actors(text, "en", "Attack").perpetrator == "partisans"


@pytest.mark.parametrize("text, language, sub_event_type, expected", [
    ("A resistance group said on Monday its members had planted explosives under the rail line.", "en",
     "Remote explosive/landmine/IED", ("partisans", "UA")),
    ("Цієї ночі наші агенти підпалили релейну шафу на перегоні біля станції.", "uk",
     "Looting/property destruction", ("partisans", "UA")),
    ("Число погибших в результате вчерашнего российского обстрела рынка выросло до трех. ВСУ в районе "
     "не было, заявили местные власти.", "ru", "Shelling/artillery/missile attack", ("state_forces", "RU")),
    ("Подразделения группировки войск «Юг» в результате наступательных действий освободили село, "
     "сообщили в Минобороны России.", "ru", "Non-state actor overtakes territory", ("state_forces", "RU")),
])
def test_partisan_accounts_strikes_named_by_their_side_and_liberation_verbs(text, language, sub_event_type,
                                                                            expected):
    coded = code_actors(text, language, sub_event_type)
    assert (coded.perpetrator, coded.perpetrator_country) == expected


def test_a_group_word_inside_a_place_name_is_no_group():
    """"в Большом Солдатском" is a village, not soldiers: neither the doer nor the target."""
    coded = code_actors("Сегодня утром в Большом Солдатском украинский дрон-камикадзе атаковал легковой автомобиль.",
                        "ru", "Air/drone strike")
    assert (coded.perpetrator, coded.perpetrator_country, coded.target) == ("state_forces", "UA", "property")
    # the same word as a common noun still names the group
    assert code_actors("Soldiers shot two men at a checkpoint.", "en", "Attack").actor1 == "Military Forces"


CLASH = "Armed clash"


@pytest.mark.parametrize(
    ("text", "language", "country", "opponent"),
    [
        ("Біля села Сили оборони відбили три штурми, бій тривав до вечора.", "uk", "RU", "Military Forces of Ukraine"),
        ("ВС РФ отразили атаки у села, бой продолжался несколько часов.", "ru", "UA", "Military Forces of Russia"),
        ("Ukrainian troops repelled a night assault on their trenches east of the town.", "en", "RU",
         "Military Forces of Ukraine"),
        # the side thrown back attacked, though the other's soldiers did something too
        ("Сьогодні ворог здійснив спробу штурму позицій наших військ поблизу села. Після кількагодинного бою "
         "противника відкинуто, село під контролем Сил оборони України. Наші воїни знищили дві одиниці ворожої "
         "бронетехніки. Сили оборони продовжують завдавати втрат противнику.", "uk", "RU", "Military Forces of Ukraine"),
    ],
)
def test_a_clash_is_coded_to_the_side_that_attacked_not_the_one_that_repelled_it(text, language, country,
                                                                                    opponent):
    coding = code_actors(text, language, CLASH)
    assert (coding.perpetrator, coding.perpetrator_country) == ("state_forces", country)
    assert coding.actor2 == opponent


def test_the_enemy_of_a_ukrainian_text_is_russias_forces_and_of_a_russian_one_the_writers_other_side():
    uk = code_actors("Вночі противник атакував позиції бригади біля села.", "uk", CLASH)
    assert (uk.perpetrator, uk.perpetrator_country) == ("state_forces", "RU")
    # In Russian the same word names whichever side the writer faces: alone, it names no side ...
    ru = code_actors("Ночью противник атаковал позиции у села.", "ru", CLASH)
    assert ru.perpetrator_country != "RU"
    # ... and beside what the writer calls the other side, the other side.
    russian_writer = code_actors("Ночью противник атаковал позиции у села. Уничтожено до 20 националистов.", "ru",
                                 CLASH)
    assert (russian_writer.perpetrator, russian_writer.perpetrator_country) == ("state_forces", "UA")
    ukrainian_writer = code_actors("Ночью противник атаковал позиции у села, оккупанты понесли потери.", "ru", CLASH)
    assert (ukrainian_writer.perpetrator, ukrainian_writer.perpetrator_country) == ("state_forces", "RU")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Цієї ночі біля депо спрацював наш вибуховий пристрій під цистерною, яку окупанти пригнали напередодні.",
         "uk"),
        ("Ночью у депо сработало наше взрывное устройство под цистерной, которую оккупанты пригнали накануне.",
         "ru"),
        ("Our device went off under the fuel tanker the occupiers had brought to the depot the day before.", "en"),
    ],
)
def test_a_bomb_the_channel_calls_its_own_is_the_resistances_claim(text, language):
    coding = code_actors(text, language, IED)
    assert (coding.perpetrator, coding.perpetrator_country) == ("partisans", "UA")


def test_fighters_the_channel_calls_its_own_threw_the_grenade():
    text = "Учора ввечері наші бійці перекинули гранату через паркан комендатури, двоє окупантів поранені."
    coding = code_actors(text, "uk", "Grenade")
    assert (coding.perpetrator, coding.perpetrator_country) == ("partisans", "UA")


@pytest.mark.parametrize(
    ("text", "language", "country"),
    [
        ("Сотрудники ФСБ предотвратили теракт, который готовил местный житель по заданию украинских спецслужб.",
         "ru", "UA"),
        ("The SBU said it foiled a bombing that a man recruited by Russian military intelligence had planned.",
         "en", "RU"),
    ],
)
def test_a_foiled_plot_is_coded_to_the_side_whose_plot_it_was_not_the_service_that_foiled_it(text, language,
                                                                                             country):
    coding = code_actors(text, language, "Disrupted weapons use")
    assert (coding.perpetrator, coding.perpetrator_country) == ("state_forces", country)


def test_the_service_an_arrested_man_worked_for_is_not_the_one_that_arrested_him():
    text = ("Сотрудники УФСБ по Запорожской области задержали жителя села, который передавал украинской военной "
            "разведке координаты российских подразделений.")
    coding = code_actors(text, "ru", "Arrests")
    assert (coding.perpetrator, coding.perpetrator_country) == ("state_forces", "RU")


@pytest.mark.parametrize(
    ("text", "language", "sub_event_type", "country"),
    [
        # a sabotage group named as Russia's is Russia's, whatever the bare "ДРГ" of Russian official wording means
        ("Ukrainian border guards repelled a Russian sabotage group near the village.", "en", "Armed clash", "RU"),
        ("Прикордонники відбили атаку російської ДРГ біля села.", "uk", "Armed clash", "RU"),
        # Ukraine's border guards are Ukraine's forces
        ("Прикордонники ДПСУ знищили склад боєприпасів окупантів.", "uk", "Air/drone strike", "UA"),
    ],
)
def test_sabotage_groups_and_border_guards_are_coded_to_their_side(text, language, sub_event_type, country):
    coding = code_actors(text, language, sub_event_type)
    assert (coding.perpetrator, coding.perpetrator_country) == ("state_forces", country)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("A bomb derailed a fuel train near the border town overnight. A Russian anti-war group said in a Telegram "
         "post that its members had planted the charge.", "en"),
        ("Ночью под составом сработало взрывное устройство. Ответственность взяло на себя антивоенное движение, "
         "действующее в регионе.", "ru"),
    ],
)
def test_a_russian_anti_war_group_is_a_partisan_group_not_the_ukrainian_state(text, language):
    coded = code_actors(text, language, "Remote explosive/landmine/IED")
    assert (coded.perpetrator, coded.perpetrator_country) == ("partisans", "RU")


def test_a_conscription_drive_in_occupied_land_is_russias():
    coding = code_actors("В окупованому Кипучому представники так званого військкомату чекали на шахтарів біля "
                         "шахти. Чоловікам роздали повістки і посадили в автобуси.", "uk", "Change to group/activity")
    assert (coding.perpetrator, coding.perpetrator_country, coding.actor1) == (
        "state_forces", "RU", "Military Forces of Russia")


@pytest.mark.parametrize(
    ("text", "language", "country"),
    [
        # Chechen units fight for Russia
        ("Бійці чеченських підрозділів вивезли в невідомому напрямку чотирьох місцевих чоловіків.", "uk", "RU"),
        ("Chechen units reportedly abducted civilians in occupied Luhansk Oblast.", "en", "RU"),
        # "Сили оборони" in any case form are Ukraine's
        ("Уночі безпілотники Сил оборони уразили позицію зенітного дивізіону.", "uk", "UA"),
    ],
)
def test_chechen_units_and_the_defence_forces_in_their_case_forms(text, language, country):
    sub_event = "Air/drone strike" if country == "UA" else "Abduction/forced disappearance"
    coding = code_actors(text, language, sub_event)
    assert (coding.perpetrator, coding.perpetrator_country) == ("state_forces", country)


def test_a_russian_volunteer_battalion_is_russias_but_the_volunteer_corps_is_not_read_as_one():
    coding = code_actors("Fighters of a Russian volunteer battalion shot dead a local farmer at a checkpoint. The "
                         "Russian-installed leader claimed that a 'saboteur' had opened fire.", "en", "Attack")
    assert (coding.perpetrator, coding.perpetrator_country) == ("state_forces", "RU")
    assert code_actors("The Russian Volunteer Corps raided the village.", "en", "Armed clash").perpetrator_country != "RU"


def test_quotation_marks_inside_a_group_name_do_not_hide_it():
    coding = code_actors("Біля Новоайдара бійці російського «добровольчого загону» розстріляли автомобіль пасічника.",
                         "uk", "Attack")
    assert (coding.perpetrator, coding.perpetrator_country) == ("state_forces", "RU")


def test_a_sides_label_in_scare_quotes_names_no_one():
    # The occupation's word for the victim, quoted by a Ukrainian outlet, is not the perpetrator.
    text = "«Диверсантом» оголосили тракториста, якого застрелили на блокпосту під Сватовим."
    assert code_actors(text, "uk", "Attack").perpetrator == "unknown"
    assert code_actors("Диверсанти підірвали опору лінії електропередачі.", "uk", "Remote explosive/landmine/IED"
                       ).perpetrator_country == "UA"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Вчора бойовики обстріляли з мінометів околиці Авдіївки на Донеччині.", "uk"),
        ("Боевики из так называемой «ЛНР» обстреляли окраину Счастья, сообщили в штабе.", "ru"),
        ("Separatists shelled a checkpoint near Donetsk on Tuesday, Ukrainian officials said.", "en"),
        ("Pro-Russian separatists opened fire on a monitoring patrol.", "en"),
    ],
)
def test_rebels_in_the_donbas_are_the_russian_led_dpr_and_lpr_units(text, language):
    coding = code_actors(text, language, "Shelling/artillery/missile attack")
    assert (coding.perpetrator, coding.perpetrator_country) == ("state_forces", "RU")
    assert "DPR/LPR" in coding.actor1


def test_rebels_elsewhere_stay_rebels():
    assert code_actors("Rebels shelled a market in the north of the country.", "en",
                       "Shelling/artillery/missile attack").perpetrator == "rebels"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # the side that owns what was hit is no sign of who hit it
        ("Подразделения группировки войск «Восток» продолжили наступление у Шевченко. Потери ВСУ в районе "
         "составили до 40 военнослужащих, уничтожены опорные пункты ВСУ.", "ru"),
        ("Подразделения группировки войск «Днепр» улучшили положение по переднему краю; поражены пункты временной "
         "дислокации подразделений ВСУ.", "ru"),
    ],
)
def test_a_defence_ministry_offensive_is_coded_to_the_side_that_advanced(text, language):
    coding = code_actors(text, language, "Armed clash")
    assert (coding.perpetrator, coding.perpetrator_country) == ("state_forces", "RU")


@pytest.mark.parametrize(
    ("text", "language", "country"),
    [
        ("Вранці ворожа диверсійно-розвідувальна група до 15 осіб намагалася перетнути кордон біля Рясного. "
         "Українські прикордонники вступили в бій.", "uk", "RU"),
        ("Утром группа ВСУ численностью до 10 человек попыталась пересечь границу у Тёткино. "
         "Огнём пограничников противник отброшен.", "ru", "UA"),
        ("A Russian sabotage group tried to cross the border near Velyka Pysarivka before Ukrainian guards "
         "engaged it.", "en", "RU"),
    ],
)
def test_a_failed_crossing_is_coded_to_the_side_that_tried_it(text, language, country):
    coding = code_actors(text, language, "Armed clash")
    assert (coding.perpetrator, coding.perpetrator_country) == ("state_forces", country)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Вооруженные силы России нанесли удар по объектам энергетики в Ромнах. Ранее ВСУ обстреливали Суджу.", "ru"),
        ("Российская армейская авиация нанесла удар управляемыми бомбами по цеху в Купянске, где, по данным "
         "ведомства, ремонтировали технику ВСУ.", "ru"),
        ("Russian artillery across the river left five civilians wounded in Antonivka, and Ukrainian troops "
         "in the area were not hit, officials said.", "en"),
    ],
)
def test_russias_forces_by_their_full_name_aviation_and_artillery(text, language):
    sub_event = "Shelling/artillery/missile attack" if language == "en" else "Air/drone strike"
    coding = code_actors(text, language, sub_event)
    assert (coding.perpetrator, coding.perpetrator_country) == ("state_forces", "RU")


@pytest.mark.parametrize(("text", "language", "sub_event_type"), [
    # the generic word and the national name after it are one group
    ("За даними слідства, військовослужбовці ЗС РФ розстріляли щонайменше п'ятьох українських захисників.", "uk",
     "Attack"),
    ("Soldiers of the Russian army shot two civilians at the edge of the village.", "en", "Attack"),
    # the launchers a side fires name it
    ("Russian multiple rocket launchers struck the village on Tuesday morning.", "en",
     "Shelling/artillery/missile attack"),
    # the "Z" painted on Russia's vehicles names whose soldiers they are
    ("Приїхали військові з літерою Z і забрали вчительку історії.", "uk", "Abduction/forced disappearance"),
    ("Soldiers with the letter Z took the teacher away.", "en", "Abduction/forced disappearance"),
])
def test_russias_forces_by_a_generic_word_with_the_national_name_launchers_and_the_z_mark(
        text, language, sub_event_type):
    coding = code_actors(text, language, sub_event_type)
    assert (coding.perpetrator, coding.perpetrator_country) == ("state_forces", "RU")


def test_a_sniper_of_the_enemy_wounding_a_defender_is_the_enemys_act():
    coding = code_actors("Удень ворожий снайпер поранив українського захисника біля Зайцевого.", "uk", "Armed clash")
    assert (coding.perpetrator, coding.perpetrator_country) == ("state_forces", "RU")


def test_military_intelligence_in_the_locative_and_a_resistance_channels_our_people():
    coding = code_actors("Джерела у воєнній розвідці повідомили, що вибух під автомобілем полковника став результатом "
                         "операції розвідки.", "uk", "Remote explosive/landmine/IED")
    assert (coding.perpetrator, coding.perpetrator_country) == ("state_forces", "UA")
    assert "GUR" in coding.actor1
    coding = code_actors("Цієї ночі наші люди спалили релейну шафу на перегоні біля Джанкоя.", "uk",
                         "Looting/property destruction")
    assert (coding.perpetrator, coding.perpetrator_country) == ("partisans", "UA")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Ukrainian long-range drones struck a fuel depot in the Russian town of Zernograd overnight, the regional "
         "governor said.", "UA"),
        ("Ukraine's military intelligence said its drones destroyed a radar post near Dzhankoi; Russian-installed "
         "officials said 11 drones were shot down.", "UA"),
        ("Russian cruise missiles hit an energy facility in Smila before dawn, the regional governor said.", "RU"),
        ("A night watchman was killed when two Russian S-300 missiles hit a farm; the Ukrainian army denied losses.",
         "RU"),
    ],
)
def test_a_sides_drones_and_missiles_with_a_word_between(text, country):
    coding = code_actors(text, "en", "Air/drone strike")
    assert (coding.perpetrator, coding.perpetrator_country) == ("state_forces", country)


def test_the_doer_of_the_first_sentence_outranks_a_doer_in_the_background():
    # the lead tells the event; the next sentence is about what else happened in the district
    text = ("Russian troops shelled the village of Vilkhuvatka on Monday morning. Later Ukrainian troops shot down two "
            "drones over the district, where Ukrainian forces hold the line.")
    coding = code_actors(text, "en", "Shelling/artillery/missile attack")
    assert (coding.perpetrator, coding.perpetrator_country) == ("state_forces", "RU")


def test_ukraines_special_operations_forces():
    coding = code_actors("Уночі спецпризначенці вступили в бій з підрозділом окупантів біля маяка на Тарханкуті.", "uk",
                         "Armed clash")
    assert (coding.perpetrator, coding.perpetrator_country) == ("state_forces", "UA")
    coding = code_actors("Ukraine's special operations forces raided a Russian post on the Kinburn spit.", "en",
                         "Armed clash")
    assert (coding.perpetrator, coding.perpetrator_country) == ("state_forces", "UA")


def test_the_side_whose_positions_were_fired_at_did_not_fire():
    text = ("Rockets slammed into apartment blocks in a town near Donetsk, killing three civilians. Ukraine's military "
            "said separatists had fired Grad rockets at the town. Separatist officials said their forces had only "
            "returned fire at Ukrainian artillery positions.")
    coded = code_actors(text, "en", SHELLING)
    assert (coded.perpetrator, coded.perpetrator_country) == ("state_forces", "RU")



@pytest.mark.parametrize(("text", "sub_event_type"), [
    # a Telegram post: the soldiers are named beside the act, not as its grammatical subject
    ("Сегодня утром приехали две машины, военные с «Z», забрали учительку истории, 52 года.",
     "Abduction/forced disappearance"),
    ("А сегодня во Владимировке военные вместе с росгвардейцами ходили по дворам. Забрали 16 лодок.",
     "Looting/property destruction"),
])
def test_violence_against_civilians_is_by_the_one_side_whose_forces_are_named(text, sub_event_type):
    coding = code_actors(text, "ru", sub_event_type)
    assert (coding.perpetrator, coding.perpetrator_country) == ("state_forces", "RU")


def test_forces_named_only_as_victims_of_a_shelling_are_not_its_doer():
    coding = code_actors("Снаряд влучив у будівлю, де жили російські військові; загинули двоє.", "uk",
                         "Shelling/artillery/missile attack")
    assert coding.perpetrator != "state_forces" or coding.perpetrator_country != "RU"


def test_a_claimed_attack_and_a_dated_claim_of_what_the_movements_operatives_did():
    # the police who detained protesters in the next item did not plant the bomb
    text = ("Ukrainian partisans claimed an improvised explosive device (IED) attack on a Russian military fuel convoy "
            "near Pobednoye. A Ukrainian resistance movement claimed on March 22 that its operatives detonated an "
            "IED under a fuel truck. Russian police and Rosgvardia detained four participants in a peaceful protest.")
    coding = code_actors(text, "en", "Remote explosive/landmine/IED")
    assert (coding.perpetrator, coding.perpetrator_country) == ("partisans", "UA")
    assert coding.attribution.startswith("Ukrainian partisans claimed")


def test_a_sides_weapon_that_struck_names_it_but_not_one_shot_down_or_an_air_defence_missile():
    struck = code_actors("Російська балістична ракета влучила в територію промислового підприємства.", "uk",
                         "Shelling/artillery/missile attack")
    assert (struck.perpetrator, struck.perpetrator_country) == ("state_forces", "RU")
    downed = code_actors("Вооруженные силы России нанесли удар по объектам ВСУ в Красноармейске. Кроме того, средства "
                         "ПВО сбили 43 украинских беспилотника.", "ru", "Shelling/artillery/missile attack")
    assert (downed.perpetrator, downed.perpetrator_country) == ("state_forces", "RU")
    fallen = code_actors("Ukrainian officials said Russian forces fired cluster munitions at the market. Russian state "
                         "television said a Ukrainian air-defence missile had fallen on the town.", "en",
                         "Shelling/artillery/missile attack")
    assert (fallen.perpetrator, fallen.perpetrator_country) == ("state_forces", "RU")


def test_the_side_that_owned_what_burned_did_not_burn_it():
    text = "Два грузовых автомобиля, принадлежащих Минобороны России, сгорели в ночь на пятницу в селе под Симферополем."
    coding = code_actors(text, "ru", "Looting/property destruction")
    assert (coding.perpetrator, coding.perpetrator_country) != ("state_forces", "RU")


def test_a_sides_weapon_that_destroyed_something_still_names_it():
    # what the blast destroyed is no sign the missile was shot down; air defences destroying drones is
    coding = code_actors("Російська балістична ракета влучила в підприємство, вибух знищив два цехи.", "uk",
                         "Shelling/artillery/missile attack")
    assert (coding.perpetrator, coding.perpetrator_country) == ("state_forces", "RU")


@pytest.mark.parametrize("text, language, sub_event_type, country", [
    # a side in a relative or "since" clause after the lead is background to the act
    ("Ukrainian forces hit a base of Russia's National Guard in the occupied village on Sunday, Ukraine's General "
     "Staff said. The village lies 30 km from the city, which Ukraine's military has targeted since Russian forces "
     "turned it into a logistics hub.", "en", SHELLING, "UA"),
    ("За даними місцевих пабліків, уночі ЗСУ завдали удару по окупованому селищу. Снаряди влучили у склад "
     "боєприпасів, який росіяни облаштували в ангарах агрофірми.", "uk", SHELLING, "UA"),
    # ... but the side a relative clause blames is named all the same
    ("Поезд сошел с рельсов после взрыва на путях. «Это теракт, за которым стоят украинские спецслужбы», — "
     "написал губернатор.", "ru", IED, "UA"),
    # drones made "for" a side do not name the side that struck
    ("Российские ВКС нанесли удар по цеху в Запорожье, где собирали беспилотники для ВСУ, сообщил представитель "
     "администрации. Запорожье остается под контролем ВСУ.", "ru", "Air/drone strike", "RU"),
])
def test_background_clauses_and_what_was_made_for_a_side_name_no_doer(text, language, sub_event_type, country):
    assert code_actors(text, language, sub_event_type).perpetrator_country == country


@pytest.mark.parametrize("text, language, sub_event_type, country", [
    # who among the doers, set off by commas
    ("Учора окупанти, зокрема підрозділи так званої «народної міліції» 1-го армійського корпусу, намагалися "
     "штурмувати наші позиції в районі Соледара.", "uk", "Armed clash", "RU"),
    # fire support between the doer and its verb
    ("Сегодня наши бойцы из подразделений Народной милиции ДНР при огневой поддержке союзных сил атаковали "
     "опорные пункты ВФУ на подступах к городу.", "ru", "Armed clash", "RU"),
    # the subject of a relative clause
    ("Прикордонне вбрання виявило диверсійно-розвідувальну групу противника чисельністю до 15 осіб, яка "
     "намагалася перетнути державний кордон. Наші прикордонники вступили в бій.", "uk", "Armed clash", "RU"),
    # the side whose group was fought off attacked, whoever fought it off
    ("Ukraine's border guard service said that on Sunday its troops fought off a Russian sabotage group near the "
     "village. One Ukrainian border guard was lightly wounded.", "en", "Armed clash", "RU"),
])
def test_the_attacker_across_asides_relative_clauses_and_a_repelled_assault(text, language, sub_event_type,
                                                                              country):
    coded = code_actors(text, language, sub_event_type)
    assert (coded.perpetrator, coded.perpetrator_country) == ("state_forces", country)


@pytest.mark.parametrize("text, language", [
    ("Unidentified people set fire to a relay cabinet near the station overnight. Russian railway sources said 11 "
     "trains were delayed. Neither Ukrainian officials nor any partisan group has claimed the arson.", "en"),
    ("A relay cabinet burned near the station overnight. The governor blamed the SBU without providing evidence.",
     "en"),
    ("Пенсионерка подожгла дверь военкомата. Власти называют организаторами таких поджогов украинские спецслужбы. "
     "Доказательств этому в открытых источниках нет.", "ru"),
])
def test_a_side_named_only_to_be_denied_or_blamed_on_no_evidence_did_not_do_it(text, language):
    assert code_actors(text, language, "Looting/property destruction").perpetrator == "unknown"


@pytest.mark.parametrize("text", [
    "Военные на УАЗе с буквой V увезли бывшего учителя истории.",
    "Жена ходила в комендатуру, но там сказали, что не знают, где он. Ночью военные забрали учителя из дома.",
])
def test_soldiers_by_the_letter_on_their_vehicle_or_the_commandants_office_are_the_occupiers(text):
    coded = code_actors(text, "ru", "Abduction/forced disappearance")
    assert (coded.perpetrator, coded.perpetrator_country) == ("state_forces", "RU")


def test_the_handlers_a_russian_official_blames_are_ukraines_but_not_in_scare_quotes():
    text = ("Поджог релейного шкафа у станции в ночь на среду организован украинскими кураторами, "
            "заявил губернатор области.")
    coded = code_actors(text, "ru", "Looting/property destruction")
    assert (coded.perpetrator, coded.perpetrator_country) == ("state_forces", "UA")
    text = ('A pensioner set fire to the door of the enlistment office. Police said the calls were organised by '
            '"Ukrainian handlers".')
    assert code_actors(text, "en", "Looting/property destruction").perpetrator == "unknown"


@pytest.mark.parametrize("text, sub_event_type, country", [
    ("The death toll from Russia's artillery strike on the village on Tuesday has risen to two, the governor said.",
     SHELLING, "RU"),
    ("Ukraine's drone attack set fire to an oil depot overnight, the governor said.", "Air/drone strike", "UA"),
])
def test_a_strike_named_by_the_countrys_possessive(text, sub_event_type, country):
    assert code_actors(text, "en", sub_event_type).perpetrator_country == country


def test_the_acts_a_strike_is_said_to_answer_are_the_other_sides():
    text = ("Drones struck an electrical substation overnight, the governor said. A source in Ukraine's SBU said the "
            "agency's drones carried out the strike. Ukraine says such attacks are a response to Russia's strikes on "
            "its power grid.")
    assert code_actors(text, "en", "Air/drone strike").perpetrator_country == "UA"


@pytest.mark.parametrize("text, language, sub_event_type, country", [
    # "our soldiers" are the side whose speech the text is: a pro-war channel calls the enemy "укропы"...
    ("С рассвета наши штурмовики пошли на опорник у лесопосадки, к обеду укропы откатились.", "ru", "Armed clash",
     "RU"),
    ("Наши бойцы зашли в село и подняли флаг над сельсоветом. Хохлы сбежали ночью.", "ru",
     "Non-state actor overtakes territory", "RU"),
    # ... an official Ukrainian notice calls it "окупанти"
    ("Наші воїни вибили окупантів із села і підняли прапор над школою.", "uk", "Government regains territory", "UA"),
    ("Сегодня штурмовики наших бригад зачистили последние дома села, хохлы бежали.", "ru",
     "Non-state actor overtakes territory", "RU"),
    # ... or tells of the other side's "ЦИПсО", and says what its pilots "worked on" with which bombs
    ("Вчера наши летчики отработали ФАБ-500 с УМПК по селу, там ВСУ держат склады. Классика ЦИПсО.", "ru",
     "Air/drone strike", "RU"),
])
def test_our_soldiers_are_the_side_whose_speech_the_text_is(text, language, sub_event_type, country):
    coded = code_actors(text, language, sub_event_type)
    assert (coded.perpetrator, coded.perpetrator_country) == ("state_forces", country)


def test_a_sides_blame_stands_on_nothing_when_the_outlet_says_no_one_can_tell_who_fired():
    text = ("В субботу утром снаряды попали в здание клуба, где раздавали продуктовые наборы. Власти ДНР обвиняют в "
            "обстреле украинскую армию. Украинская сторона не комментировала. Независимо установить, откуда велся "
            "огонь, невозможно: обе стороны ведут здесь артиллерийский огонь.")
    assert code_actors(text, "ru", SHELLING).perpetrator == "unknown"
    assert code_actors(text.rsplit(" Независимо", 1)[0], "ru", SHELLING).perpetrator_country == "UA"


def test_a_military_administration_is_no_soldier_and_investigators_are_no_doers():
    text = ("Обласна військова адміністрація: ракета влучила в житловий будинок. Поліція і СБУ розслідують удар як "
            "воєнний злочин.")
    assert code_actors(text, "uk", SHELLING).perpetrator_country != "UA"


def test_the_equipment_burned_is_the_owners_and_a_where_clause_is_background():
    text = ("Подпольщики сообщили о поджоге российской военной техники в городе. Техника стояла на складе, где "
            "российские военные устроили ремонтную базу.")
    assert code_actors(text, "ru", "Looting/property destruction").perpetrator == "partisans"


@pytest.mark.parametrize("text, language, sub_event_type, country", [
    # a defence ministry's strikes "continue"; the occupiers "tried to advance"
    ("Вооруженные силы Российской Федерации продолжают удары по военной инфраструктуре Украины.", "ru", SHELLING, "RU"),
    ("На напрямку окупанти тричі намагалися просунутися в районі села, але успіху не мали.", "uk", "Armed clash",
     "RU"),
])
def test_strikes_continued_and_advances_tried_have_their_doer(text, language, sub_event_type, country):
    coded = code_actors(text, language, sub_event_type)
    assert (coded.perpetrator, coded.perpetrator_country) == ("state_forces", country)


def test_a_doer_named_in_a_quoted_account_outweighs_the_other_side_mentioned_in_passing():
    # a state agency quotes an official: the strike is his side's, not the "Kyiv regime's" he blames for the target
    text = ("Российские ВКС в субботу нанесли удар управляемыми авиабомбами по цеху в Запорожье, где собирали "
            "ударные беспилотники для ВСУ, сообщил агентству представитель администрации. По словам представителя "
            "администрации, киевский режим намеренно размещает военные производства в жилых кварталах. "
            "Запорожье остается под контролем ВСУ.")
    coded = code_actors(text, "ru", "Air/drone strike")
    assert (coded.perpetrator, coded.perpetrator_country) == ("state_forces", "RU")


@pytest.mark.parametrize("text, language, sub_event_type, country", [
    ("Russian forces continue to strike near-rear settlements north of Zaporizhzhia City with glide bombs. "
     "Russian milbloggers complain of heavy vehicle losses to Ukrainian drones.", "en", "Air/drone strike", "RU"),
])
def test_a_campaign_told_in_the_present_has_its_doer(text, language, sub_event_type, country):
    coded = code_actors(text, language, sub_event_type)
    assert (coded.perpetrator, coded.perpetrator_country) == ("state_forces", country)


def test_the_unit_whose_command_post_was_hit_did_not_hit_it():
    coded = code_actors("Ударным беспилотником поражен пункт управления подразделения ВСУ в Сумах.", "ru",
                        "Air/drone strike")
    assert coded.perpetrator_country != "UA"


def test_a_charge_the_outlet_dismisses_names_the_side_it_blames_instead():
    text = ("Сообщения украинских СМИ о том, что российские военнослужащие якобы обстреляли автомобиль беженцев, "
            "являются провокацией, заявили в Министерстве обороны России. По данным ведомства, автомобиль был "
            "расстрелян боевиками националистического батальона. «Киевский режим использует подобные трагедии, "
            "чтобы обвинить российскую армию», — говорится в сообщении.")
    coding = code_actors(text, "ru", "Attack")
    assert (coding.perpetrator, coding.perpetrator_country) == ("state_forces", "UA")


def test_a_reminder_of_the_background_names_no_doer():
    text = ("Сьогодні поблизу села танкісти Сил оборони влаштували засідку на колону техніки. Нагадаємо, що ворог "
            "атакував Бровари, ворог обстріляв Київ, а ворожі ДРГ намагалися прорватися до міста.")
    coding = code_actors(text, "uk", CLASH)
    assert (coding.perpetrator, coding.perpetrator_country) == ("state_forces", "UA")


def test_a_milbloggers_our_assault_squads_are_his_sides():
    text = ("Вчера наши штурмовые отряды весь день заходили в восточную часть села. Закрепились в нескольких домах, "
            "дальше продвинуться не дали — хохлы кроют артой.")
    coding = code_actors(text, "ru", CLASH)
    assert (coding.perpetrator, coding.perpetrator_country) == ("state_forces", "RU")


@pytest.mark.parametrize(
    ("text", "language", "sub_event_type"),
    [
        ("MOSCOW — Russian forces have struck a military airfield near the city with long-range missiles, the Russian "
         "Defence Ministry said. The ministry said Ukrainian units had turned residential areas into firing "
         "positions. Kiev claimed the strike hit a car park.", "en", SHELLING),
        ("Сегодня ночью наши «Герани» отработали по складу горючего ВСУ в селе. Киевский режим, как обычно, уже "
         "кричит про «мирный объект».", "ru", "Air/drone strike"),
    ],
)
def test_a_strike_a_side_tells_as_its_own_is_that_sides(text, language, sub_event_type):
    coding = code_actors(text, language, sub_event_type)
    assert (coding.perpetrator, coding.perpetrator_country) == ("state_forces", "RU")


@pytest.mark.parametrize(
    ("text", "language", "country"),
    [
        # the side the story tells coming in
        ("Сьогодні вранці російська техніка без бою зайшла в селище. Українських військових там уже не було: "
         "підрозділи відійшли ще вночі.", "uk", "RU"),
        ("Российские войска в субботу вошли в поселок, не встретив сопротивления. Украинские подразделения покинули "
         "его накануне.", "ru", "RU"),
        # ... told after its verb
        ("Сьогодні до містечка зайшли підрозділи Збройних сил України. Бою не було: російські війська залишили його "
         "вночі.", "uk", "UA"),
        # the side the story tells leaving, with no one said to come in
        ("Українські підрозділи відійшли з позицій на лівобережжі. Про це повідомили в Силах оборони. Ворог зайшов у "
         "село вже після відходу.", "uk", "UA"),
        # what a side did not do is no act of its
        ("Російські війська вчора відвели свої підрозділи з затопленого села. У Силах оборони наголосили, що "
         "українські підрозділи туди не заходили.", "uk", "RU"),
    ],
)
def test_a_place_handed_over_without_a_fight_goes_to_the_side_the_story_tells_acting(text, language, country):
    coding = code_actors(text, language, "Non-violent transfer of territory")
    assert (coding.perpetrator, coding.perpetrator_country) == ("state_forces", country)


def test_a_places_other_name_is_no_blame():
    text = ("Вооруженные силы России нанесли удар по объектам ВСУ в Красноармейске (украинское название — Покровск), "
            "сообщило Минобороны РФ.")
    coding = code_actors(text, "ru", SHELLING)
    assert (coding.perpetrator, coding.perpetrator_country) == ("state_forces", "RU")


@pytest.mark.parametrize(
    "text, language, sub_event_type, side",
    [
        # the plural subject after its verb, in the nominative no object takes
        ("Вночі обстріляли окупанти село з мінометів, пошкоджено два будинки. Сили оборони відповіли вогнем.", "uk",
         SHELLING, ("state_forces", "RU")),
        # whoever left a mine behind laid it
        ("Поблизу села трактор підірвався на міні. За попередніми даними, міну залишили російські військові, які "
         "стояли тут до осені. Сапери ЗСУ працюють щодня.", "uk", IED, ("state_forces", "RU")),
        # a state's forces named as the source of the news did nothing
        ("Нагадаємо, учора вранці ракети влучили в склади на околиці села. Ракети, за даними Сил оборони півдня, "
         "були запущені з кораблів.", "uk", SHELLING, ("unknown", "")),
        # "Российские вооруженные силы" is Russia's military as much as "Вооруженные силы России"
        ("Российские вооруженные силы нанесли удар по складу в районе села, сообщили в ведомстве.", "ru", SHELLING,
         ("state_forces", "RU")),
        # whom what was hit served did not strike it
        ("Drones hit a warehouse in the town overnight. A source said the warehouse stored ammunition for Russian "
         "units deployed along the border and had been hit by Ukrainian drones.", "en", "Air/drone strike",
         ("state_forces", "UA")),
        ("Объекты энергетики, задействованные в интересах ВСУ, поражены ударными беспилотниками.", "ru",
         "Air/drone strike", ("unknown", "")),
        # a namesake the text sets aside, and who shells it, say nothing of this strike
        ("Drones struck the town overnight. It should not be confused with a village of the same name that is "
         "regularly shelled by Russian forces.", "en", "Air/drone strike", ("unknown", "")),
        # ... but not past the bracket that closes the aside
        ("У селі Веселе (не плутати з однойменним селищем на Харківщині) російські військові побили чоловіка.", "uk",
         "Attack", ("state_forces", "RU")),
    ],
)
def test_subjects_after_verbs_mines_left_sources_beneficiaries_and_namesakes(text, language, sub_event_type, side):
    coding = code_actors(text, language, sub_event_type)
    assert (coding.perpetrator, coding.perpetrator_country) == side


def test_a_village_named_partisans_is_no_partisan():
    coding = code_actors("Ночью в селе Партизаны произошло возгорание в здании администрации. Поджог совершили "
                         "неустановленные лица.", "ru", "Looting/property destruction")
    assert coding.perpetrator == "unknown"


def test_who_caught_the_arsonist_did_not_set_the_fire():
    coding = code_actors("Сотрудники полиции задержали 20-летнего жителя, который ночью бросил две бутылки с "
                         "зажигательной смесью в окно военкомата.", "ru", "Looting/property destruction")
    assert coding.perpetrator == "unknown" and coding.target != "security_forces"


def test_the_side_said_to_have_ordered_a_fire_or_a_bomb():
    coding = code_actors("Встановлено, що юнак підпалив автомобіль на замовлення російських спецслужб.", "uk",
                         "Looting/property destruction")
    assert (coding.perpetrator, coding.perpetrator_country) == ("state_forces", "RU")


def test_the_speakers_named_at_a_sentences_end_did_not_set_off_the_bomb():
    coding = code_actors("An explosive device went off at the entrance of a recruitment centre, killing the man who "
                         "carried it, police and the SBU security service said.", "en",
                         "Remote explosive/landmine/IED")
    assert coding.perpetrator == "unknown"


def test_a_detainees_side_and_security_slang():
    coding = code_actors("Сотрудники МВД совместно с Росгвардией провели мероприятия по выявлению лиц, причастных к "
                         "деятельности ВСУ. Двое задержаны.", "ru", "Arrests")
    assert (coding.perpetrator, coding.perpetrator_country) == ("state_forces", "RU")
    coding = code_actors("В понедельник в Броварах эсбэушники повязали мужика 34 лет.", "ru", "Arrests")
    assert (coding.perpetrator, coding.perpetrator_country) == ("state_forces", "UA")


def test_an_agency_that_was_told_is_no_principal():
    coding = code_actors("Военнослужащий погиб при подрыве автомобиля, сообщили агентству в правоохранительных "
                         "органах. По версии следствия, теракт подготовили местные пособники киевского режима.", "ru",
                         "Remote explosive/landmine/IED")
    assert coding.perpetrator == "partisans"


def test_a_group_thanking_its_own_people_claims_the_act():
    coding = code_actors("Сьогодні вранці під авто колаборанта спрацював вибуховий пристрій. Він працював на "
                         "окупантів з першого дня. Дякуємо нашим людям у місті.", "uk",
                         "Remote explosive/landmine/IED")
    assert (coding.perpetrator, coding.perpetrator_country) == ("partisans", "UA")


def test_a_war_bloggers_our_birds_strike_for_his_side():
    coding = code_actors("Вечером наши «птички» отработали по группе ВСУ на выезде из Артемовска. Работаем дальше.",
                         "ru", "Air/drone strike")
    assert (coding.perpetrator, coding.perpetrator_country) == ("state_forces", "RU")
    coding = code_actors("Сегодня утром наши расчеты отработали «Гераньками» по складу ВСУ. СВО продолжается.", "ru",
                         "Air/drone strike")
    assert (coding.perpetrator, coding.perpetrator_country) == ("state_forces", "RU")


def test_a_side_in_a_where_clause_after_the_doer_is_the_setting():
    coding = code_actors("Уночі невідомі кинули пляшку із займистою сумішшю у двері клубу, де окупанти облаштували "
                         "свій штаб.", "uk", "Looting/property destruction")
    assert coding.perpetrator == "unknown"


@pytest.mark.parametrize(("text", "language", "sub_event_type"), [
    # the outlet cannot tell whose drone it was: the sides' versions it quotes name no doer
    ("Вчера дрон попал в машину скорой. По их словам, удар нанес украинский дрон. Установить, чей это был дрон, "
     "невозможно: над поселком летают беспилотники обеих сторон.", "ru", "Air/drone strike"),
    # the volunteers do not know who fired; the soldiers who then carried the wounded away did not fire
    ("Наше авто обстріляли з автоматичної зброї. Хто стріляв — ми не знаємо. Пораненого забрали військові медики.",
     "uk", "Attack"),
    # the police have not identified the gunmen; a blame the police do not confirm names no one
    ("Gunmen opened fire on an evacuation crew, police said, adding that the shooters had not been identified. Some "
     "media blamed a Russian sabotage group. Police did not confirm this.", "en", "Attack"),
])
def test_the_outlets_word_that_no_one_knows_who_fired(text, language, sub_event_type):
    assert code_actors(text, language, sub_event_type).perpetrator == "unknown"


def test_a_report_called_a_provocation_names_no_doer():
    coding = code_actors("Сообщения украинской стороны об атаке российского беспилотника на автомобиль скорой помощи "
                         "являются провокацией, заявил источник. По его словам, машину атаковали сами украинские "
                         "военные.", "ru", "Air/drone strike")
    assert (coding.perpetrator, coding.perpetrator_country) == ("state_forces", "UA")


def test_whom_the_detainee_helped_and_whose_base_was_named_did_not_act():
    coding = code_actors("На блокпосту военнослужащими был задержан мужчина, который выезжал на подконтрольную Киеву "
                         "территорию. Все, кто помогает киевскому режиму, будут найдены.", "ru", "Arrests")
    assert coding.perpetrator_country != "UA"
    coding = code_actors("Минобороны отчиталось об ударе по «пункту временной дислокации» украинских военных в "
                         "селе.", "ru", "Shelling/artillery/missile attack")
    assert coding.perpetrator_country != "UA"


def test_our_drone_pilots_striking_the_other_side_by_name_tell_the_writers_side():
    coding = code_actors("Сегодня утром наши FPV-шники отработали по машине ВСУ под Никополем. Попадание "
                         "подтверждено.", "ru", "Air/drone strike")
    assert (coding.perpetrator, coding.perpetrator_country) == ("state_forces", "RU")


def test_it_was_not_clear_who_laid_the_mine():
    assert says_who_fired_is_unknown("A truck hit a landmine at the entrance to the village. It was not clear who had "
                                     "laid the mine or when.")


@pytest.mark.parametrize("text, language, sub_event_type, expected", [
    # the soldiers' own guns ("наша арта") and the other side's drone in their slang ("укропский FPV")
    ("Вчера наша арта накрыла в Ольховке группу ВСУшников.", "ru", "Shelling/artillery/missile attack",
     ("state_forces", "RU")),
    ("Сегодня погиб наш товарищ, военкор. Укропский FPV догнал их машину в Кирово.", "ru", "Air/drone strike",
     ("state_forces", "UA")),
    # the SBU by its short name
    ("Служба безпеки затримала у Боярці блогера, який знімав роботу ППО. Такі відео російські спецслужби "
     "використовують для коригування ударів.", "uk", "Arrests", ("state_forces", "UA")),
    # drones the struck mast served to steer are not the striker's
    ("Российские военные нанесли удар по узлу связи ВСУ. Ракетой поражена вышка, на которой размещались "
     "ретрансляторы, использовавшиеся для управления беспилотниками ВСУ.", "ru",
     "Shelling/artillery/missile attack", ("state_forces", "RU")),
    # a village called Partyzanske is no partisan
    ("Трактор наїхав на міну. За даними поліції, поле між Партизанським і Снігурівкою росіяни замінували восени.",
     "uk", "Remote explosive/landmine/IED", ("state_forces", "RU")),
    # the doer after its verb and a particle; slang for seizing
    ("Губернатор звинуватив «українських диверсантів». Як з'ясувало наше видання, поле підпалили самі окупанти.",
     "uk", "Looting/property destruction", ("state_forces", "RU")),
    ("Учора в окупованому Берестовому рашисти віджали ферму в місцевого фермера. Наші люди в селі розповідають: "
     "зранку приїхали дві машини з військовими.", "uk", "Abduction/forced disappearance", ("state_forces", "RU")),
    # a channel that usually claims such fires and did not, beside the outlet's word that no one can tell who set it
    ("Глава региона обвинил «украинских диверсантов». Подпольные каналы, которые обычно быстро берут на себя "
     "ответственность за поджоги, на этот раз промолчали. Кто поджег поле, установить невозможно.", "ru",
     "Looting/property destruction", ("unknown", "")),
])
def test_slang_short_names_and_what_did_not_act(text, language, sub_event_type, expected):
    coding = code_actors(text, language, sub_event_type)
    assert (coding.perpetrator, coding.perpetrator_country) == expected
