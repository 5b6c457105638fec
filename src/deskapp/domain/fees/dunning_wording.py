"""The standard paragraphs of a dunning notice, by stage, worded within the law.

The Civil Code (art. 944) lets the management remind an owner who has not paid and, after
a reasonable time, claim the fees in court or by arbitration; it forbids cutting water,
electricity, heating or gas to collect them. So no stage threatens any supply, and none
names a late fee or penalty (the contract, not this program, would have to provide one).
The ladder: a friendly reminder; a second notice asking to pay or to come and talk; a
final notice that legal means may follow. The amounts, the charges and the day to pay by
are printed with these paragraphs, which refer to them ("stated in this notice").
"""

from __future__ import annotations

from deskapp.domain.fees.ledger_records import DunningStage
from deskapp.i18n import translate


def dunning_wording(stage: DunningStage) -> list[str]:
    """The paragraphs of a notice of ``stage``, in the user's language."""
    if stage is DunningStage.FIRST:
        return [
            translate("FeeDunning", "According to our records, the fees of your unit listed "
                      "in this notice are past their due date and still unpaid."),
            translate("FeeDunning", "This may simply have been overlooked. Please pay the "
                      "amount stated in this notice at the service counter of the "
                      "management office by the date it gives."),
            translate("FeeDunning", "If you have already paid, please disregard this notice. "
                      "If you have any question about the amounts, the service counter will "
                      "be glad to help."),
            translate("FeeDunning", "Thank you for your understanding and support."),
        ]
    if stage is DunningStage.SECOND:
        return [
            translate("FeeDunning", "We reminded you earlier, but the fees of your unit "
                      "listed in this notice remain unpaid."),
            translate("FeeDunning", "Paying the fees on time is an obligation under the "
                      "property service contract, and it keeps the services every owner of "
                      "the building shares running."),
            translate("FeeDunning", "Please pay the amount stated in this notice by the date "
                      "it gives. If you disagree with the amount or have difficulty "
                      "paying, please come to the management office or call us before that "
                      "date, so that we can talk it over and agree on a way forward."),
            translate("FeeDunning", "If you have paid in the meantime, please disregard this "
                      "notice."),
        ]
    return [
        translate("FeeDunning", "Despite our earlier notices, the fees of your unit listed "
                  "in this notice remain unpaid."),
        translate("FeeDunning", "This is our final written request. Please pay the amount "
                  "stated in this notice in full by the date it gives, or contact the "
                  "management office before then to agree on how it will be paid."),
        translate("FeeDunning", "If the fees remain unpaid after that date, the management "
                  "may pursue them through legal means in accordance with the Civil Code "
                  "and the property service contract, including a lawyer's letter, a "
                  "lawsuit or arbitration."),
        translate("FeeDunning", "If you have paid in the meantime, please disregard this "
                  "notice."),
    ]
