"""Language identification, sentence splitting and sentence embeddings."""

from .embeddings import embed, embedder
from .language import detect_language
from .sentences import Sentence, split_sentences

__all__ = ["Sentence", "detect_language", "embed", "embedder", "split_sentences"]
