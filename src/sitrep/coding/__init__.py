"""coding stage: document → ACLED-coded event reports.

``code_document`` finds the passages of a document that report an event
(:mod:`.triggers`, :mod:`.segment`), merges those about one event and codes
each (:mod:`.document`); ``settle_territory`` decides a located report's
territory type by whose ground it is on (:mod:`.territory`); ``classify`` is the underlying batch classifier;
``train`` and ``evaluate`` back `sitrep train` and `sitrep evaluate`.
"""

from .classifier import CodingModel, classify, load_model
from .document import code_document
from .evaluate import evaluate, format_scores
from .territory import settle as settle_territory
from .train import LabelledFileError, read_labelled, train

__all__ = [
    "CodingModel", "LabelledFileError", "classify", "code_document", "evaluate", "format_scores",
    "load_model", "read_labelled", "settle_territory", "train",
]
