"""How money received is spread over what a unit owes: the one allocation rule.

The unit's credit is spent first (it is the payer's money already held), then the money
handed over, on the charges in the order given — oldest due first unless the cashier
picked — each charge paid in full before the next gets anything, so a part payment
leaves only the last charge it reaches partly paid. What is left after every charge is
paid stays as the unit's credit.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Allocation:
    """What a payment does: fen per charge (in order), credit spent and credit kept."""

    paid: tuple[tuple[int, int], ...]  # (charge id, fen) for each charge that gets money
    credit_used_fen: int
    credit_kept_fen: int
    still_owed_fen: int  # what the charges in the order still owe afterwards

    @property
    def applied_fen(self) -> int:
        """Fen going to charges (credit used included)."""
        return sum(fen for _, fen in self.paid)


def allocate(owed: Sequence[tuple[int, int]], money_fen: int, credit_fen: int = 0) -> Allocation:
    """Spread ``credit_fen`` then ``money_fen`` over ``owed`` — (charge id, fen still owed)
    in the order to pay them.

    Raises:
        ValueError: a negative amount (the service checks input before it gets here).
    """
    if money_fen < 0 or credit_fen < 0 or any(fen < 0 for _, fen in owed):
        raise ValueError("amounts are never negative")
    total_owed = sum(fen for _, fen in owed)
    credit_used = min(credit_fen, total_owed)
    available = credit_used + money_fen
    paid: list[tuple[int, int]] = []
    for charge_id, fen in owed:
        if available <= 0:
            break
        share = min(fen, available)
        if share:
            paid.append((charge_id, share))
            available -= share
    applied = sum(fen for _, fen in paid)
    return Allocation(tuple(paid), credit_used, available, total_owed - applied)
