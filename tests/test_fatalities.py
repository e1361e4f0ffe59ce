"""Casualty counts read from en/uk/ru news sentences written for these tests."""

import pytest

from sitrep.coding.fatalities import count_casualties


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("At least eleven civilians were killed when the market was hit.", "en", (11, 0)),
        ("Two soldiers were killed and five others were wounded.", "en", (2, 5)),
        ("The rocket struck a bus stop, killing 6 civilians.", "en", (6, 0)),
        ("A village head was killed in the blast.", "en", (1, 0)),
        ("The blast killed two guards and a driver.", "en", (3, 0)),
        ("Three people were killed, including a child.", "en", (3, 0)),
        ("Dozens of people were injured in the clashes.", "en", (0, 12)),
        ("Between 4 and 6 people died in the fire.", "en", (4, 0)),
        ("Унаслідок обстрілу є двоє загиблих, ще троє поранені.", "uk", (2, 3)),
        ("Загинули троє працівників підприємства.", "uk", (3, 0)),
        ("Від вибуху загинув посадовець окупаційної адміністрації.", "uk", (1, 0)),
        ("Двох перехожих поранено уламками.", "uk", (0, 2)),
        ("Загинули двоє-троє людей.", "uk", (2, 0)),
        ("Трое погибших и семеро раненых — такие данные привели в мэрии.", "ru", (3, 7)),
        ("Погибли два человека, ранены пятеро.", "ru", (2, 5)),
        ("Один человек погиб на месте.", "ru", (1, 0)),
        ("Водитель погиб.", "ru", (1, 0)),
        ("По предварительным данным, погибли от трех до пяти человек.", "ru", (3, 0)),
        # a figure the report has since replaced is not the report's figure, lower or higher
        ("A drone attack killed one woman and wounded three, the mayor said, revising an earlier toll of two dead.",
         "en", (1, 3)),
        ("Shelling killed two people on Saturday, the governor said, after local media had initially reported "
         "three deaths.", "en", (2, 0)),
        ("Спочатку повідомлялося про трьох загиблих, згодом ОВА уточнила: загинули двоє людей.", "uk", (2, 0)),
        # a figure the report calls unconfirmed yields to the one it gives as fact...
        ("Загинули щонайменше двоє військових. Місцеві канали писали про п'ятьох загиблих, однак підтвердження "
         "цьому немає.", "uk", (2, 0)),
        # a claim the next sentence says came with no evidence is as unconfirmed ...
        ("The toll rose to 11. The ministry said its strike had killed up to 60 soldiers. It provided no evidence.",
         "en", (11, 0)),
        # ... while a figure "not yet officially confirmed" is still the outlet's to report
        ("Загинули щонайменше 12 окупантів. Ці дані поки не підтверджені офіційно.", "uk", (12, 0)),
        # ...and counts when it is the only one
        ("Two people were killed, according to unconfirmed reports.", "en", (2, 0)),
        ("За даними джерел, ліквідовано щонайменше п'ятьох окупантів.", "uk", (5, 0)),
        ("Комунальники ліквідували наслідки обстрілу.", "uk", (0, 0)),
        # a date is not a toll, nor is a running total
        ("A drone struck a minibus on the morning of Aug. 15, killing a 58-year-old woman and injuring five.", "en",
         (1, 5)),
        ("Russian forces struck settlements with drones on January 13 and 14, killing at least five civilians.", "en",
         (5, 0)),
        ("З початку місяця в районі внаслідок російських атак загинули вже семеро цивільних.", "uk", (0, 0)),
        ("Since the start of the month, seven civilians have been killed in the district.", "en", (0, 0)),
        # negated after the cue, in the same clause
        ("Загиблих і поранених немає.", "uk", (0, 0)),
        ("Про загиблих чи поранених не повідомляється.", "uk", (0, 0)),
        ("За последний месяц в городе погибли пять мирных жителей.", "ru", (0, 0)),
        ("Over the past month, seven civilians were killed in the town.", "en", (0, 0)),
        # the hospitalised are injured, not added to the dead
        ("Две женщины погибли, трое мирных жителей госпитализированы.", "ru", (2, 3)),
    ],
)
def test_reads_counts_in_digits_and_number_words(text, language, expected):
    assert count_casualties(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("FSB officers detained 4 residents of the town.", "en"),
        ("Partisans say they destroyed 2 tanks and 3 trucks.", "en"),
        ("No one was injured in the arson.", "en"),
        ("Обошлось без жертв, сообщили в администрации.", "ru"),
        ("Ніхто не постраждав, вогонь загасили за годину.", "uk"),
        ("They tried to kill the deputy mayor in May.", "en"),
        ("Замах на вбивство посадовця не вдався.", "uk"),
        ("Напомним, в 2014 году в городе погибли 10 человек.", "ru"),
        ("Нагадаємо, торік у місті загинули 7 людей.", "uk"),
        ("The explosion happened at 08:30 on 12 March, 300 metres from the checkpoint.", "en"),
    ],
)
def test_ignores_numbers_that_are_not_casualties(text, language):
    assert count_casualties(text, language) == (0, 0)


def test_ages_and_times_are_not_counts_but_the_victim_is():
    assert count_casualties("A 45-year-old man was killed at 22:15 on Friday.", "en") == (1, 0)
    assert count_casualties("Загинула 62-річна жінка.", "uk") == (1, 0)


def test_repetition_is_not_addition_and_explicit_figures_win():
    text = ("Two people were killed in the explosion. The two victims worked at the depot. "
            "Civilians were killed, the governor said.")
    assert count_casualties(text, "en") == (2, 0)


def test_bare_plural_counts_the_least_it_implies():
    assert count_casualties("Загинули мирні жителі.", "uk") == (2, 0)
    assert count_casualties("Several civilians were killed.", "en") == (10, 0)  # ACLED's figure for "several"


def test_empty_text_reports_nothing():
    assert count_casualties("", "en") == (0, 0)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # an exact figure outranks a vague claim about the same event, whichever comes first
        ("A missile strike on the town killed three people and wounded nine on Friday, the local head said. "
         "Military bloggers claimed dozens of soldiers had been killed in the barracks.", "en", (3, 9)),
        ("Блогери писали про десятки загиблих військових. Окупаційна влада визнала одного загиблого.", "uk", (1, 0)),
        ("Провластные каналы сообщили о нескольких погибших. Позже глава района назвал двоих погибших.", "ru",
         (2, 0)),
        # a vague quantifier still counts when it is all the report gives
        ("Dozens of soldiers were killed when the depot was hit.", "en", (12, 0)),
    ],
)
def test_an_exact_figure_outranks_a_vague_one(text, language, expected):
    assert count_casualties(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Since last autumn at least seven officials have been killed in such attacks.", "en"),
        ("З минулої осені в окупованій частині області загинули щонайменше семеро посадовців.", "uk"),
        ("С осени прошлого года погибли или были ранены по меньшей мере семь чиновников.", "ru"),
        ("Over the past month eleven civilians were killed in the district.", "en"),
        ("Протягом минулого тижня, з 4 по 10 березня, обстріли забрали життя дев'ятьох цивільних.", "uk"),
        ("С 4 по 10 марта в результате обстрелов погибли девять мирных жителей.", "ru"),
        ("Between March 4 and 10, shelling killed nine civilians in the region.", "en"),
    ],
)
def test_running_totals_over_a_period_are_not_this_events_toll(text, language):
    assert count_casualties(f"A car bomb killed one official on Tuesday. {text}", language) == (1, 0)


def test_a_vague_claim_the_report_cannot_verify_gives_no_figure():
    text = ("The ministry said its troops had repelled several assaults and killed dozens of soldiers, "
            "a claim that could not be independently verified.")
    assert count_casualties(text, "en") == (0, 0)
    assert count_casualties("Officials said 14 soldiers were killed, which could not be verified.", "en") == (14, 0)


def test_the_area_of_a_fire_is_not_a_toll():
    assert count_casualties("Пожар площадью около 80 квадратных метров ликвидирован к утру.", "ru") == (0, 0)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("The death toll from Tuesday's strike on the market in the town centre has risen to 12.", "en", (12, 0)),
        ("Число погибших в результате обстрела рынка в центре города выросло до пяти человек. "
         "Ранее сообщалось о трех погибших.", "ru", (5, 0)),
        ("Кількість загиблих унаслідок удару по центру міста вранці зросла до шести.", "uk", (6, 0)),
    ],
)
def test_the_figure_a_toll_rose_to_is_the_toll_however_far_from_the_cue(text, language, expected):
    assert count_casualties(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    # the first of a pair is too far from its verb, or nearer to the next clause's
    ("A man and a woman in their late sixties died on Sunday when their car drove over a mine.", "en", (2, 0)),
    ("A soldier threw a grenade into the bar, killing a young barmaid and a man and wounding five others.",
     "en", (2, 5)),
    # a lone person joined to a count has no number word of their own
    ("Погибли мать и двое ее детей.", "ru", (3, 0)),
    ("A farmer and his son were killed by the shell.", "en", (2, 0)),
    ("Загинуло літнє подружжя з Оріхова.", "uk", (2, 0)),
    # ... or stands last in the list, or beside another lone person, ages written as adjectives between them
    ("Загинули двоє чоловіків і жінка.", "uk", (3, 0)),
    ("Загинули 47-річний чоловік і 44-річна жінка.", "uk", (2, 0)),
    ("A drone hit the car, killing a 67-year-old woman and her 41-year-old son.", "en", (2, 0)),
    ("Загинуло подружжя — 47-річний чоловік і 44-річна жінка, їхнього 14-річного сина поранено.", "uk", (2, 1)),
    # "застрелили" kills like "убили"
    ("На блокпосту військові застрелили 52-річного водія.", "uk", (1, 0)),
    # ... and a list is not joined across a cue
    ("Two were killed and five others were wounded.", "en", (2, 5)),
])
def test_a_list_of_victims_is_counted_whole(text, language, expected):
    assert count_casualties(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    ("Не менее трех мирных жителей, в том числе двое детей, погибли в результате атаки беспилотника.", "ru", (3, 0)),
    ("Щонайменше семеро людей, серед них троє дітей, загинули внаслідок удару.", "uk", (7, 0)),
    ("Five people were killed, including two children.", "en", (5, 0)),
])
def test_a_subset_nearer_the_verb_does_not_replace_the_count_it_belongs_to(text, language, expected):
    assert count_casualties(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    ("Військовослужбовці розстріляли щонайменше п'ятьох українських захисників, які вийшли з укриття.", "uk", (5, 0)),
    ("Footage shows servicemen executing between five and seven surrendering Ukrainian soldiers.", "en", (5, 0)),
    ("Prosecutors opened an investigation into the killing of at least five Ukrainian prisoners of war.", "en", (5, 0)),
    ("В ходе боестолкновения двое нарушителей уничтожены. Наши военнослужащие не пострадали.", "ru", (2, 0)),
])
def test_prisoners_defenders_and_intruders_are_people(text, language, expected):
    assert count_casualties(text, language) == expected


def test_an_age_set_off_by_commas_is_not_a_count():
    assert count_casualties("The woman, 63, was killed in her yard; a 17-year-old was among the wounded.", "en") == (1, 1)


def test_the_dash_after_a_datelines_day_does_not_make_a_range_of_the_toll():
    text = "KHERSON, June 3 – Three people were killed and five wounded when shells hit a market on Monday."
    assert count_casualties(text, "en") == (3, 5)


@pytest.mark.parametrize("text, language, expected", [
    # a count that opens a new clause belongs to that clause's verb, even a few words on
    ("A 58-year-old pensioner was killed and four people, among them a boy, were injured.", "en", (1, 4)),
    ("Загинув чоловік, а п'ятеро перехожих, серед них підліток, дістали поранень.", "uk", (1, 5)),
    # "residential" is no resident: "a residential building" counts nobody
    ("Shelling hit a school and a residential building on May 3, killing two people and wounding five.", "en",
     (2, 5)),
])
def test_each_clause_keeps_its_own_count(text, language, expected):
    assert count_casualties(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a breakdown restates the total it follows; it does not add to it
        ("Exhumed were the bodies of nine people - six men and three women.", "en", 9),
        ("Ексгумовано тіла шести людей — чотирьох чоловіків і двох жінок.", "uk", 6),
        ("Извлечены тела пяти человек: трех мужчин и двух женщин.", "ru", 5),
        # a toll that has risen is the total, the bodies found since are in it
        ("The death toll has risen to five, officials said, after rescuers recovered two more bodies.", "en", 5),
        # the toll is named before its verb, however far; the wounded after it are how it rose
        ("The number of people killed by a rocket strike on the village on Tuesday has risen to three after a "
         "wounded woman died in hospital, regional officials said.", "en", 3),
        # counts of different victims still add up
        ("A soldier and two civilians were killed in the blast.", "en", 3),
    ],
)
def test_a_breakdown_or_a_risen_toll_is_not_added_to_the_total(text, language, expected):
    assert count_casualties(text, language)[0] == expected


@pytest.mark.parametrize("text, language", [
    ("Виступали ветерани, волонтери, матері загиблих військових.", "uk"),
    ("На митинг пришли матери погибших военных.", "ru"),
    ("Families of the dead soldiers spoke at the rally.", "en"),
])
def test_the_relatives_of_the_dead_are_no_toll(text, language):
    assert count_casualties(text, language) == (0, 0)


def test_relatives_who_are_themselves_killed_still_count():
    assert count_casualties("Матері загинули під завалами.", "uk") == (2, 0)
    assert count_casualties("Two children were killed and three wounded.", "en") == (2, 3)


def test_an_age_is_not_a_count_of_the_dead():
    assert count_casualties("A man aged 61 and a woman aged 48 were killed when shells landed near a shop.",
                            "en") == (2, 0)


def test_the_people_named_after_a_dash_are_the_dead_already_counted():
    assert count_casualties("По словам очевидцев, трое погибших — водитель и две женщины.", "ru") == (3, 0)


def test_a_part_of_the_wounded_is_not_added_to_them():
    assert count_casualties("Twelve people were wounded, three of them seriously.", "en") == (0, 12)


def test_what_a_toll_rose_to_counts_even_when_a_day_follows():
    assert count_casualties("The death toll from the strike rose to nine on Sunday after rescuers pulled two more "
                            "bodies from the rubble.", "en") == (9, 0)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a side's ceiling ("up to 40") yields to the report's own exact toll ...
        ("The missile strike killed nine civilians. The Russian MoD claimed that it killed 'up to 40' Ukrainian "
         "personnel.", "en", 9),
        # ... and is the report's figure when it gives no other: a ministry's summary relayed as the news
        ("«Уничтожено до 40 военнослужащих, а также три единицы автомобильной техники», — говорится в сводке.",
         "ru", 40),
        # personnel destroyed are dead, equipment destroyed is not
        ("Один окупант знищений, ще двоє поранені.", "uk", 1),
        ("Сили ППО знищили шість ударних БпЛА, ще два знищено над морем.", "uk", 0),
        # with no figure, the person beside the word gives its number
        ("Ответным огнем диверсант уничтожен. Среди наших военнослужащих пострадавших нет.", "ru", 1),
        ("Уничтожен склад боеприпасов, рядом с которым находились военнослужащие.", "ru", 0),
    ],
)
def test_a_claimed_ceiling_and_destroyed_personnel(text, language, expected):
    assert count_casualties(text, language)[0] == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("The toll rose to nine. Russia's Defence Ministry said it had killed up to 40 soldiers. The claim could not "
         "be independently verified.", "en", 9),
        ("Погибли двое. Местные телеграм-каналы накануне писали о трёх погибших. Губернатор эту цифру не "
         "подтвердил.", "ru", 2),
        ("Загинула жінка. За версією підпільників, загинули також двоє військових; незалежно підтвердити це не "
         "вдалося.", "uk", 1),
        # a side's own claim of enemy dead yields to the outlet's account of the toll
        ("Один із поранених військових помер у лікарні. Рух опору заявив про трьох знищених окупантів.", "uk", 1),
        ("A Rosgvardia officer was killed. A resistance movement claimed responsibility and claimed three killed.",
         "en", 1),
    ],
)
def test_a_disowned_or_claimed_figure_yields_to_the_reports_own(text, language, expected):
    assert count_casualties(text, language)[0] == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a claim the report itself doubts is no figure, even when the report gives none of its own
        ("Russia's Defence Ministry said the attack had been repelled and claimed that more than 40 Ukrainian "
         "servicemen had been killed, a figure that could not be independently verified.", "en"),
        ("Міноборони РФ традиційно заявило про «відбиту атаку» та сотні знищених українських військових.", "uk"),
        ("Противник, по утверждению штаба, потерял десятки военнослужащих.", "ru"),
        # the outlet says further on that it could not verify the casualty figures: no side's claim counts
        ("Ukrainian forces repelled a Russian attempt to storm the village. The Russian ministry said its units had "
         "killed up to 35 Ukrainian soldiers. Footage showed soldiers raising a flag. The agency could not verify "
         "either side's casualty figures.", "en"),
        ("Под селом взорвался топливозаправщик. Подполье заявило, что заложило на дороге взрывное устройство, и "
         "утверждает, что погибли двое военных. Глава Крыма сообщил об одном раненом водителе. Независимо "
         "подтвердить данные о погибших нам не удалось.", "ru"),
    ],
)
def test_a_doubted_or_vague_claim_of_enemy_dead_is_no_toll(text, language):
    assert count_casualties(text, language)[0] == 0


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("A 63-year-old woman was killed and two people, including a 15-year-old, were wounded.", "en", (1, 2)),
        ("Погибли трое, в том числе двое детей, еще пятеро ранены.", "ru", (3, 5)),
        ("Загинула жінка, ще двоє людей, серед них дитина, поранені.", "uk", (1, 2)),
    ],
)
def test_a_subset_set_off_by_commas_neither_adds_to_nor_moves_its_figure(text, language, expected):
    assert count_casualties(text, language) == expected


def test_enemy_eliminated_in_a_sentence_the_outlet_doubts_are_no_toll():
    text = "Речник заявив, що ліквідовано 23 окупанти й підбито два танки; незалежно перевірити ці дані неможливо."
    assert count_casualties(text, "uk") == (0, 0)


def test_the_outlets_doubt_elsewhere_in_the_story_voids_a_claim_of_enemy_dead_but_not_a_civilian_toll():
    story = "Neither side's casualty claims could be independently verified."
    assert count_casualties("A brigade spokesman claimed that 23 Russian soldiers were killed.", "en", story) == (0, 0)
    assert count_casualties("Occupation officials claimed that Ukrainian shelling killed two civilians.", "en",
                            story) == (2, 0)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Загиблих, за попередніми даними, немає.", "uk", (0, 0)),
        ("Поранено дванадцятеро людей, серед них двоє дітей.", "uk", (0, 12)),
    ],
)
def test_a_denial_after_an_aside_and_collective_numbers_above_ten(text, language, expected):
    assert count_casualties(text, language) == expected


def test_a_person_word_that_describes_a_unit_is_no_count():
    assert count_casualties("Fighters of a Russian volunteer battalion shot dead a local farmer at a checkpoint.",
                            "en") == (1, 0)
    assert count_casualties("A volunteer and a soldier were killed.", "en") == (2, 0)


def test_a_person_word_that_describes_a_thing_is_no_count():
    assert count_casualties("A drone struck a civilian car, killing two.", "en") == (2, 0)
    assert count_casualties("Shelling killed a soldier and a civilian.", "en") == (2, 0)


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Кто-то бросил гранату в пост и ранил двух военных. По поселку ходят слухи, что один из раненых умер.", "ru",
     (0, 2)),
    ("Хтось кинув гранату в пост і поранив двох військових. Селом ходять чутки, що один із поранених помер.", "uk",
     (0, 2)),
    ("A grenade wounded two soldiers at the post. There were rumours that one of them had died.", "en", (0, 2)),
])
def test_hearsay_gives_no_figure(text, language, expected):
    assert count_casualties(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # "не менее" is "at least", no denial
        ("В понедельник снаряды попали в остановку. Погибли не менее пяти человек, семеро ранены.", "ru", (5, 7)),
        ("Загиблих не менше трьох, ще шестеро поранені.", "uk", (3, 6)),
        # people shot dead; a car shot up kills no one by itself
        ("Учора російські військові розстріляли трьох українських бійців, які вийшли з бліндажа.", "uk", (3, 0)),
        ("Под селом военные расстреляли двух пленных солдат.", "ru", (2, 0)),
        ("Окупанти розстріляли автомобіль на трасі, водій поранений.", "uk", (0, 1)),
    ],
)
def test_at_least_and_shot_dead_in_ukrainian_and_russian(text, language, expected):
    assert count_casualties(text, language) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    # a side's official wording and its soldiers' slang for the enemy's men are people
    ("Уничтожено до 30 националистов и 4 единицы военной техники.", "ru", (30, 0)),
    ("Потери противника составили до 45 наемников убитыми.", "ru", (45, 0)),
    # units of equipment are no people, even when "military" follows
    ("Уничтожены 7 единиц военной техники.", "ru", (0, 0)),
    # "four of them destroyed": the pronoun stands for the drones before it
    ("Ворог запустив по області дев'ять «шахедів», п'ять з них знищені силами ППО.", "uk", (0, 0)),
    # one figure for the dead and the wounded together gives no toll
    ("За добу ворог втратив 48 осіб вбитими й пораненими.", "uk", (0, 0)),
    ("Потери ВСУ составили до 70 военнослужащих убитыми и ранеными.", "ru", (0, 0)),
    # a toll before a colon that explains it
    ("Загиблих уже шестеро: рятувальники знайшли тіла подружжя.", "uk", (6, 0)),
    # one dead and several hurt: the vague count is the wounded's, not added to the dead
    ("Є загиблий чоловік і кілька поранених.", "uk", (1, 10)),
    # a correction after "однак"/"but" replaces the first figure, it does not add to it
    ("Соцмережі писали про трьох загиблих, однак офіційно підтверджено двох.", "uk", (2, 0)),
    # another account's lower toll stands
    ("Очевидцы пишут о трех погибших. По другим данным, погибли двое.", "ru", (2, 0)),
    ("Two people were killed, witnesses said. According to other reports, one person died.", "en", (1, 0)),
])
def test_tolls_in_official_wording_corrections_and_other_accounts(text, language, expected):
    assert count_casualties(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a side's losses in one battle, in its enemy's words
        ("В ходе боев противник потерял до 45 военнослужащих, танк и две боевые машины.", "ru", (45, 0)),
        ("Противник втратив до 30 військовослужбовців і два танки.", "uk", (30, 0)),
        # ... not a day's or a week's, nor tanks
        ("За сутки противник потерял до 1 300 военнослужащих.", "ru", (0, 0)),
        ("Всего за неделю ВСУ потеряли до 120 военнослужащих.", "ru", (0, 0)),
        ("Противник потерял три танка и пять автомобилей.", "ru", (0, 0)),
        # a war blogger's "minus" enemy dead, and a temperature
        ("Минус 30 укропов, техника сгорела.", "ru", (30, 0)),
        ("Мінус 12 окупантів і два танки.", "uk", (12, 0)),
        ("Ночью было минус 30 градусов.", "ru", (0, 0)),
        # the civilian a side calls a spotter, "destroyed"
        ("Сброс ВОГа — корректировщик уничтожен.", "ru", (1, 0)),
        # the execution of people, named; those in hospital are the wounded
        ("Прокуратура расследует расстрел двух мирных жителей в селе.", "ru", (2, 0)),
        ("Один энергетик погиб, двое в больнице.", "ru", (1, 2)),
        ("Загинула жінка, двоє у лікарні.", "uk", (1, 2)),
        ("Two people died in hospital.", "en", (2, 0)),
        # the soldier who shot is no victim; one killed in an attack is
        ("A Russian soldier shot dead a 61-year-old local resident on Saturday.", "en", (1, 0)),
        ("A soldier killed in the attack was buried on Monday.", "en", (1, 0)),
        # a figure with its thousands set apart is one figure
        ("В результате удара погибли 1 200 человек.", "ru", (1200, 0)),
        # one enemy "liquidated" is one dead; a fire "liquidated" is put out
        ("Окупант ліквідований на місці, цивільні не постраждали.", "uk", (1, 0)),
        ("Ліквідовано колаборанта.", "uk", (1, 0)),
        ("Пожежу ліквідовано, постраждалих немає.", "uk", (0, 0)),
        ("Пожар ликвидирован.", "ru", (0, 0)),
        ("\"The occupier is liquidated on the place,\" the message said.", "en", (1, 0)),
        ("Up to 40 militants were neutralized in the strike.", "en", (40, 0)),
        # an hour told in words is no count of people
        ("Пожар потушили к семи утра, тела погибших извлекли из-под завалов.", "ru", (2, 0)),
        # soldiers a side says it killed, in a story that says the toll cannot be verified
        ("The command said two tanks had been destroyed and that about 40 Russian soldiers had been killed. It was "
         "not possible to independently verify the footage or the toll.", "en", (0, 0)),
        # losses that count the wounded are no toll; a week's losses in thousands are none either
        ("Лише за вчора на цій ділянці ворог втратив 61 особу вбитими й пораненими.", "uk", (0, 0)),
        ("За прошедшую неделю ВСУ потеряли до 1 тысячи военнослужащих и 18 автомобилей.", "ru", (0, 0)),
        # houses destroyed are no dead
        ("One house was destroyed and eight others were damaged.", "en", (0, 0)),
        # the wounded in an impersonal verb
        ("Говорят, погиб мужчина, еще двоих ранило.", "ru", (1, 2)),
        # a think tank's word that it has seen no evidence
        ("A milblogger claimed that the assault killed \"no fewer than 50\" servicemen. We have not observed "
         "evidence to support this claim.", "en", (0, 0)),
    ],
)
def test_losses_liquidations_and_disowned_claims(text, language, expected):
    assert count_casualties(text, language) == expected


@pytest.mark.parametrize(
    "text, language, expected",
    [
        # a count before a dash and the victims' ages is the count, not a range up to an age
        ("Загинули троє — 70-річна жінка, її 72-річний чоловік і їхній 40-річний син.", "uk", (3, 0)),
        ("Погибли двое — 58-летний водитель и его 60-летний сосед.", "ru", (2, 0)),
        # an early or first report's figure, superseded in a sentence of its own
        ("Early reports said three people had died in the village. Police later said one man was killed.", "en",
         (1, 0)),
        ("Спершу ми повідомили про двох загиблих. Насправді загинула одна людина.", "uk", (1, 0)),
        ("Сначала власти сообщали о пяти погибших; теперь говорят о трёх погибших.", "ru", (3, 0)),
        # a toll denied, and one the story says no one died in, is none
        ("Соцмережі писали про трьох загиблих, офіційно це не підтверджено. Згодом мер спростував повідомлення про "
         "загиблих: загиблих немає, є поранені.", "uk", (0, 0)),
        ("Каналы писали о двух погибших, но это не подтверждено. Глава района опроверг сообщения о погибших.", "ru",
         (0, 0)),
        ("Drones struck the city, injuring five people. Reports that two people had been killed were untrue, the "
         "mayor said. \"No one died,\" he wrote.", "en", (0, 5)),
        # ... denied by reports further back in the clause, or by "это"/"це" after the turn
        ("A driver was wounded when his lorry hit a mine, the governor said, denying reports on local channels that "
         "the man had died.", "en", (0, 1)),
        ("Паблики сообщили, что водитель погиб, однако губернатор это опроверг.", "ru", (0, 0)),
        ("Канали писали, що загинули двоє бійців, але командування це спростувало.", "uk", (0, 0)),
        # ... while a denial of something else, past a comma or of a "that" clause, leaves the toll
        ("Moscow denied reports that it shelled the village, where four people died.", "en", (4, 0)),
        ("Two people were killed, but the governor denied that the strike hit a school.", "en", (2, 0)),
        # attackers a side said it killed, the outlet's next clause disowning the claim
        ("The border service said three of the attackers were killed. The claim could not be independently verified, "
         "and Moscow did not comment.", "en", (0, 0)),
        # ... while a toll told beside a later disowned claim stays
        ("One guard was killed as soldiers fought off the raid. An agency, citing a source, said 12 attackers died; "
         "the claim could not be verified.", "en", (1, 0)),
        # a season of a year recalls an older event
        ("Влітку 2023 року ракета вбила чотирьох людей у цьому селі.", "uk", (0, 0)),
        ("In the summer of 2022 shelling killed five people there.", "en", (0, 0)),
    ],
)
def test_tolls_superseded_denied_disowned_or_recalled(text, language, expected):
    assert count_casualties(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("По данным с земли, пятеро двухсотых у противника, раненых вывозили до вечера.", "ru", (5, 2)),
        ("У противника пять двухсотых и трое трёхсотых.", "ru", (5, 3)),
        ("Двоє двохсотих у ворога, ще троє трьохсотих.", "uk", (2, 3)),
        ("Двухсотых нет, работаем дальше.", "ru", (0, 0)),
    ],
)
def test_soldiers_slang_for_the_dead_and_wounded_counts_with_its_figure(text, language, expected):
    """"Двухсотые" and "трёхсотые" (cargo 200 and 300) are the dead and the wounded, counted only with a figure."""
    assert count_casualties(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    # an officer named by his rank is a person: one killed, whatever the side calls it
    ("Підполковника ліквідовано. Його водій поранений.", "uk", (1, 1)),
    ("Підполковник ліквідований на місці, двоє охоронців поранені.", "uk", (1, 2)),
    ("Командира ліквідовано.", "uk", (1, 0)),
    # a rank that only speaks is no casualty
    ("Генерал заявив, що двоє військових загинули.", "uk", (2, 0)),
])
def test_an_officer_named_by_his_rank(text, language, expected):
    assert count_casualties(text, language) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    # a person shot dead, with no figure
    ("Окупанти розстріляли беззбройного чоловіка просто в його дворі.", "uk", (1, 0)),
    ("Военные расстреляли мужчину у дома.", "ru", (1, 0)),
    # ... and a car shot at, whose owners are named after it
    ("Окупанти розстріляли автомобіль волонтерів.", "uk", (0, 0)),
    # the shots are no count of the dead
    ("Мужчина вышел из сарая и почти сразу был убит двумя выстрелами.", "ru", (1, 0)),
    # people another act befell: detained, captured, the dead man's neighbours
    ("Security forces killed a civilian and detained two others during the raid.", "en", (1, 0)),
    ("Two soldiers were killed and three captured.", "en", (2, 0)),
    ("В тот же день силовики задержали двух соседей погибшего.", "ru", (0, 0)),
    # tens of a small figure
    ("По нашим данным, минус два десятка людоловов.", "ru", (20, 0)),
    # one body, named by whose it was
    ("В пятницу родственникам передали тело 56-летнего рыбака, задержанного на блокпосту.", "ru", (1, 0)),
    ("The body of a 43-year-old man was found in the ruins.", "en", (1, 0)),
])
def test_shot_dead_shots_fired_and_people_detained(text, language, expected):
    assert count_casualties(text, language) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    # the dead are the verb's object, not the killers before it
    ("Resistance fighters killed the head of the occupation police on Tuesday.", "en", (1, 0)),
    ("Gunmen shot the deputy mayor dead outside his office.", "en", (1, 0)),
    ("Partisans shot the warden of the camp dead near the school.", "en", (1, 0)),
    # ... and a plural object is plural
    ("Soldiers shot the villagers dead at the crossing.", "en", (2, 0)),
    # the figure after a dash is its cue's: dead first, wounded after
    ("По нашим данным, двухсотые — минимум трое, трехсотые — пятеро.", "ru", (3, 5)),
    # a numeral that counts only people needs no person word
    ("Склад отработан. Минус шестеро, техника сгорела.", "ru", (6, 0)),
    ("Ночью мороз минус 12, дороги замело.", "ru", (0, 0)),
])
def test_who_the_dead_are_and_a_soldiers_tally(text, language, expected):
    assert count_casualties(text, language) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    # a verb that raised the toll, the toll named after it, the new figure after "to"
    ("Rescuers recovered a second body from the rubble, raising the death toll from Thursday's Russian missile "
     "strike to two, officials said.", "en", (2, 0)),
    ("Рятувальники дістали ще одне тіло, довівши кількість загиблих унаслідок удару до чотирьох.", "uk", (4, 0)),
    # ... not a tally over a period it brings up to date
    ("The strike killed three, bringing the number of civilians killed in the city this month to 40.", "en", (3, 0)),
])
def test_a_toll_raised_to_a_figure(text, language, expected):
    assert count_casualties(text, language) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Загинули 43 корови, ще кілька десятків тварин розбіглися.", "uk", (0, 0)),
    ("Погибли 12 голов скота.", "ru", (0, 0)),
    ("The programme will now cover livestock killed by shelling.", "en", (0, 0)),
    # people beside the animals still count, and a village head is no head of cattle
    ("Погибли 3 человека и 20 коров.", "ru", (3, 0)),
    ("Загинув голова громади.", "uk", (1, 0)),
])
def test_animals_killed_are_no_toll(text, language, expected):
    assert count_casualties(text, language) == expected
