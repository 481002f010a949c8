#!/usr/bin/env python3
"""Answerable variants of the open sets' answerable questions.

Each variant asks what its question asks, in another way a reader would,
so a variant refused where its question is answered is a false refusal
made by the wording alone:
  opener  a greeting or a scene set before the question ("Hi! …",
          "Подскажите, пожалуйста: …", "Chào bạn! …", "Читал об этом утром. …")
  verb    the question word or the asking verb said otherwise ("What did X
          state", "Кто руководил", "По какой причине", "Ai đứng đầu")
  context a neutral sentence of the reader's own before the question ("I'm
          writing a piece on US–Russia relations. …", "Tôi đang viết bài về
          quan hệ Nga – Mỹ. …", "Я пишу статью о переговорах. …")
  indirect the question embedded in a request ("Do you know who led …?",
          "I'd like to know when the treaty expired.", "Bạn có biết … không?",
          "Не знаете, кто …?", "Хотелось бы узнать, …"): English puts the
          subject back before its verb ("when did X sign" → "when X signed");
          yes/no questions and English ones whose verb it cannot tell are left out
  order   another word order the language allows: Russian puts the verb after
          its subject ("Что сказал Орлов о …" → "Что Орлов сказал о …") or at
          the clause's end; Vietnamese moves the question word ("Khi nào X sẽ
          …?" ↔ "X sẽ … khi nào?", "X vào năm nào?" → "Năm nào X?", "Ai là X?"
          ↔ "X là ai?", "Ai dẫn đầu X?" → "X do ai dẫn đầu?"); English has none

With --near the same context, indirect and order rewrites are put on the
near misses of scripts/mutants.py (--near=DIR: those it wrote to DIR before) (ids "ID~y~b" for the near miss itself,
"ID~y~c" … for its rewrites): a rewrite must not get one answered.

  scripts/variants.py [--near[=DIR]] TESTDATA OUTDIR [SET...]
writes OUTDIR/SET/questions.jsonl (the question's own id, gold and kind;
the id ends in "~o", "~v", "~c", "~i" or "~r", and the bare question is
there too as "~b")
and OUTDIR/SET/corpus. The blind sets
(mutants.BLIND) are never read. scripts/variants.sh runs them against
the bare questions.
"""
import json, os, random, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mutants import fold, sets, write_set  # noqa: E402  (the open sets, blind ones left out)

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


CONTEXT = {
    "en": ["I'm writing a piece on US–Russia relations. ", "I'm preparing a news briefing for my editor. ",
           "I follow the news about Russia and the United States. ", "A colleague mentioned this story yesterday. "],
    "ru": ["Я пишу статью о российско-американских отношениях. ", "Готовлю обзор новостей для редакции. ",
           "Слежу за новостями о России и США. ", "Коллега вчера упомянул эту историю. "],
    "vi": ["Tôi đang viết bài về quan hệ Nga – Mỹ. ", "Mình đang chuẩn bị bản tin cho tòa soạn. ",
           "Tôi hay theo dõi tin tức về Nga và Mỹ. ", "Đồng nghiệp tôi vừa nhắc đến chuyện này hôm qua. "],
}
INDIRECT = {
    "en": [("Do you know ", "?"), ("I'd like to know ", "."), ("Any idea ", "?"), ("Could you tell me ", "?")],
    "ru": [("Не знаете, ", "?"), ("Хотелось бы узнать, ", "."), ("Интересно, ", "?"), ("Не подскажете, ", "?")],
    "vi": [("Bạn có biết ", " không?"), ("Tôi muốn biết ", "."), ("Cho tôi biết ", " nhé."), ("Không biết ", " nhỉ?")],
}
# Words that start a question and take no capital inside a sentence (a
# name's capital is kept).
RU_LOWER = re.compile(r"^(кто|что|когда|где|куда|откуда|почему|зачем|как|сколь|насколько|чь|кого|кем|ком|чем|чего|"
                      r"за|на|с|со|до|в|во|о|об|через|при|по|к|из|из-за|против|от|у|для|между|после|перед|под|над|есть)", re.I)
VI_LOWER = set("""Ai Khi Vì Vi Tại Tai Bao Những Nhung Các Cac Có Co Theo Hai Mỗi Moi Năm Nam Trước Truoc Cuộc Cuoc Người Nguoi
Vòng Vong Nhóm Nhom Tàu Tau Ngày Ngay Sau Ở O Đâu Gói Goi Lệnh Lenh Ông Ong Bà Ba Lệ Le Thị Thi Triển Trien Tiền Tien Doanh
Hiệp Hiep Phái Phai Tân Tan Đại Dai Tổng Tong Thỏa Thoa Thoả Công Cong Trung Đặc Dac Chương Chuong Giám Giam Đường Duong
Hạn Han Số So Lễ Hội Hoi Phía Phia Thời Thoi Giá Gia Điểm Diem Nhà Nha Viện Vien Bộ Bo Việc Viec Chuyến Chuyen""".split())
VI_NAMES = set("nga my phap duc y uc lao anh nhat trung han viet hoa thai ton bi ha".split())
VI_SYLLABLE = re.compile(r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$")
# Common news verbs, base form → past (a regular one is made by rule).
IRREG = {"say": "said", "tell": "told", "lead": "led", "meet": "met", "hold": "held", "pay": "paid", "send": "sent",
         "give": "gave", "take": "took", "make": "made", "go": "went", "fly": "flew", "leave": "left", "begin": "began",
         "set": "set", "put": "put", "cost": "cost", "keep": "kept", "win": "won", "sell": "sold", "buy": "bought",
         "bring": "brought", "seek": "sought", "spend": "spent", "find": "found", "choose": "chose", "break": "broke",
         "speak": "spoke", "stand": "stood", "become": "became", "come": "came", "see": "saw", "get": "got",
         "do": "did", "have": "had", "shut": "shut", "let": "let", "run": "ran", "draw": "drew", "write": "wrote",
         "swap": "swapped", "stop": "stopped", "plan": "planned", "ship": "shipped", "sail": "sailed"}
BASE = set(IRREG) | set("""agree sign release free call urge want respond visit send present leave adopt last meet describe
propose demand offer ask end replace serve hide hand promise extend exchange expel accuse close open reopen host mediate
sanction earn announce discuss approve reject suspend resume cover expire happen need start launch land arrive return
cancel fail collapse reach cut raise name appoint nominate recall arrest detain charge sentence invite warn threaten
deny confirm require allow ban block seize receive deliver supply import export lift impose plan test""".split())
AUX = r"(?:is|are|was|were|will|can|could|would|should|has|have|had|must)"
PART = re.compile(r"^(?:\w+ed|\w+en|held|led|made|built|set|met|sent|paid|told|said|sold|kept|left|cut|shut|put|hit|won|"
                  r"\w+ing|expected|due|scheduled|based|located)$")


def past(v):
    if v in IRREG:
        return IRREG[v]
    if v.endswith("e"):
        return v + "d"
    if re.search(r"[^aeiou]y$", v):
        return v[:-1] + "ied"
    return v + "ed"


def third(v):
    if v == "have":
        return "has"
    if re.search(r"(s|sh|ch|x|z|o)$", v):
        return v + "es"
    if re.search(r"[^aeiou]y$", v):
        return v[:-1] + "ies"
    return v + "s"


WH_EN = re.compile(r"^((?:(?:until|since|by|for|to|from|in|within|through|at) )?(?:who|whom|what|when|where|why|which|how)"
                   r"(?: (?:many|much|long|often|far|fast|big|old|soon|kind of|share of)?)?(?: [\w'-]+?)??) ", re.I)


def embed_en(q):
    """The question as a clause after "Do you know …": "when did X sign Y" →
    "when X signed Y"; None where the verb cannot be told or it asks yes/no."""
    body = q.rstrip().rstrip("?.").strip()
    if "," in body or re.search(r"\band (?:who|what|when|where|why|which|how)\b", body, re.I):
        return None  # two questions in one
    w = body.split()
    if len(w) < 3 or w[0].lower() not in ("who", "whom", "what", "when", "where", "why", "which", "how", "until", "since", "by", "for", "to", "in", "within", "through"):
        return None
    low = [x.lower() for x in w]
    first_aux = next((i for i in range(1, min(len(w), 6)) if re.fullmatch(AUX + "|did|does|do", low[i])), None)
    for i in range(1, min(len(w), 6)):
        x = low[i]
        if first_aux is not None and i < first_aux and x not in ("did", "does", "do") and not re.fullmatch(AUX, x):
            continue
        if x in ("did", "does", "do"):
            for j in range(i + 2, len(w)):
                if low[j] in BASE and w[j] == low[j]:
                    v = {"did": past, "does": third, "do": lambda v: v}[x](low[j])
                    out = w[:i] + w[i + 1:j] + [v] + w[j + 1:]
                    return " ".join(out)
                if w[j] != low[j] and j == i + 1:
                    continue
            return None
        if re.fullmatch(AUX, x):
            if i == 1 and low[0] in ("who", "what") and PART.match(low[i + 1]):
                return " ".join(w)  # "Who was freed …" is a subject question
            if i == 1 and low[0] == "who" and x not in ("is", "are", "was", "were"):
                return " ".join(w)  # "who will sign …" is a subject question
            if i + 1 < len(w) and (low[i + 1] in BASE or low[i + 1] in ("be", "been", "being") or PART.match(low[i + 1])):
                return " ".join(w)  # "which cosmonaut will fly …": the asked phrase is the subject
            # the auxiliary goes before the first participle (or, after a modal, verb) after the subject
            be = x in ("is", "are", "was", "were")
            for j in range(i + 2, len(w)):
                if w[j] == low[j] and (PART.match(low[j]) or not be and low[j] in BASE and not low[j - 1] in ("the", "a", "an")):
                    return " ".join(w[:i] + w[i + 1:j] + [w[i]] + w[j:])
            if x in ("is", "are", "was", "were"):
                return " ".join(w[:i] + w[i + 1:] + [w[i]])
            return None
        if finite(x):
            if low[0] in ("who", "which", "what", "how") and (i == 1 or low[0] in ("which", "what", "how")):
                return " ".join(w)  # a subject question: the order stays
            return None
    return None


def finite(x):
    """x is a verb in the past or the third person ("led", "heads", "signed")."""
    if x in IRREG.values() and x not in ("set", "put", "cost", "let", "shut"):
        return True
    if x.endswith("ed") and (x[:-1] in BASE or x[:-2] in BASE or x[:-3] in BASE or x[:-3] + "y" in BASE):
        return True
    return x.endswith("s") and (x[:-1] in BASE or x[:-2] in BASE or x[:-3] + "y" in BASE)


def lower_first(q, lang):
    first = q.split()[0]
    if lang == "en":
        return q[0].lower() + q[1:]
    if lang == "ru":
        return q[0].lower() + q[1:] if RU_LOWER.match(first) and first[1:] == first[1:].lower() else q
    w = q.split()
    # "Ông Orlov", "Đại sứ quán Mỹ" are lowered; "Bộ Ngoại giao", "Nga", "Điện Kremlin", "Sokolov" are names
    if first in ("Ông", "Ong", "Bà", "Ba", "Ai") or first in VI_LOWER and (len(w) < 2 or not w[1][0].isupper()):
        return q[0].lower() + q[1:]
    if fold(first) in VI_NAMES or len(w) > 1 and w[1][0].isupper() or not VI_SYLLABLE.match(fold(first)) or first.isupper():
        return q
    return q[0].lower() + q[1:]


def context(q, lang, rnd):
    return rnd.choice(CONTEXT[lang]) + q


def yes_no(q, lang):
    if lang == "en":
        return re.match(r"^(?:do|does|did|is|are|was|were|can|could|will|would|has|have|had|should)\b", q, re.I)
    if lang == "vi":
        return re.search(r"\b(?:không|khong|chưa|chua|phải|phai)\s*\?*$", q.rstrip()) or re.match(r"^(?:Có phải|Co phai)\b", q)
    return re.search(r"\bли\b", q)


def indirect(q, lang, rnd):
    if yes_no(q, lang):
        return None
    pre, end = rnd.choice(INDIRECT[lang])
    if lang == "en":
        c = embed_en(q)
        if c is None:
            return None
        return pre + c[0].lower() + c[1:] + end
    body = q.rstrip().rstrip("?").rstrip()
    return pre + lower_first(body, lang) + end


RU_QW = re.compile(r"^(?:Кто|Что|Когда|Где|Куда|Откуда|Почему|Зачем|Как|Сколько|Скольких|Скольким|Насколько|Кого|Кем|Чем|Чего|"
                   r"Как\w+|За что|О чём|О чем|С кем|На что|В чём|В чем|До како\w+|С како\w+|В как\w+|На как\w+|За сколько|"
                   r"Через сколько|По как\w+|Из-за чего|Против кого)\b")
RU_VERB = re.compile(r"^[а-яё-]+(?:л|ла|ло|ли|лся|лась|лось|лись|ет|ёт|ут|ют|ит|ат|ят|ется|ётся|ится|утся|ются|ятся|атся|ут|ют)$")
RU_INF = re.compile(r"^[а-яё]+(?:ть|ться|ти|чь)$")
RU_NOT_VERB = re.compile(r"^(?:посол|квартал|канал|генерал|адмирал|капитал|персонал|сигнал|материал|был|было|были|минут|секунд|ракет|пакет|бюджет|объект|совет|комитет|институт|маршрут|монет|будет|будут|есть|сколько|нет|ли|мест|лет|дет|пят|сот|тысяч|процент|лучше|больше|меньше|"
                         r"бывшего|бывший|американ\w*|российск\w*|\w+(?:ый|ий|ой|ая|ое|ые|ых|ого|ому|ую|ым|ей|ов|ам|ах|ами))$")


def order_ru(q):
    body = q.rstrip()
    if not body.endswith("?") or "," in body or re.search(r"\bи (?:кто|что|когда|где|сколько|почему|как)\b", body, re.I):
        return None
    body = body[:-1]
    m = RU_QW.match(body)
    if not m:
        return None
    w = body.split()
    k = len(m.group(0).split())
    for i in range(k, min(len(w), k + 4)):
        after_noun_word = i > k and re.search(r"(?:ой|ий|ый|ая|ое|ые|ого|ых|ую|ым)$|^(?:в|во|на|с|со|о|об|по|к|у|из|за|до|от|для|при)$", w[i - 1])
        if RU_VERB.match(w[i]) and not RU_NOT_VERB.match(w[i].lower()) and not after_noun_word:
            vend = i + 1
            if vend < len(w) and RU_INF.match(w[vend]):
                vend += 1  # "смогут учиться", "будет участвовать"
            verb, rest = w[i:vend], w[vend:]
            if not rest or re.match(r"^(?:в|во|на|с|со|о|об|по|к|у|из|за|до|от|для|при|под|над|через|против)$", rest[0]):
                return None  # "вступят в силу": the verb keeps its complement
            if rest[0][0].isupper():
                # the subject named after the verb comes before it: "Что сказал Орлов о …" → "Что Орлов сказал о …"
                n = 1
                while n < len(rest) and rest[n][0].isupper():
                    n += 1
                if n < len(rest) - 1 and rest[n] == "и" and rest[n + 1][0].isupper():
                    return None  # "Россия и США": the subject goes on
                return " ".join(w[:i] + rest[:n] + verb + rest[n:]) + "?"
            if i > k and all(x[0].isupper() for x in w[k:i]):
                # the subject was already before the verb: "Что Орлов сказал о …" → "Что сказал Орлов о …"
                return " ".join(w[:k] + verb + w[k:i] + rest) + "?"
            if len(rest) > 1 and rest[1][0].isupper() and not re.search(r"(?:ой|ий|ый|ая|ое|ые|ого|ых)$", rest[1]):
                # a title and a name: "Что сказал посол Толливер о …" → "Что посол Толливер сказал о …"
                n = 2
                while n < len(rest) and rest[n][0].isupper():
                    n += 1
                if n < len(rest) - 1 and rest[n] == "и" and rest[n + 1][0].isupper():
                    return None  # "переговоры Орлова и Хейл": the subject goes on
                return " ".join(w[:i] + rest[:n] + verb + rest[n:]) + "?"
            return " ".join(w[:i] + rest + verb) + "?"
    return None


VI_VERBS = ["dẫn đầu", "chủ trì", "làm trung gian cho", "đứng đầu", "dan dau", "chu tri", "lam trung gian cho"]


def order_vi(q):
    body = q.rstrip()
    if not body.endswith("?") or "," in body or re.search(r"\bvà\b.*\b(?:ai|khi nào|đâu|bao nhiêu|gì|nào|bao giờ)\b", body):
        return None
    b = body[:-1].rstrip()
    cap = lambda s: s[0].upper() + s[1:]
    if m := re.match(r"^(Khi nào|Bao giờ) (.+)$", b):
        return cap(m.group(2)) + " " + m.group(1).lower() + "?"
    if (m := re.match(r"^(.+?) (khi nào|bao giờ)$", b)) and re.search(r"\bsẽ\b", m.group(1)):
        return cap(m.group(2)) + " " + lower_first(m.group(1), "vi") + "?"
    if m := re.match(r"^(.+?) (?:vào )?(năm|ngày) nào$", b):
        if not re.search(r"\b(?:từ|đến|trước|sau|tới)$", m.group(1)):
            return cap(m.group(2)) + " nào " + lower_first(m.group(1), "vi") + "?"
        return None
    if m := re.match(r"^Ai (là|la) (.+)$", b):
        return cap(m.group(2)) + " " + m.group(1) + " ai?"
    if m := re.match(r"^(.+?) (là|la) ai$", b):
        return "Ai " + m.group(2) + " " + lower_first(m.group(1), "vi") + "?"
    for v in VI_VERBS:
        if b.startswith("Ai " + v + " "):
            obj = b[len("Ai " + v + " "):]
            if re.search(r"\b(?:thay mặt|thay mat|về phía|ve phia|cho)\b", obj):
                return None
            return cap(obj) + " do ai " + re.sub(r" cho$", "", v) + "?"
    return None


def order(q, lang):
    return {"ru": order_ru, "vi": order_vi}.get(lang, lambda q: None)(q)


NEW_KINDS = (("c", context), ("i", indirect), ("r", lambda q, lang, rnd: order(q, lang)))


def main():
    args = sys.argv[1:]
    near = args and args[0].startswith("--near")
    made = args[0][len("--near="):] if near and args[0].startswith("--near=") else None
    if near:
        args = args[1:]
    testdata, outdir = args[0], args[1]
    only = set(args[2:])
    rnd = random.Random(5)
    rnd2 = random.Random(7)  # its own, so that the opener kind stays as it was
    if near:
        import subprocess, tempfile
        tmp = made  # --near=DIR: the near misses scripts/mutants.py already wrote there
        if tmp is None:
            tmp = tempfile.mkdtemp()
            subprocess.run([sys.executable, os.path.join(os.path.dirname(os.path.abspath(__file__)), "mutants.py"), testdata, tmp] + sorted(only),
                           check=True, stdout=subprocess.DEVNULL)
        for name in sorted(os.listdir(tmp)):
            if only and name not in only:
                continue
            out = []
            for line in open(os.path.join(tmp, name, "questions.jsonl"), encoding="utf-8"):
                q = json.loads(line)
                out.append(dict(q, id=q["id"] + "~b"))
                for suf, f in NEW_KINDS:
                    if v := f(q["q"], q["lang"], rnd2):
                        out.append(dict(q, id=q["id"] + "~" + suf, q=v))
            write_set(outdir, name, open(os.path.join(tmp, name, "corpus")).read(), out)
        return
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
            for suf, f in NEW_KINDS:
                if v := f(q["q"], q["lang"], rnd2):
                    out.append(dict(q, id=q["id"] + "~" + suf, q=v))
        write_set(outdir, name, d, out)


if __name__ == "__main__":
    main()
