#!/usr/bin/env python3
"""Builds assets/opencc/{s2t,t2s}.tsv, the compact tables behind the traditional-character switch
(FORMS.md §22) and the learner's reading of a traditional text, from OpenCC's dictionaries.

    tools/opencc_to_table.py OPENCC_DICTIONARY_DIR assets/opencc

OPENCC_DICTIONARY_DIR holds OpenCC's data/dictionary/ files (STCharacters.txt, STPhrases.txt,
TSCharacters.txt, TSPhrases.txt; Apache-2.0). Each table is what wording/characters.rs needs to
convert as OpenCC does with a longest-match over phrases, then character by character:

- every character whose first candidate differs from itself;
- only the phrases a character-by-character conversion gets wrong, plus those needed so that
  every phrase of OpenCC's dictionary converts as OpenCC converts it (a phrase that shadows a
  shorter one is kept): checked here, phrase by phrase, until nothing changes.

One line per entry, `key<TAB>value`, sorted.
"""

import sys
from pathlib import Path


def load(path):
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, values = line.split("\t", 1)
        table[key] = values.split(" ")[0]
    return table


def convert(text, chars, phrases, longest):
    out = []
    at = 0
    while at < len(text):
        for length in range(min(longest, len(text) - at), 1, -1):
            piece = text[at : at + length]
            if piece in phrases:
                out.append(phrases[piece])
                at += length
                break
        else:
            out.append(chars.get(text[at], text[at]))
            at += 1
    return "".join(out)


def table(characters, phrase_file):
    chars = {k: v for k, v in characters.items() if len(k) == 1 and k != v}
    every = {k: v for k, v in phrase_file.items() if len(k) > 1}
    kept = {k: v for k, v in every.items() if convert(k, chars, {}, 1) != v}
    while True:
        longest = max((len(k) for k in kept), default=1)
        wrong = {
            k: v for k, v in every.items() if k not in kept and convert(k, chars, kept, longest) != v
        }
        if not wrong:
            return chars, kept
        kept.update(wrong)


def write(path, chars, phrases):
    lines = sorted(f"{k}\t{v}" for k, v in {**chars, **phrases}.items())
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(chars), len(phrases)


def main():
    source, target = Path(sys.argv[1]), Path(sys.argv[2])
    target.mkdir(parents=True, exist_ok=True)
    for name, chars_file, phrases_file in [
        ("s2t", "STCharacters.txt", "STPhrases.txt"),
        ("t2s", "TSCharacters.txt", "TSPhrases.txt"),
    ]:
        chars, phrases = table(load(source / chars_file), load(source / phrases_file))
        counts = write(target / f"{name}.tsv", chars, phrases)
        print(f"{name}: {counts[0]} characters, {counts[1]} phrases")


if __name__ == "__main__":
    main()
