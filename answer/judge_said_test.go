package answer

import "testing"

// A report of one person's briefing goes on in pronouns and in his role
// ("he urged", "from his perspective", "as described by the diplomat");
// what it says there is his, however far the run goes, while a run that
// starts at another speaker is not.
func TestSaidByPronounRunAndRole(t *testing.T) {
	const title = "Envoy briefs reporters on consular talks"
	pronouns := "Ambassador Petra Lindqvist opened the briefing on Monday. " +
		"She said the consular talks would resume in March. " +
		"From her perspective, the visa queue is the main obstacle. " +
		"She urged both capitals to add staff. " +
		"In discussing the ferry link, she criticised the decision to close the Tallinn crossing."
	role := "Ambassador Petra Lindqvist opened the briefing on Monday. " +
		"Officials expect a decision soon, according to Baltic Wire.\n\n" +
		"As described by the diplomat, the Tallinn ferry crossing will close in May."
	other := "Ambassador Petra Lindqvist attended the briefing on Monday. " +
		"Minister Jonas Berg opened it with a statement on trade. " +
		"He said the consular talks would resume in March. " +
		"In discussing the ferry link, he criticised the decision to close the Tallinn crossing."
	tests := []struct {
		name, passage string
		want          bool
	}{
		{"pronoun run", pronouns, true},
		{"role past an agency", role, true},
		{"another speaker's run", other, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v := judge("What did Lindqvist say about the Tallinn ferry crossing?", "en",
				[]Citation{{N: 1, ArticleID: "x", Title: title, Passage: tc.passage, Lang: "en"}})
			if v.Answerable != tc.want {
				t.Errorf("answerable = %v, want %v (%s)", v.Answerable, tc.want, v.Reason())
			}
		})
	}
}

// A person quoted on one matter is not quoted on the next sentence's
// matter when that sentence reports no words ("The working group will
// first study payments") or gives its own source ("according to a joint
// statement").
func TestSaidByNotTheNarration(t *testing.T) {
	const title = "Talks on ferry links end in Riga"
	narration := "Envoy Mara Voss led the delegation at the talks in Riga. " +
		"Voss said any decision depended on the safety of the ferries. " +
		"The working group will first study port fees and insurance."
	statement := "Envoy Mara Voss led the delegation at the talks in Riga. " +
		"Voss said any decision depended on the safety of the ferries. " +
		"According to a joint statement, the working group will first study port fees and insurance."
	quoted := "Envoy Mara Voss led the delegation at the talks in Riga. " +
		"Voss said the working group would first study port fees and insurance."
	tests := []struct {
		name, passage string
		want          bool
	}{
		{"narration beside her quote", narration, false},
		{"a statement's words", statement, false},
		{"her words", quoted, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v := judge("What did Voss say about port fees?", "en",
				[]Citation{{N: 1, ArticleID: "x", Title: title, Passage: tc.passage, Lang: "en"}})
			if v.Answerable != tc.want {
				t.Errorf("answerable = %v, want %v (%s)", v.Answerable, tc.want, v.Reason())
			}
		})
	}
}

// A short surname ("Liu", "Wu") is half of the name asked with its
// given name ("Bà Karen Liu"), so the article's "Bà Liu nói…" is her
// speaking; another short surname with the same given name is someone
// else.
func TestSaidByShortSurname(t *testing.T) {
	const title = "Mỹ nêu điều kiện cho thỏa thuận vũ khí mới"
	passage := "Ngày 6/2, Trợ lý Ngoại trưởng Mỹ Karen Liu có cuộc gặp với phái đoàn Nga tại Vienna. " +
		"Bà Liu nói Mỹ muốn mọi thỏa thuận tương lai phải bao gồm cả vũ khí hạt nhân phi chiến lược."
	tests := []struct {
		q    string
		want bool
	}{
		{"Bà Karen Liu nói gì về thỏa thuận tương lai?", true},
		{"Bà Karen Wu nói gì về thỏa thuận tương lai?", false},
	}
	for _, tc := range tests {
		t.Run(tc.q, func(t *testing.T) {
			v := judge(tc.q, "vi", []Citation{{N: 1, ArticleID: "x", Title: title, Passage: passage, Lang: "vi"}})
			if v.Answerable != tc.want {
				t.Errorf("answerable = %v, want %v (%s)", v.Answerable, tc.want, v.Reason())
			}
		})
	}
}
