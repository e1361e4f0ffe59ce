"""The weapons an account names: which kind of strike it tells, and when two accounts tell two strikes."""

from __future__ import annotations

import pytest

from sitrep.coding.weapons import AIR_STRIKE, MINE_BLAST, MISSILE_ATTACK, strikes_apart, weapon_kind, weapons_named


@pytest.mark.parametrize("text, kind", [
    ("Shahed drones hit the town overnight.", "air"),
    ("Вночі ворог атакував громаду «шахедами».", "air"),
    ("Ночью ВСУ атаковали бухту безэкипажными катерами.", "air"),
    ("The fleet said it destroyed three uncrewed surface vessels (USVs) off the coast.", "air"),
    ("Уничтожены три БЭК, повреждений нет.", "air"),
    ("Around 15:30 the village was shelled with mortars.", "ground"),
    ("Противник нанес удар из реактивной системы залпового огня по центру села.", "ground"),
    ("Ворог обстріляв село з РСЗВ «Град».", "ground"),
    # rocket-launcher systems and missiles by name alone
    ("Росіяни вдарили з «Градів» по евакуаційній колоні.", "ground"),
    ("Окупанти вдарили по місту «Ураганами».", "ground"),
    ("Two Kalibrs hit the port overnight.", "ground"),
    ("Ураган повалив дерева в місті.", None),
    ("Нанесен удар высокоточным оружием большой дальности по цехам завода.", "ground"),
    # a weapon that was hit, made or stored is no weapon of the strike
    ("The ministry said it had hit a workshop assembling strike drones.", None),
    ("Drones hit an artillery depot near the town.", "air"),
    ("Дрони уразили склад ракетно-артилерійського озброєння окупантів.", "air"),
    ("Russia attacked the city with drones and ballistic missiles overnight.", None),
    ("The governor said the town was attacked.", None),
    # the Shahed by its Russian name, in any case; an air-defence missile that fell is no missile strike
    ("Этой ночью «Герани» отработали по депо.", "air"),
    ("Дрон влучив у будинок; можливо, туди впала ракета ППО.", "air"),
    # a tank's gun is artillery to ACLED; a tank hit is a target
    ("Russian tank fire hit a minibus of volunteers.", "ground"),
    ("Ворог обстріляв село з танка.", "ground"),
    ("Танковый обстрел поселка длился час.", "ground"),
    ("A drone destroyed a tank near the village.", "air"),
    # a quadcopter's drop is from the air
    ("Вчера наши операторы с «мавика» отработали по пособнику ВСУ. Сброс ВОГа.", "air"),
    ("Вчера укропское «крыло» отработало по машине энергетиков.", "air"),
    ("Вночі «Баба-Яга» скинула міну на будинок.", "air"),
    ("Партія має праве крило.", None),
])
def test_the_kind_of_weapon_a_text_names(text, kind):
    assert weapon_kind(text) == kind


def test_a_drone_strike_and_a_shelling_are_two_strikes():
    drones = "Russian Shahed drones struck an apartment block in the town overnight, injuring four."
    mortars = "Around 15:30 the village was shelled with mortars and barrel artillery; a man was killed."
    assert strikes_apart(drones, AIR_STRIKE, mortars, MISSILE_ATTACK)
    assert strikes_apart(mortars, AIR_STRIKE, drones, AIR_STRIKE)  # the classifier's labels may both be wrong
    # one kind of weapon, or none named, is one strike told twice
    assert not strikes_apart(drones, AIR_STRIKE, "The drone attack damaged the roof.", AIR_STRIKE)
    assert not strikes_apart(drones, AIR_STRIKE, "The attack damaged the roof.", MISSILE_ATTACK)


def test_the_days_tally_and_intercepted_weapons_are_not_strikes_of_their_own():
    drones = "Вночі ворог атакував Путивль ударними БпЛА типу «Шахед»; загинули двоє людей."
    tally = "Загалом за минулу добу ворог 94 рази обстріляв 31 населений пункт області."
    assert not strikes_apart(drones, AIR_STRIKE, tally, MISSILE_ATTACK)
    assert not strikes_apart("Air defences shot down four missiles over the peninsula.", "Disrupted weapons use",
                             "Six drones were also destroyed.", "Disrupted weapons use")


def test_unguided_bombs_with_glide_kits_are_dropped_from_the_air():
    assert weapons_named("Утром наши ВКС отработали двумя ФАБ-500 с УМПК по ПВД в центре города.") == (True, False)


@pytest.mark.parametrize("text, told", [
    # someone or something set the mine or the tripwire off
    ("A shepherd was killed on Monday when he stepped on an anti-personnel mine in a pasture.", True),
    ("The combine harvester struck an anti-tank mine at the edge of the field.", True),
    ("A woman tripped a wire strung across the path behind her house.", True),
    ("A piece of unexploded ordnance the boys found by the road went off in their hands.", True),
    ("Вантажівка агрофірми наїхала на протитанкову міну на польовій дорозі.", True),
    ("Грибник зачепив розтяжку в лісі неподалік села.", True),
    ("Під час обстеження подвір'я здетонував залишок боєприпасу.", True),
    ("Пенсионер подорвался на мине у себя на огороде.", True),
    ("На фугасе подорвался армейский грузовик.", True),
    ("Сработала противопехотная мина, сапер погиб.", True),
    # a strike, a depot's blast, mines only laid or defused: no mine went off under anyone
    ("Russian artillery shelled the village overnight.", False),
    ("На складе сдетонировали боеприпасы после удара дрона.", False),
    ("Сапери знешкодили 40 мін на узбіччях.", False),
    ("The rockets scattered mines over the road.", False),
])
def test_a_mine_that_went_off_under_someone(text, told):
    assert (MINE_BLAST.search(text) is not None) == told


def test_hand_held_names_for_rocket_systems_and_cluster_munitions_are_ground_weapons():
    assert weapon_kind("Колону накрили «Хаймарсами» на марші.") == "ground"
    assert weapon_kind("Ворог обстріляв село касетними боєприпасами.") == "ground"
    assert weapon_kind("The town was hit with cluster munitions overnight.") == "ground"
