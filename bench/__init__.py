"""``make bench``: measurements that are too slow for ``make test``, as ratios to baselines."""
