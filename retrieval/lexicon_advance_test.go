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
