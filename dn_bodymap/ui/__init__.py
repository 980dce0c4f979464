"""The Qt widgets: thin views over the atlas (and later the records)."""
