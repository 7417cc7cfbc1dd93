"""Reading a large XML document (feed, sitemap) element by element, in flat memory.

lxml's ``iterparse`` builds the tree as it goes; dropping each wanted element, and the siblings
before it, once the caller has read it keeps only one element alive at a time however long the
document. Entities are never resolved (no billion laughs), the network never touched, and
malformed XML is recovered as far as libxml2 can, then ends the elements where it breaks.
"""
from __future__ import annotations

from collections.abc import Iterator
from io import BytesIO
from typing import Any

import lxml.etree


def local_name(tag: Any) -> str:
    """``{namespace}name`` → ``name`` (comments and other nodes without a string tag: "")."""
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def stream_elements(body: bytes, names: tuple[str, ...], root: list[str] | None = None) -> Iterator[Any]:
    """The elements of ``body`` whose local name is in ``names``, each complete when yielded and
    dropped once the caller asks for the next. The root element's local name is appended to
    ``root`` when a list is given."""
    parser = lxml.etree.iterparse(
        BytesIO(body), events=("start", "end") if root is not None else ("end",), recover=True,
        resolve_entities=False, no_network=True, remove_comments=True, remove_pis=True, huge_tree=False)
    try:
        for event, elem in parser:
            if event == "start":
                if not root:
                    root.append(local_name(elem.tag))
                continue
            if local_name(elem.tag) not in names:
                continue
            yield elem
            elem.clear()
            parent = elem.getparent()
            if parent is not None:
                while elem.getprevious() is not None:
                    del parent[0]
    except lxml.etree.XMLSyntaxError:
        return
