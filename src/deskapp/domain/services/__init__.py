"""The desk's other services (前台服务), a package each: mail and parcels, goods release
passes, lost property and notices."""
