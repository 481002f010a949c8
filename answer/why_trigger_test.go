package answer

import (
	"strings"
	"testing"
)

// TestWhyTriggerNoun: asked why something flared up, the sentence that
// names what set it off by a noun or a verb of cause ("Поводом стала",
// "was sparked by", "bắt nguồn từ") leads, not a sentence of figures
// on the same dispute. The articles are written for this test.
func TestWhyTriggerNoun(t *testing.T) {
	ru := Citation{Lang: "ru", Title: "Спор о рыболовных квотах в Беринговом море",
		Passage: "АНКОРИДЖ, 3 марта. Российские и американские чиновники провели переговоры о квотах на вылов минтая в Беринговом море. " +
			"По словам Ильи Баранова, с 2015 по 2024 год российские суда выловили в спорном районе более 900 тысяч тонн минтая. " +
			"Поводом для обострения спора стало задержание российского траулера «Кречет» американской береговой охраной в январе. " +
			"Следующий раунд переговоров пройдёт в Магадане."}
	en := Citation{Lang: "en", Title: "Bering Sea fishing quota dispute",
		Passage: "ANCHORAGE - Russian and American officials held talks on pollock quotas in the Bering Sea on Tuesday. " +
			"Russian trawlers caught more than 900,000 tonnes of pollock in the disputed area from 2015 to 2024, officials said. " +
			"The latest row was sparked by the Coast Guard's seizure of the Russian trawler Krechet in January. " +
			"The next round of talks will be held in Magadan."}
	for _, tc := range []struct {
		q, lang string
		src     Citation
		want    string
	}{
		{"Из-за чего обострился спор о квотах на минтай?", "ru", ru, "Кречет"},
		{"Why did the pollock quota dispute flare up?", "en", en, "Krechet"},
	} {
		t.Run(tc.q, func(t *testing.T) {
			if got := firstBullet(t, tc.q, tc.lang, tc.src); !strings.Contains(got, tc.want) {
				t.Errorf("first bullet %q, want what set it off (%q)", got, tc.want)
			}
		})
	}
}

// TestOtherOfPairPointsBack: "One of the two ... The other is kept in
// Atlanta" — the sentence about the other of a pair stands for the pair
// named before it, so it answers a question about the other one. The
// articles are written for this test.
func TestOtherOfPairPointsBack(t *testing.T) {
	en := Citation{Lang: "en", Title: "U.S. inspectors visit Russian seed vault",
		Passage: "ST. PETERSBURG - Four American botanists spent a day this week at the Vavilov Institute, the first U.S. visit since 2018. " +
			"The team was shown the vault that holds one of the world's two complete collections of wild wheat seeds. " +
			"The other is kept at the National Laboratory for Genetic Resources in Fort Collins, Colorado. " +
			"Russian officials have long said the seeds kept in the Vavilov vault are the world's oldest collection, while American botanists raised questions about storage at the institute after a flood in its basement in Moscow in 2017."}
	q := "Where is the world's other complete collection of wild wheat seeds kept, besides St. Petersburg?"
	if got := firstBullet(t, q, "en", en); !strings.Contains(got, "Fort Collins") {
		t.Errorf("first bullet %q, want the other collection's place (Fort Collins)", got)
	}
}

// TestHowLongAfterLead: asked how long, when the sentence that says most
// of the question is a quote late in the story with no figure after it,
// the span told right after the story's lead answers. The article is
// written for this test.
func TestHowLongAfterLead(t *testing.T) {
	vi := Citation{Lang: "vi", Title: "Đội cứu hộ Mỹ đến Kamchatka",
		Passage: "PETROPAVLOVSK, ngày 3/8 - Một đội 25 chuyên gia cứu hộ núi lửa của Mỹ đã đến bán đảo Kamchatka của Nga để hỗ trợ sơ tán dân sau đợt phun trào. " +
			"Nhóm bay từ Anchorage vào ngày 1/8 và sẽ ở lại Nga trong hai tuần. " +
			"Trưởng đoàn là ông Mark Ellison thuộc Cơ quan Khảo sát Địa chất Mỹ. " +
			"Chính quyền địa phương cho biết chi phí ăn ở của đội Mỹ do ngân sách vùng chi trả. " +
			"\"Chúng tôi đến Kamchatka vì núi lửa ở Alaska và ở đây giống nhau\", ông Ellison nói với các chuyên gia cứu hộ Mỹ tại sân bay."}
	q := "How long are the American rescue experts staying in Kamchatka?"
	if got := firstBullet(t, q, "en", vi); !strings.Contains(got, "hai tuần") {
		t.Errorf("first bullet %q, want the span (hai tuần)", got)
	}
}

// TestWhyAfterLead: asked why talks broke off, when the sentence that
// says most of the question comes late in the story with no cause after
// it, the cause told right after the story's lead answers. The article
// is written for this test.
func TestWhyAfterLead(t *testing.T) {
	ru := Citation{Lang: "ru", Title: "Консультации в Осло прерваны",
		Passage: "ОСЛО, 12 мая. Консультации российских и американских экспертов по космической безопасности, начавшиеся во вторник в Осло, были прерваны после первого дня. " +
			"Стороны не смогли договориться о повестке. " +
			"Российскую делегацию возглавлял Пётр Жаров, американскую — Линда Мосс. " +
			"Следующая встреча пока не назначена. " +
			"Консультации в Осло весной были первыми за четыре года."}
	if got := firstBullet(t, "Почему сорвались консультации в Осло весной?", "ru", ru); !strings.Contains(got, "не смогли договориться") {
		t.Errorf("first bullet %q, want the cause (не смогли договориться о повестке)", got)
	}
}
