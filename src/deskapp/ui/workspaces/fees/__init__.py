"""Fee collection (收费): taking money, receipts, deposits, the cashier's handover."""
