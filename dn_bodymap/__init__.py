"""dn-bodymap: trigger-point body charts for dry needling."""

__version__ = "0.1.0"
