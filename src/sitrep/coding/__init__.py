"""coding stage: document → ACLED-coded event reports.

``code_document`` finds the passages of a document that report an event
(:mod:`.triggers`, :mod:`.segment`), merges those about one event and codes
each (:mod:`.document`); ``settle`` finishes a located report with what
needs its place: the territory type, the side of an unattributed strike
(:mod:`.settle`), ``is_unplaced_front_item`` drops a military
summary's sector tally that names no settlement and ``one_report_per_event`` a
second telling of one event; ``classify`` is the underlying batch classifier;
``train`` and ``evaluate`` back `sitrep train` and `sitrep evaluate`.
"""

from .classifier import CodingModel, classify, load_model
from .document import code_document
from .evaluate import evaluate, format_scores
from .settle import is_unplaced_front_item, one_report_per_event, settle
from .train import LabelledFileError, read_labelled, train

__all__ = [
    "CodingModel", "LabelledFileError", "classify", "code_document", "evaluate", "format_scores",
    "is_unplaced_front_item", "load_model", "one_report_per_event", "read_labelled", "settle", "train",
]
