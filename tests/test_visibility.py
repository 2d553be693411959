import pytest
from hypothesis import given
from hypothesis import strategies as st

from index.config import VISIBILITY_LEVELS
from index.visibility import NAMES, Level, visibility_counts


def test_levels_are_ordered_and_named_as_config_writes_them():
    assert NAMES == VISIBILITY_LEVELS == ("public", "partner", "internal")
    assert Level.public < Level.partner < Level.internal
    assert [Level.parse(n).name for n in NAMES] == list(NAMES)
    assert Level.parse(Level.partner) is Level.partner


@given(st.text(max_size=20))
def test_parse_accepts_only_the_three_names(name):
    if name in NAMES:
        assert Level.parse(name).name == name
    else:
        with pytest.raises(ValueError, match="unknown visibility"):
            Level.parse(name)


@given(st.lists(st.sampled_from(list(Level))))
def test_counts_are_passages_at_or_below_each_level(levels):
    counts = visibility_counts(levels)
    assert list(counts) == list(NAMES)
    assert counts["internal"] == len(levels)
    assert counts["public"] == levels.count(Level.public)
    assert counts["public"] <= counts["partner"] <= counts["internal"]
