"""The StarterZ-klas module: groups, the scoring grid, final scores, trends and the trajectadvies."""
from .view import StartklasView

__all__ = ["StartklasView"]
