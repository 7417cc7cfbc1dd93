"""Boundaries of organisations (round 15, nlp-bodies15): a parent's sector branch is one name (nlp.org_parts), two
bodies joined by "and" are two (nlp.org_shapes AND_FIRM). Invented names only (checked: in no set, not in the KB)."""

from nlp import org_parts
from nlp.org_shapes import shaped_orgs


def ends(text, name):
    s = text.index(name)
    return [text[a:c] for a, b, c in org_parts.part_ends(text, [(s, s + len(name), "ORG", name)])]


def test_acronym_parent_takes_its_sector():
    assert ends("The union VKBN Finance rejected the AI rota.", "VKBN") == ["VKBN Finance"]
    assert ends("Members of QTU Overheid voted on the chatbot.", "QTU") == ["QTU Overheid"]
    assert ends("QTU Zorg, the care branch, asked for a pause.", "QTU") == ["QTU Zorg"]


def test_sector_word_left_alone():
    assert ends("VKBN Finance Director Ada Moll said", "VKBN") == []  # a title goes on
    assert ends("VKBN Tuesday statement", "VKBN") == []  # no sector word
    assert ends("Halvmark Finance team", "Halvmark") == []  # no acronym parent


def test_two_bodies_joined_by_and_split():
    t = "The round was led by the Tollmere Development Bank of Ormsund and Brisling Capital Partners last week."
    got = [t[s:e] for s, e in shaped_orgs(t)]
    assert "Brisling Capital Partners" in got
    assert "Tollmere Development Bank of Ormsund" in got
    assert not any(" and " in g for g in got)
    t2 = "Kvistbo University and Tarnmoor Ventures backed it."
    assert {"Kvistbo University", "Tarnmoor Ventures"} <= {t2[s:e] for s, e in shaped_orgs(t2)}
