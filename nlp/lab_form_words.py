"""The words that end a lab's form name ("Vorrowind Research", "Tullagh Labs"): one list for the rules and the tagger.

:data:`nlp.entities.ORG_FORM` reads a capitalised name before one of these words as a lab;
:mod:`nlp.tagger_refusals` asks that same form's test of a tagger's lab span ending in one. Kept here, apart from
both, so the two cannot drift (the refusal had its own copy of the list).
"""
from __future__ import annotations

# longest first where one word begins another ("Labs" before "Lab"), as a regex alternation needs
LAB_FORM_WORDS = ("Labs", "Lab", "Research", "Robotics", "Intelligence", "AI", "IA", "Systems", "Dynamics",
                  "Technologies", "Compute")
LAB_FORM_ALT = "|".join(LAB_FORM_WORDS)
