"""The heuristic the interface tests use to tell Indonesian prose from English."""

from prose_language import looks_english, looks_indonesian


def test_tells_the_languages_apart():
    english = ("KBBI and EYD V list one standard form for each of these words: nasal assimilation of "
               "meng-/peng- (merubah → mengubah, mempengaruhi → memengaruhi).")
    indonesian = ("KBBI dan EYD V menetapkan satu bentuk baku untuk setiap kata ini: peluluhan meng-/peng- "
                  "(merubah → mengubah, mempengaruhi → memengaruhi).")
    assert looks_english(english) and not looks_indonesian(english)
    assert looks_indonesian(indonesian) and not looks_english(indonesian)


def test_quoted_words_of_the_other_language_do_not_decide():
    assert looks_indonesian("Ejaan Inggris seperti ‘the system’ atau `survey of the market` ditulis dengan "
                            "padanan Indonesianya bila ada, atau dimiringkan.")
    assert looks_english("Indonesian forms such as yang, dan and dari are counted, but the English words "
                         "of this sentence outnumber them.")


def test_short_labels():
    assert looks_indonesian("Contoh yang ditandai:") and not looks_indonesian("Flagged examples of the rule:")
