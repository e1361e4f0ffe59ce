"""Throughput and peak memory of `code_document` on generated ~300-word articles.

    .venv/bin/python benchmarks/coding/bench_throughput.py [--docs 500] [--event-share 0.6] [--threads 2]

The timed part runs in a fresh subprocess (model loading included, as for
`sitrep code`), limited to ``--threads`` CPU threads; it reports documents per
second and the subprocess's peak resident memory. The articles are generated
here from hand-written sentence templates in English, Ukrainian and Russian:
a share of them report one event, the rest are ordinary news (economy,
weather, culture) that the trigger gate should mostly let pass unclassified.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

EVENTS = {
    "en": [
        "Two people were killed when a roadside bomb hit a military truck near {town} on {day}, officials said.",
        "Several hundred residents rallied in the centre of {town} on {day} against the closure of the local hospital.",
        "Police detained four activists in {town} on {day} after they hung a banner on the town hall.",
        "Artillery shells struck a residential district of {town} overnight, wounding three civilians.",
        "Gunmen abducted a village head from his home near {town} late on {day}, relatives said.",
        "Government troops retook control of {town} on {day} after a week of fighting with rebel units.",
        "A drone strike hit an ammunition depot outside {town} on {day}, setting off secondary explosions.",
        "Partisans set fire to a railway relay cabinet near {town} on {day}, halting freight trains for hours.",
    ],
    "uk": [
        "У {town} у {day} вибухнув автомобіль окупаційного посадовця, він загинув на місці.",
        "Мешканці {town} у {day} вийшли на мітинг проти окупації з українськими прапорами.",
        "Окупанти затримали трьох молодих людей у {town} за проукраїнські листівки.",
        "У {day} російські війська обстріляли {town} з артилерії, поранено двох цивільних.",
        "Невідомі в масках викрали місцевого фермера з його будинку поблизу {town}.",
        "Партизани підпалили релейну шафу на залізниці біля {town}, рух потягів зупинено.",
    ],
    "ru": [
        "В {town} в {day} взорвался автомобиль сотрудника оккупационной администрации, он погиб.",
        "Жители {town} в {day} вышли на акцию протеста против закрытия больницы.",
        "Сотрудники ФСБ задержали двух жителей {town} по подозрению в подготовке диверсии.",
        "В {day} по {town} был нанесен ракетный удар, ранены трое мирных жителей.",
        "Неизвестные похитили директора школы в {town}, его судьба неизвестна.",
        "Беспилотник атаковал нефтебазу под {town}, начался пожар.",
    ],
}

FILLER = {
    "en": [
        "The town had a population of about forty thousand before the war and was known for its port.",
        "Local markets reported higher prices for bread and fuel this month.",
        "The regional administration said schools would reopen after the holidays.",
        "Residents described long queues at the only working bank branch.",
        "Mobile phone coverage has been patchy since the summer, according to residents.",
        "A spokesman declined to comment further, citing the ongoing investigation.",
        "The harvest was smaller than last year because of a dry spring.",
        "Buses to the regional centre run twice a day, a local driver said.",
        "Officials promised to restore the water supply by the end of the week.",
        "The museum in the old town reopened with an exhibition of local painters.",
        "Temperatures are expected to fall below freezing by the weekend.",
        "Several families have left for neighbouring regions in recent months.",
    ],
    "uk": [
        "До війни в місті мешкало близько сорока тисяч людей.",
        "Ціни на хліб і пальне на місцевих ринках цього місяця зросли.",
        "Місцеві жителі скаржаться на довгі черги в єдиному відділенні банку.",
        "Мобільний зв'язок у місті працює з перебоями від літа.",
        "Урожай цього року менший через посушливу весну.",
        "Автобуси до обласного центру курсують двічі на день.",
        "Водопостачання обіцяють відновити до кінця тижня.",
        "У краєзнавчому музеї відкрилася виставка місцевих художників.",
        "Синоптики прогнозують похолодання на вихідних.",
        "Частина родин за останні місяці виїхала до сусідніх областей.",
    ],
    "ru": [
        "До войны в городе проживало около сорока тысяч человек.",
        "Цены на хлеб и топливо на местных рынках в этом месяце выросли.",
        "Жители жалуются на длинные очереди в единственном отделении банка.",
        "Мобильная связь в городе работает с перебоями с лета.",
        "Урожай в этом году оказался меньше из-за засушливой весны.",
        "Автобусы до областного центра ходят два раза в день.",
        "Водоснабжение обещают восстановить до конца недели.",
        "В краеведческом музее открылась выставка местных художников.",
        "Синоптики обещают похолодание на выходных.",
        "Часть семей за последние месяцы уехала в соседние регионы.",
    ],
}

TOWNS = {"en": ["Vesele", "Tokmak", "Skadovsk", "Kakhovka"], "uk": ["Веселому", "Токмаку", "Скадовську"],
         "ru": ["Веселом", "Токмаке", "Скадовске"]}
DAYS = {"en": ["Monday", "Tuesday", "Sunday"], "uk": ["понеділок", "вівторок", "неділю"],
        "ru": ["понедельник", "вторник", "воскресенье"]}


def make_articles(n: int, event_share: float, seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    articles = []
    for i in range(n):
        language = rng.choice(["en", "uk", "ru"])
        sentences = []
        if rng.random() < event_share:
            template = rng.choice(EVENTS[language])
            sentences.append(template.format(town=rng.choice(TOWNS[language]), day=rng.choice(DAYS[language])))
        while sum(len(s.split()) for s in sentences) < 300:
            sentences.append(rng.choice(FILLER[language]))
        articles.append({"id": f"t{i}", "language": language, "published_at": "2023-05-02T10:00:00+00:00",
                         "title": "", "text": " ".join(sentences)})
    return articles


RUNNER = """
import json, resource, sys, time
started = time.perf_counter()
from sitrep.model import Document
from sitrep.coding import code_document
docs = [Document(**json.loads(line)) for line in open(sys.argv[1], encoding="utf-8")]
loaded = time.perf_counter()
reports = sum(len(code_document(d)) for d in docs)
done = time.perf_counter()
print(json.dumps({"docs": len(docs), "reports": reports, "seconds_total": round(done - started, 2),
                  "seconds_coding": round(done - loaded, 2),
                  "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=500)
    parser.add_argument("--event-share", type=float, default=0.6)
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    articles = make_articles(args.docs, args.event_share)
    words = sum(len(a["text"].split()) for a in articles) / len(articles)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "articles.jsonl"
        path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
        env = dict(os.environ, OMP_NUM_THREADS=str(args.threads), OPENBLAS_NUM_THREADS=str(args.threads),
                   MKL_NUM_THREADS=str(args.threads))
        command = [sys.executable, "-c", RUNNER, str(path)]
        if hasattr(os, "sched_setaffinity"):
            cpus = sorted(os.sched_getaffinity(0))[: args.threads]
            command = ["taskset", "-c", ",".join(map(str, cpus)), *command]
        out = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    result["docs_per_second"] = round(result["docs"] / result["seconds_total"], 1)
    result["mean_words"] = round(words)
    result["event_share"] = args.event_share
    print(json.dumps(result))


if __name__ == "__main__":
    main()
