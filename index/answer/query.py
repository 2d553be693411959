"""One question as retrieval and answering see it: its analysis, vectors and audience."""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from index.answer.question import QuestionInfo, analyse
from index.visibility import Level


@dataclass(frozen=True)
class Query:
    info: QuestionInfo  # parts, kind, key terms, time frame (index/answer/question.py)
    text: str  # the question with shorthand spelled out: what is searched
    vector: np.ndarray
    part_vectors: tuple[np.ndarray, ...]  # one per part of the question
    level: Level  # the most the audience may read
    limit: int  # passages [0, limit) are readable at `level`
    k: int  # passages to cite
    asked: str = ""  # the question as typed (before typos were read as corpus words): replies quote it
    dropped_parts: int = 0  # "and verizon?": the first parts are the earlier question's, composed, then dropped
    followup: bool = False  # read after an earlier question: one sentence per part (a second would answer that one)
    own: str = ""  # "and honor?": its own words, not the earlier question's, are checked for names the corpus lacks
    # a follow-up's own words ("is it suspended", "and honor?"): its answer must hold them; read after the
    # earlier question's words, they weigh more than those
    own_words: tuple[str, ...] = ()
    earlier_kind: str | None = None  # what the earlier question asked for ("leave": a rule, "contact": a route)
    typed_own: str = ""  # a follow-up as typed ("and did zte ever get off it"), without the earlier question
    # "why not?" after "can we sell huawei phones": the documents that answered the earlier question, and the
    # sentences it was answered with; the reason is looked for in those documents, besides those sentences
    earlier_docs: tuple[str, ...] = ()
    earlier_sentences: tuple[str, ...] = ()

    def part(self, i: int) -> "Query":
        """Part i of the question, asked on its own."""
        text = self.info.parts[i]
        return replace(
            self, info=analyse(text), text=text, vector=self.part_vectors[i], part_vectors=(self.part_vectors[i],)
        )
