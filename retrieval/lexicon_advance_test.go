package retrieval

import (
	"slices"
	"testing"
)

// TestExpandNoticeInAdvance: Vietnamese says "báo trước" (give notice in
// advance) as often as "thông báo trước": both reach the English and
// Russian words of notice, so "Mỹ và Nga sẽ báo trước bao lâu …" finds a
// story that writes "96 hours' notice" or "уведомлять за 96 часов".
func TestExpandNoticeInAdvance(t *testing.T) {
	got := Expand("báo trước")
	for _, want := range []string{"notice", "уведомлять"} {
		if !slices.Contains(got, want) {
			t.Errorf("Expand(báo trước) = %v, want %q among them", got, want)
		}
	}
}

// TestExpandGospel: a church book returned to a monastery is written
// "Gospel", "Phúc Âm", "Евангелие": a question in one language finds the
// story told in another, the Russian word in any case ("Евангелия").
func TestExpandGospel(t *testing.T) {
	for q, want := range map[string]string{"Gospel": "евангелие", "Евангелия": "Gospel", "sách Phúc Âm": "Gospel"} {
		if got := Expand(q); !slices.Contains(got, want) {
			t.Errorf("Expand(%q) = %v, want %q among them", q, got, want)
		}
	}
}
