"""What a click on the body chart means, with no Qt: placement, the pain finder, colours.

The window's widgets call these plain functions, so a test can drive the clinical logic with
coordinates alone (napari's habit: click logic is a function of a position).
"""
