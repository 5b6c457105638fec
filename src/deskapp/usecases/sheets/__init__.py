"""Each workspace's sheet of the day's workbook (one module per workspace)."""
