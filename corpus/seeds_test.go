package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// sharedSeeds is where the team keeps the original seed texts; the shipped
// copies must not drift from them.
const sharedSeeds = "../../shared/seeds"

func TestSeeds(t *testing.T) {
	seeds, err := Seeds()
	if err != nil {
		t.Fatalf("Seeds: %v", err)
	}
	files, err := filepath.Glob("seeds/*.md")
	if err != nil || len(files) == 0 {
		t.Fatalf("no seed files: %v", err)
	}
	if len(seeds) != len(files) {
		t.Fatalf("Seeds returned %d articles for %d files", len(seeds), len(files))
	}
	wantLang := map[string]string{
		"000_3b258cd7da7f345e": "vi", "001_f8e2b56428ec90a0": "vi",
		"002_61e6d07a90f56528": "en", "003_4d866f40c053a075": "en", "004_26071f03f059edc1": "en",
	}
	for i, a := range seeds {
		stem := strings.TrimSuffix(filepath.Base(files[i]), ".md")
		t.Run(stem, func(t *testing.T) {
			if a.ID != stem {
				t.Errorf("id = %q, want the file stem %q", a.ID, stem)
			}
			if a.Title == "" || strings.Contains(a.Title, "\n") {
				t.Errorf("title %q: want one non-empty line", a.Title)
			}
			if a.URL != "" {
				t.Errorf("url = %q: the seed texts carry no URL, none may be invented", a.URL)
			}
			if want, ok := wantLang[stem]; ok && a.Lang != want {
				t.Errorf("lang = %q, want %q", a.Lang, want)
			}
			if a.Hash != BodyHash(a.Body) {
				t.Errorf("hash not set from body")
			}
			orig, err := os.ReadFile(filepath.Join(sharedSeeds, stem+".txt"))
			if os.IsNotExist(err) {
				t.Skipf("%s not present; body comparison skipped", sharedSeeds)
			}
			if err != nil {
				t.Fatal(err)
			}
			if a.Body != string(orig) {
				t.Errorf("parsed body differs from the shared seed text (%d vs %d bytes)", len(a.Body), len(orig))
			}
			raw, err := os.ReadFile(files[i])
			if err != nil {
				t.Fatal(err)
			}
			_, body, ok, err := splitFrontMatter(string(raw))
			if err != nil || !ok {
				t.Fatalf("front matter: ok=%v err=%v", ok, err)
			}
			if body != string(orig) {
				t.Errorf("file body is not byte-identical to the shared seed text")
			}
		})
	}
}

// The seeds' metadata says only what their texts say: seed 001 is a
// Vietnamese report that cites The New York Times, not a Times article,
// and no seed text states its publication date, so none has one.
func TestSeedMetadataIsWhatTheTextsSay(t *testing.T) {
	seeds, err := Seeds()
	if err != nil {
		t.Fatal(err)
	}
	wantSource := map[string]string{
		"000_3b258cd7da7f345e": "TTXVN",                                       // "Theo phóng viên TTXVN tại …"
		"001_f8e2b56428ec90a0": "Vietnamese report citing The New York Times", // "Ảnh: The New York Times", "chia sẻ với tờ New York Times"
		"002_61e6d07a90f56528": "",                                            // names no outlet
		"003_4d866f40c053a075": "TROIB News",                                  // "Emily Johnson for TROIB News"
		"004_26071f03f059edc1": "RIA News",                                    // "[Source: RIA News]"
	}
	for _, a := range seeds {
		if want, ok := wantSource[a.ID]; !ok || a.Source != want {
			t.Errorf("%s: source %q, want %q", a.ID, a.Source, want)
		}
		if !a.Published.IsZero() {
			t.Errorf("%s: published %s, but the text states no publication date", a.ID, a.Published.Format("2006-01-02"))
		}
	}
}
