"""sunting — a proofreading and house-style checker for newsrooms, Indonesian first."""

__version__ = "0.1.0"
