package answer

import (
	"strings"
	"testing"
)

// The question's words reach the answering article only through the
// lexicon, or not at all ("cape", "icebreaker", "rescuers"): the first
// bullet must then come from the kind of answer asked for, which each
// test below gives in another language than the question's, beside an
// article in the question's language that holds numbers and places of
// other kinds.

var (
	sakhalinEN = Citation{Lang: "en", Title: "Japan and Russia rehearse a ferry rescue off Sakhalin",
		Passage: "KORSAKOV, Russia - Rescue crews from Japan and Russia held a two-day ferry rescue exercise off Sakhalin this week, the first since 2019. " +
			"Japanese officials said ferry crossings to Sakhalin had risen from 12 in 2022 to 40 last year. " +
			"The exercise simulated a fire on a ferry carrying 180 passengers. " +
			"Both sides plan another exercise in 2027."}
	sakhalinRU = Citation{Lang: "ru", Title: "Россия и Япония отработали спасение парома у Сахалина",
		Passage: "КОРСАКОВ, 3 июня — Российские и японские спасатели провели учения по спасению парома у берегов Сахалина. " +
			"По сценарию учений, паром загорелся в 25 километрах к востоку от мыса Анива, и в море попало 300 тонн топлива. " +
			"Учения прошли при сильном ветре."}
)

// TestFirstBulletGivesDistance: "how far" is answered by a distance ("в
// 25 километрах"), not by the count that leads the asker's own article.
func TestFirstBulletGivesDistance(t *testing.T) {
	got := firstBullet(t, "How far from the cape did the pretend ferry fire break out in the Sakhalin exercise?", "en", sakhalinEN, sakhalinRU)
	if !strings.Contains(got, "25 километрах") {
		t.Errorf("first bullet %q, want the distance", got)
	}
	for _, q := range []string{"How far from the coast did the fire break out?", "На каком расстоянии от мыса загорелся паром?", "Как далеко от берега загорелся паром?", "Vụ cháy xảy ra cách bờ bao xa?"} {
		if answerType(q) != qHowMany || !asksDistance(q) {
			t.Errorf("%q asks no distance (answerType %v)", q, answerType(q))
		}
	}
	if asksDistance("How many passengers were on board?") {
		t.Error("a count read as a distance")
	}
	for s, want := range map[string]bool{"в 25 километрах к востоку": true, "about 40 km south of Nome": true, "cách bờ 12 hải lý": true, "from 12 in 2022 to 40 last year": false} {
		if distanceRE.MatchString(s) != want {
			t.Errorf("distanceRE(%q) = %v", s, !want)
		}
	}
}

// TestFirstBulletCountsThingsNotMeasures: a count of people asked
// ("сколько спасателей") is not answered by a distance or a weight ("в
// 25 километрах", "300 тонн"), nor by a craft's type ("Ми-8") or an
// ordinal ("the 7th Fleet"): the sentence of the other language that
// counts them leads, though the lexicon does not give its noun.
func TestFirstBulletCountsThingsNotMeasures(t *testing.T) {
	en := Citation{Lang: "en", Title: "Japan and Russia rehearse a ferry rescue off Sakhalin",
		Passage: "KORSAKOV, Russia - Rescue crews from Japan and Russia held a ferry rescue exercise off Sakhalin this week. " +
			"About 90 responders took part. " +
			"Officers of Japan's 7th Coast Guard Region watched from the shore."}
	ru := Citation{Lang: "ru", Title: "Россия и Япония отработали спасение парома у Сахалина",
		Passage: "КОРСАКОВ, 3 июня — Российские и японские спасатели провели совместные учения по спасению парома у берегов Сахалина. " +
			"По сценарию учений, паром загорелся в 25 километрах к востоку от мыса Анива, и в море попало 300 тонн топлива. " +
			"Вертолёт Ми-8 из Южно-Сахалинска искал людей в воде."}
	got := firstBullet(t, "Сколько всего спасателей участвовало в совместных учениях у Сахалина?", "ru", ru, en)
	if !strings.Contains(got, "90 responders") {
		t.Errorf("first bullet %q, want the count of responders", got)
	}
	for q, want := range map[string]bool{
		"Сколько спасателей участвовало в учениях?": true,
		"How many rescuers took part?":        true,
		"Сколько нефти попало в море?":        false, // a mass, which a measure answers
		"How much fuel was spilled?":          false,
		"Сколько тонн топлива попало в море?": false,
	} {
		if got := countsThings(q, countedUnit(q)); got != want {
			t.Errorf("countsThings(%q) = %v", q, got)
		}
	}
	for _, s := range []string{"Вертолёт Ми-8 вёл наблюдение.", "Officers of the 7th Region watched.", "Начался 20-й раунд."} {
		if answersKind(qHowMany, uncounted(s)) {
			t.Errorf("%q counts something", s)
		}
	}
}

// TestFirstBulletGivesOrigin: asked where something set out from ("xuất
// phát từ cảng nào", "из какого порта", "where ... from"), the place
// after a word of origin ("sailed from Seward", "rời cảng") answers, not
// the place where the story happened.
func TestFirstBulletGivesOrigin(t *testing.T) {
	en := Citation{Lang: "en", Title: "U.S. and Russian crews hold a rescue drill in the Bering Sea",
		Passage: "ANADYR, Russia - A U.S. icebreaker and two Russian tugs took part in a search-and-rescue drill in the Bering Sea on Tuesday, the first since 2019. " +
			"Crews searched for a mock life raft in thick fog near Cape Navarin. " +
			"The icebreaker Healy sailed from Seward, and a Russian helicopter flew in from Anadyr. " +
			"Officials said the drill went well."}
	for _, q := range []string{
		"Tàu phá băng Mỹ tham gia diễn tập ở biển Bering xuất phát từ cảng nào?",
		"Из какого порта вышел американский ледокол на учения в Беринговом море?",
		"Where did the U.S. icebreaker in the Bering Sea drill sail from?",
	} {
		if got := firstBullet(t, q, "en", en); !strings.Contains(got, "Seward") {
			t.Errorf("%s: first bullet %q, want the port it sailed from", q, got)
		}
	}
	vi := Citation{Lang: "vi", Title: "Tàu nghiên cứu Nga lên đường khảo sát cá hồi",
		Passage: "Các nhà khoa học Nga và Mỹ sẽ cùng khảo sát cá hồi ở biển Okhotsk vào mùa thu. " +
			"Tàu nghiên cứu Professor Levanidov sẽ rời cảng Vladivostok ngày 2/9 với 20 nhà khoa học. " +
			"Bà Jane Holt, trưởng nhóm của NOAA tại Alaska, cho biết chuyến đi rất quan trọng."}
	if got := firstBullet(t, "Из какого порта выйдет судно для исследования лосося?", "ru", vi); !strings.Contains(got, "Vladivostok") {
		t.Errorf("first bullet %q, want the port left", got)
	}
	if asksWhereFrom("How did the companies hide where the oil came from?") {
		t.Error("a 'how' question read as where from")
	}
}

// TestFirstBulletGivesCost: "во сколько обошлись" asks a price in the
// past tense, answered by a sum in any currency ("3 million kroner"),
// not by the count of ships that leads the story.
func TestFirstBulletGivesCost(t *testing.T) {
	en := Citation{Lang: "en", Title: "Denmark and Russia hold a Baltic Sea spill exercise",
		Passage: "COPENHAGEN - Denmark and Russia held a joint oil-spill exercise in the Baltic Sea this week despite cold ties. " +
			"Danish officials said the exercise cost the Danish side about 3 million kroner. " +
			"The Baltic Sea exercise for Denmark, off the island of Bornholm on May 4 and 5, involved 9 vessels and two aircraft."}
	if got := firstBullet(t, "Во сколько обошлись Дании учения в Балтийском море?", "ru", en); !strings.Contains(got, "kroner") {
		t.Errorf("first bullet %q, want the cost", got)
	}
}

// TestFirstBulletSayWhen: "what did X say when ..." asks what X said at
// a moment, which the sentence before the quote tells: the quote said by
// a pronoun after it leads, not another thing X said.
func TestFirstBulletSayWhen(t *testing.T) {
	en := Citation{Lang: "en", Title: "Russia returns a U.S. airman's logbook",
		Passage: "MURMANSK, Russia - Russia on Monday handed the United States the logbook of an American airman lost over the Barents Sea in 1952. " +
			"Captain Elena Rowe of the U.S. Navy received the logbook at Murmansk port. " +
			"\"Seventy years is a long time to wait for an answer,\" she said. " +
			"Rowe said the navy hoped to search the crash site next summer."}
	if got := firstBullet(t, "What did Captain Rowe say when she received the logbook at Murmansk?", "en", en); !strings.Contains(got, "Seventy years") {
		t.Errorf("first bullet %q, want her words at the handover", got)
	}
	if answerType("What did Captain Rowe say when she received the logbook?") != qSay || answerType("When did Captain Rowe say the search would start?") != qWhen {
		t.Error("sayWhenClauseRE")
	}
}
