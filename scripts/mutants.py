#!/usr/bin/env python3
"""Near misses made from answerable questions (a stress test of the judge).

Each open answerable question is turned into questions its corpus cannot
answer, by one change of one kind:

  year    a year no article of the set writes is added ("… in 2013?",
          "… năm 2013?", "… в 2013 году?") or put in place of the question's
  pair    Russia, Moscow or the Kremlin becomes China, Beijing or
          Zhongnanhai (only where the gold articles never name China)
  person  a name the gold articles write becomes "Hendricks" (Хендрикс),
          which no article holds
  detail  one lexicon word the gold articles hold becomes a domain noun no
          gold article holds (tariffs, vắc-xin, пошлин, …); noisy: the word
          replaced may be a verb, so read the answered ones before counting

  scripts/mutants.py TESTDATA OUTDIR [SET...]
writes OUTDIR/SET/questions.jsonl (kind "unanswerable", near = the kind)
and OUTDIR/SET/corpus (the set's directory under TESTDATA). The blind sets
(BLIND: heldout, eval20, eval21) are never read. scripts/mutants.sh runs them.
"""
import glob, json, os, random, re, sys, unicodedata

BLIND = {"heldout", "eval20", "eval21"}  # the sets no one may read (README: Reading `detente eval`)
YEAR_RE = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
PAIR = {
    "en": [(r"\bRussia's\b", "China's"), (r"\bRussian\b", "Chinese"), (r"\bRussia\b", "China"), (r"\bMoscow\b", "Beijing"), (r"\bKremlin\b", "Zhongnanhai")],
    "vi": [(r"\bNga\b", "Trung Quốc"), (r"\bMoskva\b", "Bắc Kinh"), (r"\bMátxcơva\b", "Bắc Kinh"), (r"\bĐiện Kremlin\b", "Trung Nam Hải")],
    "ru": [(r"\bРоссией\b", "Китаем"), (r"\bРоссии\b", "Китая"), (r"\bРоссию\b", "Китай"), (r"\bРоссия\b", "Китай"),
           (r"\bроссийск", "китайск"), (r"\bРоссийск", "Китайск"), (r"\bМосквой\b", "Пекином"), (r"\bМосквы\b", "Пекина"),
           (r"\bМоскве\b", "Пекине"), (r"\bМосква\b", "Пекин"), (r"\bМоскву\b", "Пекин")],
}
CHINA = re.compile(r"China|Trung Quốc|Китай|Beijing|Bắc Kinh|Пекин")
STRANGER = {"en": "Hendricks", "vi": "Hendricks", "ru": "Хендрикс"}
NOT_NAMES = set("""US USA America American Americans Russia Russian Russians Moscow Washington Vietnam Mỹ Nga Việt Nam Hoa Kỳ
Kremlin NATO UN OSCE START New Ukraine Ukrainian January February March April May June July August September October
November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday Who What When Where Why How Which Did Does Do
Is Are Was Were Has Have Can Could Will Would Should Ai Khi Tại Vì Bao Sao Những Các Theo Ông Bà Кто Что Когда Где
Почему Как Какие Какой Какая Каким Сколько Зачем Чем США Россия России Россией Москва Москве Москвы Вашингтон
Вашингтоне Пекин Китай Украина Украины НАТО ООН""".split())
SUFFIX = {"year": "y", "pair": "p", "person": "n", "detail": "d", "third": "t"}
NEAR = {"third": "pair"}  # the near-miss kind `detente eval` knows it by; the id's suffix tells them apart
# Third countries (English name, adjective; Vietnamese; Russian stem that
# takes Россия's endings, adjective stem that takes российск-'s): a
# "third" near miss puts one the set's corpus names, but no gold article
# does, in Russia's place ("What did India and the US agree on embassy
# bank accounts?" over a corpus with a Russia–India bank story).
THIRD = [("India", "Indian", "Ấn Độ", "Инди", "индийск"), ("Japan", "Japanese", "Nhật Bản", "Япони", "японск"),
         ("Turkey", "Turkish", "Thổ Nhĩ Kỳ", "Турци", "турецк"), ("Norway", "Norwegian", "Na Uy", "Норвеги", "норвежск"),
         ("Finland", "Finnish", "Phần Lan", "Финлянди", "финск"), ("Mongolia", "Mongolian", "Mông Cổ", "Монголи", "монгольск"),
         ("Germany", "German", "Đức", "Германи", "германск"), ("France", "French", "Pháp", "Франци", "французск"),
         ("South Korea", "South Korean", "Hàn Quốc", "Коре", "корейск"), ("Indonesia", "Indonesian", "Indonesia", "Индонези", "индонезийск"),
         ("Austria", "Austrian", "Áo", "Австри", "австрийск"), ("Armenia", "Armenian", "Armenia", "Армени", "армянск"),
         ("Serbia", "Serbian", "Serbia", "Серби", "сербск"), ("Switzerland", "Swiss", "Thụy Sĩ", "Швейцари", "швейцарск"),
         ("Italy", "Italian", "Ý", "Итали", "итальянск"), ("Spain", "Spanish", "Tây Ban Nha", "Испани", "испанск"),
         ("Malaysia", "Malaysian", "Malaysia", "Малайзи", "малайзийск")]
DETAIL = {
    "en": ["submarines", "vaccines", "satellites", "tariffs", "fertilizer", "grain", "bearings", "icebreakers", "uranium", "helicopters", "drones", "wheat"],
    "vi": ["tàu ngầm", "vắc-xin", "vệ tinh", "thuế quan", "phân bón", "ngũ cốc", "vòng bi", "tàu phá băng", "urani", "trực thăng", "máy bay không người lái", "lúa mì"],
    "ru": ["подводных лодок", "вакцин", "спутников", "пошлин", "удобрений", "зерна", "подшипников", "ледоколов", "урана", "вертолётов", "беспилотников", "пшеницы"],
}


def fold(s):
    s = unicodedata.normalize("NFD", s.lower())
    return "".join(c for c in s if unicodedata.category(c) != "Mn").replace("đ", "d").replace("ё", "е")


def sets(testdata):
    out = {"tune": ("eval/tune.jsonl", "eval"), "probes": ("eval/probes.jsonl", "eval")}
    for d in sorted(glob.glob(os.path.join(testdata, "eval[0-9]*"))):
        name = os.path.basename(d)
        if os.path.exists(os.path.join(d, "questions.jsonl")):
            out[name] = (name + "/questions.jsonl", name)
    return {k: v for k, v in out.items() if k not in BLIND}


def write_set(outdir, name, corpus, questions):
    """Writes OUTDIR/NAME/questions.jsonl and OUTDIR/NAME/corpus (the set's
    directory under TESTDATA), as scripts/answersets.sh reads them."""
    os.makedirs(os.path.join(outdir, name), exist_ok=True)
    with open(os.path.join(outdir, name, "questions.jsonl"), "w", encoding="utf-8") as f:
        for m in questions:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, name, "corpus"), "w") as f:
        f.write(corpus)
    print(name, len(questions))


def article(testdata, d, i):
    for f in glob.glob(os.path.join(testdata, d, "articles", i + ".*")):
        return open(f, encoding="utf-8").read()
    return ""


def lexicon_words(testdata):
    words = set()
    path = os.path.join(testdata, "..", "retrieval", "lexicon.tsv")
    for line in open(path, encoding="utf-8"):
        if line.startswith(("#", "@")) or not line.strip():
            continue
        for col in line.rstrip("\n").split("\t"):
            for t in col.split("|"):
                t = t.lstrip("=^").strip()
                if t and t[0].islower():
                    words.add(fold(t))
    return words


def with_year(q, lang, year):
    if YEAR_RE.search(q):
        return YEAR_RE.sub(str(year), q, count=1)
    body, end = (q.rstrip()[:-1].rstrip(), "?") if q.rstrip().endswith("?") else (q.rstrip(), "")
    return body + {"en": " in %d", "vi": " năm %d", "ru": " в %d году"}[lang] % year + end


def with_pair(q, lang, gold):
    if CHINA.search(gold):
        return None
    for pat, rep in PAIR[lang]:
        nq = re.sub(pat, rep, q, count=1)
        if nq != q:
            return nq
    return None


def third_names(t):
    """The spellings by which a text names third country t (folded)."""
    return [fold(x) for x in (t[0], t[1], t[3], t[4])] + [" " + fold(t[2]) + " "]


def names_third(text, t):
    f = " " + re.sub(r"\W+", " ", fold(text)) + " "
    return any((x in f) if x.startswith(" ") else re.search(r"\b" + re.escape(x), f) for x in third_names(t))


def with_third(q, lang, gold, corpus, rnd):
    cands = [t for t in THIRD if names_third(corpus, t) and not names_third(gold, t) and not names_third(q, t)]
    if not cands:
        return None
    t = rnd.choice(cands)
    subs = {"en": [(r"\bRussia's\b", t[0] + "'s"), (r"\bRussian\b", t[1]), (r"\bRussia\b", t[0])],
            "vi": [(r"\bNga\b", t[2])],
            "ru": [(r"\bРосси(я|и|ю|ей)\b", lambda m: t[3] + m.group(1)), (r"\bроссийск", t[4]), (r"\bРоссийск", t[4].capitalize())]}[lang]
    for pat, rep in subs:
        nq = re.sub(pat, rep, q, count=1)
        if nq != q:
            return nq
    return None


def with_stranger(q, lang, gold):
    for run in re.finditer(r"(?:[A-ZА-ЯЁĐ][\w\-]+\s)*[A-ZА-ЯЁĐ][\w\-]{3,}", q):
        words = run.group(0).split()
        last = words[-1]
        if last in NOT_NAMES or (run.start() == 0 and len(words) == 1):
            continue
        if last in gold:
            return q.replace(last, STRANGER[lang], 1)
    return None


def with_detail(q, lang, gold, lex, rnd):
    g = fold(gold)
    toks = list(re.finditer(r"[^\W\d_][\w-]*", q))
    spans = []
    for i, m in enumerate(toks):
        for n in (2, 1):
            if i + n > len(toks):
                continue
            span = q[m.start():toks[i + n - 1].end()]
            f = fold(span)
            if not span[0].islower() or len(f) < 4:
                continue
            if (f in lex or lang != "vi" and any(x in lex for x in (f[:-1], f[:-2], f.rstrip("s")))) and f[:5] in g:
                spans.append((m.start(), toks[i + n - 1].end(), span))
                break
    subs = [p for p in DETAIL[lang] if fold(p)[:5] not in g]
    if not spans or not subs:
        return None
    a, b, _ = max(spans, key=lambda s: len(s[2]))
    return q[:a] + rnd.choice(subs) + q[b:]


def main():
    testdata, outdir = sys.argv[1], sys.argv[2]
    only = set(sys.argv[3:])
    lex = lexicon_words(testdata)
    rnd = random.Random(12)
    rnd3 = random.Random(3)  # its own, so that the other kinds stay as they were
    for name, (qf, d) in sets(testdata).items():
        if only and name not in only:
            continue
        text = "".join(open(f, encoding="utf-8").read() for f in glob.glob(os.path.join(testdata, d, "articles", "*")))
        year = next(y for y in (2013, 2011, 2009, 2007, 2003, 1997, 1993) if str(y) not in text)
        out = []
        for line in open(os.path.join(testdata, qf), encoding="utf-8"):
            q = json.loads(line)
            if not q.get("gold") or q.get("kind") not in ("factoid", "cross-lingual") or q["lang"] not in PAIR:
                continue
            gold = "".join(article(testdata, d, g) for g in q["gold"])
            made = {"year": with_year(q["q"], q["lang"], year), "pair": with_pair(q["q"], q["lang"], gold)}
            if STRANGER["en"] not in text and STRANGER["ru"] not in text:
                made["person"] = with_stranger(q["q"], q["lang"], gold)
            made["third"] = with_third(q["q"], q["lang"], gold, text, rnd3)
            if q["kind"] == "factoid":
                made["detail"] = with_detail(q["q"], q["lang"], gold, lex, rnd)
            for kind, nq in made.items():
                if nq:
                    out.append(dict(q, id=q["id"] + "~" + SUFFIX[kind], q=nq, gold=[], kind="unanswerable", answer=[], near=NEAR.get(kind, kind)))
        write_set(outdir, name, d, out)


if __name__ == "__main__":
    main()
