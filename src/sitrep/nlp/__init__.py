"""Language identification, sentence splitting, datelines and sentence embeddings."""

from .datelines import is_dateline_city, strip_dateline
from .embeddings import embed, embedder
from .language import detect_language
from .sentences import Sentence, split_sentences

__all__ = ["Sentence", "detect_language", "embed", "embedder", "is_dateline_city", "split_sentences", "strip_dateline"]
