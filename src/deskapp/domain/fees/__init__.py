"""Fee collection (收费): charge items and rates, bills per unit and period, meter readings,
payments with numbered receipts, the unit's credit, deposits held, waivers, the ledger and
arrears, notices and dunning, the cashier's daily handover."""
