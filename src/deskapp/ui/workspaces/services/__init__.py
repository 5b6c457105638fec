"""The desk services workspace (前台服务): mail and parcels, goods release passes, lost
property and notices, a page each."""
