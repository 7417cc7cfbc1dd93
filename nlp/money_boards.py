"""A simulation board scored in dollars: "| # | Agent | Ending balance (USD) |".

Agent benchmarks that run a shop or a trading desk score a model by the money it ends with. Their
board's score column says so in its header, a money word with the dollar unit in brackets, and no
other column says score; `nlp.column_kinds` files any "(USD)" header as a quantity (a price, a
cost), so the table reader would take nothing from such a board. Read only beside a rank column (a
board, not a price list), and only for words that name what an agent ends with (balance, net
worth, profit, cash) — never price, cost, revenue, fee or budget, which are what a model costs.
"""
from __future__ import annotations

import re

_MONEY_SCORE_HEAD = re.compile(
    r"[ \t*_]*(?:(?:final|ending|end|closing|total|net)[ \t]+)?(?:balance|net[ \t]+worth|cash|profit|earnings|wealth|"
    r"money|portfolio(?:[ \t]+value)?|p&l)[ \t]*(?:\([ \t]*(?:USD|US\$|\$)[ \t]*\)|\[[ \t]*(?:USD|US\$|\$)[ \t]*\]|"
    r"in[ \t]+(?:USD|US\$|\$))[ \t*_:]*$", re.I)


def money_column(text: str, header, rank_col: int | None) -> int | None:
    """The one column of ``header`` (cell spans) headed by a dollar result ("Ending balance (USD)", "Net worth ($)")
    of a board with a rank column ``rank_col``, or None."""
    if rank_col is None:
        return None
    found = [j for j, (s, e) in enumerate(header) if j != rank_col and _MONEY_SCORE_HEAD.match(text, s, e)]
    return found[0] if len(found) == 1 else None
