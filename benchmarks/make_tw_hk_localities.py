"""Rebuild briefing/data/entities/tw_hk_localities.txt from benchmarks/tw_hk_localities_source.txt.

The source is a hand-written list of place names of Taiwan, Hong Kong and Macau in Traditional
Chinese (Taiwan's 368 townships and districts, natural features, localities, rail lines and
roads). We convert them to Simplified, add the bare names of townships and districts (池上 for
池上鄉), and leave out those that are common words in jieba's dictionary:

    .venv/bin/python benchmarks/make_tw_hk_localities.py benchmarks/tw_hk_localities_source.txt \
        > briefing/data/entities/tw_hk_localities.txt

In the source, a line starting `## ` opens a section; a section whose title ends in
`[divisions]` lists administrative divisions by full name, whose bare names are added too.
"""
import re, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from briefing.core.entities.segment import dictionary_entry
from briefing.core.entities.lexicon import read_list
from briefing.core.entities.normalize import simplified

notp = set(read_list('not_places.txt'))
COMMON_FLAGS = ('v','vn','a','ad','an','d','i','l','m','t','q','c','p','u','r','f')
def common(word):  # as in make_china_divisions.py
    e = dictionary_entry(word)
    if e is None: return False
    freq, flag = e
    return (flag.startswith(COMMON_FLAGS) and freq>=200) or (flag=='n' and freq>=150)

# Names that get past the jieba test but are ordinary words, or names of something else, more
# often than places in general news (Simplified; checked by eye on the output):
EXCLUDE = set(simplified(' '.join('''
中区 东区 南区 西区 北区
新社区 新市区 新城乡
大坑 天后 彩虹 东头 深井 外港
'''.split())).split())
# Bare names of divisions likewise (the full names, 中山区, 北门区, 铜锣乡, stay): 中山 is mostly
# the mainland city or Sun Yat-sen; the others are ordinary words or phrases (north gate, big
# city, new shop, gong, big belly, tall tree, new house, big village, inner door, five/seven
# shares, eight li, in the lake, in the forest, by the forest, in the water, deep pit, warm,
# comfort, harmonious, Chinese-and-Western, outlying island); 瑞穗 is mostly the Mizuho bank.
EXCLUDE_BARE = set(simplified(' '.join('''
中山 北门 大城 新店 新市 铜锣 大肚 高树 新屋 大村 内门 秀水 仁德 大社 弥陀
五股 七股 八里 湖内 林内 林边 水里 深坑 暖暖 安乐 和美 新社 中西 离岛 瑞穗
'''.split())).split())
# A bare name that jieba knows as a word tagged other than ns is dropped when it is at least this
# frequent (和平 7998, 中正 166, 信义 110, 大安 67, 仁爱 58). Many Taiwan place names are in
# jieba's dictionary with a rare tag (池上 8 s, 绿岛 22 n, 兰屿 20 nr, 恒春 20 nz, 北投 3 j);
# below the threshold they are kept unless listed above. Set it to 0 to drop every non-ns word.
WORD_FREQ = 50
SUFFIX = re.compile(r'(乡|镇|市|区)$')  # on the Simplified names

sections = []  # [title, is_divisions, [names]]
for line in open(sys.argv[1], encoding='utf-8'):
    line = line.strip()
    if line.startswith('## '):
        title = line[3:].strip()
        divisions = title.endswith('[divisions]')
        sections.append([title.removesuffix('[divisions]').strip(), divisions, []])
    elif line and not line.startswith('#'):
        sections[-1][2].append(line)

def why_dropped(name, bare):
    if name in EXCLUDE or (bare and name in EXCLUDE_BARE): return 'excluded'
    if name in notp: return 'not_places'
    if common(name): return 'common'
    if bare:
        e = dictionary_entry(name)
        # flag '' marks names our own lexicons taught jieba (segment._teach), not words
        if e is not None and e[1] not in ('ns', '') and e[0] >= WORD_FREQ: return f'word/{e[1]}'
    return None

seen = set(); dropped_seen = set(); out = []; total_kept = total_dropped = 0
for title, divisions, names in sections:
    full, bare, dropped = [], [], []
    names = simplified('\n'.join(names)).split('\n')  # one conversion, as read_list does
    for name in names:
        candidates = [(name, False)]
        stem = SUFFIX.sub('', name)
        if divisions and stem != name and len(stem) >= 2: candidates.append((stem, True))
        for word, is_bare in candidates:
            if word in seen: continue  # kept in an earlier line or section
            reason = why_dropped(word, is_bare)
            if reason:  # a bare name dropped here may still be kept as a full name later (深水埗)
                if (word, reason) not in dropped_seen: dropped.append(f'{word}({reason})')
                dropped_seen.add((word, reason))
            else:
                seen.add(word); (bare if is_bare else full).append(word)
    out.append((title, full, bare))
    kept = len(full)+len(bare); total_kept += kept; total_dropped += len(dropped)
    print(f'{title}: kept {kept} ({len(full)} full, {len(bare)} bare), dropped {len(dropped)}', file=sys.stderr)
    if dropped: print('  dropped: '+' '.join(dropped), file=sys.stderr)
print(f'total: kept {total_kept}, dropped {total_dropped}', file=sys.stderr)

def wrap(words, n=20):
    return [' '.join(words[i:i+n]) for i in range(0, len(words), n)]
print("# Place names of Taiwan, Hong Kong and Macau: Taiwan's townships and districts by their full")
print("# names (池上乡, 虎尾镇, 信义区) and, where not a common word, bare names (池上, 虎尾); its")
print("# mountains, rivers, islands, localities and rail lines; Hong Kong's districts, localities, MTR")
print("# lines, roads, tunnels and waters; Macau's parishes and areas. Generated from the hand-written")
print("# benchmarks/tw_hk_localities_source.txt, leaving out names that are common words in jieba's")
print("# dictionary; rebuild with")
print("#     .venv/bin/python benchmarks/make_tw_hk_localities.py benchmarks/tw_hk_localities_source.txt \\")
print("#         > briefing/data/entities/tw_hk_localities.txt")
print("# Users may add lines (whitespace-separated names); they are lost on a rebuild unless also added")
print("# to the source list.")
for title, full, bare in out:
    print(f"# {title}")
    if full: print('\n'.join(wrap(full)))
    if bare:
        print(f"# {title}: bare names, without 乡/镇/市/区")
        print('\n'.join(wrap(bare)))
