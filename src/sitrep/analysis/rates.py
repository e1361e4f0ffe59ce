"""Comparing event rates before and after a date: the exact Poisson test.

Two Poisson counts observed over known exposures (days) are compared by
conditioning on their sum: given ``n = before + after`` events, the number
that fell after the date is Binomial(n, p0) with
``p0 = days_after / (days_before + days_after)`` when the daily rate did not
change. That gives an exact two-sided p-value and, through the
Clopper–Pearson interval on the binomial proportion, an exact confidence
interval for the rate ratio ``(after / days_after) / (before / days_before)``.

Zeros are reported, never hidden: with no events before the date the ratio
and the upper bound are unbounded (``None`` in JSON, which has no infinity)
and ``ratio_note`` says why; with no events after, the ratio and lower bound
are 0; with no events at all, or a date outside the covered period, there is
nothing to test and every statistic is ``None``.
"""

from __future__ import annotations

from dataclasses import dataclass

from scipy.stats import beta, binom

# Relative tolerance for "as likely as the observed count" in the two-sided
# test; scipy's binomtest uses the same factor so that ties from
# floating-point noise are counted.
_TIE_TOLERANCE = 1 + 1e-7


@dataclass(frozen=True)
class RateComparison:
    before: int
    after: int
    days_before: int
    days_after: int
    rate_before: float | None  # events per day
    rate_after: float | None
    rate_ratio: float | None  # None when unbounded or undefined; see ratio_note
    ci_low: float | None
    ci_high: float | None
    p_value: float | None
    ratio_note: str  # "" when the ratio is an ordinary finite number

    def to_dict(self) -> dict[str, float | int | str | None]:
        return {
            "before": self.before, "after": self.after,
            "days_before": self.days_before, "days_after": self.days_after,
            "rate_before": self.rate_before, "rate_after": self.rate_after,
            "rate_ratio": self.rate_ratio, "ci_low": self.ci_low, "ci_high": self.ci_high,
            "p_value": self.p_value, "ratio_note": self.ratio_note,
        }


def exact_binomial_p_value(k: int, n: int, p: float) -> float:
    """Two-sided exact binomial p-value: the probability of every outcome no
    more likely than ``k`` (the "minimum likelihood" rule, as scipy's binomtest)."""
    if n == 0:
        return 1.0
    if p <= 0.0:
        return 1.0 if k == 0 else 0.0
    if p >= 1.0:
        return 1.0 if k == n else 0.0
    pmf = binom.pmf(range(n + 1), n, p)
    observed = pmf[k]
    return float(min(1.0, pmf[pmf <= observed * _TIE_TOLERANCE].sum()))


def clopper_pearson(k: int, n: int, confidence: float = 0.95) -> tuple[float, float]:
    """Exact (Clopper–Pearson) confidence interval for a binomial proportion."""
    alpha = 1.0 - confidence
    low = 0.0 if k == 0 else float(beta.ppf(alpha / 2, k, n - k + 1))
    high = 1.0 if k == n else float(beta.ppf(1 - alpha / 2, k + 1, n - k))
    return low, high


def _odds_to_ratio(p: float, exposure_ratio: float) -> float | None:
    """Turn a proportion of events falling after the date into a rate ratio;
    None stands for an unbounded ratio (p = 1)."""
    if p >= 1.0:
        return None
    return p / (1.0 - p) * exposure_ratio


def compare_rates(before: int, after: int, days_before: int, days_after: int,
                  confidence: float = 0.95) -> RateComparison:
    """Rate ratio after/before with an exact CI and exact conditional p-value."""
    if before < 0 or after < 0 or days_before < 0 or days_after < 0:
        raise ValueError("event counts and day counts must not be negative")
    rate_before = before / days_before if days_before else None
    rate_after = after / days_after if days_after else None
    if days_before == 0 or days_after == 0:
        return RateComparison(before, after, days_before, days_after, rate_before, rate_after,
                              None, None, None, None,
                              "the date lies at the edge of or outside the covered period")
    n = before + after
    if n == 0:
        return RateComparison(before, after, days_before, days_after, rate_before, rate_after,
                              None, None, None, None, "no events on either side of the date")
    exposure_ratio = days_before / days_after
    p0 = days_after / (days_before + days_after)
    p_value = exact_binomial_p_value(after, n, p0)
    p_low, p_high = clopper_pearson(after, n, confidence)
    ci_low = _odds_to_ratio(p_low, exposure_ratio)
    ci_high = _odds_to_ratio(p_high, exposure_ratio)
    if before == 0:
        note = "no events before the date: the ratio and its upper bound are unbounded"
        ratio = None
    else:
        note = ""
        ratio = (after / days_after) / (before / days_before)
    return RateComparison(before, after, days_before, days_after, rate_before, rate_after,
                          ratio, ci_low, ci_high, p_value, note)
