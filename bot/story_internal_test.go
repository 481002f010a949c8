package bot

import (
	"strconv"
	"strings"
	"testing"

	"github.com/detente/detente/answer"
)

func TestAlsoReported(t *testing.T) {
	if h, p := alsoReported(nil, "en"); h != "" || p != "" {
		t.Errorf("a story with one report: %q %q", h, p)
	}
	also := []answer.Outlet{
		{ArticleID: "a", Source: "Daily <News>", URL: "https://daily.example/a"},
		{ArticleID: "b", URL: "https://www.herald.example/b"},
		{ArticleID: "c", Title: "Only a title", URL: "javascript:alert(1)"},
	}
	h, p := alsoReported(also, "en")
	wantH := `also reported by <a href="https://daily.example/a">Daily &lt;News&gt;</a>, <a href="https://www.herald.example/b">herald.example</a>, Only a title`
	if h != wantH {
		t.Errorf("html:\n got %s\nwant %s", h, wantH)
	}
	if want := "also reported by Daily <News> https://daily.example/a, herald.example https://www.herald.example/b, Only a title"; p != want {
		t.Errorf("plain:\n got %s\nwant %s", p, want)
	}
	if h, _ := alsoReported(also, "ru"); !strings.HasPrefix(h, "также сообщили: ") {
		t.Errorf("ru: %s", h)
	}
	var many []answer.Outlet
	for i := range 50 {
		many = append(many, answer.Outlet{ArticleID: strconv.Itoa(i), Source: "Outlet " + strconv.Itoa(i), URL: "https://o.example/" + strconv.Itoa(i)})
	}
	h, p = alsoReported(many, "en")
	if strings.Count(h, "<a ") != digestAlsoOutlets || !strings.HasSuffix(p, ", …") {
		t.Errorf("fifty outlets are not cut after %d:\n%s\n%s", digestAlsoOutlets, h, p)
	}
}
