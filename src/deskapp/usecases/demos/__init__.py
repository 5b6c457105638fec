"""Each workspace's demo data (one module per workspace) and what they share."""
