"""Printed maps: document, drawing_words, plain_words and progress_document decide what is
printed without Qt; map_views, pages, progress_pages and output paint it with Qt."""
