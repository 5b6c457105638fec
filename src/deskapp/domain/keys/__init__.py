"""Key custody (钥匙管理): the cabinet's key sets, owners' entrusted keys and who may borrow
them, signed issue and return, move-in handovers, lost keys, the stocktake.

The service is :class:`deskapp.domain.keys.custody.KeyCustody`; what it takes and returns
is in :mod:`.records` and :mod:`.rows`.
"""
