"""analysis stage: the figures of an analyst's assessment, from events and framing.

``analyze`` returns the contract's ``analysis.json``; ``compare_rates`` is the
exact Poisson before/after test it uses; ``labels`` names the vocabularies in
plain English for everything a person reads.
"""

from sitrep.analysis import labels
from sitrep.analysis.assessment import analyze, week_of
from sitrep.analysis.changepoints import detect as detect_change_points
from sitrep.analysis.rates import RateComparison, clopper_pearson, compare_rates, exact_binomial_p_value

__all__ = ["analyze", "compare_rates", "RateComparison", "clopper_pearson", "exact_binomial_p_value",
           "detect_change_points", "week_of", "labels"]
