"""adscreen's domain core: what an ad is, what a finding is, how a screening is computed."""

__version__ = "1.1.0"
