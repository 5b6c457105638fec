"""Who is at the counter: the first administrator, logging in, the lock, approval in place."""
