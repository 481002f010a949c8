package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// labelledText is a test article whose every line says what it is: "C "
// for content, "B " for boilerplate, nothing for a blank line. In a content
// line, ⟦…⟧ marks a trailing credit that must be cut off.
type labelledText struct {
	name    string
	body    string
	want    []LineKind // per line of body
	texts   []string   // per line, without the credit
	credits []string   // credits that must never be chunked
}

func readLabelled(t *testing.T, path string) labelledText {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lt := labelledText{name: filepath.Base(path)}
	var lines []string
	for _, raw := range strings.Split(strings.TrimRight(string(data), "\n"), "\n") {
		switch {
		case raw == "":
			lt.want = append(lt.want, LineBlank)
			lines = append(lines, "")
			lt.texts = append(lt.texts, "")
			continue
		case strings.HasPrefix(raw, "C "):
			lt.want = append(lt.want, LineContent)
		case strings.HasPrefix(raw, "B "):
			lt.want = append(lt.want, LineBoilerplate)
		default:
			t.Fatalf("%s: line %q has no C/B label", path, raw)
		}
		line := raw[2:]
		text := line
		if i := strings.Index(line, "⟦"); i >= 0 {
			j := strings.Index(line, "⟧")
			lt.credits = append(lt.credits, line[i+len("⟦"):j])
			text = strings.TrimSpace(line[:i])
			line = line[:i] + line[i+len("⟦"):j]
		}
		lines = append(lines, line)
		lt.texts = append(lt.texts, text)
	}
	lt.body = strings.Join(lines, "\n")
	return lt
}

func labelledTexts(t *testing.T) []labelledText {
	t.Helper()
	return labelledIn(t, "testdata/boilerplate")
}

func labelledIn(t *testing.T, dir string) []labelledText {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no labelled texts: %v", err)
	}
	var out []labelledText
	for _, f := range files {
		out = append(out, readLabelled(t, f))
	}
	return out
}

// TestClassifyLabelledTexts runs the classifier over hand-labelled articles
// in English, Vietnamese and Russian (bylines, captions, navigation, link
// lists, tags, share and cookie lines around real paragraphs, short real
// sentences, subheadings and lists) and reports false drops (content called
// boilerplate: must be 0) and misses (boilerplate kept).
func TestClassifyLabelledTexts(t *testing.T) {
	drops, misses := classifyLabelled(t, labelledTexts(t), true)
	if drops+misses > 0 {
		t.Errorf("%d false drops, %d misses", drops, misses)
	}
}

// TestClassifyHeldOutTexts runs the classifier over labelled articles
// written after the rules were set and never tuned on (testdata/boilerplate/
// heldout). A false drop fails; misses are reported, not failed, so the
// figure stays honest. At the commit that added them: 0 false drops of 29
// content lines, 2 misses of 35 boilerplate lines (an author's one-line bio
// that reads as a sentence; "Our Standards: The Thomson Reuters Trust
// Principles."). One label was corrected, not the classifier: a headline
// at the top had been labelled content, unlike every other text here.
func TestClassifyHeldOutTexts(t *testing.T) {
	if drops, _ := classifyLabelled(t, labelledIn(t, "testdata/boilerplate/heldout"), false); drops > 0 {
		t.Errorf("%d real lines dropped", drops)
	}
}

// classifyLabelled compares the classifier with the labels and returns the
// false drops and misses; strict makes every miss an error too.
func classifyLabelled(t *testing.T, texts []labelledText, strict bool) (drops, misses int) {
	t.Helper()
	content, boiler := 0, 0
	for _, lt := range texts {
		got := ClassifyLines(lt.body)
		if len(got) != len(lt.want) {
			t.Fatalf("%s: %d lines classified, %d labelled", lt.name, len(got), len(lt.want))
		}
		for i, l := range got {
			line := lt.body[l.Start:l.End]
			switch want := lt.want[i]; {
			case want == LineContent:
				content++
				if l.Kind != LineContent {
					drops++
					t.Errorf("%s:%d false drop (%s): %q", lt.name, i+1, l.Reason, line)
				} else if end := strings.TrimSpace(lt.body[l.Start:l.ContentEnd]); end != lt.texts[i] {
					t.Errorf("%s:%d content %q, want %q", lt.name, i+1, end, lt.texts[i])
				}
			case want == LineBoilerplate:
				boiler++
				if l.Kind != LineBoilerplate {
					misses++
					if strict {
						t.Errorf("%s:%d missed boilerplate: %q", lt.name, i+1, line)
					} else {
						t.Logf("%s:%d missed boilerplate: %q", lt.name, i+1, line)
					}
				}
			case l.Kind != want:
				t.Errorf("%s:%d kind %s, want %s", lt.name, i+1, l.Kind, want)
			}
		}
	}
	t.Logf("labelled texts: %d content lines, %d false drops; %d boilerplate lines, %d missed", content, drops, boiler, misses)
	return drops, misses
}

// Each seed's boilerplate, line by line; every other line is content (no
// real paragraph of the seeds may be dropped).
var seedBoilerplate = map[string][]string{
	"000_3b258cd7da7f345e": nil,
	"001_f8e2b56428ec90a0": {
		"Tổng thống Nga Vladimir V. Putin và người đồng cấp Biden trong cuộc gặp vào tháng 6 tại Thụy Sĩ. Ảnh: The New York Times",
		"Quân đội Nga lên máy bay tham gia một cuộc tập trận vào tháng 4. Ảnh: Reuters",
	},
	"002_61e6d07a90f56528": {
		"ranked by level of diplomatic meetings",
		"Source: U.S. Department of State, Diplomatic Travel Records",
		"Note: Data represents diplomatic activity from 1997-2024",
	},
	"003_4d866f40c053a075": {
		"Washington announces schedule and topics for upcoming Russia-US discussions", // the title again
		"Emily Johnson for TROIB News",
	},
	"004_26071f03f059edc1": {
		"Russian Ambassador Signals Upcoming Talks on U.S.-Russia Relations and Security Cooperation",
		"Previous Article",
		"Isakovo Fire at Pig Farm and Related Emergencies in Russia",
		"Next Article",
		"Ukraine’s wartime economy faces systemic strain, warns Dubinsky",
		"Write a Comment",
		"Leave a Comment",
	},
}

func TestClassifySeeds(t *testing.T) {
	seeds, err := Seeds()
	if err != nil {
		t.Fatal(err)
	}
	drops := 0
	for _, a := range seeds {
		want, ok := seedBoilerplate[a.ID]
		if !ok {
			t.Errorf("seed %s has no expected boilerplate list", a.ID)
			continue
		}
		var got []string
		for _, l := range ClassifyLines(a.Body) {
			if l.Kind == LineBoilerplate {
				got = append(got, a.Body[l.Start:l.End])
			}
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("%s boilerplate:\n%s\nwant:\n%s", a.ID, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
		for _, g := range got {
			found := false
			for _, w := range want {
				found = found || g == w
			}
			if !found {
				drops++
			}
		}
	}
	if drops > 0 {
		t.Errorf("%d real seed paragraphs dropped", drops)
	}
}

// A paragraph that names its source at the end keeps the paragraph and
// loses the credit.
func TestClassifyTrimsTrailingCredit(t *testing.T) {
	body := "The talks ended without a statement. Both sides said they would meet again. [Source: RIA News]\nA second paragraph follows."
	lines := ClassifyLines(body)
	if lines[0].Kind != LineContent || body[lines[0].Start:lines[0].ContentEnd] != "The talks ended without a statement. Both sides said they would meet again." {
		t.Errorf("first line: %+v %q", lines[0], body[lines[0].Start:lines[0].ContentEnd])
	}
	chunks := Split(Article{ID: "x", Body: body}, ChunkOptions{})
	for _, c := range chunks {
		if strings.Contains(c.Text, "Source") {
			t.Errorf("credit in chunk %q", c.Text)
		}
	}
	if len(chunks) == 0 || !strings.Contains(chunks[len(chunks)-1].Text, "A second paragraph follows.") {
		t.Errorf("paragraph after the credit lost: %+v", chunks)
	}
}

// A text the classifier would empty is kept whole: the classifier is wrong
// about it, and an article someone added must stay searchable.
func TestClassifyNeverEmptiesABody(t *testing.T) {
	for _, body := range []string{
		"Kremlin rejects report\nTalks in Riyadh postponed\nEnvoys meet in Istanbul",
		"Source: TASS",
		"Home",
	} {
		chunks := Split(Article{ID: "x", Body: body}, ChunkOptions{})
		var all strings.Builder
		for _, c := range chunks {
			all.WriteString(c.Text + "\n")
		}
		for _, line := range strings.Split(body, "\n") {
			if !strings.Contains(all.String(), line) {
				t.Errorf("%q: line %q in no chunk", body, line)
			}
		}
	}
}

// No boilerplate line of the labelled texts is in any chunk, and every
// content line is, whole, in some chunk; small chunks too.
func TestSplitKeepsBoilerplateOut(t *testing.T) {
	for _, max := range []int{0, 120} {
		for _, lt := range labelledTexts(t) {
			chunks := Split(Article{ID: "t", Title: "T", Body: lt.body}, ChunkOptions{MaxRunes: max})
			var all strings.Builder
			for _, c := range chunks {
				all.WriteString(c.Text)
				all.WriteString("\n")
				if !strings.Contains(lt.body, c.Text) {
					t.Errorf("%s: chunk is not a slice of the body: %q", lt.name, c.Text)
				}
			}
			lines := strings.Split(lt.body, "\n")
			for i, kind := range lt.want {
				switch kind {
				case LineBoilerplate:
					if strings.Contains(all.String(), lines[i]) {
						t.Errorf("%s: boilerplate line in a chunk: %q", lt.name, lines[i])
					}
				case LineContent:
					if max == 0 && !strings.Contains(all.String(), lt.texts[i]) {
						t.Errorf("%s: content line in no chunk: %q", lt.name, lt.texts[i])
					}
				}
			}
			for _, c := range lt.credits {
				if strings.Contains(all.String(), c) {
					t.Errorf("%s: credit %q in a chunk", lt.name, c)
				}
			}
		}
	}
}

// The seeds' chunks keep every content sentence and none of the
// boilerplate, while their bodies stay as shipped (TestSeeds).
func TestSplitSeedsKeepEveryContentSentence(t *testing.T) {
	seeds, err := Seeds()
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range seeds {
		var all strings.Builder
		for _, c := range Split(a, ChunkOptions{}) {
			all.WriteString(c.Text + "\n")
		}
		boiler := map[string]bool{}
		for _, b := range seedBoilerplate[a.ID] {
			boiler[b] = true
			if strings.Contains(all.String(), b) {
				t.Errorf("%s: boilerplate in a chunk: %q", a.ID, b)
			}
		}
		for _, line := range strings.Split(a.Body, "\n") {
			line = strings.TrimSpace(strings.TrimSuffix(line, "[Source: RIA News]"))
			if line == "" || boiler[line] {
				continue
			}
			prev := 0
			for _, e := range sentenceEnds(line) {
				s := strings.TrimSpace(line[prev:e])
				prev = e
				if s != "" && !strings.Contains(all.String(), s) {
					t.Errorf("%s: content sentence in no chunk: %q", a.ID, s)
				}
			}
		}
		if strings.Contains(all.String(), "[Source: RIA News]") {
			t.Errorf("%s: trailing credit in a chunk", a.ID)
		}
	}
}

// FuzzClassifyLines: whatever the text, the lines tile the body, a credit
// is cut only from inside its line, a body with any text keeps some
// content, and the content segments are ordered slices of the body.
func FuzzClassifyLines(f *testing.F) {
	f.Add("Title\nA sentence. Photo: AP\n\nSource: TASS\n[Source: X]")
	f.Add("By Jane Roe\nHome | World | Europe\nThe talks ended.\nRead more\nA headline here\nAnother headline there\n© 2025")
	f.Add("line one of a wrapped paragraph that goes on and\non in lower case until the sentence\nends here. And a second\nline that does not.\n")
	f.Add("Ảnh: \n(\n)\n[]\n Фото: \n\n\n")
	f.Fuzz(func(t *testing.T, body string) {
		lines := ClassifyLines(body)
		if len(lines) == 0 {
			t.Fatal("no lines")
		}
		pos := 0
		content := false
		for i, l := range lines {
			if l.Start != pos || l.End < l.Start || l.End > len(body) {
				t.Fatalf("line %d [%d,%d) does not follow %d", i, l.Start, l.End, pos)
			}
			if l.End < len(body) && body[l.End] != '\n' {
				t.Fatalf("line %d does not end at a line break", i)
			}
			if strings.Contains(body[l.Start:l.End], "\n") {
				t.Fatalf("line %d holds a line break", i)
			}
			if l.ContentEnd < l.Start || l.ContentEnd > l.End {
				t.Fatalf("line %d content end %d outside [%d,%d]", i, l.ContentEnd, l.Start, l.End)
			}
			if blank := strings.TrimSpace(body[l.Start:l.End]) == ""; blank != (l.Kind == LineBlank) {
				t.Fatalf("line %d kind %s for %q", i, l.Kind, body[l.Start:l.End])
			}
			content = content || l.Kind == LineContent
			pos = l.End + 1
		}
		if pos != len(body)+1 {
			t.Fatalf("lines end at %d, body at %d", pos-1, len(body))
		}
		if strings.TrimSpace(body) != "" && !content {
			t.Fatalf("no content left in %q", body)
		}
		prev := 0
		for _, s := range contentSegments(body) {
			if s.start < prev || s.end <= s.start || s.end > len(body) {
				t.Fatalf("segment [%d,%d) after %d", s.start, s.end, prev)
			}
			prev = s.end
		}
	})
}

// What a digest quotes as an article's lead is its first content, not the
// repeated headline or a photo caption.
func TestContentTextLeadsWithContent(t *testing.T) {
	seeds, err := Seeds()
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range seeds {
		text := ContentText(a.Body)
		for _, b := range seedBoilerplate[a.ID] {
			if strings.Contains(text, b) {
				t.Errorf("%s: content text holds %q", a.ID, b)
			}
		}
	}
	if got := ContentText("Photo: AP\nThe talks ended.\nRead more: X\nThey resume in May.\nJane Roe for Wire"); got != "The talks ended.\n\nThey resume in May." {
		t.Errorf("ContentText = %q", got)
	}
}

// The filter works on every way an article comes in: HTML (after
// readability, whose link-density pruning already drops most link lists),
// Markdown, a text file and pasted /add text.
func TestSplitKeepsBoilerplateOutOfEveryFormat(t *testing.T) {
	html, err := os.ReadFile("testdata/boilerplate/page.html")
	if err != nil {
		t.Fatal(err)
	}
	md, err := os.ReadFile("testdata/boilerplate/page.md")
	if err != nil {
		t.Fatal(err)
	}
	// The text version is what a user pastes: the Markdown's text.
	_, mdBody, _, _ := splitFrontMatter(string(md))
	text := "Envoys meet in Istanbul\n" + stripMarkdown(mdBody)
	pasted, err := ParseText(text)
	if err != nil {
		t.Fatal(err)
	}
	articles := map[string]Article{"pasted": pasted}
	for name, data := range map[string][]byte{"page.html": html, "page.md": md, "page.txt": []byte(text)} {
		a, err := Parse(name, data)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		articles[name] = a
	}
	content := []string{
		"The American and Russian envoys met for four hours in Istanbul on Thursday",
		"No date was set for an exchange.",
		"The Russian side did not comment on the talks or on the lists.",
		"Prisoner exchanges between the two countries have usually been negotiated",
	}
	boilerplate := []string{"Jane Roe", "Photo: AP", "Read more", "Kremlin says summit", "Baltic states ask NATO",
		"Oil price cap", "Moscow court extends", "Share this", "All rights reserved"}
	for name, a := range articles {
		var all strings.Builder
		for _, c := range Split(a, ChunkOptions{}) {
			all.WriteString(c.Text + "\n")
		}
		for _, c := range content {
			if !strings.Contains(all.String(), c) {
				t.Errorf("%s: content %q in no chunk", name, c)
			}
		}
		for _, b := range boilerplate {
			if strings.Contains(all.String(), b) {
				t.Errorf("%s: boilerplate %q in a chunk:\n%s", name, b, all.String())
			}
		}
	}
}
