"""Language identification, sentence splitting, datelines and sentence embeddings."""

from .datelines import dateline, is_dateline_city, strip_dateline
from .embeddings import BASE, EVENT, embed, embedder, encoder_id
from .language import detect_language
from .sentences import Sentence, is_heading, split_sentences

__all__ = ["BASE", "EVENT", "Sentence", "dateline", "detect_language", "embed", "embedder", "encoder_id", "is_dateline_city", "is_heading", "split_sentences", "strip_dateline"]
