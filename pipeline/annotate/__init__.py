"""Running ``nlp/`` over stored articles: entities, canonical names, claims and summaries.

``run.annotate(store)`` finds the articles whose text or NLP version changed and writes their
annotations; ``pool`` runs the NLP in worker processes when there is enough text to share.
"""
