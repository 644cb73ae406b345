#!/usr/bin/env python3
"""Writes the ICU transliteration rule files of dictionaries/linguistic/translit/ from the tables below.

Usage: tools/names/build_translit.py        (rewrites the *.txt rule files; deterministic)

Each table maps a lower-case Cyrillic letter (or letter pair) to its Latin form. A mapping may carry a
context: 'initial' (word start, also after a non-letter), 'after-vowel', 'after-cons' (after a consonant).
Upper-case rules are derived: a capital letter followed by another capital gives an all-caps Latin form
(ЖУКОВ -> ZHUKOV), otherwise a title-case form (Жуков -> Zhukov). The generated rules are plain ICU
transform rules, compiled at run time with Transliterator.createFromRules.
"""
import os

VOWELS = 'аеёиоуыэюяєіїАЕЁИОУЫЭЮЯЄІЇ'
# Before-contexts are matched against text a pass has already rewritten, so they list Latin too.
LATIN_VOWELS = 'aeiouyëAEIOUYË'
CYR_LETTERS = 'а-яёєіїґА-ЯЁЄІЇҐ'
APOS = "'’ʼ"

def esc(s):
    out = []
    for ch in s:
        if ch.isalnum() and ord(ch) < 128:
            out.append(ch)
        else:
            out.append('\\u%04X' % ord(ch))
    return ''.join(out)

def cls(chars):
    return '[' + ''.join(esc(c) for c in chars) + ']'

CONS = ''.join(c for c in 'бвгґджзйклмнпрстфхцчшщБВГҐДЖЗЙКЛМНПРСТФХЦЧШЩ')

def title(lat):
    for i, ch in enumerate(lat):
        if ch.isalpha():
            return lat[:i] + ch.upper() + lat[i + 1:]
    return lat

# Systems whose capital letters written as a tie-bar pair capitalise both letters even in a
# title-case word, as the official examples of the ALA-LC 2012 Russian table show (Цимлянск ->
# T͡Simli͡ansk, Якутск -> I͡Akutsk); the 1997 Ukrainian table's examples do not (Єнакієве -> I͡enakii͡eve).
LIGATURE_CAPS = {'ru-Latn-alalc'}

def rules_for(table, ligature_caps=False):
    """table: list of (cyr, lat, ctx). Longest keys and contexted rules first."""
    out = []
    letter = '[' + esc(CYR_LETTERS).replace('\\u002D', '-') + esc(APOS) + ']'
    def before(ctx):
        if ctx == 'initial':
            return None
        if ctx == 'noninitial':
            return letter
        if ctx == 'after-vowel':
            return cls(VOWELS + LATIN_VOWELS)
        if ctx == 'after-cons':
            return cls(CONS)
        if ctx and ctx.startswith('after:'):
            return cls(ctx[6:] + ''.join(LATIN_AFTER.get(c, '') for c in ctx[6:]))
        return ''
    def before_chars(ctx):
        if ctx == 'after-vowel':
            return VOWELS + LATIN_VOWELS
        if ctx == 'after-cons':
            return CONS
        if ctx and ctx.startswith('after:'):
            return ctx[6:] + ''.join(LATIN_AFTER.get(c, '') for c in ctx[6:])
        return ''
    def after(ctx2):
        return cls(ctx2) if ctx2 else ''
    initial_rules = []
    anchored = []
    order = sorted(table, key=lambda t: (-len(t[0]), 2 - bool(t[2]) - bool(len(t) > 3 and t[3])))
    for item in order:
        cyr, lat, ctx = item[0], item[1], item[2]
        nxt = item[3] if len(item) > 3 else None
        forms = [(cyr, lat, None)]
        if cyr.upper() != cyr:
            forms.append((cyr.upper(), lat.upper(), 'caps'))
            tied = ligature_caps and '\u0361' in lat
            forms.append((cyr[0].upper() + cyr[1:], lat.upper() if tied else title(lat), 'title'))
        for src, dst, kind in forms:
            b = before(ctx)
            a = after(nxt)
            if nxt and kind in ('caps', 'title'):
                # ШЧ -> SH·CH but Шч -> Sh·ch: the case of the next letter picks the form
                same = ''.join(c for c in nxt if c.isupper() == (kind == 'caps'))
                a = after(same) if same else a
            if kind == 'caps':
                capnext = '[' + esc('А-ЯЁЄІЇҐ').replace('\\u002D', '-') + ']'
                a = a if a else capnext
                if len(src) == 1 and not nxt:
                    pass
            lhs = esc(src)
            if a:
                lhs = lhs + ' } ' + a
            dst_e = '' if dst == '' else esc(dst)
            if ctx == 'initial':
                initial_rules.append(cls(' -.,;:()"«»/\n\t') + ' { ' + lhs + ' > ' + dst_e + ' ;')
                anchored.append('^ ' + lhs + ' > ' + dst_e + ' ;')
            elif b:
                initial_rules.append(b + ' { ' + lhs + ' > ' + dst_e + ' ;')
                if kind == 'caps' and not nxt and len(dst) > 1:
                    chars = before_chars(ctx)
                    ups = ''.join(c for c in chars if c.isupper())
                    if ups:
                        initial_rules.append(cls(ups) + ' { ' + esc(src) + ' > ' + dst_e + ' ;')
            else:
                out.append(lhs + ' > ' + dst_e + ' ;')
                if kind == 'caps' and not nxt and len(dst) > 1:
                    # the last letter of an all-caps word: ЁЖ -> YËZH
                    out.append('[A-Z\u00CB\u0410-\u042F\u0401\u0404\u0406\u0407\u0490] { ' + esc(src) + ' > ' + dst_e + ' ;')
                    # after a BGN/PCGN middle dot inside an all-caps word: ШЧ -> SH·CH
                    out.append('[A-Z\u00CB] \u00B7 { ' + esc(src) + ' > ' + dst_e + ' ;')
    if initial_rules:
        # a first pass for the forms that depend on what precedes (ICU matches a before-context
        # against rewritten text, and would see anchored rules as masking the rest)
        return initial_rules + anchored + [':: Null ;'] + out
    return out

LATIN_AFTER = {c: LATIN_VOWELS for c in VOWELS}
LATIN_AFTER.update({'ъ': '”', 'ь': '’', 'й': 'yY', 'Ъ': '”', 'Ь': '’', 'Й': 'yY'})

def base(pairs):
    return [(c, l, None) for c, l in pairs]

UK_NATIONAL = base([('а','a'),('б','b'),('в','v'),('г','h'),('ґ','g'),('д','d'),('е','e'),('є','ie'),('ж','zh'),('з','z'),('зг','zgh'),('и','y'),('і','i'),('ї','i'),('й','i'),('к','k'),('л','l'),('м','m'),('н','n'),('о','o'),('п','p'),('р','r'),('с','s'),('т','t'),('у','u'),('ф','f'),('х','kh'),('ц','ts'),('ч','ch'),('ш','sh'),('щ','shch'),('ь',''),('ю','iu'),('я','ia'),("'",''),('’',''),('ʼ','')]) + \
    [('є','ye','initial'),('ї','yi','initial'),('й','y','initial'),('ю','yu','initial'),('я','ya','initial')]

UK_BGN = base([('а','a'),('б','b'),('в','v'),('г','h'),('ґ','g'),('д','d'),('е','e'),('є','ye'),('ж','zh'),('з','z'),('и','y'),('і','i'),('ї','yi'),('й','y'),('к','k'),('л','l'),('м','m'),('н','n'),('о','o'),('п','p'),('р','r'),('с','s'),('т','t'),('у','u'),('ф','f'),('х','kh'),('ц','ts'),('ч','ch'),('ш','sh'),('щ','shch'),('ь','’'),('ю','yu'),('я','ya'),("'",'”'),('’','”'),('ʼ','”')])

RU_BGN_COMMON = [('а','a'),('б','b'),('в','v'),('г','g'),('д','d'),('е','e'),('ё','ë'),('ж','zh'),('з','z'),('и','i'),('й','y'),('к','k'),('л','l'),('м','m'),('н','n'),('о','o'),('п','p'),('р','r'),('с','s'),('т','t'),('у','u'),('ф','f'),('х','kh'),('ц','ts'),('ч','ch'),('ш','sh'),('щ','shch'),('ъ','"'),('ы','y'),('ь','’'),('э','e'),('ю','yu'),('я','ya')]
RU_BGN = base(RU_BGN_COMMON) + [
    ('е','ye','initial'),('ё','yë','initial'),('е','ye','after:' + VOWELS + 'ъьйЪЬЙ'),('ё','yë','after:' + VOWELS + 'ъьйЪЬЙ'),
    ('т','t·',None,'сС'),('ш','sh·',None,'чЧ'),('й','y·',None,'аеуыэАУЫЭ'),('ы','y·',None,'аоуыэАОУЫЭ'),
    ('ы','·y·','after-vowel','аоуыэАОУЫЭ'),('ы','·y','after-vowel'),('э','·e','after-cons')]

RU_ISO9 = base([('а','a'),('б','b'),('в','v'),('г','g'),('д','d'),('е','e'),('ё','ë'),('ж','ž'),('з','z'),('и','i'),('й','j'),('к','k'),('л','l'),('м','m'),('н','n'),('о','o'),('п','p'),('р','r'),('с','s'),('т','t'),('у','u'),('ф','f'),('х','h'),('ц','c'),('ч','č'),('ш','š'),('щ','ŝ'),('ъ','"'),('ы','y'),('ь','´'),('э','è'),('ю','û'),('я','â')])

RU_ALALC = base([('а','a'),('б','b'),('в','v'),('г','g'),('д','d'),('е','e'),('ё','ë'),('ж','zh'),('з','z'),('и','i'),('й','ǐ'),('к','k'),('л','l'),('м','m'),('н','n'),('о','o'),('п','p'),('р','r'),('с','s'),('т','t'),('у','u'),('ф','f'),('х','kh'),('ц','t͡s'),('ч','ch'),('ш','sh'),('щ','shch'),('ъ','ʺ'),('ы','y'),('ь','ʹ'),('э','ė'),('ю','i͡u'),('я','i͡a')])

UK_ALALC = base([('а','a'),('б','b'),('в','v'),('г','h'),('ґ','g'),('д','d'),('е','e'),('є','i͡e'),('ж','z͡h'),('з','z'),('и','y'),('і','i'),('ї','ï'),('й','ĭ'),('к','k'),('л','l'),('м','m'),('н','n'),('о','o'),('п','p'),('р','r'),('с','s'),('т','t'),('у','u'),('ф','f'),('х','kh'),('ц','t͡s'),('ч','ch'),('ш','sh'),('щ','shch'),('ь','ʹ'),('ю','i͡u'),('я','i͡a'),("'",'ʺ'),('’','ʺ'),('ʼ','ʺ')])

RU_PASSPORT_2010 = base([('а','a'),('б','b'),('в','v'),('г','g'),('д','d'),('е','e'),('ё','e'),('ж','zh'),('з','z'),('и','i'),('й','i'),('к','k'),('л','l'),('м','m'),('н','n'),('о','o'),('п','p'),('р','r'),('с','s'),('т','t'),('у','u'),('ф','f'),('х','kh'),('ц','tc'),('ч','ch'),('ш','sh'),('щ','shch'),('ъ',''),('ы','y'),('ь',''),('э','e'),('ю','ju'),('я','ja')])

RU_ICAO = base([('а','a'),('б','b'),('в','v'),('г','g'),('д','d'),('е','e'),('ё','e'),('ж','zh'),('з','z'),('и','i'),('й','i'),('к','k'),('л','l'),('м','m'),('н','n'),('о','o'),('п','p'),('р','r'),('с','s'),('т','t'),('у','u'),('ф','f'),('х','kh'),('ц','ts'),('ч','ch'),('ш','sh'),('щ','shch'),('ъ','ie'),('ы','y'),('ь',''),('э','e'),('ю','iu'),('я','ia')])

RU_GERMAN = base([('а','a'),('б','b'),('в','w'),('г','g'),('д','d'),('е','e'),('ё','jo'),('ж','sch'),('з','s'),('и','i'),('й','i'),('к','k'),('кс','x'),('л','l'),('м','m'),('н','n'),('о','o'),('п','p'),('р','r'),('с','s'),('т','t'),('у','u'),('ф','f'),('х','ch'),('ц','z'),('ч','tsch'),('ш','sch'),('щ','schtsch'),('ъ',''),('ы','y'),('ь',''),('э','e'),('ю','ju'),('я','ja'),('ий','i'),('ый','y'),('ей','ei'),('ье','je'),('ьё','jo'),('ью','ju'),('ья','ja'),('ьи','ji')]) + [
    ('е','je','initial'),('е','je','after-vowel'),('ё','o','after:жчшщЖЧШЩ'),('с','ss','after-vowel','аеёиоуыэюяАЕЁИОУЫЭЮЯ')]

RU_FRENCH = base([('а','a'),('б','b'),('в','v'),('г','g'),('д','d'),('е','e'),('ё','io'),('ж','j'),('з','z'),('и','i'),('й','ï'),('к','k'),('кс','x'),('л','l'),('м','m'),('н','n'),('о','o'),('п','p'),('р','r'),('с','s'),('т','t'),('у','ou'),('ф','f'),('х','kh'),('ц','ts'),('ч','tch'),('ш','ch'),('щ','chtch'),('ъ',''),('ы','y'),('ь',''),('э','e'),('ю','iou'),('я','ia'),('ий','i'),('ый','y'),('ей','eï'),('ай','aï'),('ой','oï'),('уй','ouï'),('ье','ie'),('ья','ia'),('ью','iou'),('ьи','ï'),('ин','ine'),('ен','ene'),('ун','oune'),('ан','ane'),('он','one')]) + [
    ('е','ie','after-vowel'),('ё','e','after:жчшщЖЧШЩ'),('с','ss','after-vowel','аеёиоуыэюяАЕЁИОУЫЭЮЯ'),('ин','in',None,'аеёиоуыэюяАЕЁИОУЫЭЮЯ'),('ен','en',None,'аеёиоуыэюяАЕЁИОУЫЭЮЯ'),('ун','oun',None,'аеёиоуыэюяАЕЁИОУЫЭЮЯ'),('ан','an',None,'аеёиоуыэюяАЕЁИОУЫЭЮЯ'),('он','on',None,'аеёиоуыэюяАЕЁИОУЫЭЮЯ')]

RU_POLISH = base([('а','a'),('б','b'),('в','w'),('г','g'),('д','d'),('е','ie'),('ё','io'),('ж','ż'),('з','z'),('и','i'),('й','j'),('к','k'),('л','ł'),('м','m'),('н','n'),('о','o'),('п','p'),('р','r'),('с','s'),('т','t'),('у','u'),('ф','f'),('х','ch'),('ц','c'),('ч','cz'),('ш','sz'),('щ','szcz'),('ъ',''),('ы','y'),('ь',''),('э','e'),('ю','iu'),('я','ia'),('ий','i'),('ый','y'),('ль','l'),('ле','le'),('лё','lo'),('ли','li'),('лю','lu'),('ля','la'),('жи','ży'),('ши','szy'),('ци','cy'),('же','że'),('ше','sze'),('че','cze'),('це','ce'),('щи','szczy'),('ье','je'),('ья','ja'),('ью','ju')]) + [
    ('ё','o','after:жчшщЖЧШЩ'),('е','je','initial'),('е','je','after-vowel'),('ё','jo','initial'),('ё','jo','after-vowel'),('ю','ju','initial'),('ю','ju','after-vowel'),('я','ja','initial'),('я','ja','after-vowel'),('е','e','after:жшчцщЖШЧЦЩ')]

SYSTEMS = [
    ('uk-Latn-national2010', 'Ukrainian national romanisation (Resolution of the Cabinet of Ministers of Ukraine No. 55 of 27 January 2010; adopted by UNGEGN 2012 and BGN/PCGN 2019)', UK_NATIONAL),
    ('uk-Latn-bgnpcgn', 'BGN/PCGN 1965 romanisation of Ukrainian', UK_BGN),
    ('ru-Latn-bgnpcgn', 'BGN/PCGN 1947 romanisation of Russian (with the optional middle dot)', RU_BGN),
    ('ru-Latn-iso9', 'ISO 9:1995 / GOST 7.79-2000 System A, Russian', RU_ISO9),
    ('ru-Latn-alalc', 'ALA-LC romanisation of Russian (2012 tables)', RU_ALALC),
    ('uk-Latn-alalc', 'ALA-LC romanisation of Ukrainian (1997 tables)', UK_ALALC),
    ('ru-Latn-passport2010', 'Russian foreign-travel passport, MVD order No. 995 (2010)', RU_PASSPORT_2010),
    ('ru-Latn-icao', 'ICAO Doc 9303 (7th ed.) as used in Russian passports since 2013', RU_ICAO),
    ('ru-Latn-german', 'German press convention (Duden) for Russian names: Schirinowski, Gorbatschow', RU_GERMAN),
    ('ru-Latn-french', 'French press convention for Russian names: Jirinovski, Gorbatchev', RU_FRENCH),
    ('ru-Latn-polish', 'Polish convention for Russian names: Żyrinowski, Gorbaczow', RU_POLISH),
]

def main():
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'dictionaries', 'linguistic', 'translit')
    index = []
    for sid, title_, table in SYSTEMS:
        lines = ['# ' + sid + ': ' + title_,
                 '# Source standard: ' + title_ + '.',
                 '# Written for Parallax from the published tables of that standard; generated by',
                 '# tools/names/build_translit.py. Licence: same as Parallax. Checked against the official',
                 '# examples in romanization_tests.tsv (interscript/maps, MIT) where the standard has them.',
                 ':: NFC ;']
        lines += rules_for(table, sid in LIGATURE_CAPS)
        with open(os.path.join(root, sid + '.txt'), 'w', encoding='utf-8') as f:
            f.write('\n'.join(lines) + '\n')
        index.append(sid + '\t' + title_)
    with open(os.path.join(root, 'INDEX'), 'w', encoding='utf-8') as f:
        f.write('# Romanisation rule sets: id<TAB>standard. Each id.txt is an ICU transform rule file.\n')
        f.write('\n'.join(index) + '\n')

if __name__ == '__main__':
    main()
