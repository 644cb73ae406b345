#!/usr/bin/env python3
"""Builds the compact linguistic tables in dictionaries/linguistic/ from the upstream files.

Usage: tools/names/build_linguistic.py RESOURCES_DIR
RESOURCES_DIR holds legacy_ua2ru.csv (dchaplinsky/names-translator @73dc7d4, MIT) and wd_russian_80
(steveash/NETransliteration-COLING2018 @5d5f59e, CC0). Output (deterministic, gzip mtime 0):
  dictionaries/linguistic/ua_ru_name_parts.tsv.gz   uk<TAB>ru<TAB>count, identity and multi-word rows dropped
  dictionaries/linguistic/wikidata_latin_russian.tsv.gz   latin<TAB>russian<TAB>count
Each output starts with '#' lines naming its source, licence and the SHA-256 of the input.
"""
import csv, gzip, hashlib, io, os, sys

def sha(path):
    with open(path, 'rb') as f:
        return hashlib.sha256(f.read()).hexdigest()

def write_gz(path, header, rows):
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode='wb', mtime=0) as gz:
        text = ''.join('# ' + h + '\n' for h in header) + ''.join('\t'.join(r) + '\n' for r in rows)
        gz.write(text.encode('utf-8'))
    with open(path, 'wb') as f:
        f.write(buf.getvalue())

def main():
    src = sys.argv[1]
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'dictionaries', 'linguistic')
    legacy = os.path.join(src, 'legacy_ua2ru.csv')
    rows = []
    with open(legacy, encoding='utf-8', newline='') as f:
        r = csv.reader(f)
        next(r)
        for uk, ru, count in r:
            uk, ru = uk.strip(), ru.strip()
            if not uk or not ru or ' ' in uk or ' ' in ru or uk.lower() == ru.lower():
                continue
            rows.append((uk, ru, count))
    write_gz(os.path.join(root, 'ua_ru_name_parts.tsv.gz'),
             ['Ukrainian -> Russian name-part equivalents (given names, patronymics, surnames, inflected forms).',
              'Source: github dchaplinsky/names-translator @73dc7d4525b045f7e35b1f7fe6e8289e2cab1f27 data-src/legacy_ua2ru.csv',
              'Licence: MIT, Copyright (c) 2018 Dmitry Chaplinsky (see ua_ru_name_parts.LICENSE).',
              'Filtered by tools/names/build_linguistic.py: identity and multi-word rows dropped. Input SHA-256 ' + sha(legacy),
              'uk\tru\tcount'], rows)
    wd = os.path.join(src, 'wd_russian_80')
    rows = []
    with open(wd, encoding='utf-8') as f:
        for line in f:
            parts = line.rstrip('\n').split('\t')
            if len(parts) != 3:
                continue
            latin, cyr, count = parts
            rows.append((latin, cyr.replace(' ', ''), count))
    write_gz(os.path.join(root, 'wikidata_latin_russian.tsv.gz'),
             ['English-Wikidata <-> Russian person-name tokens (Merhav & Ash, COLING 2018), the 80% training part.',
              'Source: github steveash/NETransliteration-COLING2018 @5d5f59e561ecea45a6d3602121e1049baa7a76c3 data/wd_russian_80',
              'Licence: CC0 1.0 (see wikidata_latin_russian.LICENSE).',
              'Converted by tools/names/build_linguistic.py: letter spacing removed. Input SHA-256 ' + sha(wd),
              'latin\trussian\tcount'], rows)

if __name__ == '__main__':
    main()
