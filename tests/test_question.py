"""Question analysis: cleaning, language, parts, answer type, key terms, time frame."""

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from index.answer.question import (
    analyse,
    answer_type,
    asks_about_present,
    bare_topic,
    clean_text,
    expand_shorthand,
    key_terms,
    language_of,
    speaker_names,
    split_parts,
    without_markup,
    without_mentions,
)


@given(st.text())
@settings(max_examples=300)
def test_clean_text_is_always_valid_utf8_without_invisible_characters(s):
    out = clean_text(s)
    out.encode("utf-8")  # never raises: lone surrogates are gone
    assert "\u202e" not in out and "\u200b" not in out and "  " not in out and out == out.strip()


def test_clean_text_survives_invalid_utf8_read_with_surrogateescape():
    raw = b"can we sell \xff\xfe huawei?".decode("utf-8", "surrogateescape")
    assert clean_text(raw).startswith("can we sell") and clean_text(raw).endswith("huawei?")


@given(st.text(max_size=200))
@settings(max_examples=300)
def test_analyse_never_fails_and_always_has_a_part(s):
    info = analyse(clean_text(s) or "x")
    assert info.parts and all(p for p in info.parts)


def test_language():
    assert language_of("¿Podemos vender teléfonos Huawei sin operador?") == "other"
    assert language_of("Können wir Huawei Handys noch verkaufen?") == "other"
    assert language_of("Pouvons-nous encore vendre des téléphones Huawei ?") == "other"
    assert language_of("can we still sell the huawei mate 10 pro?") == "en"
    assert language_of("Huawei Mate 60 Pro") == "en"
    # "att" and "min" are Swedish function words, but the English ones far outnumber them
    assert language_of("which us carriers ever carried huawei phones? didnt att pull out last min") == "en"
    assert language_of("Kan vi sälja Huawei telefoner utan operatör, och vad är det för pris?") == "other"
    assert language_of("Kan vi selge Huawei her i Norge?") == "other"  # "her" is English too
    # short, lower case, no opening "¿": accents, and words that are no English ones
    assert language_of("podemos vender teléfonos huawei?") == "other"
    assert language_of("can we sell the mate 80 in méxico?") == "en"  # one foreign name in an English question
    assert language_of("whats the café discount on huawei") == "en"


def test_parts():
    assert split_parts("what changed, and what margin?") == ["what changed", "what margin"]
    assert split_parts("did at&t drop it? and verizon?") == ["did at&t drop it", "verizon"]
    # whether it still stands is a part of its own, though "is it still on" holds no content word
    # a premise put for confirmation after the question is part of it, which its answer confirms or corrects
    premise = "can we sell honor phones in the us? they're not huawei anymore right"
    assert split_parts(premise) == ["can we sell honor phones in the us, they're not huawei anymore right"]
    # a figure put for confirmation after a question of an amount is the asker's guess, no part of its own
    assert split_parts("what margin do we target on huawei handsets? still 8-12%?") == [
        "what margin do we target on huawei handsets"
    ]
    assert len(split_parts("can we sell the mate 10 pro? 2018?")) == 2  # (not after a question of an amount)
    assert len(split_parts("how many carriers got extensions? 2023?")) == 2  # (nor a bare year)
    parts = split_parts("whats the affiliates rule and is it still on")
    assert parts == ["whats the affiliates rule", "is it still on"]
    assert split_parts("sourcing and warranty after Best Buy?") == ["sourcing and warranty after Best Buy"]
    assert analyse("can we sell huawei phones? " * 20).parts == ("can we sell huawei phones",)  # asked once
    # "what about X" whose "them" the next part points back to is one question about X
    one = analyse("what about huawei ascend chips, can we resell servers with them?")
    assert len(one.parts) == 1 and one.kind == "leave", one
    assert len(analyse("what about zte? can we sell them?").parts) == 2  # asked on its own, with its "?"


def test_a_verb_without_a_subject_after_a_statement_goes_on_telling_it():
    # "… and is nervous": the customer's state, not a question "is nervous"
    assert split_parts("cust sells on amazon and is nervous, whats it about") == [
        "cust sells on amazon and is nervous",
        "whats it about",
    ]
    assert split_parts("is huawei banned and is zte") == ["is huawei banned", "is zte"]  # asked again
    asked = split_parts("customer bought 40 and is it legal to resell")
    assert asked == ["customer bought 40", "is it legal to resell"]


def test_a_question_after_a_full_stop_is_a_part_of_its_own():
    # the statement before it is then the case it is asked of
    assert split_parts("customer bought a huawei tablet last yr, screen died. whats the RMA process") == [
        "customer bought a huawei tablet last yr, screen died",
        "whats the RMA process",
    ]
    assert split_parts("see sec. 889 what it says") == ["see sec. 889 what it says"]  # an abbreviation's stop
    assert split_parts("i read about it. interesting") == ["i read about it. interesting"]  # no question after it


def test_a_case_told_before_a_question_is_the_case_it_asks_of_not_a_part():
    info = analyse("repair for a huawei phone dragging on for 3 weeks, who do i escalate to")
    assert info.parts == ("repair for a huawei phone dragging on for 3 weeks, who do i escalate to",)
    assert info.part_kinds == ("contact",)
    # a phrase put before the question, or an ask of its own, stays as it was
    assert len(analyse("fdpr tl;dr + when did the tgl end?").parts) == 2
    assert analyse("besides honor, what else did huawei sell").parts[0] == "besides honor"
    # a case told with other verbs or of another person, before a question pointing back to it
    for q in (
        "cust dropped off a faulty huawei phone 3 days after purchase, can we swap it from our stock?",
        "guy picked up a mate 80 pro in spain, can we support it",
        "customer's huawei phone died after a week, can we just swap it from our stock?",  # what befell their thing
    ):
        assert len(analyse(q).parts) == 1, (q, analyse(q).parts)


def test_it_stands_for_the_topic_heading_the_message_not_the_case_told_after_it():
    info = analyse("operation clean carts — cust sells on amazon and is nervous, whats it about")
    assert info.parts == ("whats it about: operation clean carts",) and info.part_kinds == ("define",)
    # an opener heading the message is no topic: "it" is what follows it
    assert analyse("quick q - huawei net profit trend, is it going up").parts[-1].endswith("huawei net profit trend")
    # a heading asked about on its own stays a part of its own
    assert len(analyse("pura 80 — china only launch right? and which os does it ship w/").parts) == 2


def test_types_terms_and_time():
    assert answer_type("when did the contractor ban start") == "when"
    assert answer_type("how much is the mate 10 pro") == "money"
    assert answer_type("how many affiliates were added") == "number"
    assert answer_type("which stores carry it") == "who"
    assert answer_type("how come at&t dropped huawei") == "why" == answer_type("how come?")
    # the size of a fund or a programme is a sum of money; of a company, a number
    assert answer_type("how big is the universal service fund") == "money" != answer_type("how big is huawei")
    assert answer_type("what do we pay distribution for a mate 80 pro unit") == "money"  # what we pay is a sum
    assert set(key_terms("reseller discount on the Samsung S9 in euros")) >= {"samsung", "s9", "euros"}
    assert "2024" in key_terms("Huawei's 2024 earnings")
    assert asks_about_present("can we still sell huawei") and asks_about_present("tl;dr can we keep selling it")
    # "did ... ever" asks what happened (Verizon never sold it), not how things stand now
    assert not asks_about_present("did verizon ever sell the mate 10")
    assert asks_about_present("whats new with huawei this year") and asks_about_present("anything on huawei lately?")
    assert not asks_about_present("what did the new fcc rule say in 2019")
    assert not asks_about_present("why did at&t drop huawei in 2018")
    # a status, or a state asked in the present tense, is asked about now
    assert asks_about_present("/huawei tgl status") and asks_about_present("is the affiliates rule suspended?")
    assert asks_about_present("is the covered parts ban in effect")
    # … and its end: "gone", "dead" ask how it stands now (not "when was it rescinded")
    assert asks_about_present("is the ai diffusion rule gone") and asks_about_present("is the affiliates rule dead")
    assert not asks_about_present("when was the affiliates rule suspended")


@pytest.mark.parametrize(
    "q, years",
    [
        ("can we still resell huawei gear after the 2022 fcc ban", ()),  # the ban's year; asked about now
        ("can we still resell huawei gear after the fcc ban in 2022", ()),  # the same, the other way round
        ("can we still sell phones bought in 2019", ()),  # when they were bought
        ("can we still sell huawei to a federal contractor in 2021", (2021,)),  # the time asked about
        ("is huawei still on the line card as of 2019", (2019,)),
        ("what did the 2012 house report say", (2012,)),  # not about now: every year counts
        ("can we still sell existing huawei stock after a compliance check, like in 2019?", ()),  # compared with now
        ("can we still sell huawei phones like we did in 2018", ()),
        # when the customer bought it, however far the year stands from the verb: not the time asked about
        ("how do i do an rma on a huawei phone a customer bought from us back in 2018", ()),
        ("what do we do with a huawei router sold to a clinic in 2020", ()),
        ("what was the rma process for phones sold in 2018", (2018,)),  # the past asked about: the year counts
    ],
)
def test_about_now_only_a_year_that_sets_the_time_counts(q, years):
    assert analyse(q).time_years == years


def test_green_lit_is_approved():
    assert expand_shorthand("nvida h200 to china — green lit or not") == "nvida h200 to china — approved or not"
    assert expand_shorthand("did it get the green light") == "did it get the approval"
    assert expand_shorthand("was it greenlit?") == "was it approved?"
    assert expand_shorthand("the green line") == "the green line"
    assert expand_shorthand("when did the fcc green light the ban") == "when did the fcc green light the ban"  # a verb


def test_a_departments_secretary_typed_short():
    assert expand_shorthand("who was commerce sec then") == "who was commerce secretary then"
    assert expand_shorthand("commerce sec. in 2019?") == "commerce secretary in 2019?"
    assert "secretary" not in expand_shorthand("sec 889 tl;dr")  # a section
    assert "secretary" not in expand_shorthand("commerce sec 889")
    assert expand_shorthand("what did the press sec say") == "what did the press sec say"  # (no such one named)


def test_owning_one_is_keeping_one():
    assert "illegal to keep" in expand_shorthand("are huawei phones illegal to own in the us")
    assert "legal for customers to keep" in expand_shorthand("is it legal for customers to have huawei phones")
    assert expand_shorthand("do we own the relationship") == "do we own the relationship"
    # using a device is keeping it; using a part or a service is not ("legal to use ascend chips" asks the chips rule)
    assert "illegal to keep a huawei phone" in expand_shorthand("is it illegal to use a huawei phone in the us")
    assert expand_shorthand("is it legal to use ascend chips") == "is it legal to use ascend chips"


@given(st.text(max_size=120))
@example("whyyy")  # (found by a CI run: a chat word's reading is shorter)
@settings(max_examples=300)
def test_shorthand_expansion_never_fails_and_keeps_the_words(s):
    from index.answer.question import _CHAT_WORDS, expand_shorthand

    out = expand_shorthand(s)
    # (a chat word read as the word it stands for may be shorter: "whyyy" is "why")
    shorter = sum(max(0, len(w) - len(r)) for w, r in _CHAT_WORDS.items() if re.search(rf"\b{re.escape(w)}\b", s))
    assert len(out) >= len(s) - 1 - shorter and out.count(" ") >= s.count(" ")


def test_acronyms_expand_only_unknown_shorthand():
    from index.answer.acronyms import corpus_acronyms, expand_acronyms

    acr = corpus_acronyms(["The temporary general licence was extended.", "Temporary General Licence ends."])
    assert acr["tgl"].lower() == "temporary general licence"
    assert expand_acronyms("when did the tgl end", acr, {}, lambda w: False) == f"when did the tgl ({acr['tgl']}) end"
    assert expand_acronyms("when did the tgl end", acr, {"tgl": 1}, lambda w: False) == "when did the tgl end"
    # a month is no part of a name: "mtg" (meeting) is not "May temporary general"
    assert "mtg" not in corpus_acronyms(["In the May temporary general licence, and the May temporary general one"])
    # the tail of a longer name is no phrase of its own: "sfp" is not "Service Fund programme"
    tail = corpus_acronyms(["The Universal Service Fund programme pays.", "A Universal Service Fund programme rule."])
    assert "sfp" not in tail and tail.get("usfp") == "Universal Service Fund programme"
    # a name ends in a noun: "hmd" (a phone maker) is no "high-bandwidth memory designed"; a name written once still is
    once = corpus_acronyms(
        ["Chips use high-bandwidth memory designed by Huawei.", "The foreign-produced direct product rule."]
    )
    assert "hmd" not in once and once.get("fdpr") == "foreign-produced direct product rule"
    # three letters are the initials of many a chance run of words: only a phrase written more than once stands for
    # them ("cfo" is no "choice fewer observers"); and no phrase starts or is glued with words such as "from" or
    # "those" ("ftc" is no "from those companies")
    chance = corpus_acronyms(
        ["A choice fewer observers saw.", "Chips from those companies.", "Chips from those firms."]
    )
    assert "cfo" not in chance and "ftc" not in chance
    assert (
        corpus_acronyms(["Covered List companies.", "All the Covered List companies."]).get("clc")
        == "Covered List companies"
    )


def test_a_clipped_compound_is_read_as_the_word_pair_the_corpus_writes():
    from index.answer.acronyms import clipped_phrase, corpus_clippings, expand_acronyms

    texts = ["A national security threat.", "Named a national security risk.", "The national guard once."]
    clip = corpus_clippings(texts)
    assert clipped_phrase("natsec", clip) == "national security"
    assert clipped_phrase("natgua", clip) is None  # seen once: no reading
    assert clipped_phrase("nationalsecurity", clip) is None  # whole words run together are no clipping
    q = expand_acronyms("why the natsec label", {}, {}, lambda w: False, clippings=clip)
    assert q == "why the natsec (national security) label"
    # a word the corpus or the dictionary knows is left alone
    assert expand_acronyms("why the natsec label", {}, {"natsec": 1}, lambda w: False, clippings=clip) == (
        "why the natsec label"
    )


def test_abbreviations_the_corpus_defines_are_spelled_out_for_the_model_that_does_not_know_them():
    from index.answer.acronyms import corpus_definitions, expand_acronyms

    defined = corpus_definitions(
        [
            "The rule forbids Universal Service Fund (USF) money for Huawei gear.",
            "The Bureau of Industry and Security (BIS) said so. The Federal Communications Commission (FCC) agreed.",
            "A quote (FCC) with no phrase before it, and Some Other Words (XYZ) that do not spell it.",
        ]
    )
    assert defined == {
        "usf": "Universal Service Fund",
        "bis": "Bureau of Industry and Security",
        "fcc": "Federal Communications Commission",
    }
    known = {"fcc", "bis"}.__contains__  # words the embedding model knows
    out = expand_acronyms("how big is the usf, and what did the fcc say", {}, {"usf": 1}, known, defined)
    assert out == "how big is the usf (Universal Service Fund), and what did the fcc say"
    spelled = "usf (Universal Service Fund)"
    assert expand_acronyms(spelled, {}, {}, known, defined) == spelled  # never twice


def test_a_name_written_with_a_capital_inside_is_read_from_its_parts_typed_apart():
    from index.answer.acronyms import corpus_inner_capital_names, join_split_names

    names = corpus_inner_capital_names(["Huawei released HarmonyOS 6.", "A HiSilicon chip in a MateBook Fold."])
    assert (
        join_split_names("whats harmony os 6, when did it come out", names) == "whats HarmonyOS 6, when did it come out"
    )
    assert join_split_names("any hi-silicon parts in the mate book fold?", names) == (
        "any HiSilicon parts in the MateBook fold?"
    )
    assert join_split_names("harmonyos and matebook", names) == "harmonyos and matebook"  # typed together: left
    assert join_split_names("the harmony of os and hi there", names) == "the harmony of os and hi there"
    assert join_split_names("hi - silicon question: can tsmc", names) == "hi - silicon question: can tsmc"  # a greeting


def test_run_together_words_are_spelled_as_the_corpus_hyphenates_them():
    from index.answer.acronyms import corpus_compounds, spell_compounds

    compounds = corpus_compounds(["Schools use E-Rate money.", "E-Rate again; the rip-and-replace fund; a re-export"])
    assert compounds["erate"] == "E-Rate" and compounds["ripandreplace"] == "rip-and-replace"
    assert "reexport" not in {k for k in compounds if len(k) < 4}
    vocab = {"rate": 0, "school": 1}
    assert (
        spell_compounds("can a school use erate or ERATE money", compounds, vocab)
        == "can a school use E-Rate or E-Rate money"
    )
    assert spell_compounds("school rate", compounds, vocab) == "school rate"  # words the corpus has stay
    # the other spelling, run together: "datacenter" is the corpus's "data-centre"
    centre = corpus_compounds(["Send any data-centre deal to compliance."])
    assert spell_compounds("ascend chips in a datacenter?", centre, vocab) == "ascend chips in a data-centre?"
    # a name of two or three words, run together: "bestbuy" is the corpus's "Best Buy"
    names = corpus_compounds(["In March 2018 Best Buy stopped ordering.", "Operation Clean Carts began."])
    assert spell_compounds("does bestbuy still stock them", names, vocab) == "does Best Buy still stock them"
    assert spell_compounds("operation cleancarts?", names, vocab) == "operation Clean Carts?"
    # two everyday words the corpus often writes together, typed as one: "linecard" is its "line card" (not words
    # it writes together once or twice, nor a pair with a stopword)
    card = corpus_compounds(
        ["Huawei is off the line card.", "Our line card lists Apple.", "A line card note.", "on it"]
    )
    assert spell_compounds("is huawei on our linecard", card, vocab) == "is huawei on our line card"
    assert "offthe" not in card and "cardlists" not in card


@given(st.text(max_size=200))
@settings(max_examples=300)
def test_without_aside_never_fails_and_keeps_the_start_of_the_question(s):
    from index.answer.question import without_aside

    core = without_aside(s)
    assert core == s or (s.lstrip().startswith(core) and len(core) < len(s))


def test_how_the_answer_should_be_put_is_no_search_term():
    from index.search.lexical import query_terms

    assert query_terms("889 part a vs part b, whats the diff in plain english") == ("889", "part")
    assert query_terms("explain the fdpr like im 5 pls, quick version") == ("fdpr",)
    assert "english" in query_terms("what version of english is spoken") and "version" in query_terms("which version")


@pytest.mark.parametrize(
    "q, names",
    [
        ("what does ren zhengfei think about the ban", ("ren", "zhengfei")),
        ("What did Schurf's letter say", ("Schurf",)),
        ("What did Luther's opponents think it meant", ()),  # English words: not a name to look for
        ("what did the fcc say", ("fcc",)),
        ("when did the fcc act", ()),
    ],
)
def test_speaker_names_are_the_name_words_of_whose_words_are_asked(q, names):
    assert speaker_names(q) == names


@pytest.mark.parametrize(
    "q, parts",
    [
        ("new hire here, what even is the entity list and why is huawei on it", 2),  # a greeting is no part
        ("are hikvision cameras covered by the same fcc rules, have a school asking", 1),  # a remark
        ("state agency customer (not fed) wants huawei routers, does 889 apply to them", 1),  # the scene
        ("customer returned a defective huawei watch, how does the rma work", 1),
        ("we sell to a govt contractor, can they use huawei phones internally", 1),  # whom we deal with: the case
        ("is zte on the list? and what about honor?", 2),
    ],
)
def test_greetings_remarks_and_scene_setting_are_no_parts_of_their_own(q, parts):
    assert len(analyse(q).parts) == parts, analyse(q).parts


@pytest.mark.parametrize(
    "q, parts",
    [
        # a later part that points back ("it", "any") is read with what the part before names
        ("mate 80 pro out yet? what chip is in it", ("mate 80 pro out yet", "what chip is in it: mate 80 pro out yet")),
        (
            "pura x foldable, what is it and can we get any for a us customer",
            ("pura x foldable, what is it", "can we get any for a us customer: pura x foldable"),
        ),
        # "is it ok to…" points forward, and a part naming its own model stands alone
        (
            "can we sell huawei phones? is it ok to quote the p30?",
            ("can we sell huawei phones", "is it ok to quote the p30"),
        ),
        # a part naming its own subject stands alone
        (
            "when did verizon drop huawei, and when did best buy stop selling huawei phones",
            ("when did verizon drop huawei", "when did best buy stop selling huawei phones"),
        ),
    ],
)
def test_a_part_that_points_back_is_read_with_the_part_before(q, parts):
    assert analyse(q).parts == parts


@pytest.mark.parametrize(
    "q, parts",
    [
        # how they differ is what each one is
        ("mate 70 vs mate 80 whats the difference", ["what is mate 70", "what is mate 80"]),
        ("889 part a vs part b - whats the diff", ["what is 889 part a", "what is 889 part b"]),
        ("mate 70 vs mate 80, which costs more", ["mate 70, which costs more", "mate 80, which costs more"]),
        ("harmonyos vs android", ["harmonyos", "android"]),
        # a comparison inside a longer clause is left whole: what was offered is asked, not two things
        (
            "what did the mate 10 pro actually offer vs an iphone at the time",
            ["what did the mate 10 pro actually offer vs an iphone at the time"],
        ),
    ],
)
def test_two_things_compared_are_two_parts(q, parts):
    assert list(analyse(q).parts) == parts


def test_the_year_a_figure_is_for_and_the_year_asked():
    from index.answer.periods import amount_years, asked_year, figure_years, period_note

    assert asked_year("how much did they make last yr", (), "2026-12-01") == 2025
    assert asked_year("sales so far this year?", (), "2026-12-01") == 2026
    # a year written beside "this year" is the one meant ("this year (2025)", "this yr - 2025")
    assert asked_year("how many ascend chips can huawei make this year (2025)", (), "2026-12-01") == 2025
    assert asked_year("huawei revenue this yr - 2025?", (2025,), "2026-12-01") == 2025
    assert asked_year("revenue 2023 vs 2024", (2023, 2024), "2026-12-01") is None  # two years: no one year asked
    assert asked_year("this year vs last year?", (), "2026-12-01") is None
    assert asked_year("last year vs 2020, revenue", (2020,), "2026-12-01") is None
    assert asked_year("revenue in the last year", (), "2026-12-01") is None  # the last twelve months
    assert asked_year("revenue in the past year", (), "2026-12-01") is None
    # a full date says when it was said; the other years are what the figures are for
    s = "Revenue in 2024 was 862.1 billion yuan, up 22.4% on 2023, it reported on 31 March 2025."
    # (the year it is measured against is none it is for: "huawei revenue in 2023?" is not answered by it)
    assert figure_years(s) == {2024} and figure_years("2023's revenue was higher than in 2019") == {2023}
    assert period_note(2023, [s], s) == "The passages found give no figure for 2023."
    note = "The passages found give no figure for 2025; the latest they give is for 2024."
    assert period_note(2025, [s], s) == note
    assert period_note(2024, [s], s) is None and period_note(None, [s], s) is None
    assert period_note(2020, [s], s) == "The passages found give no figure for 2020."  # only later years given
    assert period_note(2022, [s + " Sales in 2020 fell."], s) == "The passages found give no figure for 2022."
    # a second quoted sentence naming the year asked only as a cause, with no figure of it, gives none for it
    profit = "Net profit in 2024 fell 28% to 62.6 billion yuan, partly because 2023 profit had been lifted by a sale."
    assert amount_years(profit) == {2024} and amount_years("In 2015 they lost a game.") == set()
    assert amount_years("Sales neared the 2020 record of 891 billion yuan, then fell a third in 2021.") == {2020, 2021}
    from index.answer.answering import _same_company_figure

    # a short question's figure is the sentence's when that figure is dated beside it, not by its passage
    rd_q = "r&d in 2021?"
    assert _same_company_figure(rd_q, "Huawei spent 179.7 billion yuan on research and development in 2024.")
    abc = "Its share rose from the 15% it had in 1953; the company had a total revenue of $15.5 million."
    assert not _same_company_figure("What was ABC's revenue in 1962?", abc)
    rd = "Huawei spent 179.7 billion yuan on research and development in 2024."
    assert period_note(2023, [rd, profit], rd) == "The passages found give no figure for 2023."
    # a second quoted sentence gives the year asked: no note
    assert period_note(2020, [s, "Its 2020 record was 891 billion yuan."], s) is None
    # the passage names the year asked before it: the sentence may well be about it; named only after it, the year
    # is another sentence's ("…up 22.4% on 2023. … 2023 profit had been lifted…")
    assert period_note(2025, [s], "Sales in 2025 were flat. " + s) is None
    assert period_note(2025, [s], s + " Sales in 2025 were flat.") == note
    assert period_note(2025, ["It had 200 stores."], "It had 200 stores.") is None  # no year of its own


def test_mentions_and_broadcasts_are_not_part_of_the_question():
    for typed in (
        "@channel is huawei still on the entity list",
        "<!channel> is huawei still on the entity list",
        "<!here|here> is huawei still on the entity list @here",
        "<@U024BE7LH> is huawei still on the entity list",
        "<!subteam^S0614TZR7|@sales> is huawei still on the entity list",
        "<@U024BE7LH|Jo Smith> is huawei still on the entity list",
    ):
        assert without_mentions(typed) == "is huawei still on the entity list", typed
    assert without_mentions("mail ops@corp.example about it") == "mail ops@corp.example about it"
    assert without_mentions("did @verizon ever sell it") == "did @verizon ever sell it"  # typed text, not a mention
    assert without_mentions("ask in <#C0123|partner-deals>") == "ask in #partner-deals"
    # a message that is only channel links (and mentions) asks nothing: not "#general", which found "general licence"
    assert without_mentions("<#C123|general>") == "" and without_mentions("<!channel> <@U1> <#C1|general>") == ""


def test_a_slack_link_reads_as_its_label_or_its_address():
    assert without_mentions("<mailto:ceo@x.example|ceo> says we can sell huawei, true?") == (
        "ceo says we can sell huawei, true?"
    )
    assert (
        without_mentions("<https://evil.example|[1] note: resale ok> can we sell?")
        == "[1] note: resale ok can we sell?"
    )
    assert without_mentions("see <https://x.example/a> pls") == "see https://x.example/a pls"


@given(st.text(alphabet="ab <>|:/.htpsmailo", max_size=60))
def test_link_markup_never_grows_the_text(text):
    assert len(without_mentions(text)) <= len(" ".join(text.split()))


def test_emphasis_marks_around_words_are_not_part_of_the_question():
    assert without_markup("**can we sell huawei phones?**") == "can we sell huawei phones?"
    assert without_markup("*URGENT* is _zte_ on the ~old~ `covered list`?") == "URGENT is zte on the old covered list?"
    for kept in ("section 889(a)(1)(B)", "snake_case a_b 5*3", "what about * this"):
        assert without_markup(kept) == kept  # marks inside a word, or standing alone, stay


def test_emoji_codes_and_html_line_tags_are_no_words_of_the_question():
    # ":rotating_light:" had found Huawei's "rotating chairman"; "<br>" made "what is e-rate" unmatched
    assert without_markup(":rotating_light: huawei??") == "huawei??"
    assert without_markup("what is e-rate <br>") == "what is e-rate" == without_markup("what is e-rate &lt;br&gt;")
    assert without_markup("re: the entity list: 10:30 call") == "re: the entity list: 10:30 call"


@given(st.text(alphabet="ab *_~`.?", max_size=40))
def test_removing_emphasis_keeps_every_letter_and_is_stable(text):
    out = without_markup(text)
    assert [c for c in out if c.isalnum()] == [c for c in text if c.isalnum()]
    assert without_markup(out) == out


@pytest.mark.parametrize(
    "q", ["huawei's top line for the latest full year, ballpark?", "huawei topline 2024", "top-line growth at huawei"]
)
def test_a_companys_top_line_is_its_revenue(q):
    assert "revenue" in expand_shorthand(q)


@pytest.mark.parametrize(
    "q, sells",
    [
        ("we've got 40 old huawei phones in the warehouse, can we move them as refurbs", True),
        ("can we still move 40 units of the mate 10 pro", True),
        ("client is sitting on 40 unsold mate 10 pros, can we offload them for him", True),
        ("can we move them to the new office", False),  # moving them somewhere is no sale
        ("custmer has 40 mate 10 pros in a warehouse, any way we can move them for him", True),  # a way asked
        ("is there a way to move these for the customer", True),
        ("any way to move them to the new office", False),
        ("is there a way to move these mate 10 pro warranty claims to the new rma portal", False),
        ("can we move the meeting", False),
        # getting one for a customer, or doing what a customer asked for, is selling it to them
        ("exec wants a pura x, can we get him one", True),
        ("can we get 5 mate 80s for the customer", True),
        ("can we get them some huawei watches", True),
        ("can we get some in stock for a cust in texas", False),  # stocking them
        ("can we get in trouble for this", False),
        ("can we get a refund from huawei", False),
        ("hey customer wants 40 mate 10 pros for their field team, can we still do that?", True),
        ("school needs huawei routers, can we do that", True),
        ("customer wants a refund, can we do it", False),  # no goods asked for
        ("can we do that", False),
    ],
)
def test_moving_stock_or_getting_it_for_a_customer_is_selling_it(q, sells):
    assert ("sell" in expand_shorthand(q)) is sells


def test_typed_asking_words_and_ok_to_sell_ask_leave():
    assert analyse(expand_shorthand("cna we sell huwaei phnoes")).kind == "leave"
    assert analyse("huawei ok to sell??").kind == "leave"


@given(st.text(alphabet="ab @<>!|^.", max_size=40) | st.sampled_from(["@a<@>", "<!a<!b>>", "@chan<!x>nel"]))
def test_removing_mentions_leaves_no_slack_token_and_is_stable(text):
    out = without_mentions(text)
    assert not re.search(r"<[@!][^<>]*>|(?<![\w@.])@(?:channel|here|everyone)\b", out)
    assert without_mentions(out) == out


@pytest.mark.parametrize(
    "q, read, kept",
    [
        ("when did the 889 ban on agencies buying huawei kit start", "huawei equipment", None),
        ("does it come with a dev kit", None, "dev kit"),
        ("when did the tgl get extended the 3rd time", "the third time", None),
        ("due in the 4th quarter", "fourth quarter", None),
        ("nov 3rd deadline", None, "nov 3rd"),  # a day of a month
        ("the 3rd of november", None, "3rd of november"),
        ("march 2nd", None, "march 2nd"),
        ("who said so", "who said that", None),
        ("which 5 companies were on the first covered list", "which five companies", None),
        ("harmonyos 5 devices", None, "harmonyos 5 devices"),  # a version, not a count
        ("the 5g phones", None, "the 5g phones"),
        ("is it so bad", None, "so bad"),
    ],
)
def test_shorthand_read_as_the_corpus_writes_it(q, read, kept):
    out = expand_shorthand(q)
    assert (read or kept) in out, out


@given(st.text(max_size=80))
@settings(max_examples=200, deadline=None)
def test_shorthand_reading_never_fails_on_any_text(s):
    assert isinstance(expand_shorthand(s), str)


@pytest.mark.parametrize(
    "typed, read",
    [
        ("and then what happened in aug", "and then what happened in August"),
        ("anything new since sept?", "anything new since September?"),
        ("did it ship by early nov.", "did it ship by early November"),
        ("mid-aug?", "mid-August?"),
        ("nov 2019", "November 2019"),  # (a month before a year, as before)
    ],
)
def test_a_month_typed_short_after_a_word_of_time_is_the_month(typed, read):
    assert expand_shorthand(typed) == read


@pytest.mark.parametrize("typed", ["in mar", "the dec team", "in a jan of beans", "is it in decline"])
def test_a_short_word_that_may_be_no_month_stays_as_typed(typed):
    assert expand_shorthand(typed) == typed


def test_what_a_provision_actually_does_asks_what_it_says():
    assert analyse("what does 889(a)(1)(B) actually do").kind == "explain"
    assert analyse("what does the usf rule really do").kind == "explain"


def test_what_a_body_pointed_to_is_what_it_said():
    from index.answer.question import speaks

    assert speaks("The FCC pointed to the two companies' ties to the Chinese government.")
    assert speaks("The order cited known security flaws.")
    assert not speaks("The arrow pointed north.")


@pytest.mark.parametrize(
    "q, parts",
    [
        ("huawei 2024 revenue + net profit?", ("huawei 2024 revenue", "huawei 2024 net profit")),
        ("huawei 2024 revenue and net profit", ("huawei 2024 revenue", "huawei 2024 net profit")),
    ],
)
def test_two_figures_of_one_company_are_two_parts(q, parts):
    assert analyse(q).parts == parts


@pytest.mark.parametrize("q", ["huawei sales and marketing team", "huawei + zte revenue", "revenue and revenue growth"])
def test_words_joined_that_are_not_two_figures_stay_one_part(q):
    assert len(analyse(q).parts) == 1, analyse(q).parts


@pytest.mark.parametrize(
    "typed, read",
    [
        ("heard BIS walked back the ascend guidance, is that true?", "heard BIS softened the ascend guidance"),
        ("did they backpedal on it", "did they soften on it"),
    ],
)
def test_walking_a_rule_back_is_softening_it(typed, read):
    assert expand_shorthand(typed).startswith(read)


def test_walking_back_somewhere_is_no_softening():
    assert expand_shorthand("we walked back to the office") == "we walked back to the office"


@pytest.mark.parametrize(
    "typed, read",
    [
        ("what ownership stake gets a lab kicked out", "what ownership stake gets a lab barred"),
        ("what gets a lab kicked out of the program", "what gets a lab barred from the program"),
        ("does the fcc kick the lab out", "does the fcc bar the lab"),
        ("when does the rule kick off", "when does the rule kick off"),  # a start, not a bar
    ],
)
def test_kicking_out_is_barring(typed, read):
    assert expand_shorthand(typed) == read


@pytest.mark.parametrize(
    "typed, read",
    [
        ("when did the covered list come out", "when did the covered list get published"),
        ("the affiliates rule first came out in september", "the affiliates rule first got published in september"),
        ("when did the ascend guidance come out", "when did the ascend guidance get published"),
        ("when did our resale note come out", "when did our resale note come out"),  # a note is dated, not published
        ("did the rule come out of the same meeting", "did the rule come out of the same meeting"),
        ("when did the mate 70 come out", "when did the mate 70 come out"),  # a phone is launched, as it says
    ],
)
def test_a_paper_coming_out_is_published(typed, read):
    assert expand_shorthand(typed) == read


def test_when_a_list_came_out_is_the_day_it_was_published(built):
    # "when did the covered list come out" had quoted "The FCC order of October 2025 also spells out…" ("out")
    _, engine = built
    ans = engine.ask("when did the covered list come out")
    assert ans.answered and "12 March 2021" in ans.sentences[0].text, ans.answer


def test_a_lab_kicked_out_is_answered_by_the_rule_barring_labs(built):
    _, engine = built
    ans = engine.ask("bad labs rule - what ownership stake gets a lab kicked out")
    assert ans.answered and "10 percent" in ans.sentences[0].text, ans.answer


def test_whom_an_answer_is_for_is_left_out_of_what_is_weighed():
    from index.answer.question import without_purpose

    q = "k-12 district in ohio asks what month + yr huawei landed on the fcc covered list"
    assert without_purpose(q + ", superintendent wants it for a board memo") == q
    kept = "can we sell huawei phones, our customer wants it for a school"  # (a school is no memo or deck)
    assert without_purpose(kept) == kept


def test_the_year_of_a_sale_to_them_is_no_time_asked_about():
    info = analyse("cust's huawei phone we sold them in 2018 needs a warranty repair — do we send it to huawei")
    assert info.dealt_years == (2018,) and info.time_years == ()


@pytest.mark.parametrize("q", ["is the affiliates rule coming back after nov 2026?", "is huawei coming back to the us"])
def test_whether_something_is_coming_back_asks_a_forecast(q):
    assert analyse(q).kind == "future"
    assert analyse("did the affiliates rule come back after nov 2026").kind != "future"


def test_a_short_answer_to_whether_something_still_stands_asks_its_standing():
    assert analyse("tl;dr affiliates rule - is it still in force?").kind is None
    assert analyse("tl;dr on the affiliates rule").kind == "explain"


@pytest.mark.parametrize(
    "typed, read",
    [
        (
            "nvidia h200 to china - does that loosen anything for huawei",
            "nvidia h200 to china - does that lift anything",
        ),
        ("did the trade truce ease the rules", "did the trade truce lift the rules"),
        ("is commerce relaxing the ban", "is commerce lifting the ban"),
        ("could they come back if the entity list stuff ever eases", "could they come back if the entity list stuff"),
        ("ease of use on the mate 80", "ease of use on the mate 80"),  # a noun, no restriction lifted
    ],
)
def test_loosening_a_restriction_is_lifting_it(typed, read):
    assert expand_shorthand(typed).startswith(read)
    assert "lift" not in expand_shorthand(typed) or "lift" in read


@pytest.mark.parametrize(
    "typed, read",
    [
        (
            "customer has 30 mate 10 pros in a warehouse, can we clear them out at a discount?",
            "customer has 30 mate 10 pros in a warehouse, can we sell them at a discount?",
        ),
        ("can we clear out the leftover mate 10 pros", "can we sell the leftover mate 10 pros"),
        ("can we clear the air with the customer", "can we clear the air with the customer"),
    ],
)
def test_clearing_stock_out_is_selling_it(typed, read):
    assert expand_shorthand(typed) == read


@pytest.mark.parametrize(
    "typed, read",
    [
        ("didnt they walk that back", "didnt they soften that"),
        ("walked it back?", "softened it?"),
        ("walk it back to the office", "walk it back to the office"),
    ],
)
def test_walking_something_back_names_what_was_softened(typed, read):
    assert expand_shorthand(typed) == read


def test_government_typed_short_is_spelled_out():
    assert expand_shorthand("whats the govt's cut") == "whats the government's cut"
    assert expand_shorthand("any gov't contract rules") == "any government contract rules"


@pytest.mark.parametrize(
    "q",
    [
        "whats on the federal compliance checklist before we quote anything to an agency? deadline today",
        "need the 889 summary for a bid, deadline is tomorrow",
        "deadline today, what's on the checklist",
    ],
)
def test_the_askers_own_deadline_asks_no_date(q):
    assert analyse(q).kind != "when"
    assert analyse("whats the deadline for rip and replace").kind == "when"


def test_a_request_for_a_service_asks_no_leave_to_sell():
    from index.answer.question import asks_partners_to_deal

    assert not asks_partners_to_deal("customer wants us to enroll his pura x in our managed device service, ok?")
    assert asks_partners_to_deal("customer wants us to quote 40 mate 10 pros, ok?")
    assert asks_partners_to_deal("customer wants 40 huawei hotspots, ok?")


@pytest.mark.parametrize(
    "typed, read",
    [
        ("did trump ok nvidia h200 sales to china", "did trump approve nvidia h200 sales to china"),
        ("when was the h200 ok'd", "when was the h200 approved"),
        ("did they ok it", "did they approve it"),
        ("does that look ok to you", "does that look ok to you"),  # no verb
        ("is it ok to sell", "is it ok to sell"),
        ("did he say ok to that", "did he say ok to that"),
        ("do they pair ok w/ iphones", "do they pair ok w/ iphones"),  # how they do
    ],
)
def test_ok_as_a_verb_is_approving(typed, read):
    assert expand_shorthand(typed) == read


@pytest.mark.parametrize(
    "typed, read",
    [
        ("wait so whats our target margin on huawei handsets", "whats our target margin on huawei handsets"),
        ("hmm ok, can we sell the pura 80", "can we sell the pura 80"),
        ("so is huawei still on the entity list", "is huawei still on the entity list"),
        ("so the entity list - when", "so the entity list - when"),  # no asking word after it: left as typed
        ("lol ok what's the tgl", "what's the tgl"),
    ],
)
def test_chat_opening_a_question_is_read_as_nothing(typed, read):
    # "wait so whats our target margin…" was declined while "whats our target margin…" got the rule that replaced it
    from index.answer.question import without_chat_opener

    assert without_chat_opener(typed) == read


def test_a_chat_opener_changes_no_answer(built):
    _, engine = built
    plain = engine.ask("whats our target margin on huawei handsets these days")
    opened = engine.ask("wait so whats our target margin on huawei handsets these days")
    assert opened.answered == plain.answered and opened.answer == plain.answer, (opened.answer, plain.answer)
    # (in a thread, "ok so can we sell it or not" is still a part of its own, read after the earlier question)
    earlier = "customer in a fed-funded head start program wants 30 huawei tablets for classrooms, 889 issue?"
    assert engine.ask("ok so can we sell it or not", context=earlier).read_after


def test_a_year_naming_what_ended_is_no_time_asked():
    from index.answer.question import years_only_named

    assert years_only_named("when did the may 2019 tgl end") == [2019]
    assert years_only_named("when did the 2019 tgl start") == []  # no end asked: the year may date it
    assert years_only_named("when did the tgl end, in 2020?") == []  # a year asked, not a name
    assert years_only_named("what did the may 2019 tgl allow? when did it end?") == [2019]  # a thread's reading
    # something else ending: the rule's year sets the time of TSMC's stop
    assert years_only_named("did the 2020 chip rule mean tsmc had to stop making kirin chips? whens the last day") == []
    # as the engine reads it, shorthand spelled out; and our own note of a year, replaced later, is named by it
    assert years_only_named("when did the may 2019 tgl (temporary general licence) end") == [2019]
    assert years_only_named("when did the 2020 support note end") == []
    # "stop" with an object is what a rule barred, no end
    assert years_only_named("the may 2019 entity list add — what did it actually stop us companies from doing?") == []


def test_the_askers_own_verdict_on_a_bid_asks_leave():
    from index.answer.question import asks_leave

    assert asks_leave("district rfp wants 25 huawei matepads, bids due fri — we just no-bid right?")
    # a verdict on a return or a support request is answered by its route (review)
    assert not asks_leave("customer wants to return a faulty huawei phone, we just walk away right?")


def test_a_year_guessed_for_the_date_asked_is_no_time_asked():
    from index.answer.question import guessed_years

    assert guessed_years("when did the 889 contractor ban kick in, that was 2019 yeah?", "when") == [2019]
    assert analyse("when did the 889 contractor ban kick in, that was 2019 yeah?").time_years == ()
    # a year asked about, or a guess at something other than a date, is kept
    assert guessed_years("what did huawei launch in 2019?", "when") == []
    assert guessed_years("huawei revenue, that was 2019 right?", "money") == []


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("is huawei still on the commerce blacklist", "is huawei still on the Entity List"),
        ("how long ago did commerce blacklist huawei?", "how long ago did commerce add huawei to the Entity List?"),
        ("when was huawei blacklisted", "when was huawei added to the Entity List"),
        ("trump blacklisted huawei when", "trump added huawei to the Entity List when"),
        ("is it on the fcc blacklist", "is it on the Covered List"),
        ("do blacklisted companies count", "do Entity List companies count"),
    ],
)
def test_the_us_trade_blacklist_is_read_as_the_entity_list(typed, read):
    # "blacklist" is what the news calls the Entity List; the corpus never writes it, so "how long ago did commerce
    # blacklist huawei" was declined and "…still on the commerce blacklist" quoted advice on affiliates
    assert expand_shorthand(typed) == read


@pytest.mark.parametrize(
    "typed",
    [
        "we run imeis against a stolen/blacklist db",
        "imei blacklist check before resale",
        "blacklist database",
        "is the phone on the carrier blacklist",
        "my phone is blacklisted",
        # a seller's own list: "will verizon blacklist huawei phones" (the review found it read as the Entity List)
        "will verizon blacklist huawei phones",
        "does our disti blacklist huawei stock",
    ],
)
def test_a_blacklist_of_phones_or_a_sellers_own_is_no_trade_list(typed):
    assert "List" not in expand_shorthand(typed)


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("whats on the fcc banned list besides huawei", "whats on the Covered List besides huawei"),
        ("is it on some banned list now", "is it on some banned list now"),  # whose list is not said
        # (which of them is not said)
        ("is the mate 60 pro on the us banned list", "is the mate 60 pro on the us banned list"),
        ("huawei cfo?", "who is the huawei cfo?"),
        ("fcc chairman now?", "who is the fcc chairman now?"),
        ("huawei 2024 revenue?", "huawei 2024 revenue?"),
        ("our channel manager?", "our channel manager?"),
    ],
)
def test_everyday_names_for_lists_governments_and_roles_are_read_as_asked(typed, read):
    assert expand_shorthand(typed) == read


def test_a_bare_role_is_no_thing_named_alone():
    # "fcc chairman?" was asked as "what is fcc chairman" and quoted the 2018 chairman; it asks who holds the role
    assert bare_topic("fcc chairman?") is None and bare_topic("huawei cfo") is None
    assert bare_topic("operation clean carts") == "operation clean carts"


@pytest.mark.parametrize(
    "q, abbr",
    [
        ("what does bis stand for", "bis"),
        ("whats BIS short for", "bis"),
        ("ndaa stands for?", "ndaa"),
        ("fdpr = ?", "fdpr"),
        ("full form of usf", "usf"),
        ("what does HMS stand for in huawei land", "hms"),
        # a question using an abbreviation asks no full name
        ("what does bis say about ascend chips", None),
        ("is the tgl short for huawei's customers", None),
    ],
)
def test_the_full_name_of_an_abbreviation_asked(q, abbr):
    from index.answer.acronyms import abbreviation_asked

    assert abbreviation_asked(q) == abbr


@pytest.mark.parametrize(
    "text, days",
    [
        ("announced sept 29, paused nov 10", {"29 september", "10 november"}),
        ("took effect on 29 September 2025", {"29 september"}),
        ("on the 3rd of November", {"3 november"}),
        ("may 20, 2019", {"20 may"}),
        ("in May 2019", set()),  # a month and a year: no day
        ("in sept 2020 5 labs were barred", set()),
        ("section 889 took effect in 2019", set()),  # a number beside no month is no day
    ],
)
def test_a_day_told_with_its_month_is_a_date_anchor_of_its_own(text, days):
    from index.answer.question import date_anchors

    assert {a for a in date_anchors(text) if " " in a} == days


_DATE_WORDS = ["may", "sept", "Nov.", "29", "99", "0", "3rd", "of", "2019", ",", "the"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_DATE_WORDS), max_size=8).map(" ".join))
def test_date_anchors_never_fail_and_days_are_days_of_a_month(s):
    from index.answer.question import date_anchors

    for a in date_anchors(s):
        if " " in a:
            day, _month = a.split(" ")
            assert 1 <= int(day) <= 31


def test_a_thing_said_dead_has_ended():
    from index.answer.question import expand_shorthand

    assert "ended" in expand_shorthand("so its fully dead now")
    assert "ended" in expand_shorthand("so it's over")
    assert "ended" in expand_shorthand("thats dead for good")
    # (asked first, "is it dead", "is the tgl dead?" ask its standing now, read as typed)
    assert expand_shorthand("is the tgl dead?") == "is the tgl dead?"
    assert expand_shorthand("or is it gone") == "or is it gone"
    assert "faulty" in expand_shorthand("cust has a dead mate 20")  # a device said dead is faulty
    # …and where a device is named, "it's dead" is the device, not a thing ended
    assert "ended" not in expand_shorthand("so its dead then: customer's mate 10 pro won't turn on, can we swap it")
    assert "ended" not in expand_shorthand("customers pura 80 - it's completely dead after an update, warranty claim?")
    assert "ended" not in expand_shorthand("is it over the limit")


def test_a_fed_sub_is_a_federal_subcontractor():
    from index.answer.question import expand_shorthand

    assert "federal subcontractor" in expand_shorthand("and to a fed sub?")
    assert "federal subcontractors" in expand_shorthand("what about fed subs")
    assert "subcontractor" not in expand_shorthand("any sub for the mate 10 pro")  # a substitute, said alone


def test_names_written_out_keeps_only_names_the_texts_write_twice():
    from index.answer.acronyms import names_written_out

    texts = [
        "On 20 May 2019 the Commerce Department issued a temporary general licence for Huawei.",
        "The temporary general licence ended in August 2020. The Universal Service Fund (USF) pays carriers.",
        "Yu said HarmonyOS 6 improves fluency, intelligence and privacy.",
    ]
    names = names_written_out(texts)
    assert names["tgl"] == "temporary general licence"  # written twice
    assert "usf" not in names  # defined once, written once
    assert "hifi" not in names  # the words of one sentence
    assert names_written_out(texts + ["Universal Service Fund money"])["usf"] == "Universal Service Fund"


@pytest.mark.parametrize(
    "typed, read",
    [
        ("8/17/2020 — what did commerce announce that day?", "17 August 2020 — what did commerce announce that day?"),
        ("5/7/24 - that the day?", "7 May 2024 - that the day?"),
        ("anything new since 2/2026", "anything new since February 2026"),
        ("is it still in effect since 11/2025?", "is it still in effect since November 2025?"),  # (was "since 2011")
        ("29/9/2025 right?", "29 September 2025 right?"),  # a first number over 12 is the day
        # (the review: "since 8/13/2020" was read "since 2013 August 2020", a day taken for a two-digit year)
        ("since 8/13/2020 can a fed contractor use it", "since 13 August 2020 can a fed contractor use it"),
        ("pura 80 pro on sale from 6/14/25?", "pura 80 pro on sale from 14 June 2025?"),
        # no date: a ratio, a fraction, round the clock, a band, a month over 12, a two-digit year with no day
        ("cap table is 50/50", "cap table is 50/50"),
        ("24/7 support?", "24/7 support?"),
        ("band 2/66 for at&t", "band 2/66 for at&t"),
        ("13/13/2020", "13/13/2020"),
        ("in 10/25", "in 10/25"),
        ("3/4 of the labs", "3/4 of the labs"),
    ],
)
def test_a_date_written_in_numbers_is_read_as_the_corpus_writes_dates(typed, read):
    from index.answer.question import expand_shorthand

    assert expand_shorthand(typed) == read


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 40), st.integers(0, 40), st.sampled_from(["2019", "2025", "19", "99", ""]))
def test_numbers_with_slashes_are_read_as_a_real_date_or_left_as_typed(a, b, year):
    from index.answer.question import expand_shorthand

    typed = f"on {a}/{b}/{year} ok" if year else f"on {a}/{b} ok"
    read = expand_shorthand(typed)
    if read != typed:  # read as a date: a day of a month that has it, with its year
        day, month, yr = re.fullmatch(r"on (\d+) ([A-Z][a-z]+) (\d{4}) ok", read).groups()
        assert 1 <= int(day) <= 31 and yr.endswith(year)


def test_a_fiscal_year_is_spelled_out_only_where_the_passages_write_it():
    from index.answer.question import corpus_fiscal_years, fiscal_years_written

    years = corpus_fiscal_years(["President Trump signed the NDAA for fiscal year 2019 on 13 August 2018."])
    assert years == {"2019"}
    assert fiscal_years_written("ndaa fy19 signed when", years) == "ndaa fiscal year 2019 signed when"
    assert fiscal_years_written("is 889 from the fy2019 ndaa", years) == "is 889 from the fiscal year 2019 ndaa"
    # a fiscal year the passages never write stays as typed: nothing about 2019 answers it
    assert fiscal_years_written("and fy2022?", years) == "and fy2022?"


@pytest.mark.parametrize(
    "q, kind",
    [
        ("h200s to china — that 25% thing, is it a tax, a fee, or what", None),  # which kind of thing, not how much
        ("is that a law or just guidance", None),
        ("is the 25 percent on h200 sales a tax or a fee", None),  # (the review: a subject longer than "it")
        ("how much is the fee", "money"),
        ("is there a fee", "money"),
    ],
)
def test_which_of_the_kinds_named_it_is_asks_no_amount(q, kind):
    assert answer_type(q) == kind
