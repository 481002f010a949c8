package corpus

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/url"
	"strings"
	"time"

	readability "codeberg.org/readeck/go-readability"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// maxHTMLElements bounds the DOM readability scores. Its scoring walks the
// tree several times; a 5 MiB page of empty <div>s would take seconds.
const maxHTMLElements = 60000

// parseHTML extracts the main text and metadata of an HTML page.
// contentType is the HTTP Content-Type header ("" for a file), pageURL the
// page's address (nil for a file).
func parseHTML(data []byte, contentType string, pageURL *url.URL) (Article, error) {
	text, err := decodeHTML(data, contentType)
	if err != nil {
		return Article{}, err
	}
	doc, err := html.Parse(strings.NewReader(text))
	if err != nil {
		return Article{}, fmt.Errorf("read html: %w", err)
	}
	meta := readPageMeta(doc)
	art, err := extractMain(doc, pageURL)
	if err != nil {
		return Article{}, err
	}
	body := dropByline(Normalize(art.TextContent), art.Byline)
	if body == "" {
		return Article{}, ErrEmpty
	}
	a := Article{
		Title:  firstNonEmpty(meta.ogTitle, art.Title, meta.jsonTitle, meta.title),
		Source: firstNonEmpty(meta.siteName, meta.publisher, art.SiteName),
		Body:   body,
	}
	a.Title = trimSiteSuffix(oneLine(a.Title), a.Source)
	if a.Source == "" && pageURL != nil {
		a.Source = strings.TrimPrefix(strings.ToLower(pageURL.Hostname()), "www.")
	}
	a.Published = meta.published
	if a.Published.IsZero() && art.PublishedTime != nil {
		a.Published = *art.PublishedTime
	}
	if a.Lang = DetectLang(body); a.Lang == "" {
		// The lang attribute is often a template default, so it only
		// breaks a tie the text itself could not.
		a.Lang, _ = cleanLang(firstNonEmpty(meta.lang, art.Language))
	}
	switch {
	case pageURL != nil:
		a.URL = pageURL.String()
	case meta.canonical != "":
		a.URL = meta.canonical // a saved page still knows where it came from
	}
	return a, nil
}

// dropByline removes a leading "By Jane Roe" paragraph: the byline is
// metadata, and as the first sentence of the first chunk it would be cited.
func dropByline(body, byline string) string {
	byline = strings.TrimSpace(byline)
	if byline == "" {
		return body
	}
	first, rest, ok := strings.Cut(body, "\n")
	f := strings.TrimSpace(first)
	if ok && (strings.EqualFold(f, byline) || strings.EqualFold(f, "By "+byline)) {
		return strings.TrimSpace(rest)
	}
	return body
}

// extractMain runs readability on doc. Readability is a large heuristic
// port; a page that trips a bug in it must fail this one article, not the
// process that is ingesting a hundred.
func extractMain(doc *html.Node, pageURL *url.URL) (art readability.Article, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("extract main text: readability failed: %v", r)
		}
	}()
	p := readability.NewParser()
	p.MaxElemsToParse = maxHTMLElements
	art, err = p.ParseAndMutate(doc, pageURL)
	if err != nil {
		if strings.Contains(err.Error(), "too large") {
			return art, fmt.Errorf("%w: %v", ErrTooLarge, err)
		}
		return art, fmt.Errorf("extract main text: %w", err)
	}
	return art, nil
}

// decodeHTML converts an HTML document to UTF-8 using, in order, the BOM,
// the Content-Type charset, the <meta charset> prescan, and UTF-8 validity
// (windows-1252 otherwise, as browsers do), then rejects binary data.
func decodeHTML(data []byte, contentType string) (string, error) {
	if i := bytes.IndexByte(data, 0); i >= 0 && !bytes.HasPrefix(data, []byte{0xff, 0xfe}) && !bytes.HasPrefix(data, []byte{0xfe, 0xff}) {
		return "", fmt.Errorf("%w: NUL byte at offset %d", ErrBinary, i)
	}
	enc, name, _ := charset.DetermineEncoding(data, contentType)
	var s string
	if name == "utf-8" {
		s = string(bytes.TrimPrefix(data, []byte{0xef, 0xbb, 0xbf}))
	} else {
		dec, err := enc.NewDecoder().Bytes(data)
		if err != nil {
			return "", fmt.Errorf("%w: cannot decode as %s: %v", ErrBinary, name, err)
		}
		s = string(dec)
	}
	if err := checkText(s); err != nil {
		return "", err
	}
	return s, nil
}

// pageMeta is what the page says about itself outside the article text.
type pageMeta struct {
	title, ogTitle, jsonTitle string
	siteName, publisher       string
	lang                      string
	canonical                 string
	published                 time.Time
}

// readPageMeta collects metadata readability does not expose or exposes
// less reliably: og:site_name, article:published_time, JSON-LD
// datePublished in any schema.org type, <time datetime>, the canonical
// link. Dates are tried in order of how deliberately a publisher set them.
func readPageMeta(doc *html.Node) pageMeta {
	var m pageMeta
	var metaDate, jsonDate, itempropDate, nameDate, timeDate string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "html":
				m.lang = attr(n, "lang")
			case "title":
				if m.title == "" && n.FirstChild != nil {
					m.title = n.FirstChild.Data
				}
			case "link":
				if strings.EqualFold(attr(n, "rel"), "canonical") && m.canonical == "" {
					m.canonical = absoluteHTTP(attr(n, "href"))
				}
			case "meta":
				content := strings.TrimSpace(attr(n, "content"))
				prop := strings.ToLower(attr(n, "property"))
				name := strings.ToLower(attr(n, "name"))
				switch {
				case prop == "og:site_name" && m.siteName == "":
					m.siteName = content
				case prop == "og:title" && m.ogTitle == "":
					m.ogTitle = content
				case prop == "og:url" && m.canonical == "":
					m.canonical = absoluteHTTP(content)
				case (prop == "article:published_time" || name == "article:published_time") && metaDate == "":
					metaDate = content
				case (name == "pubdate" || name == "publishdate" || name == "date" || name == "dc.date.issued" ||
					name == "dcterms.created" || name == "parsely-pub-date") && nameDate == "":
					nameDate = content
				}
				if attr(n, "itemprop") == "datePublished" && itempropDate == "" {
					itempropDate = content
				}
			case "time":
				if d := attr(n, "datetime"); d != "" {
					if attr(n, "itemprop") == "datePublished" && itempropDate == "" {
						itempropDate = d
					}
					if timeDate == "" {
						timeDate = d
					}
				}
			case "script":
				if strings.EqualFold(attr(n, "type"), "application/ld+json") && n.FirstChild != nil {
					readJSONLD(n.FirstChild.Data, &m, &jsonDate)
				}
				return
			case "style", "svg", "noscript":
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	for _, d := range []string{metaDate, jsonDate, itempropDate, nameDate, timeDate} {
		if t, err := parseWebDate(d); err == nil {
			m.published = t
			break
		}
	}
	m.title = strings.TrimSpace(m.title)
	return m
}

// readJSONLD takes the first datePublished, headline and publisher name
// found anywhere in a JSON-LD block (objects, arrays, @graph).
func readJSONLD(src string, m *pageMeta, date *string) {
	src = strings.TrimSpace(src)
	src = strings.TrimSuffix(strings.TrimPrefix(src, "<![CDATA["), "]]>")
	var v any
	if json.Unmarshal([]byte(src), &v) != nil {
		return
	}
	var visit func(v any, depth int)
	visit = func(v any, depth int) {
		if depth > 8 {
			return
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				visit(e, depth+1)
			}
		case map[string]any:
			if s, ok := x["datePublished"].(string); ok && *date == "" {
				*date = s
			}
			if s, ok := x["headline"].(string); ok && m.jsonTitle == "" {
				m.jsonTitle = s
			}
			if p, ok := x["publisher"].(map[string]any); ok && m.publisher == "" {
				if s, ok := p["name"].(string); ok {
					m.publisher = strings.TrimSpace(s)
				}
			}
			if g, ok := x["@graph"]; ok {
				visit(g, depth+1)
			}
		}
	}
	visit(v, 0)
}

// parseWebDate parses the date formats found in page metadata.
func parseWebDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, fmt.Errorf("no date")
	}
	if t, err := parseDate(s); err == nil {
		return t, nil
	}
	for _, layout := range []string{time.RFC1123Z, time.RFC1123, "2006-01-02T15:04:05.000Z0700", "2006/01/02", "02/01/2006", "2006-01-02T15:04:05-0700"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("date %q: unknown format", s)
}

// trimSiteSuffix removes " | Outlet" or " - Outlet" from a page title.
func trimSiteSuffix(title, site string) string {
	if site == "" {
		return title
	}
	for _, sep := range []string{" | ", " - ", " – ", " — ", " :: "} {
		if t, ok := strings.CutSuffix(title, sep+site); ok && strings.TrimSpace(t) != "" {
			return strings.TrimSpace(t)
		}
	}
	return title
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// absoluteHTTP returns s if it is an absolute http(s) URL, else "".
func absoluteHTTP(s string) string {
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return u.String()
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}
