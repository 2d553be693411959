"""Floors on the project's own question set (eval/questions.yaml), held half.

Thresholds and weights are chosen on the `tune` half only; CI keeps floors on the `held`
half, measured with the shipped config (`partnerbot eval questions`). 2026-11-25, 45
documents: held answer accuracy 0.684, decline precision 0.938 and recall 0.833, 1 answerable
declined, hit@3 0.965; time-sensitive questions (both halves) 0.808. 2026-12-01, after the
2025–2026 corpus update (71 documents, gold of 27 items brought up to date from the corpus
text, two must-decline items now answerable): held 0.649, 0.933 / 0.778, 1, hit@3 0.983;
time 0.731 (two more time questions now have a newer current answer that the sentence
choice misses). 2026-12-01, issue 13: 109 held questions written without seeing the corpus
(`origin: unseen`, labelled by a second helper who never saw the code) joined the set; with
them, and 49 "fresh" ones measured once before joining (`origin: fresh`), held is 0.448
(unseen 0.390, fresh 0.241), decline precision 0.804 and recall 0.643, 11 answerable
declined, hit@3 0.939; time (both halves) 0.453. Issue 13, fourth round (fresh5, fresh6 and fresh7
joined held, fresh5t joined tune): held 0.547, decline precision 0.836 and recall 0.613, 18
answerable declined, hit@3 0.907; tune 0.706; time (both halves) 0.508. Fifth round (fresh8 joined held,
fresh9t joined tune): held 0.576, decline precision 0.856 and recall 0.652, 18 answerable declined, hit@3
0.914; tune 0.741; fresh8 0.644; time (both halves) 0.565. Sixth round (fresh10 and fresh12 joined held,
fresh11t joined tune): held 0.603, decline precision 0.872 and recall 0.697, 20 answerable declined, hit@3 0.923;
tune 0.737; fresh10 0.625; fresh12 0.590; time (both halves) 0.585. Eighth round (fresh15 joined held,
fresh16t joined tune; more than half of each must be declined, so held decline recall fell from 0.726 to 0.690
by what joined, not by a change): held 0.604, decline precision 0.884 and recall 0.690, 21 answerable declined,
hit@3 0.923; tune 0.729 (7 answerable declined); fresh15 0.471; fresh16t 0.467. Ninth round
(fresh17 joined held, fresh18t joined tune; 18 and 29 of them must be declined, so held decline recall fell from
0.690 to 0.664 at the round's start by what joined): held 0.608 → 0.612, decline precision 0.883 → 0.879 and
recall 0.664 → 0.668, 22 → 23 answerable declined; tune 0.720 → 0.731 (8 → 6 answerable declined); fresh17 0.704
→ 0.704; fresh18t 0.562 → 0.562. Tenth round (fresh19 joined held, fresh20t joined tune; 22 and 27 of them must
be declined, and the start code declines 8 and 9, so held decline recall fell from 0.668 to 0.643 and tune from 0.673
to 0.624 by what joined, not by a change): held 0.613 → 0.623, decline precision 0.884 → 0.902 and recall 0.643 →
0.640, 23 → 19 answerable declined; tune 0.716 → 0.727; fresh19 0.652 → 0.652; fresh20t 0.500 → 0.500.
Eleventh round (fresh21 joined held, fresh22t joined tune; 26 and 35 of them must be declined, and the start code
declines 10 and 16, so held decline recall fell from 0.640 to 0.617 by what joined; 4 of fresh21's 19 answerable
are declined): held 0.625 → 0.625, decline precision 0.889 → 0.889, 23 → 23 answerable declined; tune 0.722 →
0.722; fresh21 0.684 → 0.684; fresh22t 0.600 → 0.600. Follow-ups (`after:`, scored apart from the halves, 80 from
40 conversations): followup1 (held) 0.577, followup1t (tune) 0.630.
Twelfth round (fresh23 joined held, fresh24t joined tune; 36 and 28 of them must be declined, and the start code
declines 14 and 9, so held decline recall fell from 0.617 to 0.593 and tune accuracy from 0.722 to 0.709 by what
joined): held 0.622 → 0.622, tune 0.709 → 0.709, 10 → 9 tune answerable declined; fresh23 0.444 → 0.444;
fresh24t 0.471 → 0.471. Follow-ups (110): followup1 0.577 → 0.654, followup1t 0.630 → 0.630, followup2 (new,
held) 0.429 → 0.429, followup2t 0.571 → 0.571, with decline recall 0.302 → 0.419 over all follow-ups.
Thirteenth round (fresh25 joined held, fresh26t joined tune, followup3/followup3t joined the follow-ups; 29 and 23
must be declined, and the start code declines 9 and 7, so held decline recall fell from 0.593 to 0.570, and 6 of
their answerable were declined): held 0.622 → 0.627, tune 0.695 → 0.701 (12 answerable declined), fresh25 0.625 →
0.625, fresh26t 0.500 → 0.500, followup3 0.400 → 0.400, followup3t 0.500 → 0.667.
Fourteenth round (fresh27 joined held, fresh28t joined tune, followup4/followup4t joined the follow-ups; 37 and 30
must be declined, and the start code declines 13 and 13): a one-part question whose quoted sentences lack the kind
asked for and hold little of it is now declined ("The partner corpus does not say the number."), so decline recall
rose (held 0.550 → 0.573, tune 0.533 → 0.566); held 0.622 → 0.624 (29 → 30 answerable declined), tune 0.680 →
0.680 (14 → 13).
Fifteenth round (fresh29 joined held, fresh30t joined tune, followup5/followup5t joined the follow-ups; 30 and 30
must be declined, and the start code declines 11 and 14; one of fresh29's 15 answerable is declined): held 0.622 →
0.620 (decline recall 0.558 → 0.560, 31 → 32 answerable declined: "…like cambricon, or strictly huawei" now names
the chip maker the corpus lacks), tune 0.666 → 0.677 (decline recall 0.557 → 0.575), follow-ups 0.550 → 0.570.
Sixteenth round (fresh31 joined held, fresh32t joined tune, followup6/followup6t joined the follow-ups; 35 and 39
must be declined, and the start code declines 17 and 20; 5 of fresh31's 10 answerable are declined, so held fell
from 0.622 to 0.616 and answerable declined rose from 31 to 36 by what joined): held 0.616 → 0.621 (36 → 34
answerable declined), tune 0.674 → 0.682, follow-ups 0.563 → 0.602.
Seventeenth round (fresh33 joined held, fresh34t joined tune, followup7/followup7t joined the follow-ups; 44, 40 and
28 must be declined, and the start code declines 18, 20 and 16 of them, so held decline recall fell from 0.555 to
0.542): held 0.623 → 0.629, tune 0.673 → 0.681 (16 → 13 answerable declined), fresh34t 0.0 → 0.6.
Eighteenth round (fresh35 joined held, fresh36t joined tune, followup8/followup8t joined the follow-ups; 40, 35 and
22 must be declined; with them the start code declined 36 answerable held questions and 16 tune ones): held 0.627 →
0.627 (36 → 37 answerable declined: a wrong answer to "who decides…" is now a decline), tune 0.673 → 0.676 (16 →
15), fresh36t 0.4 → 0.5, follow-ups 0.557 → 0.566.
Nineteenth round (fresh37 joined held, fresh38t joined tune, followup9/followup9t joined the follow-ups; 43, 40 and
29 must be declined, and only 8 of the 120 are answerable; with them held decline recall fell from 0.542 to 0.539 and
the start code declined 39 answerable held questions): held 0.626 → 0.628 (39 → 38 answerable declined, decline
recall 0.539 → 0.540), tune 0.673 → 0.673 (decline recall 0.562 → 0.572).
Twentieth round (fresh39 joined held, fresh40t joined tune, followup10/followup10t joined the follow-ups; 33, 30 and
17 must be declined, and 10 of the 90 are answerable; with them held decline recall fell from 0.540 to 0.523 and the
start code declined 17 answerable tune questions): held 0.628 → 0.635 (decline recall 0.523 → 0.538; 38 → 40 answerable
declined: "what's huawei's stock price" and "latest revenue numbers?", answered with a near sentence before, now get
"The partner corpus does not give stock price / revenue"), tune 0.669 → 0.674 (decline recall 0.566 → 0.580, 17 → 18
answerable declined, a share-price question), follow-ups 192 → 195 of 340 right.
Twenty-first round (fresh41 joined held, fresh42t joined tune, followup11/followup11t joined the follow-ups; 30, 33 and
17 must be declined, and 10 of the 90 are answerable): held 0.634 → 0.639 (decline recall 0.539 → 0.551; 41 → 42
answerable declined: "did the fcc ever make carriers report…", answered with a wrong sentence before, now "does not say
that this ever happened"), tune 0.676 → 0.681 (decline recall 0.576 → 0.597; 18 → 19 answerable declined, "did
commerce ever hint…", wrong before too), fresh41 decline recall 0.567 → 0.600, fresh42t 0.515 → 0.636.
Twenty-second round (fresh43 joined held, fresh44t joined tune, followup12/followup12t joined the follow-ups; 27, 30 and
17 must be declined, and 16 of the 90 are answerable): held 0.6335 → 0.6335 (decline recall 0.547 → 0.556; 43 → 45
answerable declined: "is zte on the same lists as huawei?" and "huawei vs zte - is zte on the covered list too…",
answered with Huawei's sentences before, now "I couldn't find whether zte is on…"), tune 0.680 → 0.680 (decline
recall 0.591 → 0.603; 19 → 20 answerable declined, a comparison answered wrongly before).
Twenty-third round (fresh45 joined held, fresh46t joined tune, followup13/followup13t joined the follow-ups; 31, 31 and
16 must be declined, and 12 of the 90 are answerable; with them the start code declined 47 answerable held questions
and 21 tune ones): held 0.6314 → 0.6369 (47 → 45 answerable declined: "huawei vs zte - is zte on the covered list too…"
is answered by the first Covered List's members), tune 0.678 → 0.6805; the new sets unchanged (fresh45 decline recall
0.645, fresh46t 0.581).
Twenty-eighth round (fresh55 joined held, fresh56t joined tune, followup18/followup18t joined the follow-ups; a writer
asked for plain everyday questions wrote many the corpus answers: 24 of each 35): held 0.6032 → 0.5974 by what joined
(94 answerable declined); the round's fixes kept it (decline recall 0.704 → 0.706); tune 0.6261 → 0.6326 (65 → 63
answerable declined); fresh55 0.417, fresh56t 0.500 → 0.625, followup18 0.667, followup18t 0.167.
Twenty-ninth round (fresh57 joined held, fresh58t joined tune, followup19/followup19t joined the follow-ups; 21 and 23
of each 35 answerable): held 0.5974 → 0.5930 and tune 0.6326 → 0.6170 by what joined (100 and 70 answerable declined);
the round's fixes took held to 0.6030 (95) and tune to 0.6294 (63); fresh57 0.429, fresh58t 0.304 → 0.435, followup19
0.2, followup19t 0.222 → 0.444.
Thirtieth round (fresh59 joined held, fresh60t joined tune, followup20/followup20t joined the follow-ups; 15 and 13
of each 35 answerable): held 0.6030 → 0.5968 and tune 0.6294 → 0.6210 by what joined (102 and 69 answerable
declined); the round's fixes took held to 0.6017 and tune to 0.6351 (68); fresh59 0.267, fresh60t 0.308 → 0.462,
followup20 0.143, followup20t 0.0.
Thirty-first round (fresh61 joined held, fresh62t joined tune, followup21/followup21t joined the follow-ups; 8 and 12
of each 35 answerable): held 0.6017 → 0.5971 and tune 0.6351 → 0.6319 by what joined (105 and 72 answerable
declined); the round's fixes took held to 0.6007 and tune to 0.6358 (71); fresh61 0.125, fresh62t 0.500,
followup21 0.3, followup21t 0.625 → 0.75.
Thirty-second round (fresh63 joined held, fresh64t joined tune, followup22/followup22t joined the follow-ups; 15 and 16
of each 35 answerable): held 0.6007 → 0.5983 and tune 0.6358 → 0.6260 by what joined (109 and 77 answerable
declined); the round's fixes took tune to 0.6336 (79) and held to 0.5983 (110); fresh63 0.467, fresh64t 0.3125 →
0.375, followup22 0.333, followup22t 0.125.
Thirty-third round (a label audit first: three judges who read only the corpus found 25 replies scored wrong right, and
their quoted phrases joined the accepted answers, taking the start from tune 0.6336 to 0.6431 and held 0.5983 to
0.6187; then fresh65 joined held, fresh66t joined tune, followup23/followup23t joined the follow-ups; 17 and 24 of each
35 answerable): held 0.6187 → 0.6099 and tune 0.6431 → 0.6223 by what joined (120 and 89 answerable declined, held
decline precision 0.856 → 0.848); the round's fixes took held to 0.6110 (119) and tune to 0.6223 (88); fresh65 0.176,
fresh66t 0.167, followup23 0.286, followup23t 0.0 → 0.4.
Thirty-fourth round (fresh67 joined held, fresh68t joined tune, followup24/followup24t joined the follow-ups; 15 and 13
of each 35 answerable): held 0.6110 → 0.6028 and tune 0.6223 → 0.6150 by what joined (126 and 92 answerable
declined); the round's fixes took held to 0.6051 (126) and tune to 0.6185 (91); fresh67 0.133, fresh68t 0.308 →
0.462, followup24 0.111, followup24t 0.5.
Thirty-fifth round (fresh69 joined held, fresh70t joined tune, followup25/followup25t joined the follow-ups; 18 and 18
of each 35 answerable): held 0.6051 → 0.5950 and tune 0.6185 → 0.6028 by what joined (135 and 104 answerable declined,
held decline precision 0.845 → 0.838); the round's fixes took held to 0.6007 (133) and tune to 0.6149 (98); fresh69
0.111, fresh70t 0.111 → 0.167, followup25 0.2, followup25t 0.0.
Thirty-sixth round (fresh71 joined held, fresh72t joined tune, followup26/followup26t joined the follow-ups; 10 and 12
of each 35 answerable): held 0.6007 → 0.5962 and tune 0.6149 → 0.6091 by what joined (139 and 103 answerable
declined); the round's fixes took held to 0.6018 (139) and tune to 0.6125 (101); fresh71 0.2, fresh72t 0.333 →
0.417, followup26 0.0, followup26t 0.0.
Thirty-seventh round (fresh73 joined held, fresh74t joined tune, followup27/followup27t joined the follow-ups; 13 and 11
of each 35 answerable): held 0.6018 → 0.5943 and tune 0.6125 → 0.6047 by what joined (147 and 105 answerable
declined, held decline precision 0.837 → 0.832); the round's fixes took tune to 0.6096 (104) and held to 0.5954
(147); fresh73 0.077, fresh74t 0.182 → 0.273, followup27 0.0, followup27t 0.0.
Thirty-eighth round (fresh75 joined held, fresh76t joined tune, followup28/followup28t joined the follow-ups; 18 and 18
of each 35 answerable): held 0.5954 → 0.5881 and tune 0.6096 → 0.5968 by what joined (157 and 117 answerable
declined, held decline precision 0.832 → 0.826); the round's fixes, most from two attack tests, took held to 0.5892
(158) and left tune at 0.5968 (117); fresh75 0.222 → 0.278, fresh76t 0.167, followup28 0.333, followup28t 0.0 → 0.2.
Thirty-ninth round (fresh77 joined held, fresh78t joined tune, followup29/followup29t joined the follow-ups; 21 of
fresh77's 50 answerable and 14 of fresh78t's 50): held 0.5892 → 0.5888 and tune 0.5968 → 0.5946 by what joined (160
and 120 answerable declined); the round's fixes, most from two attack tests, took tune to 0.5978 (119) and held to
0.5899 (160); fresh77 0.571, fresh78t 0.500 → 0.571, followup29 0.4, followup29t 0.5 → 0.75.
Fortieth round (fresh79 joined held, fresh80t joined tune, followup30/followup30t joined the follow-ups; 15 of each
30 answerable): held 0.5899 → 0.5900 and tune 0.5978 → 0.6009 by what joined (163 and 120 answerable declined); the
round's fixes, most from two attack tests, took held to 0.5911 (163) and tune to 0.6025 (120); fresh79 0.600, fresh80t
0.733, followup30 0.167 → 0.333, followup30t 0.2 → 0.6.
Forty-first round (fresh81 joined held, fresh82t joined tune, followup31/followup31t joined the follow-ups; 14 of
fresh81's 30 answerable and 6 of fresh82t's 30): held 0.5911 → 0.5897 (0.5887 before one pattern a corpus-only judge
found too narrow was widened) and tune 0.6025 → 0.6015 by what joined (169 and 123 answerable declined); the round's
fixes, most from two attack tests, took tune to 0.6046 (123) and held to 0.5908 (168); fresh81 0.500 → 0.571,
fresh82t 0.500, followup31 0.5, followup31t 0.667 → 0.833.
Forty-second round (fresh83 joined held, fresh84t joined tune, followup32/followup32t joined the follow-ups; 9 of
fresh83's 30 answerable and 15 of fresh84t's 30): held 0.5908 → 0.5935 and tune 0.6046 → 0.6045 by what joined (168
and 125 answerable declined); the round's fixes, most from two attack tests, took tune to 0.6104 (123) and held to
0.5945 (168); fresh83 0.889 → 0.889, fresh84t 0.600 → 0.800, followup32 0.286 → 0.429, followup32t 0.0 → 0.0.
Forty-third round (fresh85 joined held, fresh86t joined tune, followup33/followup33t joined the follow-ups; 9 of each 30
answerable): held 0.5945 → 0.5932 and tune 0.6104 → 0.6082 by what joined (171 and 126 answerable declined); the
round's fixes, most from two attack tests, took tune to 0.6112 (124) and held to 0.5972 (171); fresh85 0.444 → 0.444,
fresh86t 0.444 → 0.556, followup33 0.667 → 1.0, followup33t 0.2 → 0.2.
Forty-fourth round (fresh87 joined held, fresh88t joined tune, followup34/followup34t joined the follow-ups; 14 of
fresh87's 30 answerable and 12 of fresh88t's 30): held 0.5972 → 0.5948 and tune 0.6112 → 0.6122 by what joined (173
and 124 answerable declined); the round's fixes, most from two attack tests, took held to 0.5968 (172) and left tune at
0.6122 (124); fresh87 0.429 → 0.500, fresh88t 0.667, followup34 0.5, followup34t 0.2.
Forty-fifth round (fresh89 joined held, fresh90t joined tune, followup35/followup35t joined the follow-ups; 15 of
fresh89's 30 answerable, two of them relabelled after a corpus-only check, and 14 of fresh90t's 30): held 0.5968 →
0.5969 and tune 0.6122 → 0.6113 by what joined (174 and 127 answerable declined); the round's fixes, most from two
attack tests, took tune to 0.6128 (124) and left held at 0.5969 (173); fresh89 0.600, fresh90t 0.571 → 0.643,
followup35 0.375, followup35t 0.625.
Forty-sixth round (fresh91 joined held, fresh92t joined tune, followup36/followup36t joined the follow-ups; 9 of
fresh91's 30 answerable, one of them labelled so against the majority for saying the processor was not disclosed, and
11 of fresh92t's 30): held 0.5969 → 0.5965 and tune 0.6128 → 0.6075 by what joined (175 and 132 answerable declined);
the round's fixes, most from two attack tests, took tune to 0.6089 (131) and held to 0.5975 (175); fresh91 0.556 →
0.667, fresh92t 0.273 → 0.364, followup36 0.167 (one label widened after a corpus-only check), followup36t 0.0.
Forty-seventh round (fresh93 joined held, fresh94t joined tune, followup37/followup37t joined the follow-ups; 13 of
fresh93's 30 answerable and 12 of fresh94t's 30, one label of each widened after a corpus-only check): held 0.5975 →
0.5987 and tune 0.6089 → 0.6058 by what joined (178 and 133 answerable declined); the round's fixes, most from two
attack tests, took tune to 0.6071 (133) and held to 0.5977 (178); fresh93 0.692, fresh94t 0.417 → 0.500, followup37
0.4, followup37t 0.25. Then "ok or no" after a request read as "yes or no" (a fault found reading fresh93, so
fresh93's 0.769 after it is no unseen figure): held 0.5987 (177).
Forty-eighth round (fresh95 joined held, fresh96t joined tune, followup38/followup38t joined the follow-ups; 16 of
fresh95's 30 answerable and 11 of fresh96t's 30; two corpus-only checks changed no label): held 0.5987 → 0.5972 and
tune 0.6071 → 0.6062 by what joined (181 and 135 answerable declined); the round's fixes, most from two attack tests
and a review, took held to 0.5981 (180) and tune to 0.6076 (134); fresh95 0.500 → 0.500, fresh96t 0.545 → 0.636,
followup38 0.4, followup38t 0.333 → 0.667.
Forty-ninth round (fresh97 joined held, fresh98t joined tune, followup39/followup39t joined the follow-ups; 7 of
fresh97's 30 answerable and 4 of fresh98t's 30; a corpus-only check changed no label): held 0.5981 → 0.5942 and tune
0.6076 → 0.6083 by what joined (183 and 135 answerable declined); the round's fixes, most from two attack tests and two
reviews, took held to 0.5951 (183) and left tune at 0.6083 (135, decline recall 0.723 → 0.726); fresh97 0.0 → 0.0,
fresh98t 0.75 → 0.75, followup39 0.5, followup39t 0.0 → 1.0.
Fiftieth round (fresh99 joined held, fresh100t joined tune, followup40/followup40t joined the follow-ups; 8 of fresh99's
30 answerable and 7 of fresh100t's 30): held 0.5951 → 0.5916 and tune 0.6083 → 0.6053 by what joined (188 and 139
answerable declined); the round's fixes, most from two attack tests and two reviews, left held at 0.5916 (188) and
took tune to 0.6080 (137, decline recall 0.727 → 0.726); fresh99 0.125 → 0.125, fresh100t 0.29 → 0.43, followup40 0.0,
followup40t 0.0.
Fifty-first round (fresh101 joined held, fresh102t joined tune, followup41/followup41t joined the follow-ups; 6 of
fresh101's 30 answerable and 10 of fresh102t's 30): held 0.5916 → 0.5893 and tune 0.6080 → 0.6039 by what joined (192
and 140 answerable declined); the round's fixes, from an attack test, the tune half and the "does not say" line read
against squad-half, left held at 0.5893 (192) and took tune to 0.6066 (138, decline recall 0.727 → 0.727); fresh101
0.167 → 0.167, fresh102t 0.3 → 0.5, followup41 0.167, followup41t 0.333.
Fifty-second round (fresh103 joined held, fresh104t joined tune, followup42/followup42t joined the follow-ups; 8 of
fresh103's 30 answerable and 13 of fresh104t's 30): held 0.5893 → 0.5877 and tune 0.6066 → 0.6041 by what joined (195
and 142 answerable declined); the round's fixes, from an attack test, the tune half and a review, left held at 0.5877
(195, decline recall 0.707 → 0.708) and tune at 0.6041 (142, decline recall 0.727 → 0.731); fresh103 0.375 → 0.375,
fresh104t 0.46 → 0.46, followup42 1.0, followup42t 0.25 → 0.5.
Fifty-third round (fresh105 joined held, fresh106t joined tune, followup43/followup43t joined the follow-ups; 16 of
fresh105's 30 answerable and 13 of fresh106t's 30): held 0.5877 → 0.5828 and tune 0.6041 → 0.6005 by what joined (202
and 146 answerable declined); the round's fixes, from two attack tests and a review, left held at 0.5828 (202) and
tune at 0.6005 (145); fresh105 0.25 → 0.25, fresh106t 0.38 → 0.38, followup43 1.0, followup43t 0.5.
Fifty-fourth round (fresh107 joined held, fresh108t joined tune, followup44/followup44t joined the follow-ups; 11 of
fresh107's 30 answerable and 13 of fresh108t's 30): held 0.5828 → 0.5797 and tune 0.6005 → 0.5957 by what joined (205
and 150 answerable declined); the round's fixes, from three attack tests and a review, left tune at 0.5957 (150) and
took held to 0.5815 (203); fresh107 0.27 → 0.27, fresh108t 0.31 → 0.31, followup44 0.0, followup44t 0.5.
Fifty-fifth round (fresh109 joined held, fresh110t joined tune, followup45/followup45t joined the follow-ups; 9 of
fresh109's 30 answerable and 12 of fresh110t's 30): held 0.5815 → 0.5813 and tune 0.5957 → 0.5906 by what joined (205
and 156 answerable declined); the round's fixes, from three attack tests and a review, took held to 0.5876 (199) and
tune to 0.5980 (152); fresh109 0.56 → 0.56, fresh110t 0.25 → 0.5, followup45 0.0, followup45t 0.33.
Fifty-sixth round (fresh111 joined held, fresh112t joined tune, followup46/followup46t joined the follow-ups; 9 of
fresh111's 30 answerable and 10 of fresh112t's 30): held 0.5876 → 0.5855 and tune 0.5980 → 0.5956 by what joined (201
and 154 answerable declined); the round's fixes, from three attack tests and a review, took held to 0.5864 (201) and
tune to 0.5968 (153); fresh111 0.33 → 0.33, fresh112t 0.4 → 0.5, followup46 0.125, followup46t 0.2.
Fifty-seventh round (fresh113 joined held, fresh114t joined tune, followup47/followup47t joined the follow-ups; 11 of
fresh113's 30 answerable and 16 of fresh114t's 30): held 0.5864 → 0.5869 and tune 0.5968 → 0.5914 by what joined (203
and 158 answerable declined); the round's fixes, from three attack tests and a review, took held to 0.5878 (202) and
tune to 0.5938 (156); fresh113 0.64 → 0.64, fresh114t 0.31 → 0.44, followup47 0.5, followup47t 0.4.
Fifty-eighth round (fresh115 joined held, fresh116t joined tune, followup48/followup48t joined the follow-ups; 13 of
fresh115's 30 answerable and 12 of fresh116t's 30): held 0.5878 → 0.5855 and tune 0.5938 → 0.5925 by what joined (208
and 157 answerable declined); the round's fixes, from three attack tests and a review, took tune to 0.5960 (156) and
left held at 0.5855 (208); fresh115 0.38 → 0.38, fresh116t 0.5 → 0.58, followup48 0.4, followup48t 0.2 → 0.4.
Fifty-ninth round (fresh117 joined held, fresh118t joined tune, followup49/followup49t joined the follow-ups; 10 of
fresh117's 30 answerable and 5 of fresh118t's 30): held 0.5855 → 0.5839 and tune 0.5960 → 0.5925 by what joined (211
and 156 answerable declined; tune decline recall 0.721 → 0.716); the round's fixes, from two attack tests and a review,
took tune to 0.5948 (156) and left held at 0.5839 (211); fresh117 0.4 → 0.4, fresh118t 0.0 → 0.4, followup49 0.0,
followup49t 0.0 → 0.14.
Sixtieth round (fresh119 joined held, fresh120t joined tune, followup50/followup50t joined the follow-ups; 11 of
fresh119's 30 answerable and 11 of fresh120t's 30): held 0.5839 → 0.5810 and tune 0.5948 → 0.5896 by what joined (214
and 163 answerable declined); the round's fixes, from two attack tests and a review, took tune to 0.5942 (160) and left
held at 0.5810 (214); fresh119 0.27 → 0.27, fresh120t 0.18 → 0.45, followup50 0.25 → 0.5, followup50t 0.0 → 0.29.
Sixty-first round (fresh121 joined held, fresh122t joined tune, followup51/followup51t joined the follow-ups; 11 of
fresh121's 30 answerable and 13 of fresh122t's 30): held 0.5810 → 0.5798 and tune 0.5942 → 0.5934 by what joined (218
and 165 answerable declined); the round's fixes, from two attack tests and a review, took tune to 0.5968 (164) and left
held at 0.5798 (217); fresh121 0.45 → 0.45, fresh122t 0.62 → 0.62, followup51 0.17, followup51t 0.38.
Sixty-second round (fresh123 joined held, fresh124t joined tune, followup52/followup52t joined the follow-ups; 12 of
fresh123's 30 answerable and 13 of fresh124t's 30): held 0.5798 → 0.5765 and tune 0.5968 → 0.5960 by what joined (221
and 167 answerable declined); the round's fixes, from two attack tests and a review, took tune to 0.5993 (163) and left
held at 0.5765 (222); fresh123 0.25 → 0.25, fresh124t 0.54 → 0.62, followup52 0.29, followup52t 0.5.
Sixty-third round (fresh125 joined held, fresh126t joined tune, followup53/followup53t joined the follow-ups; 15 of
fresh125's 30 answerable and 11 of fresh126t's 30): held 0.5765 → 0.5760 and tune 0.5993 → 0.5965 by what joined (226
and 166 answerable declined); the round's fixes, from two attack tests and a review, took tune to 0.6020 (168) and held
to 0.5801 (219); fresh125 0.53 → 0.53, fresh126t 0.36 → 0.55, followup53 0.5, followup53t 0.17.
The floors leave a little room for harmless changes; a real regression fails CI.
"""

import re
from pathlib import Path

import pytest

from bot.evaluate.questions import eval_questions, load_questions

QUESTIONS = Path(__file__).resolve().parent.parent / "eval" / "questions.yaml"


@pytest.mark.slow  # 2,260 questions and their regexes: about 1 s
def test_question_set_shape():
    items = load_questions(QUESTIONS)
    answerable = [i for i in items if i["docs"]]
    assert len(answerable) >= 80 and len(items) - len(answerable) >= 25
    assert sum(1 for i in answerable if i["group"] == "time") >= 15
    assert {i["split"] for i in items} == {"tune", "held"}
    for i in answerable:  # the regexes are about the answer, not the question's own words
        assert not any(rx.search(i["q"]) for rx in i["_rx"]), i["q"]


def test_question_set_floor(built):
    _, engine = built
    docs = {p.doc_id for p in engine.snapshot().passages}
    for it in load_questions(QUESTIONS):
        assert set(it["docs"]) <= docs, it  # every expected id exists in the corpus
    res = eval_questions(engine, QUESTIONS)
    held = res["held"]
    # (0.59: fresh55's 24 answerable, 10 answered at the start of round 28, took held from 0.6032 to 0.5974;
    # fresh57's 21, 9 answered, took it to 0.5930 at the start of round 29; 0.58: fresh75's 18, 4 answered, took it
    # from 0.5954 to 0.5881 at the start of round 38, and the round's fixes to 0.5892; 0.57: fresh121's 11, 5
    # answered, took it from 0.5810 to 0.5798 at the start of round 61; fresh123's 12, 3 answered, from 0.5798 to
    # 0.5765 at the start of round 62)
    assert held["answer_accuracy"] >= 0.57, held
    # the answer gate (index/answer/gate.py) declines near-topic replies: recall up, a few answerable declined
    # (precision 0.85: fresh59's 35, 13 of its 20 unanswerable declined and 7 of its 15 answerable, took held's from
    # 0.865 to 0.859 at the start of round 30; 0.84: fresh65's 35, 16 of its 18 unanswerable declined and 10 of its 17
    # answerable, took it from 0.856 to 0.848 at the start of round 33; 0.83: fresh69's 35, 15 of its 17 unanswerable
    # declined and 9 of its 18 answerable, took it from 0.845 to 0.838 at the start of round 35; 0.82: fresh75's 35,
    # 17 of its 17 unanswerable declined and 10 of its 18 answerable, took it from 0.832 to 0.826 at the start of round
    # 38)
    assert held["decline_recall"] >= 0.68 and held["decline_precision"] >= 0.82, held
    # (91: fresh53's 10 plain questions came with 6 declined at the start of round 27; 94: fresh55's 24, 3, round 28;
    # 95: fresh57's 21 came with 6 declined in round 29, when held had 100; 103: fresh59's 15 came with 7 declined in
    # round 30, when held had 102; 105: fresh61's 8 came with 3 declined in round 31, when held had 102; 109: fresh63's
    # 15 came with 4 declined in round 32, when held had 105; 110: "is the mate xt trifold available unlocked in the us
    # and whats the msrp", wrong before, is declined since "msrp" reads as the price the corpus does not give; 120:
    # fresh65's 17 came with 10 declined in round 33, when held had 110; 127: fresh67's 15 came with 7 declined in
    # round 34, when held had 119; 136: fresh69's 18 came with 9 declined in round 35, when held had 126; 139:
    # fresh71's 10 came with 6 declined in round 36, when held had 133; 147: fresh73's 13 came with 8 declined in round
    # 37, when held had 139; 158: fresh75's 18 came with 10 declined in round 38, when held had 147, and "…how come my
    # phone isnt illegal to own…", wrong before, now reads as keeping one and is declined as a reason not given; 160:
    # fresh77's 21 came with 2 declined in round 39, when held had 158; 163: fresh79's 15 came with 3 declined in round
    # 40, when held had 160; 169: fresh81's 14 came with 6 declined in round 41, when held had 163; 171: fresh85's 9
    # came with 3 declined in round 43, when held had 168; 172: fresh87's 14 came with 2 declined in round 44, when
    # held had 171, and the round's fixes took it from 173 to 172; 173: fresh89's 15 came with 2 declined in round 45,
    # when held had 172, and the round's fixes took it from 174 to 173; 175: fresh91's 9 came with 2 declined in round
    # 46, when held had 173, and the round's fixes left it at 175; 178: fresh93's 13 came with 3 declined in round 47,
    # when held had 175, and the round's fixes left it at 178, then "ok or no" read as a verdict asked at 177; 180:
    # fresh95's 16 came with 4 declined in round 48, when held had 177, and the round's fixes took it from 181 to 180;
    # 183: fresh97's 7 came with 3 declined in round 49, when held had 180; 188: fresh99's 8 came with 5 declined in
    # round 50, when held had 183; 192: fresh101's 6 came with 4 declined in round 51, when held had 188; 195:
    # fresh103's 8 came with 3 declined in round 52, when held had 192; 202: fresh105's 16 came with 7 declined in
    # round 53, when held had 195; 203: fresh107's 11 came with 3 declined in round 54, when held had 202, and the
    # round's fixes took it from 205 to 203; 199: fresh109's 9 came with 2 declined in round 55, when held had 203, and
    # the round's fixes took it from 205 to 199; 201: fresh111's 9 came with 2 declined in round 56, when held had 199,
    # and the round's fixes left it at 201; 202: fresh113's 11 came with 2 declined in round 57, when held had 201, and
    # the round's fixes took it from 203 to 202; 208: fresh115's 13 came with 6 declined in round 58, when held had
    # 202; 211: fresh117's 10 came with 3 declined in round 59, when held had 208; 214: fresh119's 11 came with 3
    # declined in round 60, when held had 211; 218: fresh121's 11 came with 4 declined in round 61, when held had 214;
    # 222: fresh123's 12 came with 3 declined in round 62, when held had 218, and the round's answer gate declined a
    # reply that was wrong before, "tgl — could us carriers use it to buy new huawei base stations…")
    assert held["answerable_declined"] <= 222, held
    assert held["hit@3"] >= 0.90, held
    assert res["unseen"]["answer_accuracy"] >= 0.45, res["unseen"]
    assert res["fresh2"]["answer_accuracy"] >= 0.66, res["fresh2"]
    assert res["fresh4"]["answer_accuracy"] >= 0.58, res["fresh4"]
    assert res["fresh5"]["answer_accuracy"] >= 0.52, res["fresh5"]
    assert res["fresh6"]["answer_accuracy"] >= 0.47, res["fresh6"]
    assert res["fresh7"]["answer_accuracy"] >= 0.64, res["fresh7"]
    assert res["fresh8"]["answer_accuracy"] >= 0.63 and res["fresh8"]["decline_recall"] >= 0.64, res["fresh8"]
    assert res["fresh10"]["answer_accuracy"] >= 0.60, res["fresh10"]
    assert res["fresh12"]["answer_accuracy"] >= 0.60 and res["fresh12"]["decline_recall"] >= 0.90, res["fresh12"]
    assert res["fresh13"]["answer_accuracy"] >= 0.54, res["fresh13"]
    assert res["fresh14t"]["answer_accuracy"] >= 0.45, res["fresh14t"]
    assert res["fresh15"]["answer_accuracy"] >= 0.38, res["fresh15"]
    assert res["fresh16t"]["answer_accuracy"] >= 0.44, res["fresh16t"]
    assert res["fresh17"]["answer_accuracy"] >= 0.66, res["fresh17"]
    assert res["fresh18t"]["answer_accuracy"] >= 0.48, res["fresh18t"]
    # (0.56: round 30's subsection rule leads "…889 part a make them pull those" with the agency ban's own sentence, the
    # right one, and the answer gate declines that reply, p 0.18 against 0.198)
    assert res["fresh19"]["answer_accuracy"] >= 0.56, res["fresh19"]
    assert res["fresh20t"]["answer_accuracy"] >= 0.46, res["fresh20t"]
    assert res["fresh21"]["answer_accuracy"] >= 0.63, res["fresh21"]
    assert res["fresh22t"]["answer_accuracy"] >= 0.48, res["fresh22t"]
    assert res["fresh23"]["answer_accuracy"] >= 0.33, res["fresh23"]
    assert res["fresh24t"]["answer_accuracy"] >= 0.41, res["fresh24t"]
    assert res["fresh25"]["answer_accuracy"] >= 0.56, res["fresh25"]  # 16 answerable: one may go
    assert res["fresh26t"]["answer_accuracy"] >= 0.40, res["fresh26t"]
    assert res["fresh27"]["answer_accuracy"] >= 0.12 and res["fresh27"]["decline_recall"] >= 0.32, res["fresh27"]
    assert res["fresh28t"]["answer_accuracy"] >= 0.13 and res["fresh28t"]["decline_recall"] >= 0.5, res["fresh28t"]
    assert res["fresh29"]["answer_accuracy"] >= 0.4 and res["fresh29"]["decline_recall"] >= 0.33, res["fresh29"]
    assert res["fresh30t"]["answer_accuracy"] >= 0.53 and res["fresh30t"]["decline_recall"] >= 0.56, res["fresh30t"]
    assert res["fresh31"]["answer_accuracy"] >= 0.1 and res["fresh31"]["decline_recall"] >= 0.45, res["fresh31"]
    assert res["fresh32t"]["answer_accuracy"] >= 0.5 and res["fresh32t"]["decline_recall"] >= 0.5, res["fresh32t"]
    assert res["fresh33"]["decline_recall"] >= 0.38, res["fresh33"]  # 1 answerable, not answered yet
    assert res["fresh34t"]["answer_accuracy"] >= 0.4 and res["fresh34t"]["decline_recall"] >= 0.47, res["fresh34t"]
    assert res["fresh35"]["answer_accuracy"] >= 0.2 and res["fresh35"]["decline_recall"] >= 0.7, res["fresh35"]
    assert res["fresh36t"]["answer_accuracy"] >= 0.4 and res["fresh36t"]["decline_recall"] >= 0.45, res["fresh36t"]
    assert res["fresh37"]["decline_recall"] >= 0.48, res["fresh37"]  # 2 answerable, not answered yet
    assert res["fresh38t"]["answer_accuracy"] >= 0.4 and res["fresh38t"]["decline_recall"] >= 0.45, res["fresh38t"]
    assert res["fresh39"]["decline_recall"] >= 0.18, res["fresh39"]  # 2 answerable, one answered
    assert res["fresh40t"]["answer_accuracy"] >= 0.2 and res["fresh40t"]["decline_recall"] >= 0.43, res["fresh40t"]
    assert res["fresh41"]["decline_recall"] >= 0.55, res["fresh41"]  # 5 answerable, two answered
    assert res["fresh42t"]["answer_accuracy"] >= 0.5 and res["fresh42t"]["decline_recall"] >= 0.58, res["fresh42t"]
    assert res["fresh43"]["decline_recall"] >= 0.4, res["fresh43"]  # 8 answerable, one answered
    assert res["fresh44t"]["answer_accuracy"] >= 0.4 and res["fresh44t"]["decline_recall"] >= 0.58, res["fresh44t"]
    assert res["fresh45"]["decline_recall"] >= 0.6, res["fresh45"]  # 4 answerable, one answered
    assert res["fresh46t"]["answer_accuracy"] >= 0.25 and res["fresh46t"]["decline_recall"] >= 0.54, res["fresh46t"]
    assert res["fresh47"]["answer_accuracy"] >= 0.4 and res["fresh47"]["decline_recall"] >= 0.64, res["fresh47"]
    assert res["fresh48t"]["decline_recall"] >= 0.7, res["fresh48t"]  # 4 answerable, none answered yet
    assert res["fresh49"]["answer_accuracy"] >= 1.0 and res["fresh49"]["decline_recall"] >= 0.64, res["fresh49"]
    assert res["fresh50t"]["decline_recall"] >= 0.58, res["fresh50t"]  # 1 answerable, not answered yet
    assert res["fresh51"]["decline_recall"] >= 0.68, res["fresh51"]  # 8 answerable, none answered yet
    assert res["fresh52t"]["answer_accuracy"] >= 0.1 and res["fresh52t"]["decline_recall"] >= 0.44, res["fresh52t"]
    assert res["fresh53"]["answer_accuracy"] >= 0.1 and res["fresh53"]["decline_recall"] >= 0.5, res["fresh53"]
    assert res["fresh54t"]["answer_accuracy"] >= 0.36 and res["fresh54t"]["decline_recall"] >= 0.54, res["fresh54t"]
    assert res["fresh55"]["answer_accuracy"] >= 0.41 and res["fresh55"]["decline_recall"] >= 0.63, res["fresh55"]
    # (0.72: "cust wants to return a huawei watch gt they bought from us in 2019, are we still on the hook": since round
    # 38 the year it was bought no longer sets the time asked, and the newer guidance found passes the answer gate)
    assert res["fresh56t"]["answer_accuracy"] >= 0.62 and res["fresh56t"]["decline_recall"] >= 0.72, res["fresh56t"]
    assert res["fresh57"]["answer_accuracy"] >= 0.42 and res["fresh57"]["decline_recall"] >= 0.78, res["fresh57"]
    assert res["fresh58t"]["answer_accuracy"] >= 0.43 and res["fresh58t"]["decline_recall"] >= 0.75, res["fresh58t"]
    assert res["fresh59"]["answer_accuracy"] >= 0.26 and res["fresh59"]["decline_recall"] >= 0.74, res["fresh59"]
    assert res["fresh60t"]["answer_accuracy"] >= 0.46 and res["fresh60t"]["decline_recall"] >= 0.81, res["fresh60t"]
    # (0.59: "e-rate cust got huawei aps aproved in the 2019 funding yr … did the fcc claw any of that back", declined
    # only for the unknown word "aps" before round 36 read access points as network gear, is answered with the USF rule)
    assert res["fresh61"]["answer_accuracy"] >= 0.12 and res["fresh61"]["decline_recall"] >= 0.59, res["fresh61"]
    assert res["fresh62t"]["answer_accuracy"] >= 0.5 and res["fresh62t"]["decline_recall"] >= 0.56, res["fresh62t"]
    # (0.60: "two qs: is the hisilicon parts ban final yet, and if it passes would clean carts start going after
    # listings…", declined by the gate before round 45, now quotes the resale note's step before quoting another brand's
    # device, whose vote "for 22 July 2026" it says has passed untold; the Clean Carts part stays unanswered)
    assert res["fresh63"]["answer_accuracy"] >= 0.46 and res["fresh63"]["decline_recall"] >= 0.6, res["fresh63"]
    assert res["fresh64t"]["answer_accuracy"] >= 0.37 and res["fresh64t"]["decline_recall"] >= 0.78, res["fresh64t"]
    assert res["fresh65"]["answer_accuracy"] >= 0.17 and res["fresh65"]["decline_recall"] >= 0.88, res["fresh65"]
    assert res["fresh66t"]["answer_accuracy"] >= 0.16 and res["fresh66t"]["decline_recall"] >= 0.81, res["fresh66t"]
    assert res["fresh67"]["answer_accuracy"] >= 0.13 and res["fresh67"]["decline_recall"] >= 0.7, res["fresh67"]
    assert res["fresh68t"]["answer_accuracy"] >= 0.46 and res["fresh68t"]["decline_recall"] >= 0.63, res["fresh68t"]
    assert res["fresh69"]["answer_accuracy"] >= 0.11 and res["fresh69"]["decline_recall"] >= 0.88, res["fresh69"]
    assert res["fresh70t"]["answer_accuracy"] >= 0.16 and res["fresh70t"]["decline_recall"] >= 0.88, res["fresh70t"]
    assert res["fresh71"]["answer_accuracy"] >= 0.2 and res["fresh71"]["decline_recall"] >= 0.64, res["fresh71"]
    assert res["fresh72t"]["answer_accuracy"] >= 0.41 and res["fresh72t"]["decline_recall"] >= 0.65, res["fresh72t"]
    assert res["fresh73"]["answer_accuracy"] >= 0.07 and res["fresh73"]["decline_recall"] >= 0.59, res["fresh73"]
    assert res["fresh74t"]["answer_accuracy"] >= 0.27 and res["fresh74t"]["decline_recall"] >= 0.87, res["fresh74t"]
    assert res["fresh75"]["answer_accuracy"] >= 0.27 and res["fresh75"]["decline_recall"] >= 0.94, res["fresh75"]
    assert res["fresh76t"]["answer_accuracy"] >= 0.16 and res["fresh76t"]["decline_recall"] >= 0.7, res["fresh76t"]
    assert res["fresh77"]["answer_accuracy"] >= 0.52 and res["fresh77"]["decline_recall"] >= 0.75, res["fresh77"]
    assert res["fresh78t"]["answer_accuracy"] >= 0.5 and res["fresh78t"]["decline_recall"] >= 0.63, res["fresh78t"]
    assert res["fresh79"]["answer_accuracy"] >= 0.53 and res["fresh79"]["decline_recall"] >= 0.46, res["fresh79"]
    assert res["fresh80t"]["answer_accuracy"] >= 0.66 and res["fresh80t"]["decline_recall"] >= 0.4, res["fresh80t"]
    assert res["fresh81"]["answer_accuracy"] >= 0.35 and res["fresh81"]["decline_recall"] >= 0.5, res["fresh81"]
    assert res["fresh82t"]["answer_accuracy"] >= 0.33 and res["fresh82t"]["decline_recall"] >= 0.7, res["fresh82t"]
    assert res["fresh83"]["answer_accuracy"] >= 0.77 and res["fresh83"]["decline_recall"] >= 0.52, res["fresh83"]
    assert res["fresh84t"]["answer_accuracy"] >= 0.73 and res["fresh84t"]["decline_recall"] >= 0.73, res["fresh84t"]
    assert res["fresh85"]["answer_accuracy"] >= 0.33 and res["fresh85"]["decline_recall"] >= 0.76, res["fresh85"]
    assert res["fresh86t"]["answer_accuracy"] >= 0.44 and res["fresh86t"]["decline_recall"] >= 0.71, res["fresh86t"]
    # (fresh87: 7 of 14 answerable right, 10 of 16 declined; fresh88t: 8 of 12, 7 of 18; one of each may go)
    assert res["fresh87"]["answer_accuracy"] >= 0.42 and res["fresh87"]["decline_recall"] >= 0.56, res["fresh87"]
    assert res["fresh88t"]["answer_accuracy"] >= 0.58 and res["fresh88t"]["decline_recall"] >= 0.33, res["fresh88t"]
    # (fresh89: 9 of 15 answerable right, 11 of 15 declined; fresh90t: 9 of 14, 12 of 16; one of each may go)
    assert res["fresh89"]["answer_accuracy"] >= 0.53 and res["fresh89"]["decline_recall"] >= 0.66, res["fresh89"]
    assert res["fresh90t"]["answer_accuracy"] >= 0.57 and res["fresh90t"]["decline_recall"] >= 0.68, res["fresh90t"]
    # (fresh91: 6 of 9 answerable right, 10 of 21 declined; fresh92t: 4 of 11, 11 of 19; one of each may go)
    assert res["fresh91"]["answer_accuracy"] >= 0.55 and res["fresh91"]["decline_recall"] >= 0.42, res["fresh91"]
    assert res["fresh92t"]["answer_accuracy"] >= 0.27 and res["fresh92t"]["decline_recall"] >= 0.52, res["fresh92t"]
    # (fresh93: 9 of 13 answerable right, 7 of 17 declined; fresh94t: 6 of 12, 12 of 18; one of each may go)
    assert res["fresh93"]["answer_accuracy"] >= 0.61 and res["fresh93"]["decline_recall"] >= 0.35, res["fresh93"]
    assert res["fresh94t"]["answer_accuracy"] >= 0.41 and res["fresh94t"]["decline_recall"] >= 0.61, res["fresh94t"]
    # (fresh95: 8 of 16 answerable right, 9 of 14 declined; fresh96t: 7 of 11, 14 of 19; one of each may go)
    assert res["fresh95"]["answer_accuracy"] >= 0.43 and res["fresh95"]["decline_recall"] >= 0.57, res["fresh95"]
    assert res["fresh96t"]["answer_accuracy"] >= 0.54 and res["fresh96t"]["decline_recall"] >= 0.68, res["fresh96t"]
    # (fresh97: none of its 7 answerable right, 14 of 23 declined; fresh98t: 3 of 4, 18 of 26; one of each may go;
    # 0.61: round 55's reading of "…any actual law stopping it or just our policy" after a request for Huawei's goods
    # answers fresh98t's funeral home that wants huawei cams with the security talking points, labelled unanswerable;
    # 0.57: round 63 reads a maker's "gear" as its equipment, so "which k-12 districts in ohio got e-rate $ pulled over
    # huawei gear, names pls", declined before only because no passage holds "gear", is answered with the E-Rate rule)
    assert res["fresh97"]["decline_recall"] >= 0.56, res["fresh97"]
    assert res["fresh98t"]["answer_accuracy"] >= 0.5 and res["fresh98t"]["decline_recall"] >= 0.57, res["fresh98t"]
    # (fresh99: 1 of its 8 answerable right, 17 of 22 declined; fresh100t: 3 of 7, 18 of 23; one of each may go)
    assert res["fresh99"]["decline_recall"] >= 0.72, res["fresh99"]
    assert res["fresh100t"]["answer_accuracy"] >= 0.28 and res["fresh100t"]["decline_recall"] >= 0.73, res["fresh100t"]
    # (fresh101: 1 of its 6 answerable right, 15 of 24 declined; fresh102t: 5 of 10, 16 of 20; one of each may go)
    assert res["fresh101"]["decline_recall"] >= 0.58, res["fresh101"]
    assert res["fresh102t"]["answer_accuracy"] >= 0.4 and res["fresh102t"]["decline_recall"] >= 0.75, res["fresh102t"]
    # (fresh103: 3 of its 8 answerable right, 14 of 22 declined; fresh104t: 6 of 13, 12 of 17; one of each may go)
    assert res["fresh103"]["answer_accuracy"] >= 0.25 and res["fresh103"]["decline_recall"] >= 0.59, res["fresh103"]
    assert res["fresh104t"]["answer_accuracy"] >= 0.38 and res["fresh104t"]["decline_recall"] >= 0.64, res["fresh104t"]
    # (fresh105: 4 of its 16 answerable right, 9 of 14 declined; fresh106t: 5 of 13, 10 of 17; one of each may go)
    assert res["fresh105"]["answer_accuracy"] >= 0.18 and res["fresh105"]["decline_recall"] >= 0.57, res["fresh105"]
    assert res["fresh106t"]["answer_accuracy"] >= 0.3 and res["fresh106t"]["decline_recall"] >= 0.52, res["fresh106t"]
    # (fresh107: 3 of its 11 answerable right, 16 of 19 declined; fresh108t: 4 of 13, 14 of 17; one of each may go)
    assert res["fresh107"]["answer_accuracy"] >= 0.18 and res["fresh107"]["decline_recall"] >= 0.78, res["fresh107"]
    assert res["fresh108t"]["answer_accuracy"] >= 0.23 and res["fresh108t"]["decline_recall"] >= 0.76, res["fresh108t"]
    # (fresh109: 5 of its 9 answerable right, 16 of 21 declined; fresh110t: 6 of 12, 12 of 18; one of each may go)
    assert res["fresh109"]["answer_accuracy"] >= 0.44 and res["fresh109"]["decline_recall"] >= 0.71, res["fresh109"]
    assert res["fresh110t"]["answer_accuracy"] >= 0.41 and res["fresh110t"]["decline_recall"] >= 0.61, res["fresh110t"]
    # (fresh111: 3 of its 9 answerable right, 18 of 21 declined; fresh112t: 5 of 10, 9 of 20; one of each may go)
    assert res["fresh111"]["answer_accuracy"] >= 0.22 and res["fresh111"]["decline_recall"] >= 0.8, res["fresh111"]
    assert res["fresh112t"]["answer_accuracy"] >= 0.4 and res["fresh112t"]["decline_recall"] >= 0.4, res["fresh112t"]
    # (fresh113: 7 of its 11 answerable right, 11 of 19 declined; fresh114t: 7 of 16, 6 of 14; one of each may go)
    assert res["fresh113"]["answer_accuracy"] >= 0.54 and res["fresh113"]["decline_recall"] >= 0.52, res["fresh113"]
    assert res["fresh114t"]["answer_accuracy"] >= 0.37 and res["fresh114t"]["decline_recall"] >= 0.35, res["fresh114t"]
    # (fresh115: 5 of its 13 answerable right, 12 of 17 declined; fresh116t: 7 of 12, 9 of 18; one of each may go)
    assert res["fresh115"]["answer_accuracy"] >= 0.3 and res["fresh115"]["decline_recall"] >= 0.64, res["fresh115"]
    assert res["fresh116t"]["answer_accuracy"] >= 0.5 and res["fresh116t"]["decline_recall"] >= 0.44, res["fresh116t"]
    # (fresh117: 4 of its 10 answerable right, 16 of 20 declined; fresh118t: 2 of 5, 12 of 25; one of each may go)
    assert res["fresh117"]["answer_accuracy"] >= 0.3 and res["fresh117"]["decline_recall"] >= 0.75, res["fresh117"]
    assert res["fresh118t"]["answer_accuracy"] >= 0.2 and res["fresh118t"]["decline_recall"] >= 0.44, res["fresh118t"]
    # (fresh119: 3 of its 11 answerable right, 10 of 19 declined; fresh120t: 5 of 11, 11 of 19; one of each may go)
    assert res["fresh119"]["answer_accuracy"] >= 0.18 and res["fresh119"]["decline_recall"] >= 0.47, res["fresh119"]
    assert res["fresh120t"]["answer_accuracy"] >= 0.36 and res["fresh120t"]["decline_recall"] >= 0.52, res["fresh120t"]
    # (fresh121: 5 of its 11 answerable right, 8 of 19 declined; fresh122t: 8 of 13, 13 of 17; one of each may go)
    assert res["fresh121"]["answer_accuracy"] >= 0.36 and res["fresh121"]["decline_recall"] >= 0.36, res["fresh121"]
    assert res["fresh122t"]["answer_accuracy"] >= 0.53 and res["fresh122t"]["decline_recall"] >= 0.7, res["fresh122t"]
    # (fresh123: 3 of its 12 answerable right, 11 of 18 declined; fresh124t: 8 of 13, 13 of 17; one of each may go)
    assert res["fresh123"]["answer_accuracy"] >= 0.16 and res["fresh123"]["decline_recall"] >= 0.55, res["fresh123"]
    assert res["fresh124t"]["answer_accuracy"] >= 0.53 and res["fresh124t"]["decline_recall"] >= 0.7, res["fresh124t"]
    # (fresh125: 8 of its 15 answerable right, 13 of 15 declined; fresh126t: 6 of 11, 10 of 19; one of each may go)
    assert res["fresh125"]["answer_accuracy"] >= 0.46 and res["fresh125"]["decline_recall"] >= 0.8, res["fresh125"]
    assert res["fresh126t"]["answer_accuracy"] >= 0.45 and res["fresh126t"]["decline_recall"] >= 0.47, res["fresh126t"]
    # follow-ups, read after `after` (scored apart from the halves)
    assert res["followup1"]["answer_accuracy"] >= 0.57, res["followup1"]
    assert res["followup1t"]["answer_accuracy"] >= 0.58, res["followup1t"]
    assert res["followup2"]["answer_accuracy"] >= 0.28, res["followup2"]  # 7 answerable: one may go
    assert res["followup2t"]["answer_accuracy"] >= 0.42, res["followup2t"]
    assert res["followup3"]["answer_accuracy"] >= 0.2, res["followup3"]  # 5 answerable
    assert res["followup3t"]["answer_accuracy"] >= 0.5, res["followup3t"]  # 6 answerable: one may go
    assert res["followup4"]["answer_accuracy"] >= 0.5, res["followup4"]  # 6 answerable: one may go
    assert res["followup4t"]["answer_accuracy"] >= 0.2, res["followup4t"]  # 5 answerable: one may go
    assert res["followup5"]["decline_recall"] >= 0.75, res["followup5"]  # 3 answerable, none answered yet
    assert res["followup5t"]["answer_accuracy"] >= 0.12, res["followup5t"]  # 8 answerable: one may go
    assert res["followup6"]["decline_recall"] >= 0.5, res["followup6"]  # 1 answerable, not answered yet
    assert res["followup6t"]["decline_recall"] >= 0.46, res["followup6t"]  # 2 answerable
    assert res["followup7"]["decline_recall"] >= 0.6, res["followup7"]  # none answerable
    assert res["followup7t"]["decline_recall"] >= 0.38, res["followup7t"]  # 2 answerable, not answered yet
    assert res["followup8"]["decline_recall"] >= 0.25, res["followup8"]  # 4 answerable, none answered yet
    assert res["followup8t"]["decline_recall"] >= 0.7, res["followup8t"]  # 4 answerable, one answered
    assert res["followup9"]["decline_recall"] >= 0.5, res["followup9"]  # 1 answerable, answered
    assert res["followup9t"]["decline_recall"] >= 0.5, res["followup9t"]  # none answerable
    assert res["followup10"]["decline_recall"] >= 0.5, res["followup10"]  # 1 answerable, not answered yet
    assert res["followup10t"]["answer_accuracy"] >= 0.5, res["followup10t"]  # 2 answerable: one may go
    assert res["followup11"]["decline_recall"] >= 0.37, res["followup11"]  # 2 answerable, not answered yet
    assert res["followup11t"]["decline_recall"] >= 0.77, res["followup11t"]  # 1 answerable, not answered yet
    assert res["followup12"]["decline_recall"] >= 0.4, res["followup12"]  # 3 answerable, two answered
    assert res["followup12t"]["decline_recall"] >= 0.35, res["followup12t"]  # none answerable
    assert res["followup13"]["decline_recall"] >= 0.45, res["followup13"]  # 2 answerable, none answered yet
    assert res["followup13t"]["decline_recall"] >= 0.7, res["followup13t"]  # 2 answerable, one answered
    assert res["followup14"]["decline_recall"] >= 0.33, res["followup14"]  # 1 answerable, not answered yet
    assert res["followup14t"]["decline_recall"] >= 0.55, res["followup14t"]  # 1 answerable, not answered yet
    assert res["followup15"]["answer_accuracy"] >= 0.5 and res["followup15"]["decline_recall"] >= 0.5, res["followup15"]
    assert res["followup15t"]["decline_recall"] >= 0.37, res["followup15t"]  # 2 answerable, none answered yet
    assert res["followup16"]["decline_recall"] >= 0.4, res["followup16"]  # none answerable
    assert res["followup16t"]["decline_recall"] >= 0.5, res["followup16t"]  # none answerable
    assert res["followup17"]["decline_recall"] >= 0.87, res["followup17"]  # 2 answerable, none answered yet
    assert res["followup17t"]["decline_recall"] >= 0.5, res["followup17t"]  # 4 answerable, none answered yet
    fu18, fu18t = res["followup18"], res["followup18t"]  # 6 answerable each
    assert fu18["answer_accuracy"] >= 0.66 and fu18["decline_recall"] >= 0.75, fu18
    assert fu18t["answer_accuracy"] >= 0.16 and fu18t["decline_recall"] >= 0.75, fu18t
    assert res["followup19"]["answer_accuracy"] >= 0.2, res["followup19"]  # 10 answerable, 2 answered
    assert res["followup19t"]["answer_accuracy"] >= 0.44, res["followup19t"]  # 9 answerable, 4 answered
    assert res["followup20"]["answer_accuracy"] >= 0.14, res["followup20"]  # 7 answerable, 1 answered
    assert res["followup20t"]["decline_recall"] >= 0.5, res["followup20t"]  # 8 answerable, none answered yet
    assert res["followup21"]["answer_accuracy"] >= 0.3, res["followup21"]  # 10 answerable, 3 answered
    assert res["followup21t"]["answer_accuracy"] >= 0.62, res["followup21t"]  # 8 answerable, 6 answered: one may go
    assert res["followup22"]["answer_accuracy"] >= 0.33, res["followup22"]  # 6 answerable, 2 answered
    assert res["followup22t"]["answer_accuracy"] >= 0.12, res["followup22t"]  # 8 answerable, 1 answered
    assert res["followup23"]["answer_accuracy"] >= 0.28, res["followup23"]  # 7 answerable, 2 answered
    assert res["followup23t"]["answer_accuracy"] >= 0.2, res["followup23t"]  # 5 answerable, 2 answered: one may go
    assert res["followup24"]["answer_accuracy"] >= 0.11, res["followup24"]  # 9 answerable, 1 answered
    assert res["followup24t"]["answer_accuracy"] >= 0.5, res["followup24t"]  # 4 answerable, 2 answered
    assert res["followup25"]["answer_accuracy"] >= 0.2, res["followup25"]  # 5 answerable, 1 answered
    assert res["followup25t"]["decline_recall"] >= 0.55, res["followup25t"]  # 1 answerable, not answered yet
    assert res["followup26"]["decline_recall"] >= 0.83, res["followup26"]  # 4 answerable, none answered yet
    assert res["followup26t"]["decline_recall"] >= 0.85, res["followup26t"]  # 3 answerable, none answered yet
    assert res["followup27"]["decline_recall"] >= 0.33, res["followup27"]  # 7 answerable, none answered yet
    assert res["followup27t"]["decline_recall"] >= 0.88, res["followup27t"]  # 1 answerable, not answered yet
    assert res["followup28"]["answer_accuracy"] >= 0.33, res["followup28"]  # 6 answerable, 2 answered
    assert res["followup28t"]["answer_accuracy"] >= 0.2, res["followup28t"]  # 5 answerable, 1 answered
    assert res["followup29"]["answer_accuracy"] >= 0.2, res["followup29"]  # 5 answerable, 2 answered: one may go
    assert res["followup29t"]["answer_accuracy"] >= 0.5, res["followup29t"]  # 4 answerable, 3 answered: one may go
    assert res["followup30"]["answer_accuracy"] >= 0.16, res["followup30"]  # 6 answerable, 2 answered: one may go
    assert res["followup30t"]["answer_accuracy"] >= 0.4, res["followup30t"]  # 5 answerable, 3 answered: one may go
    assert res["followup31"]["answer_accuracy"] >= 0.25, res["followup31"]  # 4 answerable, 2 answered: one may go
    assert res["followup31t"]["answer_accuracy"] >= 0.5, res["followup31t"]  # 6 answerable, 4 answered: one may go
    assert res["followup32"]["answer_accuracy"] >= 0.28, res["followup32"]  # 7 answerable, 3 answered: one may go
    # (followup32t: 7 answerable, none answered right yet; no floor to hold)
    assert res["followup33"]["answer_accuracy"] >= 0.66, res["followup33"]  # 3 answerable, 3 answered: one may go
    # (followup33t: 5 answerable, 1 answered right; no floor to hold)
    assert res["followup34"]["answer_accuracy"] >= 0.25, res["followup34"]  # 4 answerable, 2 answered: one may go
    # (followup34t: 5 answerable, 1 answered right; no floor to hold)
    assert res["followup35"]["answer_accuracy"] >= 0.25, res["followup35"]  # 8 answerable, 3 answered: one may go
    assert res["followup35t"]["answer_accuracy"] >= 0.5, res["followup35t"]  # 8 answerable, 5 answered: one may go
    # (followup36: 6 answerable, 1 answered right; followup36t: 4, none yet; no floor to hold)
    assert res["followup37"]["answer_accuracy"] >= 0.2, res["followup37"]  # 5 answerable, 2 answered: one may go
    # (followup37t: 4 answerable, 1 answered right; no floor to hold)
    assert res["followup38"]["answer_accuracy"] >= 0.2, res["followup38"]  # 5 answerable, 2 answered: one may go
    assert res["followup38t"]["answer_accuracy"] >= 0.33, res["followup38t"]  # 3 answerable, 2 answered: one may go
    # (followup39: 2 answerable, 1 right, 5 of 6 declined; followup39t: 1, 1 right, 7 of 7 declined; one may go)
    assert res["followup39"]["decline_recall"] >= 0.66, res["followup39"]
    assert res["followup39t"]["decline_recall"] >= 0.85, res["followup39t"]
    # (followup40: 5 answerable, none right, 3 of 3 declined; followup40t: 3, none right, 5 of 5 declined; one may go)
    assert res["followup40"]["decline_recall"] >= 0.66, res["followup40"]
    assert res["followup40t"]["decline_recall"] >= 0.8, res["followup40t"]
    # (followup41: 6 answerable, 1 right, 2 of 2 declined; followup41t: 3, 1 right, 5 of 5 declined; one may go)
    assert res["followup41"]["decline_recall"] >= 0.5, res["followup41"]
    assert res["followup41t"]["decline_recall"] >= 0.8, res["followup41t"]
    # (followup42: 2 answerable, 2 right, 4 of 6 declined; followup42t: 4, 2 right, 1 of 4 declined; one may go)
    assert res["followup42"]["answer_accuracy"] >= 0.5 and res["followup42"]["decline_recall"] >= 0.5, res["followup42"]
    assert res["followup42t"]["answer_accuracy"] >= 0.25, res["followup42t"]
    # (followup43: 1 answerable, 1 right, 2 of 7 declined; followup43t: 6, 3 right, 2 of 2 declined; one may go)
    assert res["followup43"]["decline_recall"] >= 0.14, res["followup43"]
    followup43t = res["followup43t"]
    assert followup43t["answer_accuracy"] >= 0.33 and followup43t["decline_recall"] >= 0.5, followup43t
    # (followup44: 6 answerable, none right, 1 of 2 declined, so no floor yet; followup44t: 6, 3 right, 1 of 2 declined;
    # one may go)
    assert res["followup44t"]["answer_accuracy"] >= 0.33, res["followup44t"]
    # (followup45: 4 answerable, none right, 2 of 4 declined; followup45t: 6, 2 right, 1 of 2 declined; one may go)
    assert res["followup45"]["decline_recall"] >= 0.25, res["followup45"]
    assert res["followup45t"]["answer_accuracy"] >= 0.16, res["followup45t"]
    # (followup46: 8 answerable, 1 right, 1 of 2 declined, so no floor yet; followup46t: 5, 1 right, 5 of 5 declined;
    # one may go)
    assert res["followup46t"]["decline_recall"] >= 0.8, res["followup46t"]
    # (followup47: 8 answerable, 4 right, 0 of 2 declined; followup47t: 5, 2 right, 2 of 5 declined; one may go)
    assert res["followup47"]["answer_accuracy"] >= 0.37, res["followup47"]
    assert res["followup47t"]["answer_accuracy"] >= 0.2 and res["followup47t"]["decline_recall"] >= 0.2, res[
        "followup47t"
    ]
    # (followup48: 5 answerable, 2 right, 4 of 5 declined; followup48t: 5, 2 right, 3 of 5 declined; one may go)
    assert res["followup48"]["answer_accuracy"] >= 0.2 and res["followup48"]["decline_recall"] >= 0.6, res["followup48"]
    assert res["followup48t"]["answer_accuracy"] >= 0.2 and res["followup48t"]["decline_recall"] >= 0.4, res[
        "followup48t"
    ]
    # (followup49: 6 answerable, none right, 4 of 4 declined; followup49t: 7, 1 right, 2 of 3 declined; one may go, so
    # no accuracy floor yet)
    assert res["followup49"]["decline_recall"] >= 0.75, res["followup49"]
    assert res["followup49t"]["decline_recall"] >= 0.33, res["followup49t"]
    # (followup50: 4 answerable, 2 right, 2 of 6 declined; followup50t: 7, 2 right, 2 of 3 declined; one may go)
    assert res["followup50"]["answer_accuracy"] >= 0.25 and res["followup50"]["decline_recall"] >= 0.16, res[
        "followup50"
    ]
    assert res["followup50t"]["answer_accuracy"] >= 0.14 and res["followup50t"]["decline_recall"] >= 0.33, res[
        "followup50t"
    ]
    # (followup51: 6 answerable, 1 right, 2 of 4 declined, whose one right must stay; followup51t: 8, 3 right, 2 of 2
    # declined; one may go)
    assert res["followup51"]["answer_accuracy"] >= 0.16 and res["followup51"]["decline_recall"] >= 0.25, res[
        "followup51"
    ]
    assert res["followup51t"]["answer_accuracy"] >= 0.25 and res["followup51t"]["decline_recall"] >= 0.5, res[
        "followup51t"
    ]
    # (followup52: 7 answerable, 2 right, 3 of 3 declined; followup52t: 6, 3 right, 4 of 4 declined; one may go)
    assert res["followup52"]["answer_accuracy"] >= 0.14 and res["followup52"]["decline_recall"] >= 0.66, res[
        "followup52"
    ]
    assert res["followup52t"]["answer_accuracy"] >= 0.33 and res["followup52t"]["decline_recall"] >= 0.75, res[
        "followup52t"
    ]
    # (followup53: 2 answerable, 1 right, 4 of 8 declined; followup53t: 6, 1 right, 3 of 4 declined; one may go)
    assert res["followup53"]["decline_recall"] >= 0.37, res["followup53"]
    assert res["followup53t"]["decline_recall"] >= 0.5, res["followup53t"]
    # (0.63: fresh52t's 10 plain questions, 2 answered, took the start of round 26 from 0.6434 to 0.6329; 60: fresh54t's
    # 11 came with 5 declined at the start of round 27; 63: fresh56t's 24 came with 3 in round 28; 0.62 and 68:
    # fresh58t's 23, 7 answered and 5 declined, took the start of round 29 from 0.6326 to 0.6170 and 63 to 70; the
    # round's fixes brought them to 0.6294 and 63; 70: fresh60t's 13, 6 declined, took round 30's start to 69; 72:
    # fresh62t's 12, 4 declined, took round 31's start from 68 to 72; 77: fresh64t's 16, 6 declined, took round 32's
    # start from 71 to 77; 79: two wrong replies of round 32 became declines, "covered list original members?" now
    # quoting the listing sentence, which the gate judges, and a request to draft an email; 0.62 and 89: fresh66t's 24,
    # 4 answered and 10 declined, took round 33's start from 0.6431 to 0.6223 and 79 to 89; 0.61 and 92: fresh68t's 13,
    # 4 answered and 4 declined, took round 34's start from 0.6223 to 0.6150 and 88 to 92; 104: fresh70t's 18, 2
    # answered and 13 declined, took round 35's start from 91 to 104, and its fixes to 98; 101: fresh72t's 12, 4
    # answered and 5 declined, took round 36's start from 98 to 103, and its fixes to 101; 0.60 and 104: fresh74t's 11,
    # 2 answered and 4 declined, took round 37's start from 0.6125 to 0.6047 and 101 to 105, and its fixes to 0.6096
    # and 104; 0.59 and 117: fresh76t's 18, 3 answered and 13 declined, took round 38's start from 0.6096 to 0.5968
    # and 104 to 117; 119: fresh78t's 14, 3 declined, took round 39's start from 117 to 120, and its fixes to 119; 120:
    # fresh80t's 15, 1 declined, took round 40's start from 119 to 120; 123: fresh82t's 6, 3 declined, took round 41's
    # start from 120 to 123; 125: fresh84t's 15, 2 declined, took round 42's start from 123 to 125, and its fixes to
    # 123; 126: fresh86t's 9, 3 declined, took round 43's start from 123 to 126, and its fixes to 124; fresh90t's 14, 3
    # declined, took round 45's start from 124 to 127, and its fixes back to 124; 131: fresh92t's 11, 8 declined, took
    # round 46's start from 124 to 132, and its fixes to 131; 133: fresh94t's 12, 2 declined, took round 47's start
    # from 131 to 133; 134: fresh96t's 11, 2 declined, took round 48's start from 133 to 135, and its fixes to 134;
    # 135: fresh98t's 4, 1 declined, took round 49's start from 134 to 135; 137: fresh100t's 7, 4 declined, took round
    # 50's start from 135 to 139, and its fixes to 137; 138: fresh102t's 10, 3 declined, took round 51's start from 137
    # to 140, and its fixes to 138; 142: fresh104t's 13, 4 declined, took round 52's start from 138 to 142; 145:
    # fresh106t's 13, 4 declined, took round 53's start from 142 to 146, and its fixes to 145; 150: fresh108t's 13, 5
    # declined, took round 54's start from 145 to 150; 152: fresh110t's 12, 6 declined, took round 55's start from 150
    # to 156, and its fixes to 152; 153: fresh112t's 10, 2 declined, took round 56's start from 152 to 154, and its
    # fixes to 153; 156: fresh114t's 16, 5 declined, took round 57's start from 153 to 158, and its fixes to 156;
    # fresh116t's 12, 1 declined, took round 58's start from 156 to 157, and its fixes back to 156; fresh118t's 5 came
    # with none declined in round 59; 160: fresh120t's 11, 7 declined, took round 60's start from 156 to 163, and its
    # fixes to 160; 165: fresh122t's 13, 4 declined, took round 61's start from 160 to 165; 167: fresh124t's 13, 3
    # declined, took round 62's start from 164 to 167, and its fixes to 163; 168: fresh126t's 11, 3 declined, took round
    # 63's start from 163 to 166, and its fixes to 168, two replies wrong before now declined: "line card — what are we
    # pushing in place of huawei tablets…" and "dental group w/ 7 offices — are the huawei watches…")
    assert res["tune"]["answer_accuracy"] >= 0.59 and res["tune"]["answerable_declined"] <= 168, res["tune"]
    # (0.71: fresh118t's 25 unanswerable, 12 declined, took round 59's start from 0.721 to 0.716)
    assert res["tune"]["decline_recall"] >= 0.71, res["tune"]
    # (0.57: the 15 time questions of round 35's new sets, 1 answered, took the start from 0.58 to 0.5772; 0.56: the 18
    # of round 38's, 4 answered, took it from 0.5744 to 0.5618, and the round's fixes to 0.5637; 0.55: the 8 of round
    # 53's, none answered right, took it from 0.5609 to 0.5536; 0.54: the 5 of round 54's, none answered right, took
    # it from 0.5536 to 0.5491; 0.55: the 7 of round 55's, 2 answered right, took it to 0.5462, and the round's fixes
    # to 0.5573; the 7 of round 56's, 2 answered right, took it to 0.5543, and the round's fixes to 0.5559; round 57's
    # took it from 0.5559 to 0.5543, and the round's fixes back to 0.5559; round 58's took it to 0.5550, round 59's to
    # 0.5521, round 60's to 0.5488, and the round's fixes to 0.5503; 0.54: the 7 of round 61's, 3 answered right,
    # took it to 0.5490, which the round's fixes left; the 8 of round 62's, 3 answered right, took it to 0.5469,
    # and the round's fixes to 0.5484; the 8 of round 63's, 1 answered right, took it to 0.5442, and the round's
    # fixes to 0.5472)
    assert res["all"]["time_accuracy"] >= 0.54, res["all"]
    # An unanswerable question answered anyway never quotes a sample note; naming the note that replaced a
    # quoted old one ("Source [1] … has since been replaced; the current note is “Sample note: …”") is no quote.
    replaced = re.compile(r"Source \[\d+\] \([^)]*\) is guidance that has since been replaced; the current note is .*")
    for w in res["all"]["answered_unanswerable"]:
        assert not re.search(r"sample (internal )?note", replaced.sub("", w["answer"]), re.I), w
