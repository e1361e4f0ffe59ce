"""The event classifier, `train` and `evaluate`, on the shipped weights and on small temp corpora."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sitrep.coding import LabelledFileError, classify, evaluate, load_model, read_labelled, train
from sitrep.coding.classifier import METADATA_FILE, WEIGHTS_FILE, CodingModel
from sitrep.taxonomy import NO_EVENT, SUB_EVENT_NAMES

# Written for these tests; none comes from the training files.
CLEAR_EXAMPLES = [
    ("A suicide bomber detonated his explosive vest at the entrance of a crowded market, "
     "killing himself and eleven shoppers.", "Suicide bomb"),
    ("Hundreds of teachers marched peacefully through the capital on Saturday demanding higher pay; "
     "the rally ended without incident.", "Peaceful protest"),
    ("Doctors said the victims showed symptoms consistent with exposure to chlorine gas after "
     "the shells released a yellow cloud over the district.", "Chemical weapon"),
    ("Терорист-смертник підірвав себе біля блокпосту, загинули четверо військових.", "Suicide bomb"),
    ("Невідомі кинули гранату у двір відділку поліції, поранено двох охоронців.", "Grenade"),
    ("Жители поселка вышли на мирный митинг против вырубки парка, акция прошла спокойно.", "Peaceful protest"),
    ("Военный самолет нанес авиаудар по окраине города, разрушено несколько домов.", "Air/drone strike"),
]


def test_shipped_model_loads_once_and_covers_the_taxonomy():
    model = load_model()
    assert model is load_model()
    assert set(model.labels) <= set(SUB_EVENT_NAMES) | {NO_EVENT}
    assert len(model.labels) >= 10
    assert model.metadata["corpus_sha256"]


@pytest.mark.parametrize(("text", "label"), CLEAR_EXAMPLES)
def test_classifies_clear_examples_in_three_languages(text, label):
    (predicted, probability), = classify([text])
    assert predicted == label
    assert 0.0 < probability <= 1.0


def test_classify_batch_matches_single_calls_and_empty_input():
    texts = [t for t, _ in CLEAR_EXAMPLES[:3]]
    batch = classify(texts)
    assert [classify([t])[0][0] for t in texts] == [label for label, _ in batch]
    assert classify([]) == []


def _small_corpus(path: Path) -> Path:
    rows = [
        ("Protesters gathered outside parliament with banners.", "Peaceful protest"),
        ("Students held a silent vigil in the main square.", "Peaceful protest"),
        ("Thousands marched through the city against the new tax.", "Peaceful protest"),
        ("Мешканці вийшли на мітинг проти закриття школи.", "Peaceful protest"),
        ("A roadside bomb exploded under a passing army truck.", "Remote explosive/landmine/IED"),
        ("An improvised device went off near the bridge.", "Remote explosive/landmine/IED"),
        ("Під автомобілем чиновника спрацював саморобний вибуховий пристрій.", "Remote explosive/landmine/IED"),
        ("Под машиной сработало взрывное устройство.", "Remote explosive/landmine/IED"),
        ("The central bank left interest rates unchanged.", NO_EVENT),
        ("The football club signed a new goalkeeper.", NO_EVENT),
        ("Синоптики обіцяють сніг на вихідних.", NO_EVENT),
        ("В городе открылась новая библиотека.", NO_EVENT),
    ]
    path.write_text("".join(json.dumps({"text": t, "label": l, "language": "en", "style": "wire"},
                                       ensure_ascii=False) + "\n" for t, l in rows), encoding="utf-8")
    return path


def test_train_is_reproducible(tmp_path, monkeypatch):
    monkeypatch.setenv("SITREP_CACHE", str(tmp_path / "cache"))
    corpus = _small_corpus(tmp_path / "tiny.jsonl")
    first = train([str(corpus)], tmp_path / "a", folds=2)
    second = train([str(corpus)], tmp_path / "b", folds=2)
    for name in (WEIGHTS_FILE, METADATA_FILE):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
    assert first["corpus_sha256"] == second["corpus_sha256"]
    assert first["examples"] == 12
    model = CodingModel.load(tmp_path / "a")
    probe = ["Hundreds rallied in the square holding banners.", "A bomb exploded under a car."]
    assert classify(probe, model=model) == classify(probe, model=CodingModel.load(tmp_path / "b"))
    assert [label for label, _ in classify(probe, model=model)] == [
        "Peaceful protest", "Remote explosive/landmine/IED"]


def test_train_ignores_line_order_and_reports_bad_lines(tmp_path, monkeypatch):
    monkeypatch.setenv("SITREP_CACHE", str(tmp_path / "cache"))
    corpus = _small_corpus(tmp_path / "tiny.jsonl")
    lines = corpus.read_text(encoding="utf-8").splitlines()
    shuffled = tmp_path / "shuffled.jsonl"
    shuffled.write_text("\n".join(reversed(lines)) + "\n{not json\n"
                        + json.dumps({"text": "x happened", "label": "Tea party"}) + "\n", encoding="utf-8")
    metrics = train([str(shuffled)], tmp_path / "s", folds=0, embeddings=False)
    reference = train([str(corpus)], tmp_path / "r", folds=0, embeddings=False)
    assert metrics["corpus_sha256"] == reference["corpus_sha256"]
    assert any("shuffled.jsonl:13: not JSON" in s for s in metrics["skipped"])
    assert any("shuffled.jsonl:14" in s and "Tea party" in s for s in metrics["skipped"])


def test_reads_acled_csv_and_case_tsv(tmp_path):
    acled = tmp_path / "export.csv"
    acled.write_text('event_date,sub_event_type,notes\n2023-01-02,Armed clash,"On 2 January, troops clashed with rebels."\n'
                     '2023-01-03,Arrests,"On 3 January, police arrested two activists."\n', encoding="utf-8")
    case = tmp_path / "snippets_uk.tsv"
    case.write_text("id\tEventSnippet\tSubType\n1\tВибух на мосту.\tREM_EXPLOS\n2\tПовінь у селі.\tNATURAL_DISASTER\n",
                    encoding="utf-8")
    assert [(e.label, e.origin.rsplit(":", 1)[1]) for e in read_labelled(acled)] == [("Armed clash", "2"), ("Arrests", "3")]
    examples = read_labelled(case)
    assert [e.label for e in examples] == ["Remote explosive/landmine/IED", NO_EVENT]
    assert {e.language for e in examples} == {"uk"}
    broken = tmp_path / "broken.csv"
    broken.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(LabelledFileError, match="broken.csv:1"):
        read_labelled(broken)


def _f1_by_hand(gold: list[str], predicted: list[str], classes: list[str]) -> tuple[float, float]:
    f1s, supports = [], []
    for c in classes:
        tp = sum(1 for g, p in zip(gold, predicted) if g == c and p == c)
        fp = sum(1 for g, p in zip(gold, predicted) if g != c and p == c)
        fn = sum(1 for g, p in zip(gold, predicted) if g == c and p != c)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1s.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
        supports.append(tp + fn)
    weighted = sum(f * s for f, s in zip(f1s, supports)) / sum(supports)
    return weighted, sum(f1s) / len(f1s)


def test_evaluate_scores_a_case_file(tmp_path):
    rows = [(t, label) for t, label in CLEAR_EXAMPLES] + [
        ("A hand grenade was lobbed at a police patrol in the old town, wounding two officers.", "GRENADE"),
        ("The finance ministry published its quarterly budget report on Monday.", "DIPLO"),
        ("Floodwaters swept away two bridges after a week of heavy rain.", "NATURAL_DISASTER"),
        ("Soldiers and insurgents exchanged fire for hours near the border post.", "ARMED_CLASH"),
    ]
    path = tmp_path / "dev.tsv"
    path.write_text("id\tEventSnippet\tSubType\n" + "".join(f"{i}\t{t}\t{l}\n" for i, (t, l) in enumerate(rows)),
                    encoding="utf-8")
    result = evaluate(str(path))
    gold = [e.label for e in read_labelled(path)]
    predicted = [label for label, _ in classify([e.text for e in read_labelled(path)])]
    classes = [c for c in SUB_EVENT_NAMES if c in gold]
    weighted, macro = _f1_by_hand(gold, predicted, classes)
    assert result["n"] == len(rows)
    assert result["weighted_f1"] == pytest.approx(weighted, abs=1e-4)
    assert result["macro_f1"] == pytest.approx(macro, abs=1e-4)
    no_gold = [i for i, g in enumerate(gold) if g == NO_EVENT]
    assert result["no_event"]["support"] == len(no_gold) == 2
    assert result["no_event"]["recall"] == pytest.approx(
        sum(predicted[i] == NO_EVENT for i in no_gold) / len(no_gold), abs=1e-4)
    matrix = result["confusion"]["matrix"]
    assert sum(map(sum, matrix)) == len(rows)
    assert sum(matrix[i][i] for i in range(len(matrix))) == sum(g == p for g, p in zip(gold, predicted))
    assert set(result["by_language"]) >= {"en", "uk", "ru"}
    assert sum(s["n"] for s in result["by_language"].values()) == len(rows)


def test_evaluate_names_a_bad_file(tmp_path):
    path = tmp_path / "bad.tsv"
    path.write_text("1\tonly two columns\n", encoding="utf-8")
    with pytest.raises(LabelledFileError, match="bad.tsv:1"):
        evaluate(str(path))


def test_training_on_an_acled_export_borrows_no_event_examples(tmp_path, monkeypatch):
    monkeypatch.setenv("SITREP_CACHE", str(tmp_path / "cache"))
    export = tmp_path / "acled.csv"
    rows = [("Armed clash", "On {d} May, soldiers and rebels exchanged fire near a river crossing."),
            ("Armed clash", "On {d} May, militia fighters clashed with an army patrol outside a village."),
            ("Arrests", "On {d} May, police arrested three opposition activists in the capital."),
            ("Arrests", "On {d} May, security forces detained a journalist at his home.")]
    export.write_text("event_date,sub_event_type,notes\n" + "".join(
        f'2023-05-{d:02d},{label},"{note.format(d=d)}"\n' for d in (1, 2, 3) for label, note in rows),
        encoding="utf-8")
    metrics = train([str(export)], tmp_path / "acled_model", folds=0, embeddings=False)
    assert metrics["borrowed_no_event"] > 0
    model = CodingModel.load(tmp_path / "acled_model")
    assert set(model.labels) == {"Armed clash", "Arrests", NO_EVENT}
    assert model.metadata["label_counts"]["Armed clash"] == 6


def test_embedding_weight_is_chosen_by_style_and_language_out_cv(tmp_path, monkeypatch):
    monkeypatch.setenv("SITREP_CACHE", str(tmp_path / "cache"))
    corpus = _small_corpus(tmp_path / "tiny.jsonl")
    rows = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines()]
    styles = ["wire", "local", "official"]
    for n, row in enumerate(rows):
        cyrillic = any("а" <= ch.lower() <= "я" or ch in "іїєґ" for ch in row["text"])
        row["language"] = ("uk" if any(ch in "іїєґ" for ch in row["text"]) else "ru") if cyrillic else "en"
        row["style"] = styles[n % 3]
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    cv = train([str(corpus)], tmp_path / "m", folds=3)["cross_validation"]
    assert cv["protocol"] == "leave-style-out"
    by_style = {float(w): f for w, f in cv["combined_by_weight"].items()}
    by_language = {float(w): f for w, f in cv["leave_language_out_by_weight"].items()}
    assert set(by_style) == set(by_language)
    mean = {w: (by_style[w] + by_language[w]) / 2 for w in by_style}
    assert mean[cv["embedding_weight"]] == pytest.approx(max(mean.values()))


def test_the_embedding_head_records_the_encoder_it_was_trained_on(tmp_path, monkeypatch):
    monkeypatch.setenv("SITREP_CACHE", str(tmp_path / "cache"))
    corpus = _small_corpus(tmp_path / "tiny.jsonl")
    train([str(corpus)], tmp_path / "event", folds=0)
    train([str(corpus)], tmp_path / "base", folds=0, encoder="base")
    event, base = CodingModel.load(tmp_path / "event"), CodingModel.load(tmp_path / "base")
    assert (event.encoder, base.encoder) == ("event", "base")
    assert event.metadata["encoder_id"].startswith("event-") and base.metadata["encoder_id"] == "base"
    # Same corpus, same lexical head; the embedding heads read different vectors.
    assert (event.lexical_coef == base.lexical_coef).all()
    assert not (event.embedding_coef == base.embedding_coef).all()
