"""The document specs of each workspace (one module per workspace)."""
