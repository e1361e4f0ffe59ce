"""Event dates resolved against the publication date, from en/uk/ru sentences written for these tests."""

import pytest

from sitrep.coding.dates import (
    has_time_reference,
    is_passing_mention,
    is_period_tally,
    opens_on_a_day,
    publication_date,
    resolve_event_date,
    time_references,
)

# A Wednesday, Kyiv time.
PUBLISHED = "2023-05-17T10:15:00+03:00"


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("The depot burned on 14 May.", "en", ("2023-05-14", 1)),
        ("The depot burned on May 14th.", "en", ("2023-05-14", 1)),
        ("Склад згорів 14 травня.", "uk", ("2023-05-14", 1)),
        ("Склад сгорел 14 мая 2023 года.", "ru", ("2023-05-14", 1)),
        ("Склад сгорел 14.05.2023.", "ru", ("2023-05-14", 1)),
        ("Incident date: 2023-05-14.", "en", ("2023-05-14", 1)),
        ("Partisans set the office on fire on Sunday.", "en", ("2023-05-14", 1)),
        ("Партизани підпалили офіс у неділю.", "uk", ("2023-05-14", 1)),
        ("Партизаны подожгли офис в воскресенье.", "ru", ("2023-05-14", 1)),
        ("The bridge was damaged yesterday.", "en", ("2023-05-16", 1)),
        ("Міст пошкодили вчора.", "uk", ("2023-05-16", 1)),
        ("Міст пошкодили учора ввечері.", "uk", ("2023-05-16", 1)),
        ("Накануне мост был поврежден.", "ru", ("2023-05-16", 1)),
        ("Мост повредили вчера.", "ru", ("2023-05-16", 1)),
        ("A blast was heard this morning.", "en", ("2023-05-17", 1)),
        ("Вибух пролунав сьогодні.", "uk", ("2023-05-17", 1)),
        ("Взрыв прогремел сегодня.", "ru", ("2023-05-17", 1)),
        ("Минулої ночі в місті лунали вибухи.", "uk", ("2023-05-17", 1)),
        ("В ночь на вторник в городе прогремели взрывы.", "ru", ("2023-05-16", 1)),
        ("У ніч з понеділка на вівторок пролунали вибухи.", "uk", ("2023-05-16", 1)),
        ("Three activists were detained last week.", "en", ("2023-05-11", 2)),
        ("Earlier this month, officials left the town.", "en", ("2023-05-15", 3)),
    ],
)
def test_resolves_explicit_weekday_and_relative_dates(text, language, expected):
    assert resolve_event_date(text, PUBLISHED, language) == expected


def test_uses_the_local_date_of_the_publication_offset():
    # 23:30 in Kyiv on the 16th is already the 17th in UTC; the text speaks Kyiv's calendar.
    assert resolve_event_date("Вибух пролунав сьогодні.", "2023-05-16T23:30:00+03:00", "uk") == ("2023-05-16", 1)
    assert resolve_event_date("The blast happened today.", "2023-05-16T22:30:00-05:00", "en") == ("2023-05-16", 1)


def test_day_and_month_without_year_never_lands_in_the_future():
    assert resolve_event_date("Вибух пролунав 30 грудня.", "2023-01-02T09:00:00+02:00", "uk") == ("2022-12-30", 1)


def test_event_date_is_the_earliest_recent_date_not_the_reporting_day():
    text = "Вчора партизани підпалили авто. Сьогодні окупаційна адміністрація це підтвердила."
    assert resolve_event_date(text, PUBLISHED, "uk") == ("2023-05-16", 1)


def test_skips_sentences_that_recall_older_events():
    text = "Напомним, 3 апреля в городе уже взрывали автомобиль. Вчера взрыв повторился."
    assert resolve_event_date(text, PUBLISHED, "ru") == ("2023-05-16", 1)


@pytest.mark.parametrize("text, language", [
    ("Сьогодні мешканці зібралися на площі. Це вже другий мітинг: попередній, у понеділок, зібрав двісті людей.", "uk"),
    ("Сегодня жители вышли на площадь. Предыдущая акция, в понедельник, собрала двести человек.", "ru"),
    ("Hundreds rallied in the square today. The previous protest, on Monday, drew two hundred people.", "en"),
    # what an earlier strike damaged
    ("Сегодня утром беспилотник атаковал машину энергетиков. Они восстанавливали линию, поврежденную вчерашним "
     "обстрелом.", "ru"),
    ("A drone hit a repair crew this morning as it fixed a line damaged in yesterday's shelling.", "en"),
])
def test_the_day_of_a_previous_incident_of_the_kind_is_not_the_events(text, language):
    assert resolve_event_date(text, PUBLISHED, language) == ("2023-05-17", 1)


def test_the_previous_day_still_dates_the_event():
    text = "The governor spoke on Wednesday. Drones struck the depot the previous day, on Tuesday."
    assert resolve_event_date(text, PUBLISHED, "en") == ("2023-05-16", 1)


def test_undated_text_falls_back_to_the_publication_date():
    assert resolve_event_date("Partisans have just blown up a rail line.", PUBLISHED, "en") == ("2023-05-17", 1)
    assert resolve_event_date("Partisans blew up a rail line.", PUBLISHED, "en") == ("2023-05-17", 2)
    assert resolve_event_date("Partisans blew up a rail line.", None, "en") == (None, 1)


def test_publication_date_rejects_garbage_with_a_reason():
    assert publication_date("2023-05-17") is not None
    with pytest.raises(ValueError, match="not an ISO 8601"):
        publication_date("yesterday-ish")


@pytest.mark.parametrize(
    "sentence",
    [
        "Нагадаємо, раніше партизани підірвали міст.",
        "Напомним, ранее в городе задержали активистов.",
        "Recall that in a previous attack a depot was hit.",
        "In October, the same office was set on fire.",
        "Last month the rail line was cut twice.",
        "Как сообщал наш корреспондент, у села продолжаются бои.",
        "Як повідомлялося, біля мосту тривають бої.",
        "As previously reported, fighting near the bridge continues.",
    ],
)
def test_passing_mentions_by_cue_words(sentence):
    assert is_passing_mention(sentence, None, PUBLISHED)


def test_passing_mentions_by_age_of_the_event():
    assert is_passing_mention("The office burned down.", "2023-05-01", PUBLISHED)
    assert not is_passing_mention("The office burned down.", "2023-05-15", PUBLISHED)
    assert not is_passing_mention("Партизани підпалили офіс.", None, None)
    # the source of a new report is no recall
    assert not is_passing_mention("Как сообщил губернатор, дрон атаковал нефтебазу.", None, None)


def test_time_references_leave_out_announcements():
    published = "2023-08-28T09:00:00+00:00"
    text = "The bridge was hit on Sunday. Schools will reopen on 1 September 2023."
    assert time_references(text, published) == [("2023-08-27", 1)]
    assert time_references("Schools will reopen on 1 September 2023.", published) == []


def test_has_time_reference_without_publication_day():
    assert has_time_reference("Вчора ввечері партизани підпалили релейну шафу.", None)
    assert has_time_reference("В ночь на вторник в городе прогремел взрыв.", None)
    assert not has_time_reference("Who gets detained, and what happens to them afterwards?", None)
    assert not has_time_reference("Former soldiers and teachers are often detained.", "2023-03-02")


def test_a_live_post_names_the_day_it_was_posted():
    published = "2023-12-16T11:35:00+02:00"
    assert has_time_reference("Щойно — потужні прильоти по Дніпровському району.", published)
    assert has_time_reference("Только что — мощные взрывы в центре города.", published)
    assert has_time_reference("Just now, loud explosions in the city centre.", published)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Суд вынес приговор по делу о теракте, в результате которого в марте прошлого года погиб полицейский.",
         "2023-03-15"),
        ("The bombing in March last year killed a police officer.", "2023-03-15"),
        ("Вибух у березні минулого року забрав життя поліцейського.", "2023-03-15"),
        ("Патрулі посилили ще торік у березні, коли біля порту підірвали автомобіль.", "2023-03-15"),
        ("Вибух у березні забрав життя поліцейського.", "2024-03-15"),
    ],
)
def test_a_month_of_last_year_is_last_years(text, expected):
    assert time_references(text, "2024-06-19T14:00:00+03:00") == [(expected, 3)]


@pytest.mark.parametrize(
    ("sentence", "tally"),
    [
        ("Hundreds of civilians have been detained in the region since March.", True),
        ("З початку року в місті затримали понад сорок людей.", True),
        ("С начала оккупации задержаны десятки активистов.", True),
        ("С марта в области пропали без вести 120 человек.", True),
        ("On Tuesday soldiers detained two men in the village.", False),
        ("Сьогодні вранці окупанти затримали двох чоловіків.", False),
        ("Between November 11 and 17 the monitors recorded 40 ceasefire violations.", True),
        # two consecutive days are one night, not a period
        ("Russian forces struck Selydove overnight on October 6 to 7, killing nine civilians.", False),
    ],
)
def test_a_tally_over_a_period_is_told_from_a_single_event(sentence, tally):
    assert is_period_tally(sentence) is tally


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Число погибших в результате утреннего обстрела выросло до четырех.", "ru"),
        ("Унаслідок ранкового обстрілу пошкоджено три будинки.", "uk"),
        ("Today's strike destroyed a warehouse.", "en"),
    ],
)
def test_this_mornings_attack_happened_on_the_publication_day(text, language):
    assert resolve_event_date(text, "2023-11-08T19:45:00+03:00", language) == ("2023-11-08", 1)


def test_now_describes_a_state_not_the_day_of_an_event():
    # "нині утримують 200 кримчан": a count of people held, with no day on which anything happened
    assert time_references("За даними правозахисників, нині в російських в’язницях утримують 200 кримчан.",
                           "2024-02-20T13:40:00+02:00") == []
    assert time_references("Сьогодні суд засудив журналістку.", "2024-02-20T13:40:00+02:00") == [("2024-02-20", 1)]


def test_the_night_before_a_weekday_in_ukrainian():
    assert time_references("У ніч проти неділі на станції згорів тепловоз.", "2023-09-03T10:30:00+03:00") == [
        ("2023-09-03", 1)]
    # the night in another case: "після ночі проти неділі", "после ночи на воскресенье"
    assert time_references("Після ночі проти неділі, коли згорів тепловоз, посилили охорону.",
                           "2023-09-03T10:30:00+03:00") == [("2023-09-03", 1)]
    assert time_references("После ночи на воскресенье, когда сгорел тепловоз, усилили охрану.",
                           "2023-09-03T10:30:00+03:00") == [("2023-09-03", 1)]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Drones struck the refinery overnight on January 24 to 25.", "2024-01-26T09:00:00+00:00", "2024-01-25"),
        ("Partisans derailed the train on the night of October 22 to 23.", "2023-10-24T12:00:00+00:00",
         "2023-10-23"),
        # across the end of a month, in each language
        ("Partisans set fire to a relay cabinet on the night of April 30 to May 1.", "2024-05-02T12:00:00+00:00",
         "2024-05-01"),
        ("On the night of 30 April to 1 May drones hit a depot.", "2024-05-02T12:00:00+00:00", "2024-05-01"),
        ("У ніч з 30 квітня на 1 травня наші агенти вивели з ладу релейну шафу.", "2024-05-01T12:40:00+03:00",
         "2024-05-01"),
        ("В ночь с 31 декабря на 1 января неизвестные подожгли шкаф.", "2025-01-02T12:00:00+03:00", "2025-01-01"),
        # by its two weekdays, with or without "from"
        ("Drones struck the depot overnight Saturday to Sunday.", "2024-06-16T14:10:00+00:00", "2024-06-16"),
        ("Shahed drones struck the village overnight Wednesday to Thursday.", "2025-06-27T11:00:00+03:00",
         "2025-06-26"),
    ],
)
def test_a_night_told_by_its_two_days_is_dated_by_the_second(text, published, expected):
    assert resolve_event_date(text, published, "en") == (expected, 1)


@pytest.mark.parametrize(("text", "expected"), [
    ("Prykolotne was shelled last Tuesday.", "2024-09-17"),
    ("Приколотне минулого вівторка потрапило під обстріл.", "2024-09-17"),
    ("В прошлый вторник село попало под обстрел.", "2024-09-17"),
    ("Prykolotne was shelled on Tuesday.", "2024-09-24"),  # that day, the day of publication
])
def test_last_weekday_said_on_that_weekday_is_a_week_ago(text, expected):
    assert resolve_event_date(text, "2024-09-24T13:30:00+03:00", "uk") == (expected, 1)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Сотрудники УФСБ 12.05 задержали в селе местного жителя, сообщили в среду.", "2025-05-14T11:30:00+03:00",
         "2025-05-12"),
        ("The movement said its members blew up the car on 12/05.", "2025-05-14T11:30:00+03:00", "2025-05-12"),
        ("31.12 у селі вибухнув автомобіль, повідомили у четвер.", "2025-01-02T10:00:00+02:00", "2024-12-31"),
    ],
)
def test_a_day_and_month_in_digits_in_the_week_before_publication(text, published, expected):
    assert resolve_event_date(text, published, "ru") == (expected, 1)


@pytest.mark.parametrize("text", [
    "Взрыв прогремел в 12.05, сообщили в среду.",  # a clock time
    "The drone flew 2.5 km before it hit the depot on Wednesday.",  # a measure
    "Prices rose 1.5 percent as the drone hit the depot on Wednesday.",
])
def test_digits_that_are_a_time_or_a_measure_are_no_day(text):
    assert resolve_event_date(text, "2025-05-14T11:30:00+03:00", "ru") == ("2025-05-14", 1)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("A relay cabinet caught fire at about 2 a.m. on New Year's Day.", "2025-01-01T13:30:00+00:00",
         "2025-01-01"),
        ("По данным следствия, в новогоднюю ночь неизвестный поджег шкаф.", "2025-01-02T12:15:00+03:00",
         "2025-01-01"),
        ("У новорічну ніч дрон влучив у будинок.", "2025-01-02T12:00:00+02:00", "2025-01-01"),
        ("A drone hit a house on New Year's Eve.", "2025-01-01T13:30:00+00:00", "2024-12-31"),
    ],
)
def test_the_new_years_night_and_eve_by_name(text, published, expected):
    assert resolve_event_date(text, published, "en") == (expected, 1)


def test_a_weekday_planned_ahead_does_not_date_the_event():
    """"договорившись собраться снова в пятницу": the next rally, not last Friday's."""
    text = ("Сегодня около полудня к администрации вышли около 70 человек. Люди разошлись, договорившись "
            "собраться снова в пятницу, если ответа не будет.")
    assert resolve_event_date(text, "2024-05-15T16:20:00+03:00", "ru") == ("2024-05-15", 1)
    assert resolve_event_date("Shelling hit the village on Friday.", "2024-05-15T16:20:00+03:00", "en") \
        == ("2024-05-10", 1)


def test_a_part_of_the_day_is_the_latest_one_before_publication():
    # a morning digest's "in the evening" is the evening before; an evening post's is the same day
    assert resolve_event_date("Увечері снаряди влучили у приватний сектор.", "2024-05-26T08:10:00+03:00",
                              "uk") == ("2024-05-25", 1)
    assert resolve_event_date("Увечері снаряди влучили у приватний сектор.", "2024-05-26T21:40:00+03:00",
                              "uk") == ("2024-05-26", 1)
    assert resolve_event_date("Днём беспилотник атаковал трактор.", "2024-05-26T09:00:00+03:00",
                              "ru") == ("2024-05-25", 1)
    assert resolve_event_date("A drone hit a car in the afternoon.", "2024-05-26T18:00:00+00:00",
                              "en") == ("2024-05-26", 1)
    # a date alone says nothing of the hour
    assert resolve_event_date("Увечері снаряди влучили у приватний сектор.", "2024-05-26", "uk")[0] == "2024-05-26"


@pytest.mark.parametrize("sentence, opens", [
    ("On 28 February, the FSB arrested a local man.", True),
    ("Also on 27 February, in the neighbouring village, soldiers took a teacher away.", True),
    ("Late on Monday, gunmen fired on the checkpoint.", True),
    ("28 лютого у Хорлах затримали чоловіка.", True),
    ("Вчора ввечері окупанти обстріляли село.", True),
    ("В ночь на субботу дроны атаковали нефтебазу.", True),
    ("Russian forces shelled the village on Monday.", False),  # the day comes late: the story goes on
    ("The FSB said on Tuesday it had detained two men.", False),
])
def test_an_item_that_opens_on_its_day(sentence, opens):
    assert opens_on_a_day(sentence) is opens


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # an hour before the publication's is today's ...
        ("Близько 10:15 «Іскандер-М» влучив у територію підприємства.", "2025-03-11T13:05:00+02:00", "2025-03-11"),
        # ... one after it was yesterday's
        ("Около 22:40 дрон атаковал легковой автомобиль.", "2025-03-11T09:05:00+03:00", "2025-03-10"),
    ],
)
def test_a_clock_time_with_no_day_is_the_latest_before_publication(text, published, expected):
    assert time_references(text, published) == [(expected, 1)]


def test_a_possessive_weekday_or_yesterday_names_the_day():
    text = "The death toll from Sunday's rocket strike on the town rose to two, officials said on Tuesday."
    assert resolve_event_date(text, PUBLISHED, "en") == ("2023-05-14", 1)
    assert resolve_event_date("Yesterday's strike on the depot killed two.", PUBLISHED, "en") == ("2023-05-16", 1)


@pytest.mark.parametrize("text", [
    "Около семи утра дрон врезался в автобус.",
    "Близько дев'ятої вечора пролунали вибухи.",
    "The shells landed at about 6 a.m. near the market.",
    "Gunfire broke out at eleven at night.",
])
def test_an_hour_told_in_words_names_a_time_on_a_day(text):
    assert has_time_reference(text, "2025-03-11T09:05:00+02:00")
    assert time_references(text, "2025-03-11T09:05:00+02:00") == []  # which day is for the other references


def test_an_hour_in_words_leaves_the_day_to_yesterday_named_before_it():
    text = "Учора вранці невідомі застрелили чоловіка. Постріли пролунали близько восьмої ранку."
    assert [day for day, _ in time_references(text, "2022-06-24T10:40:00+03:00")] == ["2022-06-23"]


def test_the_day_a_campaign_began_is_not_the_incidents():
    text = "Ukrainian forces liberated the village on Friday. The counteroffensive, launched on Sept. 6, goes on."
    assert resolve_event_date(text, "2022-09-10T12:40:00+03:00", "en") == ("2022-09-09", 1)


@pytest.mark.parametrize("sentence", ["С 10 мая российская армия наступает в приграничье.",
                                      "Since May 10, Russian forces have attacked the border villages daily."])
def test_since_a_day_of_a_month_is_a_period(sentence):
    assert is_period_tally(sentence)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Сьогодні близько 16:10 окупанти обстріляли селище з «Градів». Вони б'ють по ньому вже вдруге за тиждень: "
         "у понеділок туди прилетіла авіабомба.", "uk"),
        ("Следующий удар пришелся снова по поселку. В понедельник горел резервуар, а этой ночью прилетело туда же.",
         "ru"),
        ("Rockets hit the village again this morning, two days after a glide bomb struck it on Monday.", "en"),
    ],
)
def test_a_place_struck_again_is_dated_by_the_latest_strike_not_the_one_recalled(text, language):
    """Told beside the earlier strike it repeats, the reported strike is the latest day (17 May, not Monday 15)."""
    assert resolve_event_date(text, PUBLISHED, language) == ("2023-05-17", 1)
    # without a word of repetition, the earliest recent day is still the event's (see above)
    assert resolve_event_date("У понеділок вибухнув склад. Сьогодні влада це підтвердила.", PUBLISHED, "uk") \
        == ("2023-05-15", 1)


def test_a_sentence_counting_the_strikes_before_this_one_recalls_them():
    """"Це вже третій удар по селищу за десять днів", "унаслідок тих атак": earlier strikes, not this one."""
    assert is_passing_mention("Це вже третій удар по селищу за десять днів.", None, None)
    assert is_passing_mention("Минулого четверга селище обстріляли з «Градів»; унаслідок тих атак загинули троє.",
                              None, None)
    assert is_passing_mention("Это уже второй удар по поселку за неделю.", None, None)
    assert not is_passing_mention("Сьогодні вранці дрон атакував селище, поранено двох людей.", None, None)


@pytest.mark.parametrize("text", ["Пів години тому біля ринку затримали чоловіка.", "An hour ago a drone hit the depot.",
                                  "Пару часов назад в центре прогремел взрыв."])
def test_hours_ago_is_the_day_of_publication(text):
    assert time_references(text, "2024-05-14T13:15:00+03:00") == [("2024-05-14", 1)]


def test_years_back_and_a_tally_since_a_month_are_background():
    assert is_passing_mention("Эти мины убивают и сегодня — спустя три года после освобождения.", None, None)
    assert is_passing_mention("Two years ago the bridge was blown up.", None, None)
    assert is_period_tally("Загалом від лютого росіяни намагалися підпалити понад 70 військкоматів.")


def test_a_month_named_in_passing_leaves_the_day_of_the_news_beside_it():
    text = ("MOSCOW, Sept 5 - Security officers on Tuesday detained two teenagers on suspicion of setting fire to a "
            "signalling cabinet last month, the FSB said.")
    assert resolve_event_date(text, "2024-09-05T14:00:00+00:00", "en") == ("2024-09-03", 1)
    # a recall is background whatever days it names
    assert resolve_event_date("Recall that in August a drone hit the same depot.", "2024-09-05T14:00:00+00:00",
                              "en")[0] == "2024-08-15"


def test_a_persons_past_in_a_relative_clause_is_no_tally():
    assert not is_period_tally("Погиб сапер, который с 2022 года очищал от мин побережье.")
    assert is_period_tally("С 2022 года на минах в районе погибли 40 человек.")


def test_a_weekday_a_service_starts_from_is_a_day_to_come():
    # published on Saturday 15 October 2022: Friday is the news, Monday the day the office reopens
    text = ("The movement said it set fire to the passport office early on Friday. The administration said passports "
            "would be issued from a school building from Monday.")
    assert resolve_event_date(text, "2022-10-15T09:40:00+00:00", "en") == ("2022-10-14", 1)
    text = "Ночью подожгли паспортный стол. Выдача паспортов продолжится с понедельника."
    assert resolve_event_date(text, "2022-10-15T09:40:00+03:00", "ru") == ("2022-10-15", 1)
