package bot

import (
	"html"
	"net/url"
	"strings"

	"github.com/detente/detente/answer"
	"github.com/detente/detente/prompts"
)

// alsoReported is "also reported by Outlet, Outlet" for a cited story's
// other reports, each outlet linked to its own article (a reader may trust
// one outlet more than another), or "" when the story had one report. The
// plain form writes each link after its outlet. Past the first
// digestAlsoOutlets it ends in "…": a wire story can be on fifty sites,
// and the line must leave room in the message.
func alsoReported(also []answer.Outlet, lang string) (htmlText, plain string) {
	if len(also) == 0 {
		return "", ""
	}
	var hs, ps []string
	for i, o := range also {
		if i == digestAlsoOutlets {
			hs, ps = append(hs, "…"), append(ps, "…")
			break
		}
		name := outletName(o)
		h, p := html.EscapeString(name), name
		if safeURL(o.URL) {
			h = `<a href="` + html.EscapeString(o.URL) + `">` + h + `</a>`
			p += " " + o.URL
		}
		hs = append(hs, h)
		ps = append(ps, p)
	}
	// The template's %s is filled after escaping, so only the links are markup.
	tmpl := html.EscapeString(prompts.T(lang, "bot.sources.also", "\x00"))
	return strings.Replace(tmpl, "\x00", strings.Join(hs, ", "), 1),
		prompts.T(lang, "bot.sources.also", strings.Join(ps, ", "))
}

// outletName names a report by its outlet, else its link's host, else its
// headline.
func outletName(o answer.Outlet) string {
	if s := strings.TrimSpace(o.Source); s != "" {
		return s
	}
	if u, err := url.Parse(o.URL); err == nil && u.Hostname() != "" {
		return strings.TrimPrefix(u.Hostname(), "www.")
	}
	if t := strings.TrimSpace(o.Title); t != "" {
		return t
	}
	return o.ArticleID
}
