"""The desk's other services (前台服务): mail and parcels, goods release passes, lost property
and notices, a module (or package) each."""
