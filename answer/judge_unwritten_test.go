package answer

import (
	"strings"
	"testing"

	"github.com/detente/detente/retrieval"
)

// strangersRare is corpus statistics in which the words beginning with
// one of never are in no chunk, and every other word is not counted.
func strangersRare(never ...string) rarity {
	return func(terms []string) (retrieval.DocFreqs, bool) {
		out := retrieval.DocFreqs{Chunks: 100, DF: map[string]int{}}
		for _, t := range terms {
			for _, n := range never {
				if strings.HasPrefix(t, n) {
					out.DF[t] = 0
				}
			}
		}
		return out, true
	}
}

// TestJudgeStrangerNames: a name the corpus never writes as the question
// does, asked of a report in another script, is met only where a word of
// the report resembles it (or the last word of the name it stands in);
// otherwise the question asks of someone or somewhere the corpus does
// not have, and the report of another place is no answer. Words the
// lexicon translates ("Museum") and names the report writes in its own
// letters ("Норрвике", "Пусане" for Busan, "мысе Островной", a typed
// "Санвадике" for Sandavik) are met as before.
func TestJudgeStrangerNames(t *testing.T) {
	for _, w := range []string{"norrvik", "hendricks", "busan", "cape", "ostrovnoy", "хендрикс"} {
		if len(retrieval.Expand(w)) > 0 {
			t.Fatalf("the lexicon translates %q: the test needs a word it does not", w)
		}
	}
	talks := Citation{Lang: "ru", Title: "Консультации в Норрвике",
		Passage: "В Норрвике во вторник прошли консультации России и США по работе посольств. Американскую делегацию возглавил заместитель помощника госсекретаря Мартин Хольм."}
	cape := Citation{Lang: "ru", Title: "Переговоры на мысе Островной",
		Passage: "На мысе Островной прошли переговоры России и США о спасении на море. Американскую делегацию возглавил капитан Роберт Линд."}
	consulate := Citation{Lang: "en", Title: "Consulates to reopen",
		Passage: "The Russian consulate in Busan will employ twelve diplomats once it reopens in May, the foreign ministry said."}
	sandavik := Citation{Lang: "en", Title: "Fisheries talks in Sandavik",
		Passage: "Fisheries talks between Russia and Norway opened in Sandavik on Monday. The Russian delegation was led by Deputy Minister Oleg Rudin."}
	museum := Citation{Lang: "ru", Title: "Выставка в Хьюстоне",
		Passage: "Русский музей передаст сорок картин для выставки в Хьюстоне, которая откроется в октябре."}
	rare := strangersRare("norrvik", "hendricks", "cape", "ostrovnoy", "пусан", "хендрикс", "санвадик", "museum")
	tests := []struct {
		name, q, lang string
		src           Citation
		answerable    bool
	}{
		{"place the report writes in Cyrillic", "Who led the US delegation at the embassy talks in Norrvik?", "en", talks, true},
		{"place the corpus never writes", "Who led the US delegation at the embassy talks in Hendricks?", "en", talks, false},
		{"cape of a known name", "Who led the US delegation at the talks on Cape Ostrovnoy?", "en", cape, true},
		{"cape of an unknown name", "Who led the US delegation at the talks on Cape Hendricks?", "en", cape, false},
		{"voiced consonant romanized voiceless", "Сколько дипломатов будет работать в консульстве в Пусане?", "ru", consulate, true},
		{"Cyrillic place the corpus never writes", "Сколько дипломатов будет работать в консульстве в Хендриксе?", "ru", consulate, false},
		{"a typed name, two letters swapped", "Кто возглавил российскую делегацию на переговорах в Санвадике?", "ru", sandavik, true},
		{"a word the lexicon translates", "How many paintings will the Russian Museum lend for the Houston exhibition?", "en", museum, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := judgeRare(rare, tt.q, tt.lang, []Citation{tt.src})
			if v.Answerable != tt.answerable {
				t.Fatalf("answerable = %v (%s), want %v", v.Answerable, v.Reason(), tt.answerable)
			}
			if !tt.answerable && !strings.Contains(v.Reason(), `name "`) {
				t.Errorf("reason %q names no name", v.Reason())
			}
		})
	}
}
