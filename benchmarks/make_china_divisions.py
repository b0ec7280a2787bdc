"""Rebuild briefing/data/entities/china_divisions.txt from the cpca package's adcodes.csv.

cpca (MIT licence) ships the codes and names of mainland China's administrative divisions.
We keep only the names, and leave out those that are common words in jieba's dictionary:

    pip download --no-deps cpca==0.5.5 && unzip -o cpca-0.5.5-py3-none-any.whl 'cpca/resources/*'
    .venv/bin/python benchmarks/make_china_divisions.py cpca/resources/adcodes.csv \
        > briefing/data/entities/china_divisions.txt
"""
import csv, re, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from briefing.core.entities.segment import dictionary_entry
from briefing.core.entities.lexicon import read_list
notp=set(read_list('not_places.txt'))
rows=list(csv.DictReader(open(sys.argv[1],encoding='utf-8')))
def level(c): return 'prov' if c[2:]=='0'*10 else 'pref' if c[4:]=='0'*8 else 'county'
NATION = "回族|壮族|维吾尔|藏族|羌族|彝族|苗族|土家族|朝鲜族|蒙古族|哈萨克|柯尔克孜|傣族|景颇族|白族|哈尼族|布依族|侗族|黎族|傈僳族|怒族|普米族|纳西族|独龙族|拉祜族|佤族|布朗族|瑶族|仡佬族|水族|畲族|满族|土族|撒拉族|东乡族|保安族|裕固族|达斡尔族|鄂温克族|鄂伦春族|锡伯族|塔吉克|仫佬族|毛南族|京族|各族|回|蒙古|壮|苗|侗|土家|彝|傣|黎|藏|羌"
AUTO=re.compile(rf'(?:(?:{NATION})+)?自治(?:区|州|县|旗)$')
COMMON_FLAGS=('v','vn','a','ad','an','d','i','l','m','t','q','c','p','u','r','f')
def common(word):
    e=dictionary_entry(word)
    if e is None: return False
    freq, flag = e
    return (flag.startswith(COMMON_FLAGS) and freq>=200) or (flag=='n' and freq>=150)
full=set(); short=set(); dropped=[]
for r in rows:
    name, c = r['name'], r['adcode']
    if name in ('市辖区','县') or '直辖' in name: continue
    lv=level(c)
    if len(name)>=3 and not common(name) and name not in notp: full.add(name)
    else: dropped.append(name)
    stem=AUTO.sub('',name)
    if stem==name:
        if lv=='county' and not name.endswith('市'): continue
        stem=re.sub(r'(特别行政区|省|市|盟|地区|林区)$','',name)
    if stem!=name and len(stem)>=2:
        entry = dictionary_entry(stem)
        if lv == 'county' and entry is not None and entry[1] != 'ns':
            dropped.append(stem); continue  # 磐石, 灯塔: a county-level city named like a word
        if common(stem) or stem in notp: dropped.append(stem); continue
        short.add(stem)
        if AUTO.search(name) and name.endswith('州'): short.add(stem+'州')
print(len(full),len(short), file=sys.stderr); print('dropped',dropped, file=sys.stderr)
def wrap(words):
    out, line = [], ''
    for w in sorted(words):
        if len(line)+len(w)+1>88: out.append(line); line=''
        line = (line+' '+w).strip()
    return out+[line]
print("# Administrative divisions of mainland China: provinces, prefectures and counties by their")
print("# full names (湖南省, 宁德市, 布拖县), and short names of provinces, prefectures and")
print("# county-level cities (湖南, 宁德, 义乌). Generated from the adcodes.csv of the cpca")
print("# package 0.5.5 (MIT licence), leaving out names that are common words in jieba's")
print("# dictionary; see README.md in this folder.")
print("# Full names")
print('\n'.join(wrap(full)))
print("# Short names")
print('\n'.join(wrap(short)))
