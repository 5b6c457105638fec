"""The desk's other services (前台服务): mail and parcels, goods release passes, lost
property and notices, a module (or a few) each; every one a service of its own on the
engine, the clock and the operator on duty."""
