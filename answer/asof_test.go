package answer

import (
	"slices"
	"testing"
	"time"
)

func TestAsOfLine(t *testing.T) {
	t.Parallel()
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	mixed := []Citation{
		{N: 1, ArticleID: "a", Published: day(2024, 3, 5)},
		{N: 2, ArticleID: "b", Published: day(2025, 10, 12)},
		{N: 3, ArticleID: "c"},
	}
	undated := []Citation{{N: 1, ArticleID: "a"}, {N: 4, ArticleID: "d"}}
	tests := []struct {
		name, lang string
		cites      []Citation
		want       string
	}{
		{"en", "en", mixed, "As of 12 Oct 2025 (the date of the newest cited source). Undated: [3]."},
		{"vi", "vi", mixed, "Tính đến 12/10/2025 (ngày của nguồn mới nhất được trích dẫn). Không rõ ngày đăng: [3]."},
		{"ru", "ru", mixed, "По состоянию на 12 октября 2025 (дата самого нового из цитируемых источников). Без даты публикации: [3]."},
		{"all dated", "en", mixed[:2], "As of 12 Oct 2025 (the date of the newest cited source)."},
		{"one undated", "en", undated[:1], "The cited source has no publication date."},
		{"all undated", "ru", undated, "Ни у одного из цитируемых источников нет даты публикации."},
		{"all undated vi", "vi", undated, "Các nguồn được trích dẫn đều không rõ ngày đăng."},
		{"nothing cited", "en", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := AsOfLine(tt.lang, tt.cites); got != tt.want {
				t.Errorf("AsOfLine(%s) = %q, want %q", tt.lang, got, tt.want)
			}
		})
	}
	newest, nd := AsOf(append(mixed, Citation{N: 3}))
	if !newest.Equal(day(2025, 10, 12)) || !slices.Equal(nd, []int{3}) {
		t.Errorf("AsOf = %v, %v; want 2025-10-12, [3] once", newest, nd)
	}
}
