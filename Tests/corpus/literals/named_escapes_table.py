# \N{...} escapes found through the whole name table: any case, formal aliases,
# ideographs, Hangul syllables, emoji; unknown names are a SyntaxError.
print(ascii("\N{LATIN CAPITAL LETTER A}\N{latin small letter sharp s}\N{Greek Capital Letter Omega}"))
print(ascii("\N{LATIN CAPITAL LETTER GHA}\N{CJK UNIFIED IDEOGRAPH-4E00}\N{HANGUL SYLLABLE GAG}"))
print(ascii("\N{DOUBLE-STRUCK CAPITAL R}\N{BOX DRAWINGS LIGHT HORIZONTAL}\N{GRINNING FACE}"))
for source in [r'"\N{NOT A REAL NAME}"', r'"\N{LATIN CAPITAL LETTER}"']:
    try:
        eval(source)
    except SyntaxError as error:
        print(type(error).__name__, error.msg)
