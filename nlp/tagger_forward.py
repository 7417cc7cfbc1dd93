"""The name tagger's forward pass (:mod:`nlp.name_tagger`) without thinc's layer calls.

The tagger's model is small (hash embeddings, a maxout layer, three residual window layers, a span
reducer, a maxout and a softmax): one ``predict`` over a document's few windows makes ~70 nested layer
calls, each building a closure for backpropagation, and that bookkeeping costs more than the arithmetic.
:func:`compile_predict` reads the weights once and returns a ``predict(docs)`` that makes the same
``ops`` calls on the same arrays, in the same order, so its scores are bit for bit those of
``SpanCategorizer.predict`` (tests/test_tagger_forward.py compares them). It accepts only the layout
``spacy.MaxoutWindowEncoder.v2`` + ``spacy.LinearLogistic``-free spancat head this artefact has (the
model's layer names and attributes are checked); any other model gets ``None`` and thinc's own pass.
"""

from __future__ import annotations

from typing import Callable

# the layer layout (thinc's names) this pass mirrors: the committed artefact's architecture
_LAYOUT = ("with_getitem(extract_features>>list2ragged>>with_array(ints-getitem>>hashembed|ints-getitem>>hashembed|"
           "ints-getitem>>hashembed|ints-getitem>>hashembed)>>with_array(maxout>>layernorm>>dropout)>>ragged2list>>"
           "with_array(residual(expand_window>>maxout>>layernorm>>dropout)>>residual(expand_window>>maxout>>layernorm>>"
           "dropout)>>residual(expand_window>>maxout>>layernorm>>dropout))>>list2ragged)>>extract_spans>>"
           "reduce_last|reduce_first|reduce_mean|reduce_max>>maxout>>layernorm>>dropout>>softmax")


def _find(model, name: str) -> list:
    """The layers named ``name``, in the order the forward pass meets them."""
    return [node for node in model.walk(order="dfs_pre") if node.name == name]


def compile_predict(cat) -> Callable | None:
    """``predict(docs) -> (indices, scores)`` equal to ``cat.predict(docs)`` for the spancat ``cat``, or
    None when its model is not of the layout mirrored here."""
    from spacy.ml.extract_spans import _get_span_indices
    from thinc.types import Ragged

    model = cat.model
    if model.name != _LAYOUT:
        return None
    features = _find(model, "extract_features")[0].attrs["columns"]
    embeds = _find(model, "hashembed")
    maxouts, norms = _find(model, "maxout"), _find(model, "layernorm")
    windows = _find(model, "expand_window")
    arrays = [node for node in model.walk(order="dfs_pre") if node.name.startswith("with_array(")]
    soft = _find(model, "softmax")[0]
    if ([e.attrs["column"] for e in embeds] != list(range(len(features))) or len(maxouts) != 5 or len(norms) != 5
            or [w.attrs["window_size"] for w in windows] != [1, 1, 1] or [a.attrs["pad"] for a in arrays] != [0, 0, 3]
            or not soft.attrs["softmax_normalize"] or soft.attrs["softmax_temperature"] != 1.0):
        return None
    ops = model.ops
    tables = [(e.get_param("E"), e.attrs["seed"]) for e in embeds]
    layers = []
    for mx, ln in zip(maxouts, norms):
        n_out, n_pieces, n_in = mx.get_dim("nO"), mx.get_dim("nP"), mx.get_dim("nI")
        layers.append((ops.reshape2f(mx.get_param("W"), n_out * n_pieces, n_in), ops.reshape1f(mx.get_param("b"), n_out * n_pieces),
                       n_out, n_pieces, ln.get_param("G"), ln.get_param("b")))
    soft_W, soft_b = soft.get_param("W"), soft.get_param("b")
    pad = arrays[2].attrs["pad"]
    suggest = cat.suggester

    def maxout_norm(X, layer):
        W, b, n_out, n_pieces, G, shift = layer
        Y = ops.gemm(X, W, trans2=True)  # thinc.layers.maxout.forward
        Y += b
        best, _ = ops.maxout(ops.reshape3f(Y, Y.shape[0], n_out, n_pieces))
        mu = best.mean(axis=1, keepdims=True)  # thinc.layers.layernorm.forward
        var = best.var(axis=1, keepdims=True) + 1e-08
        out = (best - mu) * var ** (-1.0 / 2.0) * G
        out += shift
        return out

    def predict(docs):
        indices = suggest(docs, ops=ops)
        if indices.lengths.sum() == 0:
            return indices, ops.alloc2f(0, 0)
        feats = [ops.asarray2i(doc.to_array(features), dtype="uint64") for doc in docs]
        lengths = ops.asarray1i([len(x) for x in feats])
        ids = ops.flatten(feats)
        X = ops.xp.hstack([ops.gather_add(E, ops.hash(ops.as_contig(ids[:, i], dtype="uint64"), seed) % E.shape[0])
                           for i, (E, seed) in enumerate(tables)])
        X = maxout_norm(X, layers[0])
        X = ops.flatten(ops.unflatten(X, lengths), pad=pad)
        for layer, window in zip(layers[1:4], windows):
            X = X + maxout_norm(ops.seq2col(X, window.attrs["window_size"]), layer)
        tokens = Ragged(ops.flatten(ops.unflatten(X, lengths, pad=pad)), lengths)
        at = _get_span_indices(ops, indices, tokens.lengths)
        spans = Ragged(tokens.dataXd[at], indices.dataXd[:, 1] - indices.dataXd[:, 0])
        X = ops.xp.hstack([ops.reduce_last(spans.data, spans.lengths)[0], ops.reduce_first(spans.data, spans.lengths)[0],
                           ops.reduce_mean(spans.data, spans.lengths), ops.reduce_max(spans.data, spans.lengths)[0]])
        X = maxout_norm(X, layers[4])
        return indices, ops.softmax(ops.affine(X, soft_W, soft_b), temperature=1.0)

    return predict
