"""Charts written as code (nlp.chart_specs): Mermaid xychart, Chart.js-style configs and plotting
calls pair the i-th number with the i-th name under the series' label or the chart's title.
Invented names throughout."""
import pytest

from nlp.chart_specs import chart_tables


def _read(text):
    """[(header labels), [[name, values…]…]] of each chart of `text`."""
    return [([text[s:e] for s, e in rows[0][2][1:]], [[text[s:e] for s, e in cs] for _, _, cs in rows[1:]])
            for _, _, rows in chart_tables(text)]


MERMAID = """Intro.

```mermaid
xychart-beta
    title "Ossweld-QA (%), spring 2027"
    x-axis ["Quorlain 3", "Quorlain 3 Mini", "Pashmore-2"]
    y-axis "accuracy (%)" 0 --> 100
    bar [71.4, 64.9, 68.2]
```

Outro."""

CHARTJS = """```js
const chart = new Chart(el, {
  data: {
    labels: ['Quorlain 3', 'Pashmore-2'],
    datasets: [
      { label: 'Ossweld-QA', data: [71.4, 68.2] },
      {
        label: 'Skelbrook-Code',
        data: [55.0, 52.6]
      }
    ]
  }
});
```"""

PLOT = """plt.bar(["Quorlain 3", "Pashmore-2"], [71.4, 68.2])
plt.title("Skelbrook-Code pass@1")
plt.show()"""


def test_mermaid_bar_pairs_names_with_values_under_the_title():
    assert _read(MERMAID) == [(["Ossweld-QA (%)"], [["Quorlain 3", "71.4"], ["Quorlain 3 Mini", "64.9"],
                                                    ["Pashmore-2", "68.2"]])]


def test_each_dataset_is_a_column_headed_by_its_own_label():
    assert _read(CHARTJS) == [(["Ossweld-QA", "Skelbrook-Code"], [["Quorlain 3", "71.4", "55.0"],
                                                                  ["Pashmore-2", "68.2", "52.6"]])]


def test_plotting_call_takes_the_title_for_its_one_series():
    assert _read(PLOT) == [(["Skelbrook-Code pass@1"], [["Quorlain 3", "71.4"], ["Pashmore-2", "68.2"]])]


@pytest.mark.parametrize("text", [
    # as many numbers as names is the whole evidence: one short, no chart
    MERMAID.replace("bar [71.4, 64.9, 68.2]", "bar [71.4, 64.9]"),
    # two lists of names: which one the numbers follow is not plain
    PLOT.replace("plt.show()", 'ticks = ["a1", "b2"]'),
    # no title and no label: nothing says what was measured
    'plt.bar(["Quorlain 3", "Pashmore-2"], [71.4, 68.2])',
    # names that are numbers (years on an axis) are no models
    'title "Ossweld-QA"\nx-axis ["2025", "2026"]\nline [61.0, 70.5]',
])
def test_no_chart_without_plain_pairing(text):
    assert _read(text) == []


def test_pipeline_reads_a_chart_config_as_a_table():
    import nlp as N
    text = ("## Quorlain 3: evaluation\n\nWe ran Quorlain 3, Quorlain 3 Mini and Pashmore-2 with one harness.\n\n"
            + CHARTJS.replace("['Quorlain 3', 'Pashmore-2']", "['Quorlain 3', 'Quorlain 3 Mini', 'Pashmore-2']")
            .replace("[71.4, 68.2]", "[71.4, 64.9, 68.2]").replace("[55.0, 52.6]", "[55.0, 47.3, 52.6]")
            .replace("'Ossweld-QA'", "'Ossweld-QA (%)'").replace("'Skelbrook-Code'", "'Skelbrook-Code (%)'")
            + "\n\nThe Mini tier runs on a laptop.")
    got = {(c["model"], c["benchmark"], c["score"]) for c in N.load()(text)._.claims}
    assert ("Quorlain 3 Mini", "Ossweld-QA", 64.9) in got
    assert ("Pashmore-2", "Skelbrook-Code", 52.6) in got
    assert ("Quorlain 3", "Skelbrook-Code", 71.4) not in got


def test_the_same_numbers_as_bars_and_a_line_are_one_series():
    text = MERMAID.replace("    bar [71.4, 64.9, 68.2]\n", "    bar [71.4, 64.9, 68.2]\n    line [71.4, 64.9, 68.2]\n")
    assert _read(text) == _read(MERMAID)
    # two different unlabelled series: which one the title names is not plain
    assert _read(text.replace("line [71.4, 64.9, 68.2]", "line [70.0, 60.0, 65.0]")) == []


def test_r_vectors_beside_a_ggplot_title():
    text = ('scores <- data.frame(model = c("Quorlain 3", "Pashmore-2"), acc = c(71.4, 68.2))\n'
            'ggplot(scores, aes(model, acc)) + geom_col() + ggtitle("Ossweld-QA accuracy (%)")')
    assert _read(text) == [(["Ossweld-QA accuracy (%)"], [["Quorlain 3", "71.4"], ["Pashmore-2", "68.2"]])]
