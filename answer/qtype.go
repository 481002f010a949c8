package answer

import (
	"regexp"
	"strings"
	"unicode"
)

// qType is the kind of answer a question asks for. The extractive answer
// prefers, among the sentences about the question, the one that gives that
// kind of answer (a name for "who", a date for "when"), and puts it first.
type qType int

const (
	qOther   qType = iota
	qWho           // persons and roles
	qWhen          // dates and times
	qWhere         // places
	qHowMany       // numbers, amounts, durations
	qWhy           // causes and purposes
	qSay           // what someone said: reported speech
)

func (t qType) String() string {
	return [...]string{"other", "who", "when", "where", "how many", "why", "say"}[t]
}

// questionTypes are tried in order on the lower-cased question; the first
// that matches decides. "When" and "where" come before "who", so "who
// met where" is a "where" only when it asks nothing about a person first.
// Vietnamese patterns are written with and without diacritics, for
// questions typed without them.
// sayQuestionRE finds a question about what someone said or how they
// reacted; the judge also reads its verbs as no topic of the saying.
var sayQuestionRE = regexp.MustCompile(`(^|[^\p{L}])(say|said|tell|told|comment|react|reaction|nói gì|nói thế nào|nói sao|tuyên bố gì|cho biết gì|nhận xét|phát biểu|đánh giá|phản ứng|noi gi|nhan xet|danh gia|phan ung|сказал|сказала|заявил|заявила|заявили|говорил|говорит|отреагировал|ответил|как оценил|думает|считает|сообщил\p{L}*|отметил\p{L}*|think|thinks|nghĩ gì|nghi gi|quan điểm|quan diem|respond|responded|response|reply|replied|trả lời|tra loi|phản hồi|phan hoi|ответил\p{L}*|отреагировал\p{L}*|реакци\p{L}*|по словам|` +
	// A Vietnamese verb of speech parted from its "gì" by what was said
	// of ("bà X nói thỏa thuận bảo đảm điều gì"): the "gì" closes the
	// question.
	`(nói|cho biết|tuyên bố|khẳng định|noi|cho biet|tuyen bo|khang dinh) (\p{L}+ ){1,8}(điều gì|những gì|gì|dieu gi|nhung gi|gi)\s*\?*\s*$)([^\p{L}]|$)`)

var questionTypes = []struct {
	t  qType
	re *regexp.Regexp
}{
	{qWhy, regexp.MustCompile(`(^|[^\p{L}])(why|how come|what (caused|led to|prompted)|for what reason|vì sao|tại sao|lý do|lí do|nguyên nhân|vi sao|tai sao|ly do|nguyen nhan|почему|зачем|по какой причине|по каким причинам|из-за чего)([^\p{L}]|$)`)},
	{qWhen, regexp.MustCompile(`(^|[^\p{L}])(when|what (date|day|time|year|month)|which (date|day|year|month)|khi nào|bao giờ|ngày nào|hôm nào|lúc nào|năm nào|tháng nào|thời điểm nào|mấy giờ|khi nao|bao gio|ngay nao|luc nao|nam nao|thang nao|may gio|когда|какого числа|в каком году|в какой день|в котором часу|в какое время|at what (time|hour)|` +
		// the end or the start of a period: "до какого года", "с каких
		// пор", "по какое число"; "until when" and "since what year" are
		// matched by their "when" and "what year". Not "срок": "к какому
		// сроку приговорили" asks for a prison term.
		`(до|с|со|к|по|начиная с) как\p{L}* (год\p{L}*|числ\p{L}*|времени|пор|момент\p{L}*|дн\p{L}*|день|месяц\p{L}*|дат\p{L}*)|` +
		// "ngày mấy" asks which day ("mấy ngày" asks how many)
		`(ngày|tháng|năm|ngay|thang) (mấy|may))([^\p{L}]|$)`)},
	{qHowMany, regexp.MustCompile(`(^|[^\p{L}])(how (many|much|long|often)|what number|bao nhiêu|mấy|bao lâu|bao nhieu|bao lau|сколько|как долго)([^\p{L}]|$)`)},
	{qWhere, regexp.MustCompile(`(^|[^\p{L}])(where|(in|through|via|to|from) which (city|cities|countr\p{L}*|place\p{L}*|port\p{L}*)|ở đâu|tại đâu|đi đâu|đến đâu|(về|tới|sang|từ) đâu|nơi nào|(qua|tại|ở|đến) (nước|quốc gia|thành phố) nào|o dau|tai dau|di dau|den dau|(ve|toi|sang|tu) dau|где|куда|откуда|в каком городе|в какой стране|через как\p{L}+ (стран\p{L}*|город\p{L}*|территори\p{L}*)|` +
		// A settlement or a subnational unit asked whatever the
		// question's grammar ("which town is he from", "thành phố nào
		// sẽ đăng cai", "в каком штате"): its answer is a place named
		// where the thing is, not a country, which may mediate or sign
		// ("which country mediated") as a party does. English "state"
		// is a country as often; a Russian genitive ("суд какого
		// штата") asks whose, not where.
		`(which|what) (city|cities|town|towns|village|villages|province|provinces)|(thành phố|thị trấn|thị xã|bang|tỉnh|làng|thanh pho|thi tran|bang) (nào|nao)|(в|из) как\p{L}* (город\p{L}*|штат\p{L}*|област\p{L}*|провинци\p{L}*|сел\p{L}*)|как(ой|ие) (город|города|штат|штаты))([^\p{L}]|$)`)},
	{qWho, regexp.MustCompile(`(^|[^\p{L}])(who|whom|whose|which (people|persons|officials|russians|americans|prisoners|diplomats|citizens|ministers|leaders)|ai|những ai|nhung ai|người nào|những người [\p{L} ]+ nào|nguoi nao|кто|кого|кому|кем|какие (люди|лица|граждане|заключ\p{L}*|дипломат\p{L}*|чиновник\p{L}*))([^\p{L}]|$)`)},
	{qSay, sayQuestionRE},
}

// yesNoRE is an English question opened by an auxiliary verb.
var yesNoRE = regexp.MustCompile(`^\s*(` + strings.Join(auxiliariesEN, "|") + `|should|may|might|must)\s`)

// auxiliariesEN are the English auxiliary verbs that open a yes/no
// question (yesNoRE) and stand between "what" and the thing asked
// ("what was the cost", copulaEN).
var auxiliariesEN = []string{"is", "was", "are", "were", "will", "would", "did", "does", "do", "has", "have", "had", "can", "could"}

// statedCauseRE finds a Vietnamese cause the question states ("vì lý do
// nhân đạo", for humanitarian reasons) rather than asks ("vì lý do gì"),
// lower-cased: its "lý do" is no "why" (see statedCause).
var statedCauseRE = regexp.MustCompile(`(^|[^\p{L}])(vì|vi) (lý|lí|ly|li) do( \p{L}+)?`)

// statedCause blanks the causes a question states (statedCauseRE), so
// that "Cơ quan nào nói vụ trao đổi diễn ra vì lý do nhân đạo?" asks
// which agency, not why.
func statedCause(q string) string {
	return statedCauseRE.ReplaceAllStringFunc(q, func(m string) string {
		switch w := strings.TrimSpace(m[strings.LastIndex(m, " "):]); w {
		case "do", "gì", "gi", "nào", "nao", "chi":
			return m
		}
		return strings.Repeat(" ", len(m))
	})
}

// questionType returns the kind of answer q asks for.
func questionType(q string) qType {
	q = statedCause(strings.ToLower(q))
	// An English question led by an auxiliary asks yes or no: the "when"
	// of "Do diplomats still need notice when they travel?" joins a
	// clause, it does not ask for a date.
	if yesNoRE.MatchString(q) {
		return qOther
	}
	for _, qt := range questionTypes {
		if qt.re.MatchString(q) {
			return qt.t
		}
	}
	return qOther
}

// asksType reports whether query asks the kind t by its words, whatever
// kind questionType, which takes the first, reads in it: "Where and when
// will the summit take place?" asks a place as well as a date.
func asksType(query string, t qType) bool {
	q := strings.ToLower(query)
	for _, qt := range questionTypes {
		if qt.t == t {
			return qt.re.MatchString(q)
		}
	}
	return false
}

var (
	// dateRE finds a date or time in a sentence, in vi/en/ru: a day, a
	// month on its own ("in October", "в октябре", "tháng Mười"), a
	// deadline ("до конца года", "cuối năm"), a day told from the day of
	// the report ("yesterday", "hôm qua", "в следующем месяце"), an
	// earlier century's year where a word makes it one ("in 1812", "năm
	// 1841", "в 1867 году": a bare "1500" is more often a count).
	// A season bounds a time in any case Russian gives it ("до конца
	// весны", "с начала лета"), not only as "весной".
	dateRE = regexp.MustCompile(`(?i)(\b\d{1,2}/\d{1,2}\b|\b(19|20)\d\d\b|(^|[^\p{L}])(in|since|from|until|by|năm|từ năm|в|с|до|к) 1[0-8]\d\d\b|\b1[0-8]\d\d (году|года|год|г\.)|\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\.? \d{1,2}\b|\b\d{1,2} (january|february|march|april|may|june|july|august|september|october|november|december)\b|(ngày|tháng|hôm) \d|\d{1,2} (января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)|\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|next week|last week|tuần tới|tuần trước|tuần sau|thứ (hai|ba|tư|năm|sáu|bảy))\b|(понедельник|вторник|сред[уа]|четверг|пятниц[уа]|суббот[уа]|воскресенье|на следующей неделе)|\b(in|by|from|until|till|since|before|after|early|late|mid|mid-|end of|start of|beginning of|starting|for|planned for|scheduled for|set for) (january|february|march|april|may|june|july|august|september|october|november|december)\b|(^|[^\p{L}])(в|во|с|со|к|до|по|на|конц[аеу]|начал[аеу]|середин[аеуы]) (январ|феврал|март|апрел|ма[йея]|июн|июл|август|сентябр|октябр|ноябр|декабр)\p{L}*|(tháng) (một|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)|\b(by the end of|later this|by year.end|early next|late next)\b|(до|к) конц[ау] (года|месяца)|(конц|начал|середин)\p{L}* (весны|лета|осени|зимы)|(до|к|с|со) (весны|лета|осени|зимы)|(end|start|beginning|middle) of (the )?(spring|summer|autumn|fall|winter)|cuối (năm|tháng)|trong năm nay|(^|[^\p{L}])(yesterday|today|tonight|this (morning|afternoon|evening|week|month|year)|(earlier|later) this (week|month|year)|(last|next) (month|year)|hôm (qua|nay|kia)|(sáng|trưa|chiều|tối|đêm) (qua|nay)|tuần (này|qua)|tháng (này|trước|tới|sau)|năm (ngoái|trước|tới|sau)|вчера|сегодня|позавчера|накануне|(на этой|на прошлой|на будущей) неделе|в (этом|прошлом|следующем|будущем) (месяце|году)|(this|last|next|in the|in|by|late|early|in early|in late) (spring|summer|autumn|fall|winter)|mùa (xuân|hè|thu|đông)|(весной|летом|осенью|зимой)|(этой|прошлой|следующей) (весной|осенью|зимой)|(этим|прошлым|следующим) летом|(the|that) same (day|evening|night|week)|later that (day|evening|night|week)|that (evening|night)|cùng ngày|(sáng|trưa|chiều|tối|đêm) cùng ngày|того же дня|в тот же (день|вечер)|тем же вечером|(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several) (days?|weeks?|months?|years?) (ago|earlier|later|before|after)|(\d+|\p{L}+) (дн\p{L}*|недел\p{L}*|месяц\p{L}*|год\p{L}*|лет) (назад|спустя)|спустя (\p{L}+ )?(дн|недел|месяц|год)\p{L}*|(\d+|một|hai|ba|bốn|năm|vài|mấy) (ngày|tuần|tháng|năm) (trước|sau)( đó)?|(at|after|before|around|about|by|until|shortly after|shortly before) (noon|midnight|dawn|dusk)|в (полдень|полночь)|(утром|вечером|ночью|днём|днем)|(lúc|vào lúc) (nửa đêm|giữa trưa|rạng sáng)|(sáng|trưa|chiều|tối|đêm|rạng sáng) (thứ|ngày|hôm)|(over|on|at|during) the weekend|(this|last|next) weekend|на (этих|прошлых|выходных)( выходных)?|(в )?(начале|конце|середине) (этого |прошлого |текущего |следующего )?(года|месяца|недели)|cuối tuần|(đầu|giữa|cuối) (năm|tháng|tuần) (nay|này|ngoái|trước)|năm nay|(at|by|until) the (start|end|beginning|middle) of (the|this|last|next) (year|month|week))([^\p{L}]|$)|\b\d{1,2}[:.]\d{2} ?(a\.?m|p\.?m)|\b\d{1,2} ?(a\.m\.|p\.m\.)|(в|около|после|до|к) \d{1,2}[:.]\d{2}|lúc \d{1,2}( giờ|:\d{2}|h)|\d{1,2} giờ (sáng|trưa|chiều|tối|đêm))`)
	// causeRE finds a causal or purpose connective, or a word that
	// names a cause ("both to blame", "вызвано"). Each language's
	// kin of the English ones: "after" a clause is "sau khi" and "после
	// того как" (not "после" alone, which dates a noun: "после встречи"),
	// "amid" "на фоне" and "trong bối cảnh", "as a result" "в
	// результате", "owing to" "вследствие" and "ввиду".
	causeRE = regexp.MustCompile(`(?i)(^|[^\p{L}])(because|due to|owing to|as a result|in order to|so that|aimed at|in response to|after|since|amid|reasons?|cause|vì|do đó|bởi|bởi vì|nhằm|để|lý do|nguyên nhân|sau khi|trước việc|потому,? что|оттого,? что|из-за|так как|поскольку|чтобы|в связи с|в ответ на|после того,? как|вследствие|ввиду|в результате|на фоне|giữa lúc|trong bối cảnh|причин\p{L}*|ensures?|ensured|guarantees?|guaranteed|in case|to make sure|thanks to|blame|blamed|to blame|caused by|driven by|fuell?ed by|triggered by|result of|attributed to|đổ lỗi|gây ra|khiến|виной|вызван\p{L}*|объясн[яи]\p{L}*|đảm bảo|bảo đảm|phòng khi|nhờ|на случай|благодаря|гарантир\p{L}*|обеспечи\p{L}*)([^\p{L}]|$)`)
	// speechRE finds reported speech: a verb of saying or a quotation.
	speechRE = regexp.MustCompile(`(?i)(^|[^\p{L}])(said|says|stated|told|noted|stressed|added|announced|according to|declared|warned|emphasi[sz]ed|insisted|indicated|explained|argued|claimed|confirmed|remarked|suggested|pointed out|commented|expressed|cho biết|nói|tuyên bố|khẳng định|nhấn mạnh|bày tỏ|phát biểu|cho rằng|theo|nêu rõ|заявил|заявила|заявили|сказал|сказала|отметил|отметила|подчеркнул|подчеркнула|по словам|по (его|её|ее|их) словам|сообщил|сообщила|считает|говорит|уверен|уверена|полагает|назвал|назвала|пояснил|пояснила|добавил|добавила|указал|указала|признал|призвал|призвала|подтвердил|подтвердила|подтвердили|ответил|ответила|ответили|trả lời|replied|responded)([^\p{L}]|$)|["“”«»]`)
	// roleRE finds a role that names who did something; a government
	// is one too ("mediated by the government of Qatar"). A
	// representative is one as an office ("permanent representative",
	// "đại diện thường trực"), not alone: "representatives of the
	// services", "cơ quan đại diện" (a mission) name no one.
	roleRE = roleMatcher{regexp.MustCompile(`(?i)(^|[^\p{L}])(` + roleWordsEN + `|` + roleWordsVI + `|` + roleStemsRU + `)([^\p{L}]|$)`)}
	// postQuestionRE asks for the post someone holds or held ("giữ chức
	// vụ gì", "what post did he hold", "какую должность занимал"): an
	// office answers it, which roleRE finds. Not "вступление в
	// должность" (taking office), which asks no post.
	postQuestionRE = regexp.MustCompile(`(^|[^\p{L}])(chức vụ|chức danh|cương vị|chuc vu|chuc danh|(what|which) (post|job|office)s? (did|does|do|has|had|was|is)|(как|котор)\p{L}* (должност\p{L}*|пост)|на (каком|какой) (посту|должности))([^\p{L}]|$)`)
	// placeRE finds a place: a preposition of place and a capitalised
	// word, maybe after a noun of a kind of place ("at the international
	// airport of Tallinn", "về căn cứ không quân Ramstein", "в
	// международном аэропорту Вены"): the name of a place is often given
	// with what it is. A place near a city is one too ("outside
	// Helsinki", "под Хельсинки", "gần Hà Nội"), and a country named by
	// its region ("в одной из стран Азии", "in a country of Central
	// Asia").
	placeRE = regexp.MustCompile(`(^|[^\p{L}])(in|at|to|through|via|from|near|outside|tại|ở|đến|tới|qua|từ|về|gần|в|во|на|через|из|под|близ|возле)\s+((?:the |lãnh thổ |thành phố |tỉnh |vùng |территорию |территории )?(?:(?:\p{Ll}+ ){0,2}` + placeNouns + `(?: quốc tế| of| của)?(?: the)? )?)(\p{Lu}[\p{L}-]*)`)
)

// placeNouns are the kinds of place a name follows, in vi/en/ru: a
// venue of talks too ("в усадьбе Кёнигстедт", "tại khách sạn Metropole").
const placeNouns = `(?:airport|air base|base|port|city|capital|country|countries|nation|nước|quốc gia|стран\p{L}*|государств\p{L}*|palace|residence|region|province|island|manor|estate|villa|mansion|hotel|castle|resort|sân bay|căn cứ(?: không quân| quân sự| hải quân)?|cảng|thủ đô|dinh|dinh thự|biệt thự|khách sạn|lâu đài|khu nghỉ dưỡng|đảo|усадьб\p{L}*|особняк\p{L}*|отел\p{L}*|гостиниц\p{L}*|вилл\p{L}*|замк\p{L}*|аэропорт\p{L}*|авиабаз\p{L}*|баз\p{L}*|порт\p{L}*|город\p{L}*|столиц\p{L}*|двор[цеа]\p{L}*|резиденци\p{L}*|остров\p{L}*|област\p{L}*|регион\p{L}*)`

// timeNounsRU are the Russian nouns of a point or span of time, any case,
// that make "до какого …", "с какого …" ask a bound of a period: "с каких
// станций" (from which stations) and "по каким причинам" (for what
// reasons) ask no date.
const timeNounsRU = `(год\p{L}*|числ\p{L}*|дат\p{L}*|времен\p{L}*|момент\p{L}*|дн\p{L}*|день|месяц\p{L}*|недел\p{L}*|срок\p{L}*|пор)`

// deadlineNounsRU are the nouns of time after "к какому" that ask a
// deadline ("к какому году", "к какой дате"): not "срок", since "к
// какому сроку приговорили" asks for a prison term.
const deadlineNounsRU = `(год\p{L}*|числ\p{L}*|дат\p{L}*|времен\p{L}*|момент\p{L}*|дн\p{L}*|день|месяц\p{L}*)`

// A when-question for the end or the start of a period ("until when",
// "до какого года", "đến bao giờ"; "since what year", "с каких пор",
// "từ năm nào") is answered by a date that bounds it ("until December
// 31, 2026", "до 2028 года", "ít nhất đến năm 2028"; "since 2021", "с
// 2021 года", "từ năm 2021"), not by the day the story happened. A
// deadline is such an end ("by when", "к какому году", "chậm nhất khi
// nào": "by March 2027", "к марту 2027 года", "trước cuối năm 2026").
// The question's bound word comes before its question word; the answer's
// before a year, a day or a month, maybe after a few words ("đến hết
// năm 2027", "at least until", "by the end of 2026").
var (
	untilQuestionRE = regexp.MustCompile(`(^|[^\p{L}])((until|till|up to|through) (when|what)|by (when|what (date|day|time|year|month))|no later than when|(до|по) (как\p{L}* ` + timeNounsRU + `|каких пор)|к как\p{L}* ` + deadlineNounsRU + `|(đến|tới|den|toi|chậm nhất( là| vào)?|cham nhat( la| vao)?) (bao giờ|khi nào|năm nào|ngày nào|tháng nào|lúc nào|bao gio|khi nao|nam nao|ngay nao|thang nao|luc nao))([^\p{L}]|$)`)
	sinceQuestionRE = regexp.MustCompile(`(^|[^\p{L}])(since (when|what)|(с|со|начиная с) (как\p{L}* ` + timeNounsRU + `|каких пор)|(từ|kể từ|tu|ke tu) (bao giờ|khi nào|năm nào|ngày nào|tháng nào|lúc nào|bao gio|khi nao|nam nao|ngay nao|thang nao|luc nao))([^\p{L}]|$)`)
	untilRE         = boundRE(`until|till|through|up to|by|no later than|до|вплоть до|по|к|не позднее|đến|tới|cho đến|trước|chậm nhất( là| vào)?`)
	// A start is often told as the year of the event that began it
	// ("Năm 2022, Nga đã đình chỉ đàm phán", "suspended the talks in
	// 2022"): a year answers "since when" too, the dateline's day
	// without one does not.
	// So is the start of what takes effect told by its verb ("Мораторий
	// начнёт действовать 1 апреля", "takes effect on April 1", "có
	// hiệu lực ngày 1/4") for "С какого числа вступает в силу".
	sinceRE = regexp.MustCompile(boundRE(`since|from|starting|beginning|с|со|начиная с|từ|kể từ`).String() + `|(^|[^\d])(19|20)\d\d([^\d]|$)` +
		`|(^|[^\p{L}])(вступ\p{L}* в силу|(начн|начина|начал)\p{L}* действовать|takes? effect|took effect|(comes?|came) into force|to (begin|start) on|có hiệu lực)([^\p{L}]|$)`)
)

// stopQuestionRE asks when something that runs will stop ("when will
// the segment stop working", "когда станция перестанет работать",
// "khi nào trạm ngừng hoạt động"): the end of a period, answered as
// "until when" is ("will work at least until 2028", "проработает до
// 2028 года"), not by the date of another event in the story. Read with
// a when-question only (see scored): "Will it keep flying?" asks no date.
var stopQuestionRE = regexp.MustCompile(`(^|[^\p{L}])((stop|cease|end) (working|operating|running|functioning|flying|operations)|(keep|continue) (working|operating|running|flying)|перестан\p{L}* (работать|действовать|летать)|прекрат\p{L}* (работу|работать|действовать|полёты|полеты)|ngừng (hoạt động|vận hành|bay)|dừng (hoạt động|vận hành)|ngung hoat dong)([^\p{L}]|$)`)

// boundRE finds one of the bound words before a date: a year, a day and
// month, or a month, maybe after three words ("by the end of 2026").
func boundRE(words string) *regexp.Regexp {
	return regexp.MustCompile(`(?i)(^|[^\p{L}])(` + words + `)\s+(\p{L}+\s+){0,3}((19|20)\d\d|\d{1,2}[ ./]\d{1,2}|\d{1,2}\s+(январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)|(january|february|march|april|may|june|july|august|september|october|november|december|tháng)\b)`)
}

// periodBound returns what a sentence must hold to answer a question
// for the end or the start of a period, or nil for another question.
func periodBound(query string) *regexp.Regexp {
	q := strings.ToLower(query)
	switch {
	case untilQuestionRE.MatchString(q):
		return untilRE
	case sinceQuestionRE.MatchString(q):
		return sinceRE
	}
	return nil
}

var (
	// ordinalQuestionRE asks for a place in a series: "какой по счёту
	// раунд", "vòng thứ mấy", "lần thứ bao nhiêu". The judge reads it as
	// no kind of question or as "how many" (a number need not be written
	// as one); the extractive answer prefers the sentence that gives an
	// ordinal.
	ordinalQuestionRE = regexp.MustCompile(`(^|[^\p{L}])(по сч[её]ту|thứ (mấy|bao nhiêu)|thu (may|bao nhieu))([^\p{L}]|$)`)
	// frequencyQuestionRE asks how often something happens: "how often",
	// "как часто", "bao lâu một lần". The judge reads it as its own
	// words say ("how often" as "how many", "как часто" as no kind); the
	// extractive answer prefers the sentence that gives a frequency,
	// which need not hold a digit ("tested monthly").
	frequencyQuestionRE = regexp.MustCompile(`(^|[^\p{L}])(how often|how frequently|how many times a|как часто|с какой (периодичностью|частотой|регулярностью)|сколько раз в|bao lâu một lần|bao lau mot lan|(mấy|bao nhiêu|may|bao nhieu) (lần|chuyến|lan|chuyen) (một|mỗi|mot|moi))([^\p{L}]|$)`)
	// rateQuestionRE asks for an amount in a period: "how many
	// applications a week", "mỗi tuần ... bao nhiêu", "сколько в год".
	// The amount's sentence gives the period too (frequencyRE): the
	// same number told for a whole programme answers another question.
	rateQuestionRE = regexp.MustCompile(`(^|[^\p{L}])((a|per|each) (day|week|month|year)|(mỗi|hằng|hàng|moi|hang) (ngày|tuần|tháng|năm|ngay|tuan|thang|nam)|в (день|сутки|неделю|месяц|год)|ежедневно|еженедельно|ежемесячно|ежегодно)([^\p{L}]|$)`)
	// formerQuestionRE asks what was so before ("где раньше работал
	// послом", "where did he previously serve", "từng làm đại sứ ở
	// nước nào", "before his Washington posting"; "tung lam" typed
	// without diacritics, while a bare "tung" is as often the "tùng" of
	// "phụ tùng", spare parts), and formerRE finds a
	// sentence that tells it, by a word or by a closed span of years
	// ("from 2018 to 2023", "с 2018 по 2023"): the story's present
	// ("посол США в России") is not the answer.
	formerQuestionRE = regexp.MustCompile(`(^|[^\p{L}])(раньше|ранее|прежде|previously|formerly|before that|used to|trước đây|trước kia|từng|truoc day|tung (lam|la|giu|cong tac|phuc vu|dam nhiem|song|o|den|tham gia|dan dau|lanh dao|dai dien))([^\p{L}]|$)|before (his|her|their|he|she|they)( \p{L}+){0,2} (posting|post|appointment|arrival|came|arrived|moved|was appointed|took)|до (его |её |их )?(назначения|приезда|прибытия)|trước khi (được )?(nhậm chức|bổ nhiệm|sang|đến|tới)`)
	formerRE         = regexp.MustCompile(`(?i)(^|[^\p{L}])(раньше|ранее|прежде|до этого|бывш\p{L}*|previously|formerly|former|earlier|before that|used to|once|trước đây|trước kia|trước đó|từng|nguyên|served as|had served)([^\p{L}]|$)|(from|between) (19|20)\d\d (to|and) (19|20)\d\d|с (19|20)\d\d по (19|20)\d\d|từ (năm )?(19|20)\d\d đến (năm )?(19|20)\d\d`)
	// whereToRE asks where to: "куда", "đi đâu", "where was he flown
	// to", "where will the team travel to".
	whereToRE = regexp.MustCompile(`(^|[^\p{L}])(куда|where to|to where|(đi|đến|tới|về|sang|di|den|toi|ve) (đâu|dau))([^\p{L}]|$)|where\b[^?]*\b(taken|flown|sent|brought|moved|transferred|deported|returned|go|goes|going|went|head|headed|heading|travel\p{L}*) to\b`)
	// chargeQuestionRE asks what someone was punished for ("за что
	// осудили", "what was he convicted of", "bị kết án vì tội gì"), and
	// chargeRE finds a sentence that names the charge: a prisoner's
	// story names his sentence in many sentences, his offence in few.
	// Russian may set both the year and the term between the verdict and
	// its charge ("осуждённого в 2022 году на шесть лет колонии строгого
	// режима за"): ten words, where English's "convicted of" keeps close.
	chargeQuestionRE = regexp.MustCompile(`(^|[^\p{L}])(за что|for what|(convicted|accused|charged|sentenced|jailed|arrested|detained|guilty) (of|for|with) what|what (\p{L}+ ){1,4}(convicted|accused|charged|sentenced|jailed|arrested|detained|guilty) (of|for|with)|(vì|về) (tội|tội danh) gì|tội (danh )?gì|(vi|ve) toi gi|toi gi)([^\p{L}]|$)`)
	chargeRE         = regexp.MustCompile(`(?i)(^|[^\p{L}])((convicted|accused|charged|guilty|sentenced|jailed|arrested|detained|serving a sentence)([ ,][^ .]+){0,6} (of|for|with|on)|on charges|charges of|по обвинению|по делу об?|обвиня\p{L}* в|обвинени\p{L}* в|виновн\p{L}* в|(осужд|приговор|арест|задерж|отбыва)\p{L}*([ ,][^ .]+){0,10} (за|по)|по стать\p{L}*|срок за|vì tội|về tội|tội danh|tội)([^\p{L}]|$)`)
	// frequencyRE finds a frequency in a sentence, in vi/en/ru: "every
	// three months", "monthly", "twice a year", "три рейса в неделю",
	// "ежемесячно", "раз в квартал", "bảy chuyến mỗi tuần"; a report at
	// short intervals is one too ("every 15 minutes", "каждые 15 минут",
	// "mỗi 15 phút"), and so is an amount a year ("$310,000 a year").
	// Vietnamese also puts the period before "một lần" ("sáu tháng một
	// lần", once every six months) or numbers it after "mỗi" ("mỗi hai
	// năm"); Russian halves a year in one word ("раз в полгода").
	frequencyRE = regexp.MustCompile(`(?i)(^|[^\p{L}])(every (\S+ )?(minute|day|week|month|quarter|year|hour)s?|(hourly|daily|weekly|fortnightly|monthly|quarterly|annually|yearly|biweekly|bimonthly)|(once|twice|\S+ times) (a|an|per|each) (day|week|month|quarter|year)|per (day|week|month|quarter|year)|\d[\d,.]* (a|per) (day|week|month|quarter|year)|(\d+|two|three|four|five|six|seven|eight|nine|ten|several) \p{L}+ a (day|week|month|year)|ежечасн\p{L}*|ежедневн\p{L}*|еженедельн\p{L}*|ежемесячн\p{L}*|ежекварт\p{L}*|ежегодн\p{L}*|(раз|раза) в (день|сутки|неделю|месяц|квартал|год|полгода|полугодие|\p{L}+ (дня|дней|недели|недель|месяца|месяцев|года|лет))|в (неделю|месяц|сутки|год)|кажд(ый|ую|ое|ые) (\p{L}+ |\d+ )?(минут\p{L}*|час|часа|часов|день|дня|дней|неделю|недели|недель|месяц|месяца|месяцев|квартал|год|года|лет)|mỗi (\d+ )?(phút|giờ|tiếng)|(mỗi|hằng|hàng|từng) ((\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười) )?(ngày|tuần|tháng|quý|năm)|lần (một|mỗi) (ngày|tuần|tháng|quý|năm)|(\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|vài) (ngày|tuần|tháng|quý|năm) (một|1) lần|định kỳ)([^\p{L}]|$)`)
	// ordinalWordRE finds an ordinal, in vi/en/ru, in words or digits.
	ordinalWordRE = regexp.MustCompile(`(?i)(^|[^\p{L}])(first|перв(?:ый|ой|ая|ое|ого|ому|ом|ым|ую|ые|ых|ыми)|` + ordinalFromSecond + `|đầu tiên|thứ (?:hai|ba|tư|năm|sáu|bảy|tám|chín|mười|\d+))([^\p{L}]|$)`)
	// weekdayVIRE is what makes a Vietnamese "thứ hai" a weekday
	// (Monday), not "second".
	weekdayVIRE = regexp.MustCompile(`(?i)(vào|ngày|hôm|sáng|chiều|tối|trưa|đêm|các|mỗi)\s$`)
)

// ordinalFromSecond is an ordinal from "second" on, in en/ru, in words
// or digits, lower-cased, every case and gender of the Russian ones
// ("четвёртого", "третьей"): one list for the question's kind
// (ordinalWordRE) and the judge's counted noun (ordinalOneWordRE). "first"
// is left to ordinalWordRE: before a noun it more often means "earliest"
// or "chief" ("first deputy") than one of a count. The endings are
// written out: "пят\p{L}*" would take "пятью" (five) and "пятница"
// (Friday), "четв[её]рт\p{L}+" "четверть" (a quarter).
const ordinalFromSecond = `second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th)|\d+-(?:й|я|е|го|м)|` +
	`(?:втор|четв[её]рт|пят|шест|седьм|восьм|девят|десят)(?:ый|ой|ая|ое|ого|ому|ом|ым|ую|ые|ых|ыми)|трет(?:ий|ья|ье|ьего|ьему|ьей|ью|ьи|ьих|ьим|ьими)`

// acts are what two sides do at talks (agree, discuss, propose, demand
// or seek, end, sign), each in vi/en/ru: asked, as a verb in a question ("what did
// they agree on"); said, in any form in a sentence ("the sides agreed",
// "the agreement provides").
var acts = []struct{ asked, said *regexp.Regexp }{
	{actRE(`agree|agreed|agrees|договорил\p{L}*|договаривал\p{L}*|согласовал\p{L}*|условил\p{L}*|nhất trí|thống nhất|đồng ý|nhat tri|thong nhat|dong y`),
		actRE(`agree|agreed|agrees|agreement|deal|договорил\p{L}*|договаривал\p{L}*|договорённост\p{L}*|согласовал\p{L}*|условил\p{L}*|nhất trí|thống nhất|đồng ý|thỏa thuận`)},
	{actRE(`discuss|discussed|discusses|обсуд\p{L}*|обсужда\p{L}*|thảo luận|bàn về|bàn thảo|thao luan|ban ve`),
		actRE(`discuss|discussed|discusses|discussing|discussion|discussions|обсуд\p{L}*|обсужд\p{L}*|thảo luận|bàn về|bàn thảo`)},
	{actRE(`propose|proposed|proposes|предлож\p{L}*|предлага\p{L}*|đề xuất|đề nghị|de xuat|de nghi`),
		actRE(`propose|proposed|proposes|proposal|предлож\p{L}*|предлага\p{L}*|đề xuất|đề nghị`)},
	// What a side sought is its demand, said in any verb of wanting:
	// "чего добивались американцы" is answered by "американская сторона
	// настаивала на ...".
	{actRE(`demand|demanded|demands|seek|seeks|sought|want|wants|wanted|push for|pushed for|press for|pressed for|insist\p{L}*|потребова\p{L}*|требова\p{L}*|требу\p{L}*|добива\p{L}*|добил\p{L}*|хоте\p{L}*|хоч\p{L}*|настаива\p{L}*|yêu cầu|đòi|đòi hỏi|muốn|mong muốn|yeu cau|muon`),
		actRE(`demand|demanded|demands|insist\p{L}*|call(ed|s)? for|ask(ed|s)? for|попросил\p{L}*|просил\p{L}*|urg(e|ed|es|ing)|seek\p{L}*|sought|want\p{L}*|push(ed|es|ing)? for|press(ed|es|ing)? for|потребова\p{L}*|требова\p{L}*|требу\p{L}*|настаива\p{L}*|добива\p{L}*|призва\p{L}*|призыва\p{L}*|хоч\p{L}*|хоте\p{L}*|yêu cầu|đòi|kêu gọi|thúc giục|muốn|mong muốn`)},
	// How talks ended is their outcome: "завершился без договорённостей"
	// answers "чем закончился", "kết thúc ra sao", "how did it end".
	{actRE(`end|ended|ends|conclude|concluded|outcome|result|results|закончил\p{L}*|закончат\p{L}*|заверши\p{L}*|итог\p{L}*|результат\p{L}*|kết thúc|kết quả|ket thuc|ket qua`),
		// Ending alone is no outcome ("đã kết thúc ba ngày thảo luận",
		// the story's lead): an end is told by how ("ended without a
		// joint statement", "завершился без договорённостей", "không
		// ra tuyên bố chung").
		actRE(`(end|ended|ends|ending|concluded|broke up)( \p{L}+)? (with|without|in|on)|(закончил|заверши)\p{L}* (\p{L}+ )?(без|с|со|ничем|подписани\p{L}*|принятием)|kết thúc (mà )?(không|với|bằng)|without (a |an |any )?(joint |final |common )?(agreement|deal|result|progress|breakthrough|statement|declaration|communiqu\p{L}*)|no (joint |final )?(agreement|deal|breakthrough|progress|statement)|failed|agreed|agreement|deal|outcome|results?|без (совместн\p{L}+ |итогов\p{L}+ )?(договор\p{L}*|результат\p{L}*|заявлени\p{L}*|документ\p{L}*|коммюнике)|итог\p{L}*|результат\p{L}*|договорил\p{L}*|договорённост\p{L}*|провал\p{L}*|kết quả|không (ra|đưa ra|đạt|có|thông qua)( được)? (tuyên bố|thỏa thuận|kết quả|văn kiện|đột phá)|không đạt|bế tắc|nhất trí|thỏa thuận|đạt được`)},
	{actRE(`sign|signed|signs|подписа\p{L}*|подпишут|ký kết|ký|ky ket`),
		actRE(`sign|signed|signs|signing|подписа\p{L}*|подпис\p{L}*|ký kết|ký`)},
}

// outcomeRE finds how talks ended when they ended without what talks
// end with ("ended without a joint statement", "завершился без
// договорённостей", "không ra tuyên bố chung"): where a story says so,
// it answers "how did it end" over a sentence that only mentions an
// agreement ("one of the few arms control arrangements", "had agreed to
// meet again").
var outcomeRE = actRE(`(end|ended|ends|ending|concluded|broke up)( \p{L}+)? (with|without)|(закончил|заверши)\p{L}* (\p{L}+ )?(без|ничем)|kết thúc (mà )?(không|với|bằng)|without (a |an |any )?(joint |final |common )?(agreement|deal|result|progress|breakthrough|statement|declaration|communiqu\p{L}*)|no (joint |final )?(agreement|deal|breakthrough|progress|statement)|без (совместн\p{L}+ |итогов\p{L}+ )?(договор\p{L}*|результат\p{L}*|заявлени\p{L}*|документ\p{L}*|коммюнике)|không (ra|đưa ra|đạt|có|thông qua)( được)? (tuyên bố|thỏa thuận|kết quả|văn kiện|đột phá)|bế tắc`)

// endAsked reports whether query asks how something ended (the act of
// acts whose sentences outcomeRE narrows).
func endAsked(query string) bool {
	return acts[endAct].asked.MatchString(query)
}

// endAct is the index in acts of how talks ended.
const endAct = 4

// actRE matches one of the alternatives of alts as a whole word.
func actRE(alts string) *regexp.Regexp {
	return regexp.MustCompile(`(?i)(^|[^\p{L}])(` + alts + `)([^\p{L}]|$)`)
}

// actAsked returns how a sentence says the act a question asks about
// ("what did they agree"), the one it names first; nil if none.
func actAsked(query string) *regexp.Regexp {
	var out *regexp.Regexp
	first := -1
	for _, a := range acts {
		if m := a.asked.FindStringIndex(query); m != nil && (first < 0 || m[0] < first) {
			out, first = a.said, m[0]
		}
	}
	return out
}

// hasOrdinal reports whether s gives an ordinal ("the fourth round",
// "vòng tham vấn thứ tư", "третий раунд"), not a Vietnamese weekday
// ("vào thứ tư").
func hasOrdinal(s string) bool {
	for _, m := range ordinalWordRE.FindAllStringSubmatchIndex(s, -1) {
		if !strings.HasPrefix(strings.ToLower(s[m[4]:m[5]]), "thứ") || !weekdayVIRE.MatchString(s[:m[4]]) {
			return true
		}
	}
	return false
}

// answers reports whether sentence gives the kind of answer t asks for.
func (t qType) answers(sentence string) bool {
	switch t {
	case qWho:
		// A role names who: "led by", "ambassador", "глава". A run of
		// capitalised words would also take datelines and places.
		return roleRE.MatchString(sentence)
	case qWhen:
		return dateRE.MatchString(sentence)
	case qWhere:
		return placeRE.MatchString(sentence)
	case qHowMany:
		return strings.ContainsFunc(sentence, unicode.IsDigit) || countInWords(sentence)
	case qWhy:
		return causeRE.MatchString(sentence)
	case qSay:
		return speechRE.MatchString(sentence)
	}
	return false
}

// numberWordRE finds a number written as a word.
var numberWordRE = regexp.MustCompile(`(?i)(^|[^\p{L}])(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|dozens|hundred|hundreds|thousand|million|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|trăm|nghìn|ngàn|triệu|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|сотни|тысяч|миллион)([^\p{L}]|$)`)

// askingWords are the words that ask rather than say: a sentence
// holding "many" or "какую" says nothing more about the question.
var askingWords = setOf(
	"how", "many", "much", "often", "часто", "which", "what", "who", "whom", "whose", "when", "where", "why",
	"кто", "кого", "кому", "кем", "ком", "что", "чего", "чему", "чем", "когда", "где", "куда",
	"откуда", "почему", "зачем", "как", "сколько", "какой", "какая", "какое", "какие", "какую",
	"каким", "какими", "каких", "каком", "какого", "какой",
	"ai", "gi", "nao", "dau", "bao", "nhieu", "sao", "may",
)

// ordinalRE is an English ordinal written with digits ("20th", "3rd").
var ordinalRE = regexp.MustCompile(`^(\d+)(st|nd|rd|th)$`)

// answerTerms fits a question's terms to choosing the sentence that
// answers it: a concept that is only a question word ("how many", "кем")
// goes, and an ordinal written with digits ("20th") may also be found as
// its number, as Vietnamese and Russian write it ("gói thứ 20", "20-й
// пакет").
func answerTerms(t terms) terms {
	out := terms{concepts: make([]concept, 0, len(t.concepts))}
	for _, con := range t.concepts {
		if len(con.alts) == 1 && len(con.alts[0].words) == 1 && askingWords[con.alts[0].forms()[0]] {
			continue
		}
		for _, a := range con.alts {
			if a.weight == 1 && len(a.words) == 1 {
				if m := ordinalRE.FindStringSubmatch(a.words[0]); m != nil {
					con.alts = append(con.alts, phraseOf(m[1]).alternative(expansionWeight))
					break
				}
			}
		}
		out.concepts = append(out.concepts, con)
	}
	return out
}

// limitQuestionRE asks about a limit, in vi/en/ru: "what is the
// ceiling", "giữ giới hạn bao nhiêu", "какой потолок", how many may
// not be exceeded, are allowed, kept or pledged ("how many warheads may
// each side keep", "cam kết giữ … bao nhiêu"): a ceiling answers it, not
// "how many does Russia deploy today".
var limitQuestionRE = regexp.MustCompile(`(^|[^\p{L}])(limit\p{L}*|ceiling\p{L}*|cap|caps|capped|quota\p{L}*|maximum|at most|up to|keep|kept|pledg\p{L}*|commit\p{L}*|giới hạn|mức trần|hạn ngạch|tối đa|cam kết|giữ|gioi han|muc tran|toi da|cam ket|giu|потол\p{L}*|предел\p{L}*|лимит\p{L}*|огранич\p{L}*|квот\p{L}*|максим\p{L}*|не более|до|сохран\p{L}*|обязал\p{L}*|exceed\p{L}*|allow\p{L}*|permit\p{L}*|превы\p{L}*|разреш\p{L}*|допуст\p{L}*|vượt|được phép|cho phép|duoc phep)([^\p{L}]|$)`)

// limitWords are the lower-cased words that tell a number as a limit,
// not as a count, before it ("a ceiling of 1,550 warheads", "потолок в
// 1550 боезарядов", "mức trần 1.550") or between the counted noun and it
// ("warheads within the old limit of 1,550", countPredicate);
// limitPairs the two-word ones, folded ("giới hạn", "не более").
var (
	limitWords = setOf("limit", "limits", "ceiling", "cap", "maximum", "quota",
		"потолок", "потолка", "потолке", "предел", "предела", "лимит", "лимита", "максимум", "квота", "квоту", "trần", "hạn")
	limitPairs = setOf("gioi han", "muc tran", "toi da", "han ngach", "не более", "не больше")
)

// limitNumber reports whether the number at p is told as a limit: a
// limit word within the three words before it ("limit of", "потолок в",
// "mức trần", "не более"). Such a number answers "how many at most",
// not "how many are there" (a ceiling of warheads is not how many a
// country deploys).
func limitNumber(c *candidate, p int) bool {
	for k := 1; k <= 3 && p-k >= 0 && c.sent[p-k] == c.sent[p]; k++ {
		i := p - k
		if limitWords[c.lower[i]] || i > 0 && c.sent[i-1] == c.sent[i] && limitPairs[c.full[i-1]+" "+c.full[i]] {
			return true
		}
	}
	return false
}

// The words of roleRE, each matched whole: as prefixes they took an
// institution for a person ("посол" of "посольство", the embassy;
// "генерал" of "генеральное консульство"; "president" of "presidential";
// "đại sứ" of "đại sứ quán"), so a sentence on what the embassy did
// answered "who". English takes its plurals; Russian its stems with the
// case endings (up to three letters: "министрами", not "президентский");
// Vietnamese its syllables, and the building ("đại sứ quán", "lãnh sự
// quán") is told apart before matching (roleMatcher).
const (
	roleWordsEN = `led by|headed by|head of|chaired|ambassadors?|ministers?|secretar(y|ies)|presidents?|spokes(man|woman|person|men|women|people)|envoys?|advis[eo]rs?|directors?|deput(y|ies)|delegations?|premiers?|chancellors?|(permanent|trade|special) representatives?|governors?|mayors?|senators?|commanders?|aides?|chiefs?|administrators?|captains?|chair(man|woman|men|women)|governments?|consuls?`
	roleWordsVI = `chính phủ|thủ tướng|đại diện (thường trực|thương mại|đặc biệt)|trợ lý|chủ tịch|thống đốc|thị trưởng|thượng nghị sĩ|chỉ huy|dẫn đầu|trưởng đoàn|đại sứ|bộ trưởng|ngoại trưởng|thứ trưởng|tổng thống|người phát ngôn|đặc phái viên|cố vấn|phái đoàn|tổng lãnh sự`
	roleStemsRU = `(правительств|премьер|помощник|(постоянн\p{L}*|официальн\p{L}*|специальн\p{L}*|торгов\p{L}*) представител|спецпредставител|председател|губернатор|сенатор|генерал|командующ|руководител|директор|министр|замминистр|президент|пресс-секретар|спецпосланник|делегаци|генконсул|консул)\p{L}{0,3}|глав(а|ы|е|у|ой|ою)|мэр(а|у|ом|е|ы|ов|ами|ам|ах)?|посол|посл(а|у|ом|ы|ов|ам|ами|ах)|возглавил\p{L}*|возглавляет|во главе`
)

// roleMatcher is roleRE's regexp read on a sentence whose Vietnamese
// buildings named after an office ("Đại sứ quán", "tổng lãnh sự quán")
// have the space before "quán" taken out, so that the office is no whole
// word there; the text keeps its length, and the indexes found are the
// sentence's own.
type roleMatcher struct{ re *regexp.Regexp }

// buildingVIRE finds a Vietnamese building named after an office.
var buildingVIRE = regexp.MustCompile(`(?i)(đại sứ|lãnh sự) quán`)

func (r roleMatcher) text(s string) string {
	return buildingVIRE.ReplaceAllStringFunc(s, func(m string) string {
		i := strings.LastIndex(m, " ")
		return m[:i] + "x" + m[i+1:]
	})
}

// MatchString is regexp.Regexp.MatchString.
func (r roleMatcher) MatchString(s string) bool { return r.re.MatchString(r.text(s)) }

// FindStringIndex is regexp.Regexp.FindStringIndex.
func (r roleMatcher) FindStringIndex(s string) []int { return r.re.FindStringIndex(r.text(s)) }

// FindAllStringSubmatchIndex is regexp.Regexp.FindAllStringSubmatchIndex.
func (r roleMatcher) FindAllStringSubmatchIndex(s string, n int) [][]int {
	return r.re.FindAllStringSubmatchIndex(r.text(s), n)
}
