"""Mail and parcels (快递/信件/报刊): signed for at the desk, the recipient told, collected
against a signature or returned to the sender; reminders after 3 and 14 days."""

from deskapp.domain.services.parcels.log import ParcelLog

__all__ = ["ParcelLog"]
