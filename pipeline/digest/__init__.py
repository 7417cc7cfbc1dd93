"""The weekly digest: gather a period's stories and trends (``build``), group articles into
``stories``, draw the ``chart``, render HTML and text from ``templates/`` and send it by ``mail``.
"""
