"""Slice 3 of 4 of the lean pipeline's every-text comparison (lean_every_text.py says why it is cut)."""
from lean_every_text import compare_slice


def test_lean_pipeline_gives_the_same_results_on_slice_3_of_every_test_text():
    compare_slice(2)
