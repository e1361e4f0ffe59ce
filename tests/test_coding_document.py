"""Document → events with the shipped model: what is reported, where the evidence is, what is not."""

from __future__ import annotations

import numpy as np
import pytest

from sitrep.coding import code_document
from sitrep.coding.classifier import load_model
from sitrep.coding.document import _Event, _is_dated, _is_passing_mention, codebook_label, group_events
from sitrep.coding.segment import Passage, candidate_sentences, find_passages, opens_list_item
from sitrep.model import Document
from sitrep.nlp import split_sentences
from sitrep.taxonomy import SUB_EVENT_NAMES, event_type_of

WEATHER = Document(
    id="w1", language="en", source="wire_en", published_at="2023-02-07T08:00:00+00:00",
    title="Cold snap to bring snow and ice to the south",
    text=("Forecasters expect up to 15 centimetres of snow across the southern regions on Thursday. "
          "Night temperatures will fall to minus 14 degrees, the weather service said. "
          "Drivers were advised to avoid mountain roads until the weekend, when a thaw is expected."),
)

BOMBING = Document(
    id="b1", language="en", source="wire_en", published_at="2023-06-14T09:30:00+00:00",
    title="Official of Russian-installed administration killed by car bomb",
    text=("The town has had no running water for three days, residents say. "
          "A car bomb killed a senior official of the Russian-installed administration in the occupied "
          "town on Tuesday morning, shortly after he left his house. "
          "A local underground resistance group said its members had planted the explosive device "
          "under the vehicle. "
          "Bakeries in the town centre reopened on Wednesday."),
)

BOMBING_UK = Document(
    id="b2", language="uk", source="pravda_ua", published_at="2023-06-14T12:00:00+03:00",
    title="Партизани підірвали авто окупаційного чиновника",
    text=("Вчора вранці в окупованому місті під автомобілем чиновника окупаційної адміністрації "
          "спрацював вибуховий пристрій. Чиновник загинув на місці. Відповідальність за підрив "
          "взяли на себе місцеві партизани."),
)


def test_weather_story_reports_nothing():
    assert code_document(WEATHER) == []
    # The trigger gate keeps every weather sentence from the classifier.
    assert candidate_sentences(WEATHER.text) == []


@pytest.mark.parametrize("sentence", [
    "Этой ночью в Гурзуфе подожжены два грузовых автомобиля.",
    "Ночью в поселке сожжены три военных грузовика.",
    "Неизвестные поджигают релейные шкафы на железной дороге.",
])
def test_the_trigger_gate_passes_arson_in_russian_passive_and_present_forms(sentence):
    assert candidate_sentences(sentence) != []


@pytest.mark.parametrize("sentence", [
    "У ніч з 30 квітня на 1 травня наші агенти вивели з ладу релейну шафу на перегоні біля станції.",
    "Активисты движения вывели из строя систему сигнализации на перегоне.",
    "Our members put the signalling equipment out of action near the junction.",
    "Saboteurs disabled a relay cabinet on the line overnight.",
])
def test_the_trigger_gate_passes_equipment_put_out_of_action(sentence):
    assert candidate_sentences(sentence) != []


@pytest.mark.parametrize("sentence", [
    "Сегодня утром наши операторы отработали по гаубице у села.",
    "Серия хлопков в районе завода, потом зарево.",
    "Бавовна на аеродромі: прилетіло двічі.",
    "A Lancet hit the howitzer near the village.",
    # a raid across the line
    "Вчера наши разведчики провели рейд к селу на границе.",
    "Бійці ГУР здійснили рейд на лівий берег.",
])
def test_the_trigger_gate_passes_strikes_told_in_slang_and_euphemism(sentence):
    assert candidate_sentences(sentence) != []


def test_partisan_bombing_is_one_report_with_exact_evidence():
    reports = code_document(BOMBING)
    assert len(reports) == 1
    report = reports[0]
    assert report.sub_event_type == "Remote explosive/landmine/IED"
    assert report.event_type == event_type_of(report.sub_event_type) == "Explosions/Remote violence"
    assert report.report_id == "b1#1" and report.doc_id == "b1" and report.source == "wire_en"
    assert BOMBING.text[report.evidence_start:report.evidence_end] == report.evidence
    assert "car bomb" in report.evidence
    assert "running water" not in report.evidence and "Bakeries" not in report.evidence
    assert 0.0 < report.confidence <= 1.0
    assert report.location is None
    assert report.language == "en" and report.published_at == BOMBING.published_at


def test_ukrainian_bombing_story_is_coded_too():
    reports = code_document(BOMBING_UK)
    assert [r.sub_event_type for r in reports] == ["Remote explosive/landmine/IED"]
    report = reports[0]
    assert BOMBING_UK.text[report.evidence_start:report.evidence_end] == report.evidence


def test_old_event_recalled_in_passing_is_not_reported():
    doc = Document(
        id="p1", language="uk", published_at="2023-06-14T12:00:00+03:00",
        title="У місті відкрили новий пункт видачі гуманітарної допомоги",
        text=("У середу в центрі міста запрацював новий пункт видачі гуманітарної допомоги. "
              "Там можна отримати продуктові набори, ліки та засоби гігієни. "
              "Пункт працюватиме щодня з дев'ятої ранку до шостої вечора. "
              "Нагадаємо, минулого року в цьому районі підірвали автомобіль окупаційного чиновника."),
    )
    assert code_document(doc) == []


def test_reports_are_ordered_and_well_formed():
    doc = Document(
        id="m1", language="en", published_at="2023-03-02T10:00:00+00:00",
        title="Rally against mobilisation in regional capital",
        text=("Several hundred people rallied peacefully in the regional capital on Wednesday against "
              "the new mobilisation order, carrying placards and chanting slogans. "
              "The protest ended in the evening without incident, organisers said. "
              "Separately, shelling hit the outskirts of a frontline village on Thursday, wounding two "
              "farmers, local officials said."),
    )
    reports = code_document(doc)
    assert reports
    assert reports[0].sub_event_type == "Peaceful protest"
    assert [r.report_id for r in reports] == [f"m1#{n}" for n in range(1, len(reports) + 1)]
    for report in reports:
        assert report.sub_event_type in SUB_EVENT_NAMES
        assert doc.text[report.evidence_start:report.evidence_end] == report.evidence


def test_empty_document_reports_nothing():
    assert code_document(Document(id="e", text="   ")) == []


def test_interview_about_detentions_in_general_reports_nothing():
    # Q&A about how detentions happen, with no day named: no specific incident.
    doc = Document(
        id="i1", language="en", source="wire_en", published_at="2023-03-02T10:00:00+00:00",
        title="'They take people from their homes': a lawyer on detentions in occupied areas",
        text=("We spoke to a lawyer who represents residents of occupied districts detained by Russian security "
              "services. "
              "— Who gets detained? "
              "— Former soldiers, volunteers, teachers, sometimes people with the wrong channels on their phones. "
              "— What happens to them after the arrest? "
              "— Families often learn nothing for weeks."),
    )
    assert code_document(doc) == []


def test_agreement_signed_long_ago_is_background_to_todays_shipping_news():
    doc = Document(
        id="g1", language="en", source="wire_en", published_at="2023-09-08T15:00:00+00:00",
        title="Two more fertiliser ships leave port under corridor arrangement",
        text=("Two ships carrying fertiliser left the port on Friday, port officials said, as exports through "
              "the corridor picked up. "
              "The arrangement, signed by the two governments last month, set up a joint inspection centre "
              "for vessels. "
              "Freight rates on the route have fallen by a fifth since then."),
    )
    assert all(r.sub_event_type != "Agreement" for r in code_document(doc))


@pytest.mark.parametrize("label", ["Abduction/forced disappearance", "Arrests", "Looting/property destruction"])
def test_men_handed_call_up_papers_and_driven_off_are_a_conscription_drive(label):
    text = ("Сегодня с пяти утра сотрудники военкомата вместе с полицией ходят по домам и вручают повестки. "
            "Восемнадцать человек сразу посадили в автобус и увезли в Симферополь.")
    assert codebook_label(label, text, "ru") == "Change to group/activity"
    # detentions with no call-up papers stay what they were (men the police took to a known place were arrested)
    expected = "Arrests" if label == "Abduction/forced disappearance" else label
    assert codebook_label(label, "Police detained two men outside the enlistment office on Monday.") == expected


def test_drones_that_hit_an_air_defence_missile_battery_are_an_air_strike():
    # the missiles named are what was hit; the weapon that struck was the drones of the lead
    assert codebook_label("Shelling/artillery/missile attack",
                          "Уночі безпілотники уразили позицію зенітного ракетного дивізіону С-400 під Євпаторією. "
                          "Знищено радіолокаційну станцію.", "uk") == "Air/drone strike"
    assert codebook_label("Shelling/artillery/missile attack",
                          "Drones struck an S-400 surface-to-air missile battery overnight.") == "Air/drone strike"
    # a glide bomb after a lead that tells no strike, only the wounded
    assert codebook_label("Shelling/artillery/missile attack",
                          "Ще семеро людей поранено. Учора близько 12:20 ворог скинув КАБ на село. На місці загинула "
                          "63-річна жінка.", "uk") == "Air/drone strike"
    # drones named only in a tally after the strike do not make it one from the air
    assert codebook_label("Shelling/artillery/missile attack",
                          "Российские войска нанесли удар высокоточным оружием по складам. Средства ПВО сбили три "
                          "управляемые авиабомбы и 88 беспилотников.", "ru") == "Shelling/artillery/missile attack"
    # a missile strike stays one when the lead names drones and the missiles too
    assert codebook_label("Shelling/artillery/missile attack",
                          "Russia attacked the city with drones and ballistic missiles overnight.") == \
        "Shelling/artillery/missile attack"


def test_a_strike_whose_account_names_no_weapon_takes_the_weapon_named_after_it():
    doc = Document(
        id="w1", language="uk", source="staff_uk", published_at="2024-05-07T11:00:00+03:00",
        title="Уражено склад пального окупантів",
        text=("У ніч на 6 травня Сили оборони уразили склад пально-мастильних матеріалів противника в окупованому "
              "Мелітополі. Удар завдано ударними безпілотниками далекої дії.\n\n"
              "Після влучання спостерігалася потужна пожежа. Результати уточнюються."),
    )
    (report,) = code_document(doc)
    assert report.sub_event_type == "Air/drone strike"
    # a weapon named as what was hit is no weapon of the strike
    assert codebook_label("Shelling/artillery/missile attack",
                          "Drones hit an artillery depot near the town overnight.") == "Air/drone strike"


def test_debris_the_outlet_puts_in_scare_quotes_is_no_interception():
    text = ("В ночь на субботу беспилотники атаковали нефтебазу на окраине города, жители слышали четыре взрыва. "
            "Губернатор сообщил лишь о «падении обломков» сбитого дрона и возгорании на территории предприятия.")
    assert codebook_label("Disrupted weapons use", text, "ru") == "Air/drone strike"
    told = ("Силы ПВО сбили беспилотник над городом, обломки упали на территорию нефтебазы, возник пожар. "
            "Пострадавших нет.")
    assert codebook_label("Air/drone strike", told, "ru") == "Disrupted weapons use"


def test_an_undated_account_takes_the_day_the_next_sentences_name():
    doc = Document(
        id="d1", language="ru", source="governor_ru", published_at="2025-06-24T11:05:00+03:00",
        text=("Мирный житель погиб, его жена ранена при атаке FPV-дрона на легковой автомобиль на окраине "
              "Грайворона, сообщил губернатор.\n\nПо его словам, атака произошла в понедельник около 20:40. "
              "Женщина госпитализирована."),
    )
    (report,) = code_document(doc)
    assert (report.event_date, report.time_precision) == ("2025-06-23", 1)


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a morning summary's past day is mostly yesterday ...
    ("Протягом минулої доби росіяни 37 разів обстріляли Есманьську громаду з мінометів, поранено чоловіка.",
     "2024-07-16T09:05:00+03:00", "2024-07-15"),
    ("Over the past 24 hours Russian artillery shelled the village of Bilopillia, wounding two civilians.",
     "2024-07-16T08:00:00+03:00", "2024-07-15"),
    # ... an evening one's mostly today
    ("За минулу добу росіяни обстріляли Есманьську громаду з мінометів, поранено чоловіка.",
     "2024-07-16T19:40:00+03:00", "2024-07-16"),
])
def test_a_summarys_past_day_is_yesterday_in_the_morning_and_today_later(text, published, expected):
    doc = Document(id="s1", language="en" if text[0] == "O" else "uk", published_at=published, text=text)
    (report,) = code_document(doc)
    assert report.event_date == expected


def test_air_strike_call_needs_aircraft_or_drones():
    assert codebook_label("Air/drone strike", "A missile hit the rail depot on Tuesday.") == \
        "Shelling/artillery/missile attack"
    assert codebook_label("Air/drone strike", "Ракетний удар по депо завдали з літака.") == "Air/drone strike"
    assert codebook_label("Air/drone strike", "A drone dropped explosives on the checkpoint.") == "Air/drone strike"
    assert codebook_label("Armed clash", "Missiles and rockets.") == "Armed clash"
    # a drone's blast is no planted bomb; a bomb or mine stays one whatever else flew over
    assert codebook_label("Remote explosive/landmine/IED", "Синельникове — влучання шахеда в склад, загинув охоронець.",
                          "uk") == "Air/drone strike"
    assert codebook_label("Remote explosive/landmine/IED",
                          "A car bomb exploded outside the office; a drone filmed the blast.") == \
        "Remote explosive/landmine/IED"
    assert codebook_label("Remote explosive/landmine/IED", "A tractor hit a mine left by a drone.") == \
        "Remote explosive/landmine/IED"
    assert codebook_label("Air/drone strike", "A bulk carrier struck a sea mine off the coast, killing a sailor.") == \
        "Remote explosive/landmine/IED"
    # a charge the bomber carried on his body is a suicide bomb
    assert codebook_label("Remote explosive/landmine/IED", "Мужчина подошел к посту и подорвал закрепленное на теле "
                          "устройство, сам погиб, двое полицейских ранены.", "ru") == "Suicide bomb"
    assert codebook_label("Remote explosive/landmine/IED", "A man blew himself up at the checkpoint.") == "Suicide bomb"
    assert codebook_label("Remote explosive/landmine/IED",
                          "Окупанти заявили про «атаку українського дрона», а рух опору каже, що колію підірвали "
                          "його агенти.", "uk") == "Remote explosive/landmine/IED"


def test_perpetrator_named_in_the_sentence_after_the_account():
    # The sentence naming who planted the device is no event sentence of its
    # own; the perpetrator still comes from it.
    doc = Document(
        id="c1", language="en", source="admin_en", published_at="2023-05-20T18:00:00+00:00",
        title="Official wounded in the town",
        text=("Under the car of a town administration official a homemade explosive device went off this morning "
              "as he got into the vehicle. "
              "The official was wounded and taken to hospital; no one was killed. "
              "Investigators believe the device was planted by accomplices of the Kyiv regime. "
              "Residents are asked to report suspicious objects."),
    )
    reports = code_document(doc)
    assert [r.sub_event_type for r in reports] == ["Remote explosive/landmine/IED"]
    assert "Investigators" not in reports[0].evidence
    assert (reports[0].perpetrator, reports[0].perpetrator_country) == ("partisans", "UA")


def test_claim_in_the_headline_names_the_perpetrator():
    # The story itself only quotes the occupation authorities; the headline carries the claim.
    doc = Document(
        id="c1", language="en", source="wire_en", published_at="2023-05-24T10:00:00+00:00",
        title="Collaborator shot dead in occupied town, partisans claim responsibility",
        text=("A Russian-appointed official in charge of housing in the occupied town was shot dead outside his "
              "apartment building on Tuesday evening. He died at the scene, according to the Russian-installed "
              "administration, which called the killing a terrorist act and opened a criminal case."),
    )
    reports = code_document(doc)
    assert [(r.sub_event_type, r.perpetrator, r.perpetrator_country) for r in reports] == [
        ("Attack", "partisans", "UA")]
    assert "claim responsibility" in reports[0].attribution


def test_a_strike_that_killed_is_not_a_disrupted_attack_because_some_missiles_were_shot_down():
    doc = Document(
        id="m1", language="ru", source="agency_ru", published_at="2024-07-03T10:00:00+03:00",
        text=("ВАСИЛЬЕВКА, 2 июля. /Агентство/. Украинские войска в среду нанесли удар по Васильевке Запорожской "
              "области ракетами ATACMS, погиб один мирный житель, еще двое ранены, сообщил губернатор региона. "
              "«Киевский режим снова бьет по жилым кварталам», — написал он. По его словам, повреждены восемь "
              "частных домов. Две ракеты были сбиты средствами ПВО."),
    )
    assert [(r.sub_event_type, r.fatalities) for r in code_document(doc)] == [
        ("Shelling/artillery/missile attack", 1)]


def test_the_headline_names_the_doer_the_story_leaves_unnamed():
    doc = Document(
        id="h1", language="uk", source="regional_uk", published_at="2023-10-31T08:45:00+02:00",
        title="У Севастополі партизани спалили дві військові вантажівки",
        text=("У ніч на понеділок в окупованому Севастополі невідомі підпалили дві вантажівки, які належать "
              "російським військовим. Обидві машини повністю вигоріли. Постраждалих немає."),
    )
    reports = code_document(doc)
    assert [(r.perpetrator, r.perpetrator_country) for r in reports] == [("partisans", "UA")]


def test_a_story_about_one_event_may_name_its_doer_in_its_last_paragraph():
    doc = Document(
        id="h2", language="ru", source="state_news_ru", published_at="2024-04-12T15:00:00+03:00",
        title="В поселке погиб чиновник",
        text=("Заместитель главы поселковой администрации погиб утром при взрыве своего автомобиля у дома.\n\n"
              "Он работал в администрации с 2022 года. До этого он руководил местным ремонтным предприятием. "
              "У него остались жена и двое детей. Соседи описывают его как спокойного человека.\n\n"
              "По версии следствия, за преступлением стоят украинские спецслужбы."),
    )
    reports = code_document(doc)
    assert [(r.perpetrator, r.perpetrator_country) for r in reports] == [("state_forces", "UA")]


def test_a_trial_story_recounts_an_old_bombing_and_reports_no_new_one():
    doc = Document(
        id="t1", language="ru", source="state_tv_ru", published_at="2024-06-19T14:00:00+03:00",
        title="Житель Лисичанска получил 20 лет за теракт",
        text=("Военный суд приговорил жителя Лисичанска к 20 годам лишения свободы по делу о теракте, в результате "
              "которого в марте прошлого года погиб сотрудник полиции. Как установил суд, осужденный по заданию "
              "украинских спецслужб изготовил самодельное взрывное устройство и заложил его под автомобиль "
              "полицейского. Приговор в законную силу не вступил."),
    )
    assert code_document(doc) == []


def test_a_road_accident_is_no_event_however_many_died():
    doc = Document(
        id="a1", language="ru", source="state_tv_ru", published_at="2024-07-09T11:00:00+03:00",
        title="Под Джанкоем столкнулись автобус и грузовик",
        text=("Три человека погибли и девять пострадали во вторник утром в результате столкновения рейсового "
              "автобуса и грузовика на трассе под Джанкоем, сообщили в региональном МЧС. По предварительным данным, "
              "водитель грузовика не справился с управлением на мокрой дороге и выехал на встречную полосу."),
    )
    assert code_document(doc) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Toxic gas leaked from a chemical factory on Tuesday; two workers died and 40 residents were taken to "
         "hospital, officials said.", "en"),
        ("У вівторок на хімічному підприємстві стався витік аміаку: двоє працівників загинули, ще п'ятеро "
         "отримали отруєння, повідомили в ДСНС. Причиною називають техногенну аварію.", "uk"),
        ("Во вторник из цистерны на химическом заводе произошла утечка хлора, отравились 30 человек, двое "
         "погибли, сообщили в МЧС.", "ru"),
        ("Лесной пожар уничтожил 20 домов в селе под Читой, двое жителей погибли, сообщили в МЧС.", "ru"),
    ],
)
def test_an_industrial_accident_is_no_event(text, language):
    doc = Document(id="i1", language=language, published_at="2024-07-10T11:00:00+03:00", text=text)
    assert code_document(doc) == []


def test_a_blast_at_a_plant_a_drone_caused_is_still_an_event():
    doc = Document(id="i2", language="en", published_at="2024-07-10T11:00:00+03:00",
                   text="A drone struck the fertiliser plant on Tuesday and a tank at the plant exploded, killing "
                        "two workers, the regional governor said.")
    assert [r.sub_event_type for r in code_document(doc)] == ["Air/drone strike"]


def test_the_dateline_date_does_not_date_an_economy_story():
    doc = Document(
        id="e1", language="en", source="wire_en", published_at="2024-05-20T10:00:00+00:00",
        title="Crimea's resorts brace for a thin season",
        text=("SIMFEROPOL, May 20 (GW) - Hoteliers in Russian-annexed Crimea expect a second weak summer in a row, "
              "with bookings down sharply as drone and missile attacks, closed airports and long queues at the "
              "Kerch bridge deter holidaymakers. Hotel operators in Yevpatoriya said bookings for June were a third "
              "below last year's. Regional authorities have offered discounts on rail tickets. Prices for fuel and "
              "food have risen as supply routes have become more vulnerable."),
    )
    assert code_document(doc) == []


def test_a_memory_of_last_april_does_not_date_a_feature_story():
    doc = Document(
        id="f1", language="uk", source="daily_uk", published_at="2024-04-12T12:00:00+03:00",
        title="Порт без кораблів: як живе окупований Бердянськ",
        text=("Бердянський морський порт, який до війни переробляв мільйони тонн вантажів, сьогодні майже порожній. "
              "Раз на кілька тижнів до причалу заходить судно під російським прапором, щоб забрати зерно або метал, "
              "вивезені з окупованих районів Запорізької області. Працівників у порту залишилося кілька десятків, "
              "зарплати платять у рублях. Місто живе в режимі постійних перевірок: на в'їздах блокпости. Патрулі "
              "посилили ще торік у квітні, коли біля порту підірвали автомобіль офіцера комендатури. Квартири "
              "виїхалих мешканців окупаційна влада оголошує «безхазяйними» і передає новим власникам."),
    )
    assert code_document(doc) == []


def test_background_on_past_convictions_does_not_turn_an_arrest_into_a_trial_story():
    doc = Document(
        id="r1", language="uk", source="tv_uk", published_at="2024-02-20T17:10:00+02:00",
        title="У Криму окупанти провели обшуки в кримських татар: затримано чотирьох",
        text=("Сьогодні вранці російські силовики прийшли з обшуками щонайменше до шести будинків кримських татар у "
              "Бахчисараї. Чотирьох чоловіків затримали та вивезли до Сімферополя, повідомляють кримськотатарські "
              "правозахисники.\n\nЗа їхніми даними, обшуки почалися близько 6-ї ранку, в них брали участь "
              "співробітники ФСБ та озброєні бійці Росгвардії. Адвокатів до будинків не допустили.\n\nУ ФСБ заявили "
              "про затримання «членів терористичної ячейки». Правозахисники наголошують: такі справи сфабриковані. "
              "Від 2014 року в Криму за подібними звинуваченнями засудили понад сто людей, чимало з них — до 10–19 "
              "років ув'язнення."),
    )
    assert [r.sub_event_type for r in code_document(doc)] == ["Arrests"]


def test_a_tally_since_march_is_background_not_a_second_abduction():
    doc = Document(
        id="t1", language="en", source="wire_en", published_at="2022-07-21T08:45:00+00:00",
        title="Village librarian taken by soldiers in occupied south, officials say",
        text=("KYIV, July 21 - A librarian in an occupied village in southern Ukraine was taken from her home by "
              "armed men in Russian uniform on Tuesday, regional officials said.\n\n"
              "Neighbours said the men searched the house and drove her away in a van. Her family has had no "
              "word of her since.\n\n"
              "The Russian-installed authorities did not respond to a request for comment.\n\n"
              "Ukraine's human rights commissioner says hundreds of civilians have been abducted by Russian "
              "troops in the occupied south since March, among them village heads, teachers and volunteers."),
    )
    reports = code_document(doc)
    assert [r.sub_event_type for r in reports] == ["Abduction/forced disappearance"]
    assert (reports[0].perpetrator, reports[0].perpetrator_country) == ("state_forces", "RU")
    assert reports[0].event_date == "2022-07-19"


def test_a_prisoner_exchange_has_no_fatalities_even_when_bodies_are_returned():
    doc = Document(
        id="x1", language="uk", source="daily_uk", published_at="2023-03-07T19:00:00+02:00",
        title="З полону повернули 30 захисників",
        text=("Сьогодні відбувся обмін полоненими: додому повернулися 30 українських військових, повідомив "
              "Координаційний штаб з питань поводження з військовополоненими. Обмін провели на Сумщині.\n\n"
              "Також Україні передали тіла 15 загиблих воїнів."),
    )
    reports = code_document(doc)
    assert [r.sub_event_type for r in reports] == ["Agreement"]
    assert reports[0].fatalities == 0


def test_the_toll_in_the_sentence_after_the_account_is_the_events():
    doc = Document(
        id="c1", language="uk", source="daily_uk", published_at="2023-04-12T10:00:00+03:00",
        title="В окупованому місті вибухнув автомобіль посадовця",
        text=("Учора ввечері в окупованому Свердловську вибухнув автомобіль посадовця окупаційної адміністрації. "
              "Посадовець, який відповідав за так звані вибори, загинув.\n\n"
              "Відповідальність за вибух узяв на себе рух опору.\n\n"
              "Окупанти назвали вибух терактом і вже перекрили виїзди з міста."),
    )
    reports = code_document(doc)
    assert [r.sub_event_type for r in reports] == ["Remote explosive/landmine/IED"]
    assert (reports[0].fatalities, reports[0].perpetrator) == (1, "partisans")


def test_an_undated_background_account_does_not_crowd_out_the_lead_event():
    # The second sentence recalls an older abduction; the coder must not let it, dropped for naming no
    # recent day, take the place of the protest the lead reports.
    doc = Document(
        id="u1", language="en", source="wire_en", published_at="2022-05-13T09:30:00+03:00",
        title="Soldiers break up rally in occupied town, detain three",
        text=("Russian soldiers fired into the air and used stun grenades to disperse a rally in the occupied town "
              "of Vasylivka on Thursday, residents said.\n\n"
              "About 200 people had gathered outside the town hall to demand the release of a local priest, who "
              "was taken away by Russian forces early last month and has not been heard from since. Three "
              "protesters were detained at the scene, according to the regional administration. No injuries "
              "were reported.\n\n"
              "Residents say soldiers have been searching homes for former servicemen."),
    )
    reports = code_document(doc)
    assert [r.sub_event_type for r in reports] == ["Protest with intervention"]
    assert reports[0].event_date == "2022-05-12"


def test_a_recalled_older_strike_at_the_end_does_not_take_the_story_with_it():
    doc = Document(
        id="d1", language="ru", source="exile_ru", published_at="2024-07-12T11:00:00+02:00",
        title="Жители Севска слышали взрывы, власти сообщили о сбитых дронах",
        text=("В ночь на четверг жители Севска Брянской области слышали несколько взрывов, писали местные паблики. "
              "Губернатор позже заявил, что над районом системы ПВО уничтожили два украинских беспилотника и что "
              "пострадавших и разрушений нет.\n\n"
              "По словам местных жителей, обломки одного из дронов упали в лесу за городом.\n\n"
              "Севск находится примерно в 40 километрах от границы с Украиной. В апреле беспилотник повредил здесь "
              "здание котельной."),
    )
    reports = code_document(doc)
    assert [(r.sub_event_type, r.event_date) for r in reports] == [("Disrupted weapons use", "2024-07-11")]


def test_drones_shot_down_over_a_depot_they_set_ablaze_are_a_strike_not_a_stopped_one():
    doc = Document(
        id="d2", language="en", source="wire_en", published_at="2023-05-02T09:00:00+00:00",
        title="Drone attack sets fuel tanks ablaze in Crimean port",
        text=("KYIV, May 2 - A drone attack set two fuel tanks ablaze at a depot in the Crimean port of Sevastopol "
              "early on Tuesday, the Russian-installed governor said. He said air defences shot down four drones "
              "and that no one was hurt."),
    )
    assert [r.sub_event_type for r in code_document(doc)] == ["Air/drone strike"]


def test_a_stopped_drone_attack_is_coded_to_the_side_that_launched_it():
    doc = Document(
        id="d3", language="en", source="wire_en", published_at="2023-10-22T10:00:00+00:00",
        title="Russia says it downed drones over border town",
        text=("MOSCOW, Oct 22 - Russian air defences shot down three Ukrainian drones over the border town of "
              "Rylsk overnight, the regional governor said on Sunday. There were no casualties or damage, he said."),
    )
    reports = code_document(doc)
    assert [(r.sub_event_type, r.perpetrator, r.perpetrator_country) for r in reports] == [
        ("Disrupted weapons use", "state_forces", "UA")]



def test_a_strike_told_only_with_a_verb_of_hitting_is_found():
    # "вдарила керованою авіабомбою" has no noun like "удар" or "вибух" for the first pass to catch
    doc = Document(
        id="k1", language="uk", source="news_uk", published_at="2024-09-06T11:50:00+03:00",
        title="У Слов'янську авіабомба влучила в ринок",
        text="Сьогодні близько 10:00 російська авіація вдарила керованою авіабомбою по ринку Слов'янська.",
    )
    reports = code_document(doc)
    assert [(r.sub_event_type, r.perpetrator_country) for r in reports] == [("Air/drone strike", "RU")]


def test_a_commemoration_of_an_old_attack_reports_nothing():
    doc = Document(
        id="m1", language="uk", source="news_uk", published_at="2024-06-03T13:20:00+03:00",
        title="У Херсоні вшанували пам'ять жертв обстрілу зупинки",
        text=("Сьогодні в Херсоні вшанували пам'ять мешканців, які загинули рік тому, 3 червня 2023 року, коли "
              "російський снаряд влучив у зупинку громадського транспорту. Тоді загинули п'ятеро людей.\n\n"
              "До меморіалу принесли квіти, священники відслужили панахиду."),
    )
    assert code_document(doc) == []


def test_a_since_the_start_tally_does_not_anchor_the_protest_before_it():
    doc = Document(
        id="t2", language="ru", source="exile_ru", published_at="2022-03-23T16:20:00+01:00",
        title="В оккупированном поселке разогнали митинг",
        text=("Во вторник в Чаплинке Херсонской области российские военные разогнали акцию местных жителей против "
              "оккупации. На площадь пришли около 300 человек с украинскими флагами.\n\n"
              "Военные дали несколько очередей в воздух, двоих мужчин задержали.\n\n"
              "С начала марта жители занятых городов юга выходят на подобные акции почти ежедневно; в Херсоне "
              "5 марта военные впервые применили против демонстрантов слезоточивый газ."),
    )
    reports = code_document(doc)
    assert [(r.sub_event_type, r.event_date) for r in reports] == [("Protest with intervention", "2022-03-22")]


def test_an_interception_whose_debris_did_damage_is_still_a_stopped_attack():
    # ACLED: drones or missiles intercepted are "Disrupted weapons use"; the damage
    # their falling debris does, and the people it kills, are part of that event.
    from sitrep.coding.document import codebook_label

    debris_fire = ("Средства ПВО ночью уничтожили шесть украинских беспилотников над Крымом. Обломки сбитого "
                   "беспилотника упали на территорию нефтебазы, произошло возгорание резервуара.")
    harmless = ("Средства ПВО ночью уничтожили шесть украинских беспилотников над Крымом. Обломки упали на "
                "незастроенной территории, пострадавших и разрушений нет.")
    debris_killed = ("Средства ПВО ночью уничтожили шесть украинских беспилотников. Обломки упали на жилой дом, "
                     "погибли двое жителей.")
    assert codebook_label("Disrupted weapons use", debris_fire, "ru") == "Disrupted weapons use"
    assert codebook_label("Disrupted weapons use", harmless, "ru") == "Disrupted weapons use"
    assert codebook_label("Air/drone strike", harmless, "ru") == "Disrupted weapons use"
    assert codebook_label("Air/drone strike", debris_killed, "ru") == "Disrupted weapons use"
    # ... however many sentences tell who was hurt
    debris_wounded = ("Ночью ПВО сбит беспилотник ВСУ. Обломки упали на частный дом. Пострадали двое — мужчина и его "
                      "супруга. У них осколочные ранения, оба доставлены в больницу.")
    assert codebook_label("Air/drone strike", debris_wounded, "ru") == "Disrupted weapons use"
    # ... but those a strike killed, in so many words, are the strike's
    struck_after_all = ("Губернатор заявив, що обидві ракети збиті, уламки впали на незаселену місцевість. Але люди "
                        "бачили, що горіла позиція. Унаслідок ракетного удару ліквідовано п'ятьох окупантів.")
    assert codebook_label("Disrupted weapons use", struck_after_all, "uk") == "Shelling/artillery/missile attack"
    # a missile that hit and killed is a strike, however many others were shot down
    struck = ("A missile hit a school in the town, killing three people. Air defences shot down two more; "
              "their debris damaged a garage.")
    assert codebook_label("Shelling/artillery/missile attack", struck) == "Shelling/artillery/missile attack"


def test_an_interception_the_outlet_reports_as_the_other_sides_claim_is_the_strike():
    from sitrep.coding.document import codebook_label

    text = ("Ukrainian forces struck an ammunition depot near the town on the evening of May 17; footage shows "
            "secondary detonations. The occupation governor claimed that air defence intercepted all missiles "
            "and that debris damaged a warehouse.")
    assert codebook_label("Disrupted weapons use", text) == "Shelling/artillery/missile attack"


def test_an_appeal_story_recounts_the_arrest_it_dates_last_year():
    doc = Document(
        id="a1", language="ru", source="exile_ru", published_at="2025-02-13T15:20:00+04:00",
        title="Военный суд оставил в силе приговоры жителям Джанкоя",
        text=("Апелляционный военный суд оставил без изменения приговоры двоим жителям Джанкоя, осужденным за "
              "госизмену. Их задержала ФСБ в апреле прошлого года: силовики утверждали, что они передавали "
              "сведения о военной технике.\n\nЗащита настаивала, что обвинение сфабриковано."),
    )
    assert code_document(doc) == []


def _events(doc: Document) -> list[tuple[str, str | None]]:
    return [(r.sub_event_type, r.event_date) for r in code_document(doc)]


def test_a_round_up_that_turns_away_with_separately_reports_both_incidents():
    doc = Document(
        id="r1", language="en", source="wire_en", published_at="2024-03-14T10:00:00+00:00",
        title="Drones hit fuel depot in occupied Crimea",
        text=("KYIV, March 14 - Ukrainian drones struck a fuel depot in Russian-occupied Crimea overnight, "
              "setting two tanks on fire, a Ukrainian military intelligence source said on Thursday.\n\n"
              "Russia's defence ministry said its air defences had destroyed 12 drones over the peninsula.\n\n"
              "Separately, the governor of Russia's Kursk region said on Wednesday that Ukrainian troops had "
              "taken over a customs post near the border and that fighting there was continuing."),
    )
    events = _events(doc)
    assert len(events) == 2
    assert events[0] == ("Air/drone strike", "2024-03-14")
    assert events[1][1] == "2024-03-13"


def test_a_summary_that_opens_its_second_incident_on_another_day_reports_both():
    doc = Document(
        id="r2", language="uk", source="ua_online", published_at="2023-05-20T15:00:00+03:00",
        title="Неспокійна доба в окупованому Мелітополі",
        text=("Учора ввечері в Мелітополі партизани підпалили релейну шафу на залізниці біля депо, "
              "через яке окупанти возять пальне на фронт. Рух поїздів зупинявся на кілька годин.\n\n"
              "А сьогодні вранці на околиці міста біля комендатури пролунав вибух: за словами "
              "місцевих, під її парканом спрацював саморобний пристрій, постраждалих немає."),
    )
    events = _events(doc)
    assert len(events) == 2
    assert events[0] == ("Looting/property destruction", "2023-05-19")
    assert events[1][1] == "2023-05-20"


def test_an_abduction_after_a_bombing_in_the_same_round_up_is_an_event_of_its_own():
    # Abductions share a family with attacks on civilians, not with explosions:
    # the abduction paragraph must not become the bombing's context.
    doc = Document(
        id="r3", language="uk", source="ua_online", published_at="2024-11-16T11:00:00+02:00",
        title="Вибух на залізниці і зникнення в окупованому Енергодарі",
        text=("У ніч на четвер біля окупованого Енергодара на залізниці пролунав вибух: під цистернами "
              "з пальним для окупантів спрацював саморобний вибуховий пристрій, цистерни загорілися.\n\n"
              "У середу в Енергодарі, за словами сусідів, військові в балаклавах забрали з дому "
              "місцевого вчителя й вивезли в невідомому напрямку. Відтоді про нього нічого не відомо."),
    )
    events = _events(doc)
    assert sorted(events) == [("Abduction/forced disappearance", "2024-11-13"),
                              ("Remote explosive/landmine/IED", "2024-11-14")]


def test_a_later_sentence_naming_this_morning_does_not_split_one_killing_in_two():
    doc = Document(
        id="r3", language="uk", source="ua_online", published_at="2024-02-10T12:00:00+02:00",
        title="На блокпосту застрелили водія",
        text=("Учора ввечері на блокпосту біля окупованого Енергодара російські військові застрелили "
              "місцевого водія, розповіли його сусіди.\n\n"
              "Чоловік відмовився віддати телефон на перевірку, його витягли з машини, побили й "
              "вистрілили в груди. Тіло рідним віддали лише сьогодні вранці."),
    )
    assert _events(doc) == [("Attack", "2024-02-09")]


def test_a_governors_daily_summary_reports_each_incident_it_gives_an_hour_and_a_paragraph():
    doc = Document(
        id="r4", language="ru", source="gov_tg", published_at="2024-07-20T19:30:00+03:00",
        title="Обстановка за день",
        text=("Коротко о ситуации за день.\n\n"
              "Около 10 часов над селом Ивановка системой ПВО сбиты два беспилотника. Пострадавших нет, "
              "повреждений нет.\n\n"
              "Днём ВСУ обстреляли из миномётов посёлок Никольское. Ранен мужчина, повреждены два дома и "
              "линия электропередачи.\n\n"
              "Все службы работают на местах."),
    )
    types = [t for t, _ in _events(doc)]
    assert len(types) == 2
    assert "Shelling/artillery/missile attack" in types


def test_a_summary_whose_stronger_account_is_the_later_item_on_its_own_hour_still_reports_both():
    # The evening shelling is the clearer account, so it is placed first; the day's air strikes,
    # told earlier without an hour, are still another item of the summary.
    doc = Document(
        id="r7", language="uk", source="ova_tg", published_at="2024-05-21T21:00:00+03:00",
        title="Підсумки дня в області",
        text=("Підсумки доби в області.\n\n"
              "За добу ворог завдав понад двісті ударів по дев'яти населених пунктах. Окупанти здійснили "
              "чотири авіаудари по Степовому. Загинула 58-річна жінка, зруйновано будинок культури.\n\n"
              "Увечері ворог обстріляв із реактивних систем залпового вогню «Град» Новоіванівку. Поранено "
              "двох чоловіків, пошкоджено п'ять будинків."),
    )
    types = sorted(t for t, _ in _events(doc))
    assert types == ["Air/drone strike", "Shelling/artillery/missile attack"]


def test_a_weekly_overview_reports_each_paragraph_that_opens_on_its_own_day():
    # An abduction and, the next day, an arrest elsewhere are two events, though both are detentions.
    doc = Document(
        id="r8", language="en", source="thinktank_en", published_at="2024-03-08T18:00:00+00:00",
        title="Weekly overview: occupied south, 1-7 March 2024",
        text=("Repression in the occupied south continued this week.\n\n"
              "On 4 March, armed men in Russian uniforms took a farmer away from his home in a village near "
              "the coast. His relatives have not been told where he is held.\n\n"
              "On 5 March, the FSB detained a railway worker in the district centre on treason charges, "
              "accusing him of passing train schedules to Ukraine."),
    )
    assert sorted(_events(doc)) == [("Abduction/forced disappearance", "2024-03-04"), ("Arrests", "2024-03-05")]


def test_a_wire_story_that_turns_to_another_village_later_that_day_reports_both():
    doc = Document(
        id="r9", language="en", source="wire_en", published_at="2024-06-05T12:00:00+00:00",
        title="Russian glide bombs kill two in town near front",
        text=("KYIV, June 5 - Two Russian guided aerial bombs hit the town of Stepove on Tuesday afternoon, killing "
              "two residents and destroying a house of culture, the regional governor said.\n\n"
              "Later on Tuesday, Russian forces fired multiple rocket launchers at the neighbouring village of "
              "Novoivanivka, wounding two men, the governor said."),
    )
    assert sorted(_events(doc)) == [("Air/drone strike", "2024-06-04"), ("Shelling/artillery/missile attack", "2024-06-04")]


@pytest.mark.parametrize("language, text", [
    ("uk", "Ці машини возили боєприпаси на позиції вздовж річки."),
    ("ru", "Эти машины возили боеприпасы на позиции вдоль реки."),
])
def test_a_chemical_weapon_is_one_the_account_names(language, text):
    doc = Document(id="c1", language=language, text=text, published_at="2023-10-07T11:00:00+03:00")
    assert "Chemical weapon" not in [t for t, _ in _events(doc)]


def test_a_riot_control_agent_dropped_on_trenches_is_still_a_chemical_weapon():
    doc = Document(id="c2", language="ru", published_at="2023-05-19T11:00:00+03:00",
                   text="Российские подразделения сбросили с дронов на позиции ВСУ гранаты К-51 со слезоточивым веществом.")
    assert [t for t, _ in _events(doc)] == ["Chemical weapon"]


def test_a_peaceful_rally_that_mothers_of_fallen_soldiers_addressed_is_a_peaceful_protest_on_its_day():
    doc = Document(
        id="p9", language="uk", source="oblast_uk", published_at="2019-10-07T11:40:00+03:00",
        title="У місті сотні людей вийшли на віче",
        text=("У неділю в Краматорську відбулося віче проти відведення військ. На площу прийшли близько 400 людей.\n\n"
              "Виступали ветерани, волонтери, матері загиблих військових.\n\n"
              "Віче пройшло мирно, поліція інцидентів не зафіксувала."),
    )
    reports = code_document(doc)
    assert [(r.sub_event_type, r.event_date, r.fatalities) for r in reports] == [("Peaceful protest", "2019-10-06", 0)]


def test_a_count_of_soldiers_is_not_the_hour_of_a_second_incident():
    doc = Document(
        id="r5", language="en", source="wire_en", published_at="2023-04-12T12:00:00+00:00",
        title="Russian troops turn village school into base",
        text=("Russian troops have moved into the school of an occupied village in the south and are using it "
              "as a base, residents said on Wednesday.\n\n"
              "Around 50 soldiers arrived on Tuesday morning with armoured vehicles and set up a checkpoint at "
              "the gate, the residents said."),
    )
    assert [t for t, _ in _events(doc)] == ["Headquarters or base established"]


def test_a_toll_revised_in_the_sentence_after_the_account_is_the_events():
    doc = Document(
        id="r6", language="ru", source="exile_ru", published_at="2025-04-13T12:00:00+02:00",
        title="В больнице скончалась раненая при обстреле",
        text=("В областной больнице скончалась 68-летняя жительница поселка, раненная накануне при обстреле "
              "рынка, сообщил губернатор. Число погибших выросло до трех; еще четверо остаются в больнице."),
    )
    reports = code_document(doc)
    assert len(reports) == 1 and reports[0].fatalities == 3


def test_a_rally_the_police_only_watched_is_a_peaceful_protest():
    doc = Document(
        id="r7", language="ru", source="exile_ru", published_at="2024-06-09T12:00:00+03:00",
        title="Жители Бердянска вышли к администрации",
        text=("В субботу около тридцати жителей Бердянска, оставшихся без воды, собрались у здания назначенной "
              "Россией администрации и требовали восстановить водоснабжение. Они держали плакаты «Дайте воду». "
              "К людям вышел чиновник и пообещал разобраться. Полиция наблюдала за акцией, задержаний не было."),
    )
    assert [r.sub_event_type for r in code_document(doc)] == ["Peaceful protest"]



def test_a_first_sentence_that_names_the_night_dates_the_account_the_classifier_finds_after_it():
    """The classifier may find a story's event only in its second sentence; the first still names the night."""
    text = ("Сегодня ночью около 01:50 на перегоне у села Кокоревка произошёл подрыв железнодорожного моста через "
            "реку Нерусса. Повреждён пролёт, движение поездов на участке приостановлено. Пострадавших нет.\n\n"
            "По предварительным данным, под опору было заложено самодельное взрывное устройство. На месте "
            "работают сотрудники ФСБ и следователи.\n\nПоезда направляются в обход, возможны задержки.")
    doc = Document(id="r8", language="ru", published_at="2023-05-23T09:50:00+03:00", text=text)
    passages = find_passages(text, load_model())
    assert passages and passages[0].first_index == 1  # the lead sentence is no passage of its own
    event = _Event(passages[:1], passages[0].label, passages[0].confidence, lead=True)
    assert not _is_dated(event, doc)
    assert _is_dated(event, doc, split_sentences(text)[0].text)
    # a lead that speaks of no event dates nothing
    assert not _is_dated(event, doc, "Сегодня ночью в области было тихо.")


def test_a_daily_briefing_period_dates_its_account():
    """"За прошедшие сутки …" is the briefing's day: its accounts are not undated talk."""
    for text in ("За прошедшие сутки подразделения группировки войск «Север» атаковали опорные пункты ВСУ в районе "
                 "Волчанска. В ходе боев уничтожены танк и две боевые машины.",
                 "За минулу добу противник шість разів атакував позиції наших військ поблизу Сіверська. Усі атаки "
                 "відбито."):
        doc = Document(id="b1", published_at="2025-06-11T08:00:00+03:00", text=text)
        passages = find_passages(text, load_model())
        assert passages
        assert _is_dated(_Event(passages, passages[0].label, passages[0].confidence, lead=True), doc)


@pytest.mark.parametrize(
    ("label", "text", "expected"),
    [
        # the crowd's own violence makes a violent demonstration, whatever the police did
        ("Peaceful protest", "Protesters threw stones at the town hall and set fire to two cars; police detained "
                             "twelve.", "Violent demonstration"),
        ("Protest with intervention", "Мітингувальники жбурляли каміння в поліцію біля адміністрації.",
         "Violent demonstration"),
        # a physical clash with the forces, barricades and vandalism are the crowd's violence too (ACLED)
        ("Protest with intervention", "Students clashed with riot police near the ministry as officers fired tear "
                                      "gas.", "Violent demonstration"),
        ("Peaceful protest", "Під час акції сталися сутички між учасниками та силовиками.", "Violent demonstration"),
        ("Peaceful protest", "Demonstrators tore down the fence around the parliament building.",
         "Violent demonstration"),
        ("Peaceful protest", "Участники акции жгли покрышки и строили баррикады на трассе.", "Violent demonstration"),
        # a clash only alleged by the authorities is not the outlet's account of one
        ("Peaceful protest", "The ministry claimed that protesters clashed with police; witnesses saw none.",
         "Peaceful protest"),
        # force that kills or shoots into the crowd is excessive force
        ("Peaceful protest", "Rights groups said police used excessive force against the striking miners.",
         "Excessive force against protesters"),
        ("Peaceful protest", "Two people died in the crackdown on the march, medics said.",
         "Excessive force against protesters"),
        ("Protest with intervention", "Police opened fire on the crowd outside the factory; two protesters died.",
         "Excessive force against protesters"),
        ("Peaceful protest", "ОМОН открыл огонь по толпе у здания администрации.",
         "Excessive force against protesters"),
        # a riot the account gives no violence of the crowd's own is force against protesters
        ("Violent demonstration", "Riot police opened fire on residents blocking the road to the plant.",
         "Excessive force against protesters"),
        ("Protest with intervention", "Силовики разгоняли акцию у завода, трое человек погибли.",
         "Excessive force against protesters"),
        # the dead a rally mourns are no victims of force at it
        ("Peaceful protest", "Тисячі людей вийшли з портретами загиблих у катастрофі шахти; інцидентів не було.",
         "Peaceful protest"),
        # dispersal, detentions and riot-control means are an intervention
        ("Peaceful protest", "About 300 people rallied in the square; police detained 14 participants.",
         "Protest with intervention"),
        ("Peaceful protest", "Силовики разогнали пикет, применив слезоточивый газ.", "Protest with intervention"),
        ("Peaceful protest", "Security forces suppressed a sit-in by unemployed graduates outside the governorate.",
         "Protest with intervention"),
        # people detained and driven off, or bundled into a bus, are an intervention without the police named
        ("Peaceful protest", "Троих мужчин, которые отказались уходить, задержали и увезли в отдел.",
         "Protest with intervention"),
        ("Peaceful protest", "Трьох жінок заштовхали в автобус і вивезли до райвідділу.", "Protest with intervention"),
        ("Peaceful protest", "Several protesters were bundled into a police van.", "Protest with intervention"),
        # tear gas fired at a crowd is riot control, not a chemical weapon; on troops from a drone it is one
        ("Chemical weapon", "Police fired tear gas at activists marching to the embassy.", "Protest with intervention"),
        ("Chemical weapon", "A drone dropped tear gas grenades on the infantry positions near the village.",
         "Chemical weapon"),
        # a protest about someone's arrest is no intervention, warning shots into the air no excessive force
        ("Peaceful protest", "Relatives rallied outside the court to demand the release of the arrested activist.",
         "Peaceful protest"),
        ("Protest with intervention", "Soldiers fired into the air and used stun grenades to disperse the rally.",
         "Protest with intervention"),
    ],
)
def test_the_protest_sub_type_follows_what_the_crowd_and_the_authorities_did(label, text, expected):
    assert codebook_label(label, text) == expected


def test_what_the_police_did_to_a_crowd_is_read_in_the_sentences_after_the_protest():
    # The dispersal sentences carry no event word of their own; the protest's type is read on to the end.
    doc = Document(
        id="p9", language="ru", source="locals_tg_ru", published_at="2022-04-02T17:45:00+03:00",
        title="На площади разогнали людей с флагами",
        text=("Сегодня около полудня в оккупированном посёлке на площадь перед бывшим райсоветом вышли около сотни "
              "жителей с украинскими флагами. Они требовали отпустить односельчан, которых военные держат в "
              "подвале комендатуры.\n\n"
              "Минут через двадцать к площади подъехали два автобуса с росгвардейцами. Людей оттеснили щитами, "
              "распыляли перцовый газ.\n\n"
              "Это уже второй выход людей на площадь в посёлке."),
    )
    assert [r.sub_event_type for r in code_document(doc)] == ["Protest with intervention"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("On Monday morning about a hundred villagers blocked the highway at the entrance to the town, demanding "
         "that the water supply be repaired after a week without water.", "en"),
        ("Сьогодні вранці близько сотні мешканців селища перекрили трасу біля в’їзду до міста. Вони вимагали "
         "відремонтувати водогін, який не працює вже тиждень.", "uk"),
    ],
)
def test_a_protest_told_by_what_the_crowd_did_without_the_word_protest_is_found(text, language):
    doc = Document(id="p9", language=language, published_at="2024-05-06T15:00:00+03:00", text=text)
    assert [r.sub_event_type for r in code_document(doc)] == ["Peaceful protest"]


def test_a_fire_set_with_no_explosive_is_property_destruction_not_a_bomb():
    ied, destruction = "Remote explosive/landmine/IED", "Looting/property destruction"
    assert codebook_label(ied, "Невідомі вночі підпалили три вантажівки біля комендатури.") == destruction
    assert codebook_label(ied, "Unknown people set fire to two army trucks at the depot overnight.") == destruction
    # a blast that set the trucks ablaze stays a bomb
    assert codebook_label(ied, "Взрыв самодельного устройства поджег два грузовика у комендатуры.") == ied


@pytest.mark.parametrize(
    ("label", "text", "expected"),
    [
        # a base, headquarters or post set up is its own ACLED type, not a change of activity
        ("Change to group/activity", "The army set up a forward operating base in the abandoned school.",
         "Headquarters or base established"),
        ("Change to group/activity", "Окупанти облаштували штаб у приміщенні сільської ради.",
         "Headquarters or base established"),
        ("Change to group/activity", "Военные создали новый наблюдательный пост у границы.",
         "Headquarters or base established"),
        ("Change to group/activity", "The brigade was moved from the base to the eastern front.",
         "Change to group/activity"),
        # ... but an account of a base set on fire reports the fire
        ("Headquarters or base established", "Уночі наш агент підпалив пункт набору, який окупанти облаштували "
                                             "в будівлі міськради.", "Looting/property destruction"),
        # shot down, and only the debris did damage: no strike hit
        ("Air/drone strike", "Air defences shot down two drones over the village overnight; debris damaged the roofs "
                             "of three houses. No one was hurt.", "Disrupted weapons use"),
        ("Remote explosive/landmine/IED", "Уламки збитого над містом дрона впали на приватний сектор, пошкоджено "
                                          "дахи двох будинків. Без постраждалих.", "Disrupted weapons use"),
        # an interception the outlet only quotes, with the "debris" in scare quotes, is the strike's other version
        ("Air/drone strike", "Drones attacked the oil depot overnight and set a tank ablaze. The occupation "
                             "authorities said air defences shot down several drones and that \"debris\" fell on the "
                             "depot.", "Air/drone strike"),
    ],
)
def test_the_codebook_decides_bases_and_stopped_attacks(label, text, expected):
    assert codebook_label(label, text, "en") == expected


def test_each_item_of_a_digest_is_its_own_incident_dated_by_the_header():
    doc = Document(
        id="d1", language="uk", source="monitor_uk", published_at="2024-03-12T09:00:00+02:00",
        title="Підсумки ночі: шахеди по Дніпропетровщині та Одещині",
        text=("⚡️ Підсумки ночі на 12 березня.\n\n"
              "Ворог запустив 30 ударних БпЛА типу «Шахед». ППО збила 25.\n\n"
              "🔴 Синельникове — влучання шахеда в складське приміщення, загинув охоронець, двоє поранених.\n\n"
              "🟡 Білгород-Дністровський — збиття над містом, уламки впали на приватний сектор: пошкоджено дахи "
              "двох будинків. Без постраждалих.\n\n"
              "Тримаємося!"),
    )
    reports = code_document(doc)
    assert {(r.sub_event_type, r.fatalities) for r in reports} >= {("Air/drone strike", 1),
                                                                   ("Disrupted weapons use", 0)}
    assert {r.event_date for r in reports} == {"2024-03-12"}


@pytest.mark.parametrize(
    ("language", "published_at", "title", "text", "expected"),
    [
        # a digest's item that names no day happened on the day the digest is about ("утром" alone would be
        # the publication day, the next morning)
        ("ru", "2024-11-06T10:20:00+02:00", "Сводка по области за вторник",
         "Собрали, что произошло вчера, 5 ноября, по обе стороны линии фронта.\n\n"
         "▪️ Воздвижевка — утром российский артобстрел, погибла пенсионерка, двое мужчин ранены.\n\n"
         "▪️ Таврийское — российский FPV-дрон ударил по машине на выезде из села, водитель в больнице.\n\n"
         "Если у вас есть информация из своих сёл — пишите в бот.",
         [("Air/drone strike", "2024-11-05"), ("Shelling/artillery/missile attack", "2024-11-05")]),
        # paragraphs under headings are a digest's separate items
        ("uk", "2023-09-26T19:30:00+03:00", "Вечірній дайджест, 26 вересня",
         "Головне за вівторок на півночі та сході.\n\n"
         "Сумщина. Близько 11-ї ранку росіяни з артилерії обстріляли прикордонне село. Загинув 60-річний "
         "чоловік. Загалом за день у прикордонні зафіксували 96 вибухів.\n\n"
         "Луганщина. В окупованому місті вранці підірвали автомобіль начальника так званої «поліції». "
         "Вибухівка спрацювала, щойно він завів двигун. Відповідальність узяв на себе рух опору.\n\n"
         "Погода. Завтра без опадів, удень до +19.",
         [("Remote explosive/landmine/IED", "2023-09-26"), ("Shelling/artillery/missile attack", "2023-09-26")]),
        # the act an arrest story tells on a day of its own is another event, and does not date the arrest
        ("ru", "2025-08-18T15:10:00+03:00", "ФСБ задержала двух подростков",
         "Сотрудники регионального управления ФСБ задержали в городе двух местных жителей 16 и 17 лет, "
         "подозреваемых в поджоге объекта железнодорожной инфраструктуры, сообщили в ведомстве.\n\n"
         "По данным ФСБ, в ночь на 17 августа молодые люди подожгли релейный шкаф на перегоне у поселка. "
         "Поджог был совершен по заданию украинских кураторов, которые пообещали подросткам 15 тысяч рублей.\n\n"
         "Возбуждено уголовное дело о теракте, задержанным грозит до 20 лет лишения свободы.",
         [("Arrests", "2025-08-18"), ("Looting/property destruction", "2025-08-17")]),
        # "besides" on a day of its own turns to another incident
        ("ru", "2024-06-08T11:30:00+03:00", "Пограничники отразили вылазку ДРГ",
         "Пограничники ФСБ накануне пресекли попытку украинской диверсионно-разведывательной группы проникнуть "
         "на территорию области. Огнем пограничников противник был отброшен и отошел на украинскую территорию. "
         "Кроме того, в ночь на субботу Вооруженные силы РФ нанесли групповой удар ударными беспилотниками по "
         "объектам энергетической инфраструктуры в городе на севере Сумской области.",
         [("Air/drone strike", "2024-06-08"), ("Armed clash", "2024-06-07")]),
    ],
)
def test_each_incident_of_a_story_on_its_own_day(language, published_at, title, text, expected):
    doc = Document(id="s1", language=language, source="outlet", published_at=published_at, title=title, text=text)
    assert sorted((r.sub_event_type, r.event_date) for r in code_document(doc)) == expected


def test_a_sentence_that_sets_the_scene_dates_the_account_after_it():
    # the abduction itself names no day; the sentence before it, with no event word, does
    doc = Document(
        id="d3", language="ru", source="residents_tg_ru", published_at="2025-03-04T09:50:00+02:00",
        title="Пропал мужчина после визита людей в балаклавах",
        text=("Вчера около девяти вечера к дому 45-летнего жителя села подъехали две машины без номеров. Несколько "
              "человек в балаклавах и камуфляже вошли во двор, надели мужчине на голову мешок и увезли. Телефон "
              "забрали, жену заперли в доме.\n\n"
              "Мужчина раньше работал на электростанции, последние два года был без работы. Родственники обошли "
              "отдел полиции и комендатуру — там говорят, что ничего о задержании не знают.\n\n"
              "Кто это был, неизвестно. Если вы что-то видели, напишите нам — передадим родным."),
    )
    assert [r.event_date for r in code_document(doc)] == ["2025-03-03"]


def test_a_list_needs_two_marked_lines_one_emoji_before_a_post_makes_none():
    post = "⚡️ Сьогодні вранці в селищі підірвали авто окупантів.\n\nМи пам'ятаємо кожного."
    digest = "🔴 Синельникове — влучання в склад.\n🟡 Білгород-Дністровський — уламки впали на дахи."
    assert not opens_list_item(post.splitlines()[0], post)
    assert opens_list_item("🟡 Білгород-Дністровський — уламки впали на дахи.", digest)
    assert not opens_list_item("Тримаємося!", digest)


@pytest.mark.parametrize(
    ("label", "text", "expected"),
    [
        # a place entered after the other side left, with no fighting told, changed hands without violence
        ("Non-state actor overtakes territory",
         "Rebel fighters entered the border town at dawn after government troops pulled out overnight.",
         "Non-violent transfer of territory"),
        ("Government regains territory",
         "Українські військові увійшли до села після того, як окупанти залишили його вночі.",
         "Non-violent transfer of territory"),
        ("Non-state actor overtakes territory",
         "Rebels entered the town after heavy fighting, when the army withdrew.",
         "Non-state actor overtakes territory"),
        # homes burned to drive people out: no place taken, property destroyed
        ("Government regains territory",
         "Бойовики ополчення розгорнули кампанію підпалів, щоб вигнати з долини фермерів.",
         "Looting/property destruction"),
        ("Government regains territory", "Troops recaptured the village and set fire to the rebels' depot.",
         "Government regains territory"),
        # a hit on a base that took no place is a strike
        ("Government regains territory", "Вчера прилет КАБ — ФАБ-500 с УМПК — по ПВД ВСУ в селе. Ликвидированы до 20 "
         "боевиков.", "Air/drone strike"),
        # what bombs dropped on a town destroyed is the strike's; what soldiers looted after a shelling is looting
        ("Looting/property destruction", "Чугуївський район: близько 18:40 окупанти скинули дві КАБ на місто. "
         "Пошкоджено п'ятиповерхівку.", "Air/drone strike"),
        ("Looting/property destruction", "Soldiers looted shops in the town after the shelling.",
         "Looting/property destruction"),
        # a truck set on fire with no explosive told is arson, not a bomb
        ("Remote explosive/landmine/IED", "Минувшей ночью подожжен грузовой автомобиль одного из наших подразделений. "
         "Это очередная террористическая акция.", "Looting/property destruction"),
        ("Remote explosive/landmine/IED", "Партизани підпалили, а потім підірвали вантажівку окупантів.",
         "Remote explosive/landmine/IED"),
        # a population driven out, told as the news: ACLED's "Other"
        ("Attack", "About 4,000 people have fled villages along the river because of militia raids, the aid "
                   "agency said.", "Other"),
        ("Abduction/forced disappearance", "Около 3000 человек бежали из сел у границы из-за нападений боевиков.",
         "Other"),
        ("No event", "Thousands of residents have fled the valley as floodwaters rose overnight.", "No event"),
        ("Shelling/artillery/missile attack", "Artillery shelled the town overnight, killing two; about 300 "
                                              "residents have fled since.", "Shelling/artillery/missile attack"),
        # a chemical cache found is a weapon taken out of use, not its use
        ("Chemical weapon", "Police found a cache of chlorine canisters in a farmhouse the militants had rented.",
         "Disrupted weapons use"),
        ("Chemical weapon", "The army said militants fired shells filled with chlorine at its positions.",
         "Chemical weapon"),
        # a bomb set on the ground is no air strike; missiles fired by jets are one
        ("Air/drone strike", "A car bomb exploded outside the market, killing six.", "Remote explosive/landmine/IED"),
        ("Air/drone strike", "A drone struck a car outside the market.", "Air/drone strike"),
        ("Shelling/artillery/missile attack", "Fighter jets fired two missiles at the depot, monitors said.",
         "Air/drone strike"),
        ("Shelling/artillery/missile attack", "Bombers launched cruise missiles at the port city.",
         "Shelling/artillery/missile attack"),
    ],
)
def test_the_codebook_decides_transfers_fires_flight_caches_car_bombs_and_jets(label, text, expected):
    assert codebook_label(label, text, "en") == expected


def test_a_protest_over_a_road_accident_is_a_protest_not_an_accident():
    doc = Document(id="p", language="en", published_at="2023-05-02T10:00:00+00:00",
                   text="Hundreds of students marched through the capital on Monday demanding justice for two "
                        "classmates killed in a road accident, and the rally ended peacefully.")
    reports = code_document(doc)
    assert reports and event_type_of(reports[0].sub_event_type) == "Protests"


def test_a_base_told_as_established_is_found():
    doc = Document(id="hq", language="en", text="A new observation point was established near the village on Monday, "
                                                "the third set up in the province this month.")
    reports = code_document(doc)
    assert [r.sub_event_type for r in reports] == ["Headquarters or base established"]


def test_people_fleeing_an_eruption_is_no_event():
    doc = Document(id="v", language="en", text="Thousands of villagers fled their homes overnight as lava from the "
                                               "erupting volcano crept towards the town, officials said.")
    assert code_document(doc) == []


def test_a_strike_told_by_what_landed_is_a_candidate_sentence():
    text = "Нікопольщина: як минула доба.\nУвечері снаряди влучили у приватний сектор Томаківки."
    assert [s.text for _, s in candidate_sentences(text)][-1].startswith("Увечері снаряди влучили")


def test_a_fire_set_by_hand_is_no_air_strike():
    thrown = "Неизвестный ночью бросил в окно военкомата бутылку с горючей жидкостью, пожар потушили."
    assert codebook_label("Air/drone strike", thrown, "ru") == "Looting/property destruction"
    assert codebook_label("Air/drone strike", "A drone hit the depot and set it on fire.") == "Air/drone strike"
    assert any(s.text.startswith("Неизвестный") for _, s in candidate_sentences(thrown))


@pytest.mark.parametrize(
    ("label", "text", "expected"),
    [
        # "disrupted" needs something stopped: weapons fired with nothing intercepted, defused or found were used
        ("Disrupted weapons use", "Fighter jets fired two missiles at a depot near the border, monitors said.",
         "Air/drone strike"),
        ("Disrupted weapons use", "Rocket artillery pounded the village for an hour, residents said.",
         "Shelling/artillery/missile attack"),
        ("Disrupted weapons use", "Ізраїльські літаки випустили дві ракети по складу біля кордону.", "Air/drone strike"),
        ("Disrupted weapons use", "Air defences shot down two drones over the city.", "Disrupted weapons use"),
        ("Disrupted weapons use", "Есмінець збив дві балістичні ракети над морем.", "Disrupted weapons use"),
        # a strategic bomber's cruise missiles stay missiles
        ("Shelling/artillery/missile attack", "Російські літаки Ту-95 випустили крилаті ракети по Одесі.",
         "Shelling/artillery/missile attack"),
        ("Disrupted weapons use", "Sappers defused a landmine on the road to the village.", "Disrupted weapons use"),
        # villagers fighting with sticks and rods are a mob, not an armed clash or a bomb
        ("Remote explosive/landmine/IED", "Між селянами спалахнула сутичка з палицями та металевими прутами, "
                                          "один чоловік загинув.", "Mob violence"),
        ("Armed clash", "Villagers clashed with machetes and sticks over a grazing dispute, leaving two dead.",
         "Mob violence"),
        ("Armed clash", "Villagers clashed with militants who fired rifles at the farms.", "Armed clash"),
    ],
)
def test_the_codebook_decides_what_was_stopped_and_what_a_mob_did(label, text, expected):
    assert codebook_label(label, text, "en") == expected



def test_who_the_locals_blame_three_sentences_after_the_blast_is_read_when_the_blast_names_no_one():
    doc = Document(
        id="z1", language="ru", source="locals_tg", published_at="2025-03-04T12:00:00+03:00",
        title="Взрыв в Новой Маячке",
        text=("Сегодня около девяти утра в Новой Маячке взорвался автомобиль заместителя главы поселковой "
              "администрации, назначенного оккупационными властями. Взрыв прогремел, когда он заводил машину у "
              "своего дома. Чиновник ранен, его увезли в больницу в Каланчак. Говорят, он в сознании.\n\n"
              "Этот человек помогал проводить «референдум», а потом составлял списки для выдачи паспортов. "
              "В посёлке говорят, что это дело рук подпольщиков.\n\nНа выездах из посёлка проверяют все машины."),
    )
    report = code_document(doc)[0]
    assert report.sub_event_type == "Remote explosive/landmine/IED"
    assert (report.perpetrator, report.perpetrator_country) == ("partisans", "UA")


def test_the_weapon_named_settles_a_strike_the_classifier_calls_the_other_kind():
    # rocket artillery, howitzers and the defence ministry's long-range precision weapons are no aircraft
    assert codebook_label("Air/drone strike", "Противник нанес удар из реактивной системы залпового огня по "
                          "центру села. Погиб мужчина.", "ru") == "Shelling/artillery/missile attack"
    assert codebook_label("Air/drone strike", "Вооруженные силы России нанесли удар высокоточным оружием большой "
                          "дальности по объектам в городе.", "ru") == "Shelling/artillery/missile attack"
    assert codebook_label("Shelling/artillery/missile attack",
                          "Russian Shahed drones struck an apartment block overnight, injuring four.") == \
        "Air/drone strike"
    # both kinds named: the lead's weapon is the strike's, the drones downed later are another story
    assert codebook_label("Air/drone strike", "Вооруженные силы России нанесли удар высокоточным оружием большой "
                          "дальности по цехам завода.\n\nКроме того, средства ПВО сбили 43 украинских беспилотника.",
                          "ru") == "Shelling/artillery/missile attack"


def test_weapons_shot_down_that_harmed_nothing_are_a_disrupted_attack_in_the_officials_own_words():
    text = ("Этой ночью ВСУ предприняли попытку атаки с применением безэкипажных катеров и беспилотников. Силами "
            "ПВО уничтожены пять катеров и два БПЛА. Повреждений объектов инфраструктуры нет, пострадавших нет.")
    assert codebook_label("Air/drone strike", text, "ru") == "Disrupted weapons use"
    text = ("Подразделениями ПВО был обнаружен и уничтожен ударный беспилотник. Беспилотник пытался атаковать "
            "позиции наших подразделений, однако был сбит. Потерь нет.")
    assert codebook_label("Air/drone strike", text, "ru") == "Disrupted weapons use"


def test_separately_sets_two_incidents_apart_whichever_the_classifier_is_surer_of():
    # the shelling after "Separately" is the clearer account; the depot hit before it is still another incident
    doc = Document(
        id="sep1", language="en", source="wire_en", published_at="2024-02-09T15:00:00+00:00", title="",
        text=("KYIV, Feb 9 — An oil depot in the Russian town of Klintsy was hit overnight, setting two fuel tanks "
              "on fire, a Ukrainian security source said on Friday.\n\n"
              "Separately, the governor said a woman was wounded when Ukrainian artillery shelled the border "
              "settlement of Lomakovka on Friday morning, damaging two houses."),
    )
    reports = code_document(doc)
    assert len(reports) == 2
    assert sorted("Klintsy" in r.evidence for r in reports) == [False, True]
    shelling = next(r for r in reports if "Lomakovka" in r.evidence)
    assert shelling.sub_event_type == "Shelling/artillery/missile attack"


def test_a_drone_strike_and_a_shelling_in_two_paragraphs_are_two_events():
    doc = Document(
        id="two1", language="en", source="wire_en", published_at="2025-03-14T16:00:00+00:00", title="",
        text=("Russian Shahed drones struck a warehouse in the town of Trostianets overnight, starting a fire that "
              "burned until morning, the regional governor said on Friday.\n\n"
              "Russian forces shelled the village of Velyka Pysarivka with mortars and barrel artillery, killing a "
              "63-year-old man and damaging three houses."),
    )
    reports = code_document(doc)
    kinds = {r.sub_event_type: r for r in reports}
    assert set(kinds) == {"Air/drone strike", "Shelling/artillery/missile attack"}
    assert "Trostianets" in kinds["Air/drone strike"].evidence
    assert kinds["Air/drone strike"].fatalities == 0
    assert kinds["Shelling/artillery/missile attack"].fatalities == 1


def test_each_front_sector_of_a_military_summary_is_a_passage_of_its_own():
    text = ("На Купянском направлении подразделения группировки войск «Запад» освободили населённый пункт "
            "Песчаное Харьковской области. Противник потерял до 45 военнослужащих.\n\n"
            "На Донецком направлении отражены семь атак штурмовых групп противника в районе населённого пункта "
            "Новоселовка.")
    passages = find_passages(text, load_model())
    assert len(passages) == 2
    assert passages[1].text.startswith("На Донецком направлении")


def test_a_sector_whose_name_has_an_apostrophe_opens_its_own_passage():
    text = ("Учора окупанти намагалися штурмувати наші позиції в районі Соледара. Наші захисники відбили атаку.\n\n"
            "На Слов'янському напрямку противник обстрілював райони Богородичного та Долини.")
    passages = find_passages(text, load_model())
    assert passages[-1].text.startswith("На Слов'янському напрямку")


@pytest.mark.parametrize("text, language, label", [
    # property taken and no one: looting
    ("Учора російські військові разом із росгвардією забрали в місцевих жителів 16 моторних човнів і сітки.", "uk",
     "Looting/property destruction"),
    ("Soldiers seized two tractors and a combine from the farm on Monday.", "en", "Looting/property destruction"),
    ("Боевики захватили склады и технику фермерского хозяйства.", "ru", "Looting/property destruction"),
    # a person taken, whatever else was taken with him: an abduction
    ("Військові в масках забрали з дому 17-річного школяра.", "uk", "Abduction/forced disappearance"),
    ("Masked men abducted the farmer and took his car.", "en", "Abduction/forced disappearance"),
    ("Вооруженные люди увезли мужчину в неизвестном направлении и забрали его телефон.", "ru",
     "Abduction/forced disappearance"),
])
def test_an_abduction_takes_a_person_and_property_taken_alone_is_looting(text, language, label):
    assert codebook_label("Abduction/forced disappearance", text, language) == label


def test_another_incident_set_apart_in_its_own_paragraph_gets_the_encoders_second_opinion():
    # the lexical head alone is unsure of the arson and drops it beside the protest; the encoder is not
    story = Document(id="two-incidents", language="ru", published_at="2023-10-18T17:45:00+03:00",
                     text="В понедельник в Новошахтинске около сотни бывших шахтеров пришли к администрации требовать "
                          "долги по зарплате. Акцию разогнала полиция, двое участников задержаны.\n\n"
                          "В ночь на вторник у станции Касторное сгорел релейный шкаф. Ответственность взяло на себя "
                          "подпольное движение.")
    both = code_document(story)
    assert [r.sub_event_type for r in both] == ["Protest with intervention", "Looting/property destruction"]
    assert both[1].event_date == "2023-10-17"
    assert [r.sub_event_type for r in code_document(story, use_embeddings=False)] == ["Protest with intervention"]


def test_the_story_told_in_the_opening_sentence_is_reported_however_unsure_the_classifier_is():
    # "died in hospital after shells hit houses" reads weakly beside the clear drone strike that follows
    story = Document(
        id="lead", language="en", published_at="2024-06-02T10:30:00+00:00",
        title="Woman dies after Russian shelling in Dnipropetrovsk region",
        text="DNIPRO, June 2 (Wire) - An 80-year-old woman died in hospital overnight after Russian shells hit houses "
             "in Marhanets on Saturday evening, the regional governor said on Sunday.\n\n"
             "Earlier on Saturday, a Russian first-person-view (FPV) drone struck a minibus near the village of "
             "Pokrovske, wounding the 51-year-old driver, he said.\n\n"
             "Both communities lie on the northern shore of the drained reservoir. Russian troops hold the opposite bank.")
    reports = code_document(story)
    assert sorted((r.sub_event_type, r.fatalities) for r in reports) == [
        ("Air/drone strike", 0), ("Shelling/artillery/missile attack", 1)]


def test_an_event_is_dated_by_a_sentence_between_its_event_sentences():
    # the middle sentence names the day but no event of its own, so it is in no passage's sentences
    text = ("Мужчина привел в действие самодельное взрывное устройство у входа в отдел полиции. "
            "Инцидент произошел сегодня около 08:40. "
            "Нападавший погиб на месте, двое сотрудников полиции ранены.")
    doc = Document(id="span", language="ru", published_at="2025-03-15T16:10:00+03:00", text=text)
    first, middle, last = split_sentences(text)
    passage = Passage([first, last], 0, 2, np.zeros(1))
    event = _Event([passage], "Remote explosive/landmine/IED", 0.45, lead=True)
    assert _is_dated(event, doc)
    assert not _is_dated(_Event([Passage([first], 0, 0, np.zeros(1))], event.label, 0.45, lead=True), doc)


def test_a_new_paragraph_on_another_kind_of_incident_and_another_day_is_another_event():
    doc = Document(
        id="n9", language="uk", source="newsroom_uk", published_at="2025-07-20T14:00:00+03:00",
        title="Дрон убив тракториста, на лівобережжі підірвали авто очільника села",
        text=("Сьогодні вранці російський ударний дрон атакував трактор під час польових робіт поблизу села на "
              "Бериславщині. Загинув 52-річний тракторист, повідомили в обласній військовій адміністрації.\n\n"
              "На окупованому лівобережжі учора вранці підірвали автомобіль призначеного росіянами очільника села. "
              "Відповідальність за вибух узяв на себе рух опору. За даними підпільників, колаборант вижив."),
    )
    reports = sorted(code_document(doc), key=lambda r: r.event_date)
    assert [(r.sub_event_type, r.event_date, r.perpetrator) for r in reports] == [
        ("Remote explosive/landmine/IED", "2025-07-19", "partisans"),
        ("Air/drone strike", "2025-07-20", "state_forces"),
    ]


def test_a_paragraph_retelling_the_same_kind_of_incident_on_its_day_stays_with_the_toll_update():
    doc = Document(
        id="n10", language="en", source="wire_en", published_at="2024-08-14T12:20:00+00:00",
        title="Russian glide bombs kill three in town near Zaporizhzhia",
        text=("KYIV, Aug 14 - The death toll from a Russian glide-bomb attack on the town rose to three on Wednesday "
              "after a wounded man died in hospital, the regional governor said.\n\n"
              "Two guided aerial bombs hit the town on Tuesday afternoon, destroying a house and damaging a shop. "
              "A 64-year-old man and a 71-year-old woman were killed on the spot."),
    )
    assert [(r.sub_event_type, r.event_date) for r in code_document(doc)] == [("Air/drone strike", "2024-08-13")]


def test_the_houses_a_strike_destroyed_are_its_damage_not_an_event_of_their_own():
    doc = Document(
        id="n10d", language="en", source="wire_en", published_at="2024-01-13T17:10:00+00:00",
        title="Russian drone strike kills two near Kharkiv",
        text=("KHARKIV, Ukraine, Jan 13 - Russian attack drones killed two people and wounded five in a town on the "
              "western edge of Kharkiv overnight into Saturday, the regional governor said.\n\n"
              "A 67-year-old woman was killed in the first house hit. Two houses were destroyed and several damaged."),
    )
    assert [(r.sub_event_type, r.fatalities) for r in code_document(doc)] == [("Air/drone strike", 2)]


def test_each_hromada_of_a_regional_summary_is_an_item_of_its_own():
    doc = Document(
        id="n10e", language="uk", source="ova_uk", published_at="2025-03-18T20:10:00+02:00",
        title="Нікопольщина: вечірнє зведення 18 березня",
        text=("Нікопольщина впродовж дня під ударами дронів і артилерії.\n\n"
              "Нікопольська громада (Приміське): зранку FPV-дрон атакував автобус з працівниками. Одна з поранених "
              "померла в лікарні.\n\n"
              "Покровська громада (Шолохове): по обіді енергетики потрапили під удар дрона. Двоє чоловіків поранені."),
    )
    reports = sorted(code_document(doc), key=lambda r: r.evidence_start)
    assert [(r.sub_event_type, r.fatalities, r.event_date) for r in reports] == [
        ("Air/drone strike", 1, "2025-03-18"), ("Air/drone strike", 0, "2025-03-18")]
    # a morning summary's item is of the past day its opening tallies
    doc = Document(
        id="n10e2", language="uk", source="ova_uk", published_at="2023-11-28T09:05:00+02:00",
        title="Зведення на ранок 28 листопада",
        text=("Зведення на ранок 28 листопада\n\n"
              "За минулу добу ворог 9 разів обстріляв прикордоння Чернігівщини. Зафіксовано 41 вибух.\n\n"
              "📍 Новгород-Сіверська громада: удар ствольної артилерії по околиці міста. Загинув 68-річний місцевий "
              "житель."),
    )
    assert [r.event_date for r in code_document(doc) if r.fatalities] == ["2023-11-27"]


def test_an_incident_later_that_day_is_dated_by_the_account_before_it():
    doc = Document(
        id="n10f", language="en", source="wire_en", published_at="2025-03-19T12:05:00+00:00",
        title="Drone attacks near Nikopol kill bus passenger, wound power workers",
        text=("On Tuesday morning a first-person-view drone struck a bus carrying workers in a village near Nikopol. A "
              "49-year-old woman died of her wounds in hospital, the governor said.\n\n"
              "In the afternoon, a drone hit a repair crew restoring a damaged power line in another village, "
              "wounding two electricians, he said."),
    )
    assert {r.event_date for r in code_document(doc)} == {"2025-03-18"}


def test_the_same_days_morning_is_the_day_of_the_nearest_account_that_names_it():
    doc = Document(
        id="n10g", language="uk", source="regional_uk", published_at="2024-09-27T10:00:00+03:00",
        title="На Бериславщині загинули четверо цивільних",
        text=("У четвер на Бериславщині загинули четверо цивільних.\n\n"
              "Близько 14:30 російський FPV-дрон наздогнав легковик у селі: загинули жінка та її син.\n\n"
              "Зранку того ж дня, близько 10:20, біля Новодмитрівки на протитанковій міні підірвався трактор. Загинули "
              "тракторист та його помічник."),
    )
    mine = [r for r in code_document(doc) if r.sub_event_type == "Remote explosive/landmine/IED"]
    assert [r.event_date for r in mine] == ["2024-09-26"]


def test_a_base_named_only_to_say_where_the_truck_stood_is_no_event_of_its_own():
    doc = Document(
        id="n10c", language="uk", source="resistance_uk", published_at="2023-11-04T14:00:00+02:00",
        title="Мінус КамАЗ окупантів",
        text=("У ніч на суботу в окупованому селі наші агенти спалили вантажівку КамАЗ, якою окупанти возили боєприпаси "
              "на позиції.\n\nАвтомобіль стояв на території колишньої ферми на околиці села, де росіяни облаштували "
              "ремонтну базу. Від вантажівки залишився обгорілий каркас."),
    )
    assert [r.sub_event_type for r in code_document(doc)] == ["Looting/property destruction"]
    # the building set on fire where the occupiers had set up an office is the arson's own
    doc = Document(id="n10c2", language="uk", source="resistance_uk", published_at="2023-07-06T10:40:00+03:00",
                   title="Паспортний стіл більше не працює",
                   text=("Сьогодні вночі наші люди підпалили будівлю, де окупанти облаштували пункт видачі російських "
                         "паспортів. Вигоріли два кабінети з документами. Ніхто не постраждав."))
    assert [r.sub_event_type for r in code_document(doc)] == ["Looting/property destruction"]


def test_the_datelines_date_is_no_day_of_the_lead_and_a_later_paragraph_dates_it():
    # "Nov 15" is when the wire filed the story; "on Tuesday" in the next paragraph is the day of the lead's attack
    doc = Document(
        id="n10b", language="en", source="wire_en", published_at="2023-11-15T11:50:00+00:00",
        title="Russian tank fire hits volunteers' bread van near Ukraine's northern border",
        text=("KHARKIV, Ukraine, Nov 15 - Russian tank fire hit a minibus of volunteers delivering bread to a village "
              "about 3 km from the Russian border, wounding two of them, regional prosecutors said.\n\n"
              "The shell struck on Tuesday as the volunteers were unloading boxes outside a former shop, prosecutors "
              "said. No one was killed. The minibus burned out."),
    )
    assert [(r.sub_event_type, r.event_date, r.fatalities) for r in code_document(doc)] == [
        ("Shelling/artillery/missile attack", "2023-11-14", 0)]


def test_a_stopped_attack_that_did_harm_is_the_strike_of_the_weapon_its_lead_names():
    # the lead's drones are the strike's; the rockets shot down are a week's tally told after it
    text = ("В пятницу ночью беспилотники ВСУ атаковали подстанцию в посёлке, вызвав пожар на трансформаторе. "
            "За неделю над областью уничтожены 96 украинских беспилотников и 18 реактивных снарядов РСЗО.")
    assert codebook_label("Disrupted weapons use", text, "ru") == "Air/drone strike"


def test_a_paragraph_on_its_own_day_that_says_who_claimed_the_act_is_its_own_event():
    # a digest: an arrest, a protest, then a night's arson the classifier is unsure of, but whose claim it reports
    text = ("Обзор событий в приграничье за последние три дня.\n\n"
            "Во вторник ФСБ задержала в поселке Дубровка Брянской области двух молодых людей 19 и 23 лет. Их "
            "обвиняют в подготовке поджога релейного шкафа «по заданию украинских кураторов».\n\n"
            "В среду в поселке Мантурово Курской области около 60 жителей вышли к районной администрации с "
            "требованием выплат. Протест прошел мирно, задержаний не было.\n\n"
            "В ночь на четверг примерно в 12 км к северо-востоку от Льгова сгорел релейный шкаф на линии Льгов — "
            "Курск. Ответственность взяло на себя антивоенное подпольное движение железнодорожников. РЖД сообщили "
            "лишь о «технической неисправности».")
    doc = Document(id="digest", text=text, language="ru", published_at="2024-10-24T13:00:00+02:00")
    reports = code_document(doc)
    arson = [r for r in reports if r.event_date == "2024-10-24"]
    assert [(r.sub_event_type, r.perpetrator) for r in arson] == [("Looting/property destruction", "partisans")]
    assert len(reports) == 3


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a killing in a quarrel and a drunk driver's crash: the police's arrests for them are no ACLED arrests
        ("Поліція області повідомила про два трагічні випадки минулої доби.\n\n"
         "У Чугуєві 43-річний чоловік під час сварки на ґрунті ревнощів ударив ножем свою співмешканку. Жінка "
         "померла до приїзду швидкої. Зловмисника затримали на місці.\n\n"
         "У Мерефі ввечері нетверезий водій виїхав на тротуар. Двоє пішоходів загинули на місці. Водія затримано.",
         "uk"),
        ("Сотрудники полиции по горячим следам задержали двоих местных жителей, которые накануне вечером напали на "
         "пункт обмена валюты. Угрожая кассиру ножом, они похитили около 180 тысяч рублей. Возбуждено уголовное "
         "дело по статье «Разбой».", "ru"),
        ("Police arrested two men on Monday after a robbery at a petrol station in which the cashier was "
         "stabbed, the regional police said.", "en"),
        # the arrest told in a paragraph of its own, in a story with nothing of the war in it
        ("Прокуратура повідомила про підозру 46-річному мешканцю селища у вчиненні умисного вбивства (ч. 1 ст. 115 "
         "КК України).\n\nЗа даними слідства, учора ввечері чоловіки посварилися через борг, і підозрюваний "
         "двічі вдарив сусіда ножем.\n\nЗловмисника затримали поліцейські в порядку ст. 208 КПК України.", "uk"),
        # a road crash: the bus and the lorry collided
        ("Учора ввечері на трасі поблизу міста зіткнулися рейсовий мікроавтобус і вантажівка. Загинули четверо "
         "пасажирів.\n\nВодій вантажівки виїхав на зустрічну смугу під час обгону, його затримано.", "uk"),
    ],
)
def test_ordinary_crime_and_the_arrest_for_it_are_no_event(text, language):
    doc = Document(id="c1", language=language, published_at="2023-11-21T12:20:00+02:00", text=text)
    assert code_document(doc) == []


def test_a_crime_tied_to_the_war_is_still_coded():
    doc = Document(id="c2", language="ru", published_at="2023-11-21T12:20:00+02:00",
                   text="Сотрудники ФСБ задержали двоих местных жителей, которые подожгли релейный шкаф на железной "
                        "дороге по заданию украинских кураторов.")
    assert [r.sub_event_type for r in code_document(doc)] == ["Arrests"]


def test_a_verdict_that_recounts_an_old_shooting_is_no_event():
    doc = Document(
        id="v1", language="en", published_at="2025-02-18T14:10:00+02:00",
        text=("A court in Kharkiv on Tuesday sentenced a Russian army captain in absentia to 12 years in prison for "
              "ordering soldiers to open fire on a peaceful rally in an occupied village in May 2022, prosecutors "
              "said. One protester was killed and three were wounded when soldiers fired at about 150 residents."))
    assert code_document(doc) == []


def test_an_air_raid_alert_that_ended_with_no_hit_is_no_strike():
    doc = Document(
        id="a1", language="uk", published_at="2025-01-20T15:45:00+02:00",
        text=("Сьогодні з 10:52 до 13:58 у Харкові та області тривала повітряна тривога через загрозу застосування "
              "керованих авіабомб.\n\nВлучань і вибухів у Харкові та громадах області за цей час не зафіксовано. "
              "Постраждалих немає."))
    assert code_document(doc) == []


def test_another_incident_the_same_day_is_its_own_event_on_that_day():
    text = ("Кількість загиблих унаслідок учорашнього ракетного удару по Берестину зросла до двох. Російська "
            "балістична ракета влучила в територію підприємства.\n\n"
            "Того ж дня, близько 15:00, російська артилерія обстріляла бригаду енергетиків за 20 кілометрів на "
            "південний схід від Ізюма. Двоє працівників поранені.")
    doc = Document(id="s1", language="uk", published_at="2025-01-22T11:00:00+02:00", text=text)
    reports = code_document(doc)
    assert [(r.sub_event_type, r.event_date, r.perpetrator_country) for r in reports] == [
        ("Shelling/artillery/missile attack", "2025-01-21", "RU")] * 2


def test_the_same_day_as_a_strike_a_year_ago_is_a_year_ago():
    text = ("Рік тому, 22 липня 2023-го, росіяни з Кінбурнської коси накрили артилерією Очаків. Загинув 54-річний "
            "чоловік. Того ж дня дрон поранив чоловіка в сусідньому Кутсурубі.\n\nПам'ятаємо кожного.")
    doc = Document(id="s2", language="uk", published_at="2024-07-22T12:00:00+03:00", text=text)
    assert code_document(doc) == []


def test_stones_the_protesters_are_said_not_to_have_thrown_are_no_violence_of_theirs():
    text = ("У суботу в окупованому селі російські військові стріляли по людях, які вийшли на мирну акцію. Спершу "
            "військові стріляли вгору, а потім відкрили вогонь по натовпу. Один чоловік помер у лікарні від "
            "вогнепального поранення. Жодних каменів чи пляшок учасники акції не кидали, наголошують свідки.")
    assert codebook_label("Violent demonstration", text, "uk") == "Excessive force against protesters"
    assert codebook_label("Peaceful protest", "Protesters threw stones at the police and set fire to two cars.",
                          "en") == "Violent demonstration"


@pytest.mark.parametrize("text", [
    "The occupation governor announced that occupation authorities had seized about 400 tons of grain, six combines "
    "and three tractors from a farm whose owner lives in Ukrainian-controlled territory.",
    "On July 16, Russian occupation authorities began demolishing houses in Popasna, bulldozing nine private homes.",
])
def test_property_seized_or_torn_down_is_property_destruction_not_other(text):
    assert codebook_label("Other", text, "en") == "Looting/property destruction"
    assert codebook_label("Other", "A mass grave with 40 bodies was found near the village.", "en") == "Other"


def test_a_vehicle_blown_up_with_no_one_firing_is_a_remote_explosive_not_a_clash():
    text = ("Сьогодні вночі наші люди підірвали УАЗ росгвардійців на околиці села. Двоє росгвардійців поранені, "
            "машина знищена.")
    assert codebook_label("Armed clash", text, "uk") == "Remote explosive/landmine/IED"
    assert codebook_label("Armed clash", "Ukrainian troops blew up a bridge and fought off an assault.",
                          "en") == "Armed clash"


@pytest.mark.parametrize("eventness, events", [(0.7, 2), (0.55, 1)])
def test_a_paragraph_of_its_own_that_opens_on_another_day_is_another_incident(eventness, events):
    # the classifier is unsure of the second paragraph's type and fairly sure it tells an event: its own day and
    # paragraph set it apart from the night's arson (a weaker event probability is still dropped)
    text = ("A resistance movement said one of its members had set fire to a Russian army fuel truck in a village "
            "near Kerch overnight into Wednesday. It published a video of the burning truck.\n\n"
            "On Tuesday, FSB officers searched homes in a village near Alushta and detained three men, a "
            "human-rights group said. They are accused of belonging to a banned organisation.")
    doc = Document(id="twodays", text=text, language="en", published_at="2023-09-14T13:40:00+03:00")
    sentences = split_sentences(text)
    arson = Passage(sentences[:2], 0, 1, np.zeros(1), label="Looting/property destruction", confidence=0.6,
                    eventness=0.98)
    arrest = Passage(sentences[2:], 2, 3, np.zeros(1), label="Arrests", confidence=0.34, eventness=eventness)
    grouped = group_events([arson, arrest], doc, sentences, "en")
    assert len(grouped) == events
    assert grouped[0].event_date == "2023-09-13"
    assert [e.event_date for e in grouped[1:]] == ["2023-09-12"] * (events - 1)


def test_a_digests_claim_for_one_item_is_not_borrowed_by_another():
    text = ("Key takeaways:\n\n"
            "- Ukrainian partisans killed a Russian officer in a car bombing in occupied Yevpatoria on May 13.\n"
            "- A Russian missile strike on a market in Sumy Oblast killed two civilians on May 14.\n\n"
            "A Ukrainian resistance movement claimed that its agents planted an explosive device under the officer's "
            "car on the morning of May 13. The occupation head of Crimea called it a terrorist act.\n\n"
            "The oblast military administration reported that the missile struck the market at about 10:20, "
            "initially killing one civilian; a woman died of her wounds overnight.")
    doc = Document(id="digest-claim", text=text, language="en", published_at="2025-05-15T17:00:00-04:00")
    missile = [(r.perpetrator, r.perpetrator_country) for r in code_document(doc)
               if r.sub_event_type == "Shelling/artillery/missile attack"]
    assert ("state_forces", "RU") in missile and ("partisans", "UA") not in missile


def test_a_digests_toll_for_one_item_is_not_counted_for_another():
    text = ("Key takeaways:\n\n"
            "1. Russian forces struck a village south-east of Zaporizhzhia City with glide bombs on May 13, killing "
            "a civilian.\n\n"
            "2. The FSB announced the arrest in occupied Sevastopol of a resident accused of treason.\n\n"
            "Russian aircraft dropped two guided glide bombs on the village at about 11:50 on May 13. The oblast "
            "administration reported that a 63-year-old woman was killed and two people were wounded.\n\n"
            "The FSB reported on May 14 that it had detained a 38-year-old resident on May 12.")
    doc = Document(id="digest-toll", text=text, language="en", published_at="2025-05-14T19:00:00-04:00")
    assert [r.fatalities for r in code_document(doc) if r.sub_event_type == "Arrests"] == [0]


@pytest.mark.parametrize("text, label", [
    # the crowd's protest leads; the detentions came of it
    ("Сьогодні зранку близько 80 гірників перекрили дорогу до шахтоуправління, вимагаючи зарплату. Приблизно за "
     "годину окупаційна поліція витіснила людей із дороги, трьох організаторів затримали.",
     "Protest with intervention"),
    ("About 40 women held a protest outside the enlistment office. Police detained two of them.",
     "Protest with intervention"),
    # the detention leads: an arrest story that mentions a protest
    ("Police detained two women who had taken part in a protest outside the enlistment office in March.", "Arrests"),
])
def test_detentions_at_a_protest_the_crowd_leads_are_a_protest_with_intervention(text, label):
    assert codebook_label("Arrests", text, "uk") == label


def test_a_peaceful_protest_reads_on_past_its_grievance_to_what_the_police_did():
    text = ("Сегодня около полудня в селе человек пятьдесят собрались у здания бывшего сельсовета. Люди пришли после "
            "того, как «администрация» объявила их земельные паи «бесхозными». Большинство владельцев паев уехали на "
            "подконтрольную Украине территорию. Селяне требовали показать документы и отменить решение.\n\n"
            "Примерно через час приехали два автобуса Росгвардии. Людей вытолкали с площади, двоих мужчин посадили в "
            "автобус и увезли в райцентр.")
    doc = Document(id="land", text=text, language="ru", published_at="2023-08-04T20:10:00+03:00")
    assert [r.sub_event_type for r in code_document(doc)] == ["Protest with intervention"]


@pytest.mark.parametrize("lead, event_date, passing", [
    # the lead measures the weeks since an old strike: its aftermath, not a report of it
    ("Five weeks after a Russian rocket barrage killed two of her neighbours on June 15, a pensioner in the village "
     "still carries water from a well.", "2022-06-15", True),
    ("Через місяць після обстрілу 15 червня жителі села досі носять воду з криниці.", "2022-06-15", True),
    # the same words about a recent day, and an old date with no time said to have passed, are the news
    ("Two weeks after the front moved east, a drone hit a bus in the village on Tuesday.", "2022-07-19", False),
    ("A Russian rocket barrage killed two people in the village on June 15, officials said.", "2022-06-15", False),
])
def test_a_lead_that_measures_the_time_since_an_old_event_recalls_it(lead, event_date, passing):
    doc = Document(id="lead", text=lead, language="en", published_at="2022-07-20T15:00:00+03:00")
    sentence = split_sentences(lead)[0]
    passage = Passage([sentence], 0, 0, np.zeros(1), anchor=sentence, anchor_index=0)
    assert _is_passing_mention(passage, event_date, doc) is passing


def test_casualty_claims_the_outlet_says_it_could_not_verify_are_no_toll():
    text = ("Ukrainian troops repelled a Russian assault on their positions near the village on Tuesday after a "
            "five-hour battle, a brigade spokesman said. He claimed that 23 Russian soldiers were killed and two "
            "tanks destroyed.\n\n"
            "Neither side's casualty claims could be independently verified.")
    doc = Document(id="claims", text=text, language="en", published_at="2023-11-21T17:00:00+00:00")
    reports = code_document(doc)
    assert [(r.sub_event_type, r.fatalities) for r in reports] == [("Armed clash", 0)]


@pytest.mark.parametrize("label, text, expected", [
    # people detained and no crowd gathering, marching or demanding: arrests, whatever word misled the classifier
    ("Protest with intervention", "Сегодня в селе сотрудники комендатуры провели фильтрационные мероприятия. Проверены "
     "телефоны жителей, двое мужчин задержаны и доставлены в комендатуру.", "Arrests"),
    ("Peaceful protest", "About 30 women gathered outside the town hall demanding their husbands' return. No one was "
     "detained.", "Peaceful protest"),
    # an "action" of sabotage is no protest
    ("Peaceful protest", "Уночі наші люди провели ще одну акцію рейкової війни: підпалили релейну шафу біля станції.",
     "Looting/property destruction"),
    # drones struck and no one fought on the ground: no armed clash
    ("Armed clash", "Этой ночью «Герани» отработали по городу. Несколько прилетов по району депо, зарево было видно "
     "издалека.", "Air/drone strike"),
    ("Armed clash", "Drones circled over the positions as Russian assault groups tried to storm the treeline.",
     "Armed clash"),
    # a fire set, with no fighting, blast or weapon: property destruction
    ("Armed clash", "Уночі на нафтобазі спалахнула пожежа: підпільники заявили, що резервуар підпалили їхні агенти.",
     "Looting/property destruction"),
    # the lead says a side took the place: a change of control; one it only tried for stays a clash
    ("Armed clash", "Russian forces recently seized the village, geolocated footage shows. Fighting continues nearby.",
     "Non-state actor overtakes territory"),
    ("Armed clash", "Russian forces attempted to seize the village but were repelled.", "Armed clash"),
])
def test_the_codebooks_weapons_crowds_and_control_over_the_classifiers_label(label, text, expected):
    assert codebook_label(label, text, "en") == expected


@pytest.mark.parametrize("text, language, published", [
    ("Шановні мешканці громади! Сьогодні з 10:00 до 15:00 піротехніки ДСНС проводитимуть контрольоване знищення "
     "вибухонебезпечних предметів поблизу села. Буде чутно серію вибухів — це не обстріл.", "uk",
     "2024-06-27T09:00:00+03:00"),
    ("Air raid sirens sounded across the country for an hour on Thursday after a Russian jet took off. No missile "
     "launches were recorded and there were no reports of explosions, the air force said.", "en",
     "2024-12-05T11:00:00+00:00"),
])
def test_a_planned_detonation_and_an_alert_that_ended_without_launches_report_no_event(text, language, published):
    doc = Document(id="quiet", text=text, language=language, published_at=published)
    assert code_document(doc) == []


def test_a_summarys_sector_item_that_names_its_village_is_an_event_of_its_own():
    text = ("Оперативна інформація станом на 18:00 щодо російського вторгнення.\n\n"
            "Протягом доби відбулося 25 бойових зіткнень.\n\n"
            "На Лиманському напрямку противник здійснював безуспішні наступальні дії в районі Торського. Штурмові "
            "групи окупантів намагалися зайти в лісосмугу, проте наші воїни відбили атаку.\n\n"
            "На Бахмутському та Мар'їнському напрямках тривають запеклі бої. Сили оборони утримують позиції.")
    doc = Document(id="gs", text=text, language="uk", published_at="2023-07-18T18:00:00+03:00")
    reports = code_document(doc)
    torske = [r for r in reports if "Торського" in r.evidence]
    assert [(r.sub_event_type, r.perpetrator, r.perpetrator_country) for r in torske] == [
        ("Armed clash", "state_forces", "RU")]
    assert not any("Торського" in r.evidence and "Бахмутському" in r.evidence for r in reports)


def test_a_local_posts_header_hour_dates_its_strike_and_a_live_blogs_separately_turns_to_another():
    post = ("Город, около 03:20 ночи. По видео от подписчиков: беспилотник влетел в частный дом, дом горит. "
            "Соседние дома посечены. Приехали пожарные и скорая.")
    doc = Document(id="post", text=post, language="ru", published_at="2024-08-05T06:50:00+03:00")
    assert [r.sub_event_type for r in code_document(doc)] == ["Air/drone strike"]
    blog = ("10:20 — У місті пролунали потужні вибухи: ракета влучила поруч із депо, загинула одна людина.\n\n"
            "11:40 — Кількість загиблих у місті зросла до двох.\n\n"
            "14:50 — Окремо: близько 14:30 росіяни скинули керовану авіабомбу на сусіднє селище. Зруйновано "
            "житловий будинок, двоє поранених.")
    doc = Document(id="blog", text=blog, language="uk", published_at="2024-05-16T21:00:00+03:00")
    assert len(code_document(doc)) == 2


def test_a_story_that_leads_with_a_gas_blast_reports_no_event_in_its_toll_sentences():
    text = ("Сегодня около 08:10 в многоквартирном доме в городе произошел хлопок бытового газа в квартире на втором "
            "этаже. Пострадали двое жильцов, они госпитализированы. Повреждены перегородки, выбиты окна в соседних "
            "квартирах. Из подъезда эвакуированы 30 человек.")
    doc = Document(id="gas", title="Хлопок газа в жилом доме", text=text, language="ru",
                   published_at="2024-02-10T10:00:00+03:00")
    assert code_document(doc) == []


@pytest.mark.parametrize("text, language, expected", [
    ("Вчора наші артилеристи відпрацювали по селу, де у окупантів був штаб і ремонтна база.", "uk",
     "Shelling/artillery/missile attack"),
    ("A car bomb went off outside the occupation headquarters, killing the deputy commandant.", "en",
     "Remote explosive/landmine/IED"),
    ("Дрон-камикадзе поразил штаб батальона в селе.", "ru", "Air/drone strike"),
    # the lead's weapon, when a later paragraph names another kind ("we collect money for drones")
    ("Ночью наши артиллеристы накрыли базу противника у села. Помогите ребятам собрать на дроны.", "ru",
     "Shelling/artillery/missile attack"),
    # a base set up stays one
    ("Russian forces set up a base in the school building, residents said.", "en", "Headquarters or base established"),
])
def test_a_base_that_was_struck_was_not_set_up(text, language, expected):
    assert codebook_label("Headquarters or base established", text, language) == expected


@pytest.mark.parametrize("label, text, language, expected", [
    ("Armed clash", "Вечером снова прилетело по окраине посёлка, горят два дома. Стреляли, говорят, из-за реки.", "ru",
     "Shelling/artillery/missile attack"),
    ("Attack", "Близько полудня прилетіло по зупинці в центрі села, загинула жінка.", "uk",
     "Shelling/artillery/missile attack"),
    # a firefight stays one
    ("Armed clash", "Наші хлопці відбили штурм, прильоти по позиціях тривали всю ніч.", "uk", "Armed clash"),
])
def test_what_landed_from_afar_is_a_strike_not_a_clash(label, text, language, expected):
    assert codebook_label(label, text, language) == expected


@pytest.mark.parametrize("label, text, language, expected", [
    ("Non-state actor overtakes territory", "Наши штурмовики дважды пытались зайти в село с севера, закрепиться "
     "не получилось, откатились на исходные.", "ru", "Armed clash"),
    ("Government regains territory", "Ukrainian troops tried to push into the village overnight but were forced "
     "back.", "en", "Armed clash"),
    # a place taken after attempts is taken
    ("Non-state actor overtakes territory", "After several failed attempts, Russian forces captured the village.",
     "en", "Non-state actor overtakes territory"),
])
def test_an_assault_that_only_tried_for_a_place_is_a_clash(label, text, language, expected):
    assert codebook_label(label, text, language) == expected


def test_sabotage_read_as_other_is_property_destruction():
    text = ("Partisans reportedly sabotaged a railway line near the village overnight; the movement said its member "
            "set fire to a signal box.")
    assert codebook_label("Other", text, "en") == "Looting/property destruction"
    assert codebook_label("Other", "The occupiers drove the villagers out of their homes.", "en") == "Other"


def test_a_digests_general_line_beside_an_incident_reports_nothing_of_its_own():
    text = ("Key points:\n\n"
            "1. Russian forces struck a bakery in Kupiansk with a guided glide bomb on March 3, killing two workers.\n\n"
            "2. Wives and mothers of mobilised Russian servicemen continued small protests demanding rotation and "
            "demobilisation.\n\n"
            "3. Russian forces continued to conduct drone strikes on Kherson City and right-bank settlements.")
    doc = Document(id="digest", text=text, language="en", published_at="2025-03-03T21:00:00-05:00")
    reports = code_document(doc)
    assert [r.sub_event_type for r in reports] == ["Air/drone strike"]
    assert reports[0].fatalities == 2


def test_a_campaign_going_on_is_kept_when_it_is_all_the_text_tells():
    text = "Russian forces continued offensive operations near Siversk and made marginal gains."
    doc = Document(id="only", text=text, language="en", published_at="2025-03-03T21:00:00-05:00")
    assert len(code_document(doc)) == 1


@pytest.mark.parametrize("label, text, language, expected", [
    # a defence ministry's boilerplate opening goes on the campaign; the capture follows it
    ("Armed clash", "Вооруженные Силы Российской Федерации продолжают проведение специальной военной операции. "
     "В ходе наступления подразделения после боя взяли под контроль населенный пункт Ивановка.", "ru",
     "Non-state actor overtakes territory"),
    # one side came in and the other withdrew: control changed hands
    ("Armed clash", "Учора ворог після тривалих штурмів зайшов у село. Наші підрозділи відійшли на заздалегідь "
     "підготовлені позиції.", "uk", "Non-state actor overtakes territory"),
    ("Change to group/activity", "Вчера наши оставили Новоегоровку. Ребята пишут, что ВСУ зашли в село с двух "
     "сторон.", "ru", "Non-state actor overtakes territory"),
    # a capture claimed by one side, which the account disputes, telling only of an attack
    ("Non-state actor overtakes territory", "The Russian MoD claimed that Russian forces seized the village, but "
     "available evidence indicates only that Russian forces attacked the settlement on July 16.", "en", "Armed clash"),
    ("Non-state actor overtakes territory", "Russian forces seized the village on July 16, the MoD said.", "en",
     "Non-state actor overtakes territory"),
    # an assault that entered and had to leave did not take the place
    ("Government regains territory", "Утром наши штурмовики зашли в лесопосадку у села. Выбили противника из окопов, "
     "но закрепиться не получилось, к обеду отошли на исходные.", "ru", "Armed clash"),
    # a place given up after days of fighting was taken by force
    ("Non-violent transfer of territory", "Після трьох діб запеклих боїв командування ухвалило рішення відвести "
     "підрозділи з села.", "uk", "Non-state actor overtakes territory"),
    ("Non-violent transfer of territory", "Учора наші залишили село. Хлопці пишуть, що ЗСУ зайшли в нього з двох "
     "боків після доби артпідготовки.", "uk", "Non-state actor overtakes territory"),
    # ... and one left with no fighting was not
    ("Non-violent transfer of territory", "Русские ушли из поселка ночью, утром туда без боя зашли ВСУ.", "ru",
     "Non-violent transfer of territory"),
    ("Non-violent transfer of territory", "Сьогодні до містечка зайшли підрозділи ЗСУ. Бою не було: російські "
     "війська залишили його вночі.", "uk", "Non-violent transfer of territory"),
])
def test_changes_of_control_told_by_who_came_in_and_who_left(label, text, language, expected):
    assert codebook_label(label, text, language) == expected


@pytest.mark.parametrize("label, text, language, expected", [
    ("Non-violent transfer of territory", "Ukrainian troops ambushed a Russian armoured column on the highway.", "en",
     "Armed clash"),
    ("Change to group/activity", "Вчера колонна наших попала в засаду у села.", "ru", "Armed clash"),
    ("Change to group/activity", "Вчера наши штурмовые отряды весь день заходили в восточную часть села. "
     "Закрепились в нескольких домах.", "ru", "Armed clash"),
    # a unit formed is a change to a group
    ("Change to group/activity", "В посёлке сформирован отряд территориальной обороны из 40 добровольцев.", "ru",
     "Change to group/activity"),
])
def test_ambushes_and_assaults_are_clashes(label, text, language, expected):
    assert codebook_label(label, text, language) == expected


@pytest.mark.parametrize("label, text, language, expected", [
    ("Mob violence", "Вчера опять ударили «Градом» по поселку, погибли двое мирных.", "ru",
     "Shelling/artillery/missile attack"),
    # a crowd with its fists stays a mob
    ("Mob violence", "Толпа сельчан избила двоих приезжих у магазина.", "ru", "Mob violence"),
    # homes burned in a fight are the fight's
    ("Government regains territory", "Наши штурмовики выбили противника из окопов у посадки, одну коробочку сожгли, "
     "но закрепиться не получилось.", "ru", "Armed clash"),
])
def test_no_crowd_fires_a_launcher_and_a_fight_burns_what_it_burns(label, text, language, expected):
    assert codebook_label(label, text, language) == expected


def test_a_paragraph_on_another_day_is_another_incident_however_unsure_its_type():
    text = ("Подписчики пишут: вчера ВСУ зашли в Малиновку, россияне откатились к границе.\n\n"
            "А сегодня утром около семи было несколько прилетов по соседнему Заречному — били, похоже, «Градами». "
            "Говорят, погиб мужчина, еще двоих ранило.")
    doc = Document(id="tg", text=text, language="ru", published_at="2022-05-08T13:20:00+03:00")
    reports = code_document(doc)
    assert len(reports) == 2
    strike = reports[1]
    assert (strike.sub_event_type, strike.event_date, strike.fatalities) == (
        "Shelling/artillery/missile attack", "2022-05-08", 1)


def test_the_toll_a_lead_paragraph_lacks_is_read_from_the_next_one():
    text = ("Во вторник утром в селе Терновая российский FPV-дрон попал в машину волонтеров. Об этом сообщил "
            "губернатор.\n\nВодитель, 34-летний волонтер, погиб на месте.\n\nС 10 мая российская армия наступает в "
            "приграничье, заявляя о взятии нескольких сел.")
    doc = Document(id="drone", text=text, language="ru", published_at="2024-05-15T14:30:00+03:00")
    reports = code_document(doc)
    assert [(r.sub_event_type, r.fatalities) for r in reports] == [("Air/drone strike", 1)]


def test_the_dead_told_between_an_accounts_passages_are_its_dead():
    text = ("Вночі російський дрон влучив у приватний будинок у селищі. Власник будинку загинув на місці. "
            "Двоє сусідів поранені, пошкоджено три будинки.")
    doc = Document(id="dead", text=text, language="uk", published_at="2024-05-15T09:30:00+03:00")
    reports = code_document(doc)
    assert (reports[0].fatalities, reports[0].injuries) == (1, 2)


def test_a_live_storys_update_paragraph_raises_its_toll():
    text = ("Вночі безпілотники атакували підприємство в місті. Внаслідок влучання виникла пожежа. Попередньо "
            "постраждалих немає.\n\nОновлено о 10:40. Охоронець підприємства, якого спершу вважали зниклим, "
            "загинув.\n\nРятувальні роботи тривають.")
    doc = Document(id="live", text=text, language="uk", published_at="2024-06-03T11:00:00+03:00")
    assert [(r.sub_event_type, r.fatalities) for r in code_document(doc)] == [("Air/drone strike", 1)]


def test_a_post_written_while_it_happens_is_dated_by_its_scene():
    text = ("Ніжин, вибухи! Спрацювала ППО по шахедах, але є приліт у районі вулиці Миру — горить п'ятиповерхівка, "
            "їдуть рятувальники і швидкі.\n\nЄ постраждалі, точну інформацію уточнюємо. У сусідніх будинках вибиті "
            "вікна.\n\nТривога триває — не виходьте з укриттів!")
    doc = Document(id="live-post", text=text, language="uk", published_at="2024-03-30T05:02:00+02:00")
    reports = code_document(doc)
    assert [(r.sub_event_type, r.event_date) for r in reports] == [("Air/drone strike", "2024-03-30")]


@pytest.mark.parametrize("label, text, language, expected", [
    # the drones got through as well as being shot down: a strike, whatever the debris did
    ("Disrupted weapons use", "Russian drones attacked the city overnight, hitting an energy facility and setting "
     "it on fire, the governor said. Debris from a drone shot down by air defences damaged a house.", "en",
     "Air/drone strike"),
    ("Disrupted weapons use", "Над областю працювала ППО, частину ракет збито. Однак є влучання: на об'єкті "
     "виникла пожежа. Уламки збитої ракети впали на поле.", "uk", "Shelling/artillery/missile attack"),
    # only the debris of what was shot down did harm: disrupted weapons use (ACLED)
    ("Air/drone strike", "Сили ППО збили дрон над містом. Уламки впали на приватний будинок, пошкоджено дах.",
     "uk", "Disrupted weapons use"),
    # ... and a strike the story tells beside the ministry's claim that the drones were destroyed stays a strike
    ("Air/drone strike", "Ukrainian drones struck an ammunition depot in the town overnight, setting off explosions. "
     "The ministry said its air defences had destroyed five drones and that no one was hurt.", "en",
     "Air/drone strike"),
    # "destroyed" by air defences, no harm done
    ("Air/drone strike", "Russian air defences destroyed three Ukrainian drones over the town overnight. There were "
     "no casualties or damage, the governor said.", "en", "Disrupted weapons use"),
    # the soldiers' word for a strike is a strike, not a change in a group's activity
    ("Change to group/activity", "Этой ночью «Герани» отработали по складам в городе. Горело долго.", "ru",
     "Air/drone strike"),
    ("Change to group/activity", "Russian forces began using new glide bombs for the first time near the town.",
     "en", "Change to group/activity"),
])
def test_a_hit_told_beside_an_interception_and_a_strike_in_slang(label, text, language, expected):
    assert codebook_label(label, text, language) == expected


def test_a_front_that_did_not_move_is_no_event_but_a_fight_that_won_nothing_is_one():
    """A daily update's "did not make advances" alone reports nothing; "attacked … but did not advance" still
    tells a fight, in any of the three languages."""
    text = ("Key takeaways:\n"
            "- Russian forces did not make significant advances on the Huliaipole axis in the past 24 hours.\n"
            "- Російські війська не просунулися на Оріхівському напрямку.\n"
            "- Продвижения российских войск на Купянском направлении не зафиксировано.\n"
            "- Russian forces attacked Ukrainian positions near Robotyne on May 13 but did not advance.")
    candidates = [s.text for _, s in candidate_sentences(text)]
    assert not any("significant advances" in c or "не просунулися" in c or "не зафиксировано" in c
                   for c in candidates)
    assert any("attacked Ukrainian positions near Robotyne" in c for c in candidates)
    doc = Document(id="isw1", language="en", source="think_tank_en", published_at="2023-05-14T20:00:00+00:00",
                   title="Daily assessment, May 14", text=text)
    reports = code_document(doc)
    assert [r.sub_event_type for r in reports] == ["Armed clash"]
    assert "Robotyne" in reports[0].evidence


def test_a_toll_that_rose_joins_the_strike_told_before_it():
    """A paragraph that only says the toll rose is the strike's aftermath, not an incident of its own, and its
    toll is the strike's."""
    doc = Document(
        id="toll1", language="uk", source="site_uk", published_at="2024-03-29T18:30:00+02:00",
        title="Ракетний удар по ТЕС",
        text=("Близько 04:30 кілька ракет влучили в теплову електростанцію в селищі. Станцію зупинено, машинний зал "
              "зруйновано.\n\n"
              "Вранці обласна влада повідомляла про одного загиблого. Удень кількість загиблих зросла до двох: "
              "рятувальники знайшли під завалами тіло ще одного працівника станції.\n\n"
              "Міністерство енергетики просить споживачів економити електроенергію у вечірні години."))
    reports = code_document(doc)
    assert [(r.sub_event_type, r.fatalities) for r in reports] == [("Shelling/artillery/missile attack", 2)]


def test_a_summarys_tally_of_the_day_is_not_the_strike_told_before_it():
    """"Кроме того, за сутки … уничтожено до 80 военнослужащих": the day's tally across a front is not the toll
    of the strike the summary led with."""
    doc = Document(
        id="mod1", language="ru", source="state_ru", published_at="2022-09-22T12:30:00+03:00",
        title="Минобороны: поражена трансформаторная подстанция",
        text=("Российские войска нанесли удар высокоточным оружием по объектам энергоснабжения в Кривом Роге, "
              "сообщили в Министерстве обороны. В среду вечером крылатой ракетой поражена трансформаторная "
              "подстанция, от которой запитаны объекты вооружённых сил Украины. «Цель удара достигнута», — "
              "подчеркнул представитель ведомства. "
              "Кроме того, за сутки оперативно-тактической авиацией и артиллерией поражены 57 артиллерийских "
              "подразделений на огневых позициях. На николаевско-криворожском направлении уничтожено до 80 "
              "украинских военнослужащих."))
    reports = code_document(doc)
    strike = next(r for r in reports if "энергоснабжения" in r.evidence)
    assert strike.fatalities == 0
    assert "Кроме того" not in strike.evidence


def test_fire_that_covered_a_place_with_no_fighting_told_is_a_strike_not_a_clash():
    """A war blogger's "our Grads covered the village" is shelling by Russia's forces, with the enemy dead it claims;
    the glide bomb recalled from Tuesday neither dates it nor makes it an air strike."""
    doc = Document(
        id="grad1", language="ru", source="milblog_ru", published_at="2024-05-16T20:50:00+03:00",
        title="Снова по тому же селу",
        text=("Наши «Грады» сегодня повторно накрыли село под Харьковом. Во вторник туда уже заходила ФАБ с УМПК, "
              "сегодня ребята отработали пакетом по позициям и технике хохлов на окраине.\n\n"
              "По данным с земли, минус пикап, пятеро двухсотых у противника. Работаем дальше."))
    reports = code_document(doc)
    assert [(r.sub_event_type, r.perpetrator_country, r.event_date, r.fatalities) for r in reports] == [
        ("Shelling/artillery/missile attack", "RU", "2024-05-16", 5)]


@pytest.mark.parametrize("label", ["Non-state actor overtakes territory", "Government regains territory"])
def test_a_denied_advance_is_no_change_of_control(label):
    """"Continued offensive operations … and did not make confirmed advances": fighting, and no place changed hands."""
    text = "Russian forces continued offensive operations in the Pokrovsk direction and did not make confirmed advances."
    assert codebook_label(label, text, "en") == "Armed clash"
    assert codebook_label(label, "Russian forces captured Novoselivka on August 7.", "en") == label


def test_strikes_told_hour_by_hour_in_one_paragraph_with_other_weapons_are_apart():
    """A drone in the morning and artillery later that morning, in one paragraph, are two strikes, each on the day
    the lead names."""
    doc = Document(
        id="hours1", language="en", source="wire_en", published_at="2025-02-13T09:30:00+00:00",
        title="Russian strikes on two villages kill one",
        text=("KYIV, Feb 13 - Russian strikes on two villages in the Kharkiv region on Wednesday killed one civilian "
              "and wounded another, regional officials said.\n\n"
              "In the morning a first-person-view drone hit a car in Koziyivka, killing the 44-year-old driver. Later "
              "in the morning artillery shells fell on Huty, about 9 km to the east, wounding a 66-year-old woman and "
              "damaging houses."))
    reports = code_document(doc)
    drone = next(r for r in reports if "Koziyivka" in r.evidence)
    shells = next(r for r in reports if "Huty" in r.evidence)
    assert (drone.sub_event_type, drone.event_date, drone.fatalities) == ("Air/drone strike", "2025-02-12", 1)
    assert (shells.sub_event_type, shells.event_date, shells.fatalities) == (
        "Shelling/artillery/missile attack", "2025-02-12", 0)


def test_blasts_a_channel_then_puts_down_to_an_incoming_drone_are_an_air_strike():
    """"…жужжание, как мопед, потом два взрыва … Видимо, снова прилёт дрона": no bomb was planted; the outlet guesses
    at a drone's strike (a blast under a car, with no weapon guessed, stays a bomb)."""
    doc = Document(
        id="buzz1", language="ru", source="locals_tg_ru", published_at="2025-02-20T08:05:00+03:00",
        title="Посёлок, ночью",
        text=("Посёлок, ночью: подписчики пишут, около трёх часов было слышно жужжание, как мопед, потом два взрыва. "
              "В районе газораспределительной станции горело. Газа в посёлке сейчас нет, котлы стоят. У кого печки — "
              "топите. Видимо, снова прилёт вражеского дрона. Официально пока ничего."))
    assert [r.sub_event_type for r in code_document(doc)] == ["Air/drone strike"]


def test_a_mine_that_went_off_under_someone_is_a_landmine_whatever_was_defused_after_it():
    """The classifier reads "sappers defused 30 mines" as disrupted weapons use, and a grenade on a tripwire as a
    grenade thrown; the lead tells a mine that went off under someone, and it killed them."""
    stepped = Document(
        id="mine1", language="uk", source="oblast_uk", published_at="2023-07-14T15:00:00+03:00",
        title="Жінка загинула, наступивши на міну",
        text=("Вранці в селі під Мелітополем 57-річна жінка, яка йшла до криниці, наступила на протипіхотну міну. Від "
              "отриманих травм вона померла до приїзду швидкої.\n\n"
              "Ці міни окупанти вже тиждень розкидають реактивними системами по селах громади. Сапери за день "
              "знешкодили 30 мін."))
    tripped = Document(
        id="mine1b", language="en", source="wire_en", published_at="2022-04-11T10:00:00+00:00",
        title="Booby trap kills police officer",
        text=("A police officer was killed on Sunday when he tripped a wire attached to a grenade rigged to the door of "
              "a house in a village that Russian forces left last week, police said. Sappers later found a second "
              "grenade."))
    for doc in (stepped, tripped):
        assert [(r.sub_event_type, r.fatalities) for r in code_document(doc)] == [("Remote explosive/landmine/IED", 1)]


def test_a_mine_a_drone_dropped_on_a_road_is_a_landmine_when_a_car_runs_over_it():
    doc = Document(
        id="mine2", language="en", source="wire_en", published_at="2024-11-06T10:00:00+00:00",
        title="Driver killed by mine dropped on road",
        text=("A 61-year-old man was killed on Tuesday morning when his car ran over a mine that a Russian drone had "
              "dropped on the road outside the village overnight, police said. Police found two more mines on the "
              "roadside and cleared them."))
    assert [r.sub_event_type for r in code_document(doc)] == ["Remote explosive/landmine/IED"]


def test_a_wire_storys_lead_is_dated_by_its_dateline():
    """"ХЕРСОН, 3 мая." dates no event itself, but the lead of a wire story tells the news of that day: an account the
    classifier is unsure of is not dropped as undated."""
    doc = Document(
        id="dl1", language="ru", source="agency_ru", published_at="2025-05-03T13:20:00+03:00",
        title="Сапер МЧС погиб при разминировании",
        text=("ХЕРСОН, 3 мая. Сотрудник МЧС погиб, еще один получил ранения при разминировании поля у поселка "
              "Каланчак, сообщили в региональном управлении ведомства.\n\n"
              "«Во время проведения работ сработала противотанковая мина. Один сапер погиб, второй госпитализирован», "
              "— говорится в сообщении.\n\n"
              "С начала года саперы ведомства обезвредили в регионе более трех тысяч взрывоопасных предметов."))
    reports = code_document(doc)
    assert [(r.sub_event_type, r.event_date) for r in reports] == [("Remote explosive/landmine/IED", "2025-05-03")]


def test_who_laid_the_mine_unknown_leaves_the_perpetrator_unknown():
    doc = Document(
        id="mine3", language="ru", source="exile_ru", published_at="2025-06-02T11:00:00+03:00",
        title="Под Суджей на мине подорвался трактор",
        text=("В субботу у села под Суджей Курской области трактор подорвался на мине, тракторист погиб. Губернатор "
              "обвинил в минировании украинских военных. Местные жители говорят, что поля минировали обе стороны. "
              "Кто установил мину, неизвестно."))
    report = code_document(doc)[0]
    assert (report.sub_event_type, report.perpetrator) == ("Remote explosive/landmine/IED", "unknown")


def test_a_settlements_clearing_completed_is_a_change_of_control_by_the_side_that_cleared_it():
    """"завершили зачистку населённого пункта … от украинских ДРГ": Russia's forces took the place back; the groups it
    was cleared of did not take it."""
    doc = Document(
        id="clear1", language="ru", source="agency_ru", published_at="2024-05-21T13:00:00+03:00",
        title="Минобороны: зачистка Тёткино завершена",
        text=("МОСКВА, 21 мая. Подразделения Минобороны России совместно с пограничниками ФСБ завершили зачистку "
              "населённого пункта Тёткино от украинских диверсионно-разведывательных групп, сообщили в военном "
              "ведомстве. «Контроль над Тёткино полностью восстановлен», — говорится в сообщении."))
    report = code_document(doc)[0]
    assert report.sub_event_type in ("Government regains territory", "Non-state actor overtakes territory")
    assert (report.perpetrator, report.perpetrator_country) == ("state_forces", "RU")


def test_mines_scattered_by_rockets_that_no_one_has_struck_are_the_rockets_strike():
    """The classifier reads mines and sappers as a landmine or disrupted weapons use; no mine went off, and the rockets
    that laid them struck the village (a car that hits one of them later is a landmine of its own)."""
    doc = Document(
        id="remote1", language="uk", source="oblast_uk", published_at="2025-03-04T18:00:00+02:00",
        title="Росіяни замінували дорогу до села",
        text=("Учора вранці росіяни накрили мінами околиці Кругляківки — удар завдали з реактивної системи "
              "дистанційного мінування, повідомили в ОВА. Ніхто не постраждав.\n\n"
              "Станом на вечір піротехніки ДСНС знешкодили 23 міни. Дорогу із села досі закрито."))
    assert [r.sub_event_type for r in code_document(doc)] == ["Shelling/artillery/missile attack"]


@pytest.mark.parametrize(("label", "text", "expected"), [
    # a fire set in a building where call-up papers were handed out is arson, not a conscription drive
    ("Looting/property destruction", "Вночі невідомі підпалили будівлю селищної ради, де окупанти роздавали повістки.",
     "Looting/property destruction"),
    # sabotage by a charge laid under a rail is a bomb
    ("Looting/property destruction", "Уночі під Лозовою зійшли з рейок дев'ять вагонів. Підпільники заявили, що "
     "заклали заряд під рейку на перегоні.", "Remote explosive/landmine/IED"),
    # a knife attack whose attacker was detained after it
    ("Arrests", "Чоловік вихопив ніж і вдарив двох військових. Нападника затримали на місці.", "Attack"),
    # a stabbing, read as a bomb or a clash by the classifier
    ("Remote explosive/landmine/IED", "A draft officer died after being stabbed by a local man on Tuesday.", "Attack"),
    # one man with a knife is no mob
    ("Mob violence", "Вчера в Гайсине мужик встретил патруль с ножом и порезал одного из военных.", "Attack"),
    # a detention that tells no sexual act
    ("Sexual violence", "В понедельник эсбэушники повязали мужика, который снимал с крыши работу ПВО.", "Arrests"),
    # a killing the account leads with, its neighbours taken away after it
    ("Abduction/forced disappearance", "Окупанти розстріляли беззбройного чоловіка у дворі. Двох сусідів вивезли у "
     "невідомому напрямку.", "Attack"),
    # a security sweep of a town
    ("Peaceful protest", "Сегодня в поселке полиция и Росгвардия провели профилактические мероприятия по выявлению "
     "лиц, причастных к деятельности ВСУ.", "Arrests"),
    ("Other", "Во вторник силовики провели в посёлке массовую «зачистку»: обходили дома и проверяли телефоны.",
     "Arrests"),
    # a bomb its handlers set off remotely in an unaware courier's hands is no suicide bomb
    ("Suicide bomb", "The device went off as the man was stopped at the gate; his handlers detonated it remotely, "
     "the SBU said.", "Remote explosive/landmine/IED"),
    # drones that "entered" a town took nothing
    ("Non-violent transfer of territory", "Ночью «Герани» зашли в Прилуки и отработали точно по зданию военкомата.",
     "Air/drone strike"),
    # a rally with no detentions, in so many words
    ("Protest with intervention", "Під міськрадою близько 150 людей з плакатами. Поліція стоїть поруч, ніяких "
     "затримань.", "Peaceful protest"),
])
def test_codebook_rules_for_the_home_front(label, text, expected):
    assert codebook_label(label, text, "ru" if "ы" in text else "en" if text.isascii() else "uk") == expected


def test_an_arrest_story_whose_doer_set_the_fire_the_night_before_reports_the_fire():
    """The fire of the night before is the news, its doer's arrest the follow-up; an arrest months after an arson
    reports the arrest."""
    fire = Document(
        id="arr1", language="uk", source="police_uk", published_at="2024-10-07T15:30:00+03:00",
        title="Підпал автомобіля ТЦК: затримано підозрюваного",
        text=("Поліцейські затримали 19-річного жителя міста, який у ніч на 7 жовтня підпалив службовий автомобіль "
              "районного ТЦК. Автомобіль вигорів повністю, люди не постраждали."))
    arrest = Document(
        id="arr2", language="ru", source="agency_ru", published_at="2024-09-04T10:00:00+03:00",
        title="Задержаны подростки, поджёгшие релейный шкаф",
        text=("Сотрудники ФСБ во вторник задержали двух подростков, подозреваемых в поджоге релейного шкафа. По данным "
              "ведомства, в ночь на 17 августа подростки облили шкаф горючей жидкостью и подожгли его."))
    assert code_document(fire)[0].sub_event_type == "Looting/property destruction"
    assert code_document(arrest)[0].sub_event_type == "Arrests"


def test_a_derailment_and_a_deminers_death_are_accounts_however_plainly_told():
    derailment = Document(
        id="rail1", language="ru", source="agency_ru", published_at="2023-05-18T16:00:00+03:00",
        title="Сход поезда вызван подрывом путей",
        text=("ВОРОНЕЖ, 18 мая. Тепловоз и восемь вагонов грузового поезда сошли с рельсов в ночь на четверг у "
              "станции под Лисками, сообщили на железной дороге. Пострадавших нет.\n\n"
              "Губернатор заявил, что причиной схода стал подрыв железнодорожного пути."))
    deminer = Document(
        id="dem1", language="ru", source="occ_ru", published_at="2025-04-15T18:00:00+03:00",
        title="Погиб сапер",
        text=("Сегодня при выполнении задачи по разминированию в селе под Мариуполем погиб сотрудник МЧС. Его товарищ "
              "ранен.\n\nЭти мины оставлены здесь спустя три года после освобождения.\n\nВыражаю соболезнования семье."))
    assert [r.sub_event_type for r in code_document(derailment)] == ["Remote explosive/landmine/IED"]
    assert [(r.sub_event_type, r.fatalities) for r in code_document(deminer)] == [("Remote explosive/landmine/IED", 1)]


def test_a_local_post_dated_half_an_hour_ago_is_todays():
    doc = Document(
        id="live1", language="uk", source="local_uk", published_at="2024-05-14T13:15:00+03:00",
        title="Біля ринку відбили хлопця",
        text=("Пів години тому біля центрального ринку військові з поліцією запхали хлопця в бус. Люди оточили "
              "машину, хтось розбив вікно, хлопця витягли. Двоє військових побиті.\n\nЗараз там багато поліції. "
              "Будьте обережні."))
    assert [r.event_date for r in code_document(doc)] == ["2024-05-14"]


@pytest.mark.parametrize(("label", "text", "expected"), [
    # a security service that takes someone to a known place arrests him
    ("Abduction/forced disappearance", "Утром к дому местного жителя приехали сотрудники ФСБ. Обыскивали несколько "
     "часов, самого мужчину увезли в районный центр. Вечером ФСБ выложила видео с его «признанием».", "Arrests"),
    # ... one that leaves him nowhere makes him disappear
    ("Abduction/forced disappearance", "Сотрудники ФСБ увезли мужчину в неизвестном направлении; семье ничего не "
     "сообщают.", "Abduction/forced disappearance"),
    # phones seized in a search of people detained are the arrest's, not looting
    ("Looting/property destruction", "С шести утра в селе идут обыски. Известно о пяти задержанных, у семей изъяли "
     "все телефоны.", "Arrests"),
])
def test_who_took_whom_and_where(label, text, expected):
    assert codebook_label(label, text, "ru") == expected


def test_a_groups_statement_of_its_own_act_told_on_an_hour_of_its_own_is_the_acts():
    doc = Document(
        id="claim1", language="ru", source="locals_ru", published_at="2023-08-09T12:30:00+03:00",
        title="Под посёлком сошёл с рельсов грузовой поезд",
        text=("Под посёлком этой ночью сошёл с рельсов грузовой поезд. Жители пишут, что около трёх часов ночи "
              "услышали взрыв со стороны перегона.\n\n"
              "С рельсов сошли 12 вагонов, людей не задело.\n\n"
              "Утром канал подпольной группы опубликовал заявление: «Наш заряд под рельсами сработал». Приложены два "
              "фото."))
    reports = code_document(doc)
    assert [(r.sub_event_type, r.perpetrator) for r in reports] == [("Remote explosive/landmine/IED", "partisans")]


def test_an_account_is_dated_by_a_day_named_between_its_passages():
    doc = Document(
        id="dis1", language="uk", source="national_uk", published_at="2025-07-17T11:30:00+03:00",
        title="Зник безвісти чоловік, який відмовився від російського паспорта",
        text=("В окупованому селі зник безвісти після затримання 63-річний місцевий житель, який відмовлявся "
              "отримувати російський паспорт. Про це повідомила його донька.\n\n"
              "За її словами, у вівторок, 15 липня, до батька прийшли троє військових. Вони перевірили документи. "
              "Окупанти вивезли його у невідомому напрямку.\n\n"
              "Рідні звернулися до «комендатури», але там заявили, що нічого не знають."))
    assert [(r.sub_event_type, r.event_date) for r in code_document(doc)] == [
        ("Abduction/forced disappearance", "2025-07-15")]


def test_a_derailment_from_a_fault_and_a_cable_theft_are_no_events():
    fault = Document(
        id="acc1", language="ru", source="agency_ru", published_at="2023-08-09T12:00:00+03:00",
        title="На перегоне сошли с рельсов вагоны",
        text=("БРЯНСК, 9 августа. Десять вагонов грузового поезда сошли с рельсов на перегоне в ночь на среду, сообщили "
              "на железной дороге.\n\nПострадавших нет. По предварительной версии, причиной схода стала неисправность "
              "ходовой части одного из вагонов."))
    theft = Document(
        id="acc2", language="uk", source="police_uk", published_at="2024-06-01T12:00:00+03:00",
        title="Затримали крадіїв кабелю",
        text=("На Харківщині поліцейські затримали двох чоловіків, які різали мідний кабель на залізниці. У поліції "
              "наголошують: ідеться не про диверсію, а про звичайну крадіжку кольорового металу.\n\n"
              "Затриманим повідомлено про підозру в крадіжці."))
    assert code_document(fault) == [] and code_document(theft) == []


def test_troops_quartered_in_a_school_set_up_no_base_and_nets_strike_nothing():
    text = ("Учора в село зайшла колона російської техніки, серед неї реактивні системи «Град». Військові розмістилися "
            "в будівлі школи. Техніку накрили маскувальними сітками.")
    assert codebook_label("Headquarters or base established", text, "uk") == "Change to group/activity"


@pytest.mark.parametrize(("label", "text"), [
    ("Headquarters or base established", "The latest Turkish point was established on Monday, a day after three "
     "points were set up in the countryside."),
    ("Sexual violence", "Security forces abused and assaulted civilians during the unrest, a rights group said."),
])
def test_a_post_set_up_and_abuse_keep_their_types(label, text):
    assert codebook_label(label, text, "en") == label


@pytest.mark.parametrize("label, text, language, expected", [
    # an explosion at a building and no weapon fired from afar: a bomb, not a fire set
    ("Looting/property destruction", "Уночі в окупованому селищі місцеві підпільники влаштували окупантам «привіт»: "
     "біля будівлі комендатури пролунав вибух, вибито вікна та двері.", "uk", "Remote explosive/landmine/IED"),
    # leaflets and slogans hurt no one: a protest; the same told as vandalism is damage to property
    ("Attack", "Activists of an underground movement put up leaflets and painted anti-war slogans on the fence of "
     "the town hall overnight.", "en", "Peaceful protest"),
    ("Mob violence", "Полиция возбудила дело о вандализме: неустановленные лица нанесли надписи на стену "
     "администрации и расклеили листовки.", "ru", "Looting/property destruction"),
    # rifles fired at a van of civilians, no gun or rocket: an attack; "обстріляли" is any fire
    ("Shelling/artillery/missile attack", "Біля блокпоста військові відкрили вогонь з автоматів по мікроавтобусу "
     "з біженцями, водія поранено. Бус обстріляли, коли він повертав на трасу.", "uk", "Attack"),
    ("Excessive force against protesters", "Солдаты открыли огонь из автоматов по машине волонтеров, которые "
     "вывозили жителей из поселка.", "ru", "Attack"),
    # the same fire in a battle is a clash
    ("Shelling/artillery/missile attack", "Бійці відбили штурм, противник обстрілював позиції з кулеметів.", "uk",
     "Armed clash"),
    # a police case and no one detained is no intervention
    ("Protest with intervention", "Activists rallied outside the polling station with anti-war placards. Police "
     "opened a case over the slogans; no one has been detained.", "en", "Peaceful protest"),
])
def test_bombs_leaflets_and_rifles_by_the_codebook(label, text, language, expected):
    assert codebook_label(label, text, language) == expected


def test_a_summarys_item_and_the_paragraph_that_retells_it_are_one_event_on_the_items_day():
    doc = Document(
        id="kt", language="en", source="thinktank_en", published_at="2023-10-03T18:00:00-04:00",
        text=("Key Takeaways:\n\n"
              "- Ukrainian partisans reportedly shot dead a Russian-appointed head of a village council in occupied "
              "Zaporizhia Oblast on October 2.\n"
              "- Russian occupation officials continue to deport children from occupied territories.\n\n"
              "Ukrainian partisans reportedly shot dead a Russian-appointed head of a village council in occupied "
              "Zaporizhia Oblast on October 2. A resistance movement claimed that its members shot the official "
              "near his house on the evening of the day. Russian sources reported that unknown gunmen killed him. "
              "Russian occupation officials are using the start of the school term to entrench Russian curricula. "
              "Occupation heads held ceremonies in several towns on October 1.\n\n"
              "Russian occupation officials continue to deport children from occupied territories. Ukrainian "
              "officials reported that at least 40 children were taken to Russia in September."),
    )
    attacks = [r for r in code_document(doc) if r.sub_event_type == "Attack"]
    assert len(attacks) == 1
    assert attacks[0].event_date == "2023-10-02"


def test_a_building_drones_struck_where_the_occupiers_set_up_an_office_is_the_strike():
    doc = Document(
        id="po", language="uk", published_at="2024-07-03T10:30:00+03:00",
        text=("Учора ударні безпілотники Сил оборони уразили в окупованому Олешках будівлю, де окупанти облаштували "
              "пункт видачі російських паспортів. Пошкоджено службовий автомобіль, пункт припинив роботу."),
    )
    reports = code_document(doc)
    assert reports and reports[0].sub_event_type == "Air/drone strike"


@pytest.mark.parametrize("label, text, language, expected", [
    # a drone that only filmed strikes no one; men who surrendered, shot, were attacked
    ("Air/drone strike", "Ukraine accused Russian troops of shooting dead four soldiers who had surrendered, citing "
     "drone footage of the killing.", "en", "Attack"),
    ("Armed clash", "Окупанти розстріляли трьох полонених з піднятими руками біля лісосмуги.", "uk", "Attack"),
    # a strike the lead tells by its drone operators, whatever burned after it
    ("Remote explosive/landmine/IED", "Оператори ЗСУ уразили вантажівку окупантів біля села. Машина згоріла, у ній "
     "здетонував боєкомплект.", "uk", "Air/drone strike"),
])
def test_cameras_captives_and_drone_operators(label, text, language, expected):
    assert codebook_label(label, text, language) == expected


@pytest.mark.parametrize("label, text, language, expected", [
    # a building stripped of its goods, a post made in it later, is looting
    ("Headquarters or base established", "Учора російські військові захопили приміщення редакції районної газети. "
     "Військові вибили двері, винесли комп'ютери, сервер і фотоапаратуру. На горищі облаштували спостережний пункт.",
     "uk", "Looting/property destruction"),
    # the guns in the soldiers' word, on men who "gathered": a strike, not a protest
    ("Peaceful protest", "Вчера наша арта накрыла в Ольховке группу ВСУшников, которые собрались снимать ролик.",
     "ru", "Shelling/artillery/missile attack"),
    # a journalist led out in handcuffs after a search: an arrest, not the phones seized with him
    ("Abduction/forced disappearance", "В селе проходят обыски у гражданского журналиста. К дому приехали сотрудники "
     "ФСБ. Изъяли телефоны и ноутбук. Около девяти утра его вывели в наручниках и увезли в Симферополь.",
     "ru", "Arrests"),
    # a detention the classifier called "other"
    ("Other", "Тим часом надходять тривожні новини з Херсонщини. У п'ятницю в селі окупаційна поліція затримала "
     "44-річного блогера, який вів канал про життя в окупації.", "uk", "Arrests"),
    # a farm seized and its owner taken away to no known place: a forced disappearance
    ("Looting/property destruction", "Russian soldiers seized a farm in the occupied village on Thursday and took its "
     "owner away with a bag over his head. The commandant's office told his family they knew nothing about his "
     "whereabouts.", "en", "Abduction/forced disappearance"),
    # drone operators who destroyed a car struck it; nothing of theirs was stopped
    ("Disrupted weapons use", "Операторы ударных беспилотников группировки войск «Днепр» уничтожили автомобиль с "
     "личным составом ВСУ в районе населенного пункта Черноморка.", "ru", "Air/drone strike"),
    # the dead a rally mourned since the invasion began do not make the police's order excessive force
    ("Peaceful protest", "Around 200 people rallied in the centre of the town to demand the release of journalists. "
     "Police kept order and the rally ended peacefully. More than 100 media workers have been killed since the "
     "full-scale invasion began, most of them while serving in the armed forces.", "en", "Peaceful protest"),
    # protesters driven to a police station were intervened on
    ("Peaceful protest", "Сказали, что акция не согласована, потребовали разъехаться. Троих, кто стоял у трактора с "
     "плакатом, увезли в отдел.", "ru", "Protest with intervention"),
])
def test_goods_guns_handcuffs_and_the_disappeared(label, text, language, expected):
    assert codebook_label(label, text, language) == expected


def test_a_year_since_an_attack_and_a_rallys_grievance_report_no_new_dead():
    anniversary = Document(
        id="an", language="uk", published_at="2024-06-22T12:40:00+03:00",
        text=("Сьогодні минає рік відтоді, як під Торським російський FPV-дрон уразив автомобіль знімальної групи і "
              "загинув наш колега. Друзі, колеги та рідні зібралися на кладовищі, поклали квіти."),
    )
    assert code_document(anniversary) == []
    rally = Document(
        id="ra", language="ru", published_at="2023-09-23T19:40:00+04:00",
        text=("В Магнитогорске полиция сегодня днем задержала по меньшей мере девять человек, пришедших к зданию "
              "администрации с плакатами в поддержку редактора. Журналиста арестовали по делу о «дискредитации» армии "
              "за публикации о погибших на войне жителях города. У здания собрались около 40 человек, полицейские "
              "объявили акцию несогласованной."),
    )
    reports = code_document(rally)
    assert reports and reports[0].sub_event_type == "Protest with intervention"
    assert reports[0].fatalities == 0


def test_a_rally_does_not_read_on_into_the_next_towns_detentions():
    doc = Document(
        id="mi", language="ru", published_at="2024-01-21T11:00:00+01:00",
        text=("В субботу жёны мобилизованных провели акции в нескольких городах.\n\nВ Миассе около 30 женщин "
              "собрались у здания администрации с плакатами «Верните наших мужей». Полиция стояла в стороне, "
              "задержаний не было.\n\nВ Бердске всё закончилось иначе. Через 20 минут к пикетам подъехал автозак. "
              "Троих участниц увезли в отдел полиции."),
    )
    reports = code_document(doc)
    assert reports and reports[0].sub_event_type == "Peaceful protest"


def test_a_roundups_towns_are_separate_protests():
    doc = Document(
        id="rt", language="en", published_at="2024-01-20T17:30:00-05:00",
        text=("Relatives of mobilized soldiers held their weekly actions on January 20.\n\nIn Miass, about 30 women "
              "gathered near the city administration with placards reading \"Return our husbands home\". Police "
              "observed the rally but did not intervene.\n\nIn Berdsk, police detained three women who were standing "
              "in single-person pickets outside the city administration. The women were released later that evening."),
    )
    types = sorted(r.sub_event_type for r in code_document(doc))
    assert "Peaceful protest" in types and "Protest with intervention" in types
