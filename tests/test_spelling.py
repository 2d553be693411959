"""Typos read as the corpus words they are closest to."""

from hypothesis import given, settings
from hypothesis import strategies as st

from index.answer.spelling import corpus_words, correct_spelling

WORDS = corpus_words(
    [
        "Huawei phones and Verizon. Huawei remains on the Entity List; Honor is a separate company.",
        "Section 889 of the NDAA. Verizon dropped Huawei. The licence was extended. Huawei again.",
    ]
)
ENGLISH = {"still", "entity", "separate", "section", "licence", "phones", "carry", "honer"}.__contains__


def test_a_typo_becomes_the_corpus_word():
    assert correct_spelling("is huwei still on the entity list", WORDS, ENGLISH) == "is huawei still on the entity list"
    assert correct_spelling("did verison drop it", WORDS, ENGLISH) == "did verizon drop it"
    assert correct_spelling("Huwei? HUWEI", WORDS, ENGLISH) == "Huwei? HUWEI"  # a capital: typed as meant
    assert correct_spelling("whats the ndaa sction", WORDS, ENGLISH) == "whats the ndaa section"


def test_names_the_corpus_does_not_know_short_words_and_english_stay_as_typed():
    words = corpus_words(["China and Huawei; the MateBook line; the Telecom rules tells a story."] * 2)
    for q in ("can we resell ciena optical gear", "can we sell the macbook air", "Telus and Telekom deals"):
        assert correct_spelling(q, words, ENGLISH) == q  # two letters off, or typed with a capital: a name
    for q in ("can we sell xiaomi phones", "is the tgl over", "honer phones"):
        assert correct_spelling(q, WORDS, ENGLISH) == q  # "honer" is an English word (one who hones)
    assert correct_spelling("anything", {}, ENGLISH) == "anything"
    costs = corpus_words(["The costs of rip and replace; costs rose."] * 2)
    assert correct_spelling("does it apply to state custs", costs, ENGLISH) == "does it apply to state custs"  # chat
    assert correct_spelling("does it apply to state cosst", costs, ENGLISH) == "does it apply to state costs"


@given(st.text(alphabet=st.characters(codec="ascii"), max_size=80))
@settings(max_examples=300)
def test_correction_keeps_everything_but_the_letters_of_a_replaced_word(q):
    out = correct_spelling(q, WORDS, ENGLISH)
    strip = lambda s: "".join(ch for ch in s if not ch.isalpha())  # noqa: E731
    assert strip(out) == strip(q)  # spaces, digits and punctuation untouched: nothing is lost or added
    assert correct_spelling(out, WORDS, ENGLISH) == out  # a corrected question needs no second pass


def test_a_short_word_is_read_with_a_letter_doubled_only_as_an_english_word_the_corpus_uses():
    words = corpus_words(["Partners may sell all phones and will sell apps. Sell them a phone. Huawei sells apps."] * 2)
    english = {"sell", "all", "will", "apps", "phones", "phone", "may", "them", "cess"}.__contains__
    assert correct_spelling("can we sel huawei phones", words, english) == "can we sell huawei phones"
    assert correct_spelling("wil they sel al of them", words, english) == "will they sell al of them"  # 2: as typed
    for q in (
        "do the wifi aps need a licence",  # a short plural: access points, not "apps"
        "was ces 2018 the launch",  # "cess" is English, but not a word the corpus uses
        "is zte on it",  # no doubled letter makes a word
        "Sel phones",  # typed with a capital: a name
    ):
        assert correct_spelling(q, words, english) == q
    # a first letter typed as it sounds, any length: "fone", "fones"
    assert correct_spelling("sel huawei fone? fones too", words, english) == "sell huawei phone? phones too"
    assert correct_spelling("a fonx", words, english) == "a fonx"  # no English corpus word sounds so


def test_edit_distance_counts_a_swap_once_and_stops_at_the_limit():
    from index.answer.spelling import edit_distance

    assert edit_distance("huwei", "huawei", 1) == 1 and edit_distance("hauwei", "huawei", 1) == 1
    assert edit_distance("ciena", "china", 1) == 2  # over the limit: limit + 1
    assert edit_distance("affilates", "affiliates", 2) == 1 and edit_distance("abc", "abc", 0) == 0


def test_an_american_spelling_is_read_as_the_corpus_writes_it_and_the_other_way_round():
    british = corpus_words(["The licence needs authorisation under the programme; the centre enrolment."] * 2)
    american = corpus_words(["The license needs authorization under the program; the center enrollment."] * 2)
    us_q = "when did the temporary license end, and is authorization needed under the program? center enrollment"
    uk_q = "when did the temporary licence end, and is authorisation needed under the programme? centre enrolment"
    assert correct_spelling(us_q, british, ENGLISH) == uk_q
    assert correct_spelling(uk_q, american, ENGLISH) == us_q
    # typed with a capital it may be a name ("Honour" for the brand Honor): as typed; so are all capitals
    assert correct_spelling("do we Honour a LICENSE", british, ENGLISH) == "do we Honour a LICENSE"
    assert correct_spelling("our vendor", british, ENGLISH) == "our vendor"  # no corpus word spelt "vendour"
    filing = corpus_words(["Each filing was late."] * 2)
    english = lambda w: ENGLISH(w) or w == "filling"  # noqa: E731
    assert correct_spelling("filling the form", filing, english) == "filling the form"  # no spelling pair


@given(st.text(alphabet="abcdefghilmnoprstuyz ", max_size=40))
@settings(max_examples=300)
def test_a_spelling_variant_is_only_ever_a_word_the_corpus_writes(q):
    british = corpus_words(["The licence needs authorisation under the programme; the centre enrolment."] * 2)
    for typed, out in zip(q.split(), correct_spelling(q, british, lambda w: True).split()):
        assert out == typed or out in british


def test_a_maker_name_is_near_a_corpus_word_only_one_typo_away():
    from index.answer.declines import _near_word

    vocab = {"real": 1, "resal": 1, "zte": 1, "huawei": 1}
    assert not _near_word("realm", vocab, typed="realme")  # adds letters to "real"; two changes from "resal"
    assert _near_word("ztee", vocab, typed="ztee")  # one letter doubled
    assert _near_word("huawie", vocab, typed="huawie")  # two letters swapped
    assert _near_word("realm", vocab)  # without the typed word: the looser spelling check for any term


def test_a_plural_model_of_a_corpus_line_is_read_as_the_model():
    from index.answer.spelling import singular_models

    assert singular_models("customer wants 50 mate 70s, ok?", {"mate"}) == "customer wants 50 mate 70, ok?"
    assert singular_models("phones from the 90s", {"mate"}) == "phones from the 90s"  # a decade
    assert singular_models("how many mate 10s do we have", {"mate"}) == "how many mate 10s do we have"  # a count
    assert singular_models("can we sell mate10pro?", {"mate"}) == "can we sell mate 10 pro?"  # typed run together
    assert singular_models("p30pro", {"mate"}) == "p30pro"  # no line of the corpus
