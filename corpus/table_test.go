package corpus

import (
	"strings"
	"testing"
)

// A story that lists who was sanctioned in a pipe table gives the firms,
// their towns and roles only there: the rows are content, read as prose
// sentences a citation can quote, never dropped as a "a | b | c" menu bar.
func TestMarkdownTableRowsAreContent(t *testing.T) {
	md := "---\nid: t-table\ntitle: Treasury lists shipping firms\nlang: en\npublished: 2026-01-05\n---\n" +
		"Share: X | Facebook | Email\n\n" +
		"WASHINGTON - The Treasury on Monday sanctioned two firms it said shipped drone engines to Russia.\n\n" +
		"| Firm | City | Role |\n|:---|---|---|\n" +
		"| Orchid Freight | Trabzon, Turkey | freight forwarder |\n" +
		"| **Delta Rotor** | Ajman, UAE | broker |\n\n" +
		"The firms did not reply to requests for comment.\n"
	a, err := Parse("t.md", []byte(md))
	if err != nil {
		t.Fatal(err)
	}
	got := ContentText(a.Body)
	for _, want := range []string{
		"Firm: Orchid Freight; City: Trabzon, Turkey; Role: freight forwarder.",
		"Firm: Delta Rotor; City: Ajman, UAE; Role: broker.",
		"The firms did not reply",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("content lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "|") || strings.Contains(got, "Facebook") {
		t.Errorf("table syntax or the share bar left in the content:\n%s", got)
	}
}
