"""How adscreen's model is fitted and judged: loaders, grouping, protocol, metrics, reports."""
