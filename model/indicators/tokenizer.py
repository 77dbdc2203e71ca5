"""A fast regex tokenizer for the blank pipeline.

spaCy's rule tokenizer alone runs at about 1,000 EMSCAD-length ads per second on one core,
which is the whole budget for detection and scoring. The detectors only need words,
numbers, handles and e-mail addresses split consistently between the patterns and the
text, so a single compiled regex (findall, then a Doc from words and spaces) does the job
in about a third of the time. The Doc's text is
always identical to the input, so token offsets are offsets into the caller's text.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc
from spacy.vocab import Vocab

# numbers keep their separators ("2,500", "1.5"); words may carry apostrophes, dots and @
# inside ("don't", "john.doe@gmail.com"); a leading @ stays on a handle ("@xyz"); a single
# space is a token's trailing space; other whitespace runs and any other character are
# tokens of their own.
TEXT_KEY = "adscreen.text"
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|@?\w+(?:['’.@]\w+)*| |\s+|\S")


def text_of(doc: Doc) -> str:
    """The document's text, without the cost of ``Doc.text`` when the tokenizer kept it."""
    text = doc.user_data.get(TEXT_KEY)
    return doc.text if text is None else text


class FastTokenizer:
    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words: list[str] = []
        spaces: list[bool] = []
        for tok in _TOKEN.findall(text):
            if tok == " " and spaces and not spaces[-1]:
                spaces[-1] = True
            else:
                words.append(tok)
                spaces.append(False)
        doc = Doc(self.vocab, words=words, spaces=spaces)
        # Doc.text rebuilds the string from every token; keep the original (identical) one
        doc.user_data[TEXT_KEY] = text
        return doc

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    # spaCy calls these when a pipeline is saved or loaded; this tokenizer has no state.
    def to_bytes(self, **kwargs) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs) -> "FastTokenizer":
        return self
