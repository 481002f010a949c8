#!/usr/bin/env python3
"""Answerable variants of the open sets' answerable questions.

Each variant asks what its question asks, in another way a reader would,
so a variant refused where its question is answered is a false refusal
made by the wording alone:
  opener  a greeting or a scene set before the question ("Hi! …",
          "Подскажите, пожалуйста: …", "Chào bạn! …", "Читал об этом утром. …")
  verb    the question word or the asking verb said otherwise ("What did X
          state", "Кто руководил", "По какой причине", "Ai đứng đầu")

  scripts/variants.py TESTDATA OUTDIR [SET...]
writes OUTDIR/SET/questions.jsonl (the question's own id, gold and kind;
the id ends in "~o" or "~v", and the bare question is there too as "~b")
and OUTDIR/SET/corpus. The blind sets
(mutants.BLIND) are never read. scripts/variants.sh runs them against
the bare questions.
"""
import json, os, random, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mutants import sets, write_set  # noqa: E402  (the open sets, blind ones left out)

OPENERS = {
    "en": ["Quick question: ", "I was reading about this earlier. ", "Can you tell me, ", "Hi! "],
    "ru": ["Подскажите, пожалуйста: ", "Вопрос такой: ", "Читал об этом утром. ", "Здравствуйте! "],
    "vi": ["Cho mình hỏi: ", "Xin hỏi, ", "Mình vừa đọc tin này. ", "Chào bạn! "],
}
VERBS = {
    "ru": [(r"^Что сказал(а|и)? ", r"Что заявил\1 "), (r"^Кто возглавлял(а|и)? ", r"Кто руководил\1 "),
           (r"^Кто возглавил(а|и)? ", r"Кто руководил\1 "), (r"^Сколько ", "Какое количество "),
           (r"^Почему ", "По какой причине "), (r"^Где ", "В каком месте ")],
    "en": [(r"^What did (.+?) say\b", r"What did \1 state"), (r"^Who led\b", "Who headed"), (r"^Who heads\b", "Who leads"),
           (r"^How many\b", "What number of"), (r"^Why did\b", "For what reason did")],
    "vi": [(r" nói gì", " phát biểu gì"), (r"^Ai dẫn đầu", "Ai đứng đầu"), (r"^Vì sao", "Tại sao"), (r"^Tại sao", "Vì sao")],
}


def opener(q, lang, rnd):
    p = rnd.choice(OPENERS[lang])
    first = q.split()[0]
    if p.endswith(", ") and first[1:] == first[1:].lower():  # "Can you tell me, how…": not a name's capital
        q = q[0].lower() + q[1:]
    return p + q


def verb(q, lang):
    for pat, rep in VERBS[lang]:
        nq = re.sub(pat, rep, q, count=1)
        if nq != q:
            return nq
    return None


def main():
    testdata, outdir = sys.argv[1], sys.argv[2]
    only = set(sys.argv[3:])
    rnd = random.Random(5)
    for name, (qf, d) in sets(testdata).items():
        if only and name not in only:
            continue
        out = []
        for line in open(os.path.join(testdata, qf), encoding="utf-8"):
            q = json.loads(line)
            if not q.get("gold") or q["lang"] not in OPENERS:
                continue
            out.append(dict(q, id=q["id"] + "~b"))
            out.append(dict(q, id=q["id"] + "~o", q=opener(q["q"], q["lang"], rnd)))
            if v := verb(q["q"], q["lang"]):
                out.append(dict(q, id=q["id"] + "~v", q=v))
        write_set(outdir, name, d, out)


if __name__ == "__main__":
    main()
