"""Text model: source text, its prose map, blocks, tokens, sentences and quotations.

The prose map is a *mask*: a copy of the source of exactly the same length in which
everything that is not prose (code, URLs, markup, tags, front matter) is replaced by
``MASK`` (NUL) while newlines are kept. Because offsets in the mask are offsets in the
source, every finding maps back to the exact source range with no bookkeeping, whatever
the markup. Checks read the mask; they read the source only for the ``text`` of a
finding and for whitespace-sensitive rules.
"""

from sunting.text.blocks import Block
from sunting.text.document import Document, detect_kind, load_document
from sunting.text.masking import MASK

__all__ = ["MASK", "Block", "Document", "load_document", "detect_kind"]
