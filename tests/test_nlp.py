"""Language identification, sentence splitting and embeddings on real text and real weights."""

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from sitrep.nlp import detect_language, embed, split_sentences


def test_the_three_languages_are_told_apart():
    assert detect_language("Партизани підірвали автомобіль окупаційного чиновника у Мелітополі.") == "uk"
    assert detect_language("Партизаны взорвали автомобиль чиновника оккупационной администрации.") == "ru"
    assert detect_language("Partisans blew up the car of an occupation official in Melitopol.") == "en"


def test_blank_text_has_no_language():
    assert detect_language("   \n ") is None


def test_abbreviations_do_not_end_sentences():
    text = "Gen. Smith said the town fell. У Запорізькій обл. пролунав вибух! В г. Мелитополь тихо."
    assert [s.text for s in split_sentences(text)] == [
        "Gen. Smith said the town fell.",
        "У Запорізькій обл. пролунав вибух!",
        "В г. Мелитополь тихо.",
    ]


def test_a_numbered_items_number_opens_its_sentence():
    text = "Найважливіше за тиждень\n\n1. У ніч на вівторок спрацював вибуховий пристрій. Загинув окупант.\n\n2. Того ж дня вивезли вчительку."
    assert [s.text for s in split_sentences(text)] == [
        "Найважливіше за тиждень",
        "1. У ніч на вівторок спрацював вибуховий пристрій.",
        "Загинув окупант.",
        "2. Того ж дня вивезли вчительку.",
    ]
    assert [s.text for s in split_sentences("The score was 2. Then it rained.")] == ["The score was 2.", "Then it rained."]


@given(st.text(alphabet=st.sampled_from("ab .!?\n«»Мі"), max_size=200))
def test_sentence_offsets_always_slice_the_text(text):
    for sentence in split_sentences(text):
        assert text[sentence.start:sentence.end] == sentence.text
        assert sentence.text.strip() == sentence.text != ""


def test_translations_embed_closer_than_unrelated_news():
    uk, en, other = embed([
        "Партизани підірвали автомобіль окупаційного чиновника в Мелітополі.",
        "Partisans blew up the car of an occupation official in Melitopol.",
        "The central bank left interest rates unchanged on Thursday.",
    ])
    assert np.isclose(np.linalg.norm(uk), 1.0, atol=1e-4)
    assert uk @ en > uk @ other + 0.05


def test_embedding_in_batches_gives_the_same_vectors():
    texts = [f"Report number {i} about shelling near the river." for i in range(5)]
    assert np.allclose(embed(texts, batch_size=2), embed(texts, batch_size=64), atol=1e-5)
