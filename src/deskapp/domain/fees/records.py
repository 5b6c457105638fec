"""What fee collection deals in: the kinds of charge, how they are priced and billed, how
money is paid, the kinds of deposit, and the stages of dunning — each with its label."""

from __future__ import annotations

from enum import StrEnum

from deskapp.i18n import translate


class Category(StrEnum):
    """What a charge is for."""

    MANAGEMENT = "management"  # 物业管理费
    WATER = "water"  # 水费
    ELECTRICITY = "electricity"  # 电费
    SHARED = "shared"  # 公摊水电费
    REPAIR = "repair"  # 维修费
    PARKING = "parking"  # 车位租金
    SERVICE = "service"  # 特约服务: copy, print, fax
    PREPAID_POWER = "prepaid_power"  # 购电
    DEPOSIT = "deposit"  # 押金/保证金: held, not income
    OTHER = "other"

    def label(self) -> str:
        """The category in the user's language."""
        return {
            Category.MANAGEMENT: translate("FeeCategory", "Management fee"),
            Category.WATER: translate("FeeCategory", "Water"),
            Category.ELECTRICITY: translate("FeeCategory", "Electricity"),
            Category.SHARED: translate("FeeCategory", "Shared utilities"),
            Category.REPAIR: translate("FeeCategory", "Repairs"),
            Category.PARKING: translate("FeeCategory", "Parking"),
            Category.SERVICE: translate("FeeCategory", "Business services"),
            Category.PREPAID_POWER: translate("FeeCategory", "Prepaid electricity"),
            Category.DEPOSIT: translate("FeeCategory", "Deposit"),
            Category.OTHER: translate("FeeCategory", "Other"),
        }[self]


class Pricing(StrEnum):
    """What the unit price is multiplied by."""

    AREA = "area"  # the unit's area in m²
    METERED = "metered"  # the meter's usage
    PER_PAGE = "per_page"  # pages (copies, prints, faxes)
    FIXED = "fixed"  # one amount per bill

    def label(self) -> str:
        """How it is priced, in the user's language."""
        return {
            Pricing.AREA: translate("FeePricing", "Per m² of the unit"),
            Pricing.METERED: translate("FeePricing", "Per metered unit"),
            Pricing.PER_PAGE: translate("FeePricing", "Per page"),
            Pricing.FIXED: translate("FeePricing", "Fixed amount"),
        }[self]

    def unit(self) -> str:
        """What one unit of quantity is, for "¥2.35 / m²"."""
        return {
            Pricing.AREA: translate("FeePricing", "m²"),
            Pricing.METERED: translate("FeePricing", "unit"),
            Pricing.PER_PAGE: translate("FeePricing", "page"),
            Pricing.FIXED: translate("FeePricing", "bill"),
        }[self]


class Cycle(StrEnum):
    """How often an item is billed."""

    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    YEARLY = "yearly"
    ONCE = "once"  # sold or charged when asked for (copies, repairs, deposits)

    def label(self) -> str:
        """The cycle in the user's language."""
        return {
            Cycle.MONTHLY: translate("FeeCycle", "Monthly"),
            Cycle.QUARTERLY: translate("FeeCycle", "Quarterly"),
            Cycle.YEARLY: translate("FeeCycle", "Yearly"),
            Cycle.ONCE: translate("FeeCycle", "When charged"),
        }[self]

    @property
    def months(self) -> int:
        """Months a bill of this cycle covers (0: not billed by period)."""
        return {Cycle.MONTHLY: 1, Cycle.QUARTERLY: 3, Cycle.YEARLY: 12, Cycle.ONCE: 0}[self]


class Method(StrEnum):
    """How money is paid."""

    CASH = "cash"
    BANK = "bank"  # bank transfer
    WECHAT = "wechat"
    ALIPAY = "alipay"
    CARD = "card"  # bank card on the POS terminal
    MIXED = "mixed"  # a receipt paid by two or more of the above

    def label(self) -> str:
        """The method in the user's language."""
        return {
            Method.CASH: translate("PayMethod", "Cash"),
            Method.BANK: translate("PayMethod", "Bank transfer"),
            Method.WECHAT: translate("PayMethod", "WeChat Pay"),
            Method.ALIPAY: translate("PayMethod", "Alipay"),
            Method.CARD: translate("PayMethod", "Bank card"),
            Method.MIXED: translate("PayMethod", "Mixed"),
        }[self]

    def stamp(self) -> str:
        """The stamp a receipt paid this way carries: 现金收讫 for cash, 银行收讫 for the
        rest (money that came through a bank or payment platform)."""
        if self is Method.CASH:
            return translate("PayMethod", "Cash received")
        return translate("PayMethod", "Received through bank")


# The methods a payment's part can be; MIXED is only ever the sum of several.
PART_METHODS = tuple(m for m in Method if m is not Method.MIXED)


class DepositKind(StrEnum):
    """Money held against something the payer will do or give back."""

    CONSTRUCTION = "construction"  # 施工保证金
    DECORATION_PASS = "decoration_pass"  # 装修出入证押金
    KEY_CARD = "key_card"  # 钥匙/门禁卡押金
    OTHER = "other"

    def label(self) -> str:
        """The kind in the user's language."""
        return {
            DepositKind.CONSTRUCTION: translate("DepositKind", "Construction deposit"),
            DepositKind.DECORATION_PASS: translate("DepositKind", "Decoration pass deposit"),
            DepositKind.KEY_CARD: translate("DepositKind", "Key or access card deposit"),
            DepositKind.OTHER: translate("DepositKind", "Other deposit"),
        }[self]


class DepositState(StrEnum):
    """Where a deposit stands."""

    HELD = "held"
    REFUNDED = "refunded"
    VOID = "void"  # its receipt was voided: it was never held

    def label(self) -> str:
        """The state in the user's language."""
        return {DepositState.HELD: translate("DepositState", "Held"),
                DepositState.REFUNDED: translate("DepositState", "Refunded"),
                DepositState.VOID: translate("DepositState", "Void")}[self]


class ReceiptKind(StrEnum):
    """What a receipt was for."""

    PAYMENT = "payment"  # a unit's charges (and credit kept from an overpayment)
    SALE = "sale"  # business services over the counter
    DEPOSIT = "deposit"  # money held

    def label(self) -> str:
        """The kind in the user's language."""
        return {ReceiptKind.PAYMENT: translate("ReceiptKind", "Fees"),
                ReceiptKind.SALE: translate("ReceiptKind", "Business services"),
                ReceiptKind.DEPOSIT: translate("ReceiptKind", "Deposit")}[self]


class LineKind(StrEnum):
    """What a receipt's line paid."""

    CHARGE = "charge"
    SALE = "sale"
    DEPOSIT = "deposit"
    CREDIT = "credit"  # kept as the unit's credit (an overpayment)
