package faketg

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// allowedTags are the tags Telegram's HTML parse mode accepts.
var allowedTags = map[string]bool{
	"b": true, "strong": true, "i": true, "em": true, "u": true, "ins": true,
	"s": true, "strike": true, "del": true, "span": true, "tg-spoiler": true,
	"a": true, "code": true, "pre": true, "blockquote": true, "tg-emoji": true,
}

// parseHTML validates text the way Telegram's HTML parse mode does and
// returns the visible text. Errors read like Telegram's so tests can compare.
// It is strict where Telegram's documentation is ("all <, > and & symbols
// that are not a part of a tag or an HTML entity must be replaced"), which
// catches escaping bugs that Telegram would sometimes let through.
func parseHTML(text string) (string, error) {
	var out strings.Builder
	var stack []string
	i := 0
	for i < len(text) {
		c := text[i]
		switch c {
		case '<':
			end := strings.IndexByte(text[i:], '>')
			if end < 0 {
				return "", fmt.Errorf("Unclosed start tag at byte offset %d", i)
			}
			tag := text[i+1 : i+end]
			if strings.HasPrefix(tag, "/") {
				name := strings.ToLower(strings.TrimSpace(tag[1:]))
				if len(stack) == 0 {
					return "", fmt.Errorf("Unexpected end tag at byte offset %d", i)
				}
				if top := stack[len(stack)-1]; top != name {
					return "", fmt.Errorf("Unmatched end tag at byte offset %d, expected \"</%s>\", found \"</%s>\"", i, top, name)
				}
				stack = stack[:len(stack)-1]
			} else {
				name, attrs, _ := strings.Cut(tag, " ")
				name = strings.ToLower(name)
				if !allowedTags[name] {
					return "", fmt.Errorf("Unsupported start tag \"%s\" at byte offset %d", name, i)
				}
				if err := checkAttrs(name, attrs, i); err != nil {
					return "", err
				}
				stack = append(stack, name)
			}
			i += end + 1
		case '>':
			return "", fmt.Errorf("Unexpected \">\" at byte offset %d: escape it as &gt;", i)
		case '&':
			end := strings.IndexByte(text[i:], ';')
			if end < 0 || end > 10 {
				return "", fmt.Errorf("Character entity expected at byte offset %d", i)
			}
			ent := text[i+1 : i+end]
			r, err := entity(ent)
			if err != nil {
				return "", fmt.Errorf("%v at byte offset %d", err, i)
			}
			out.WriteString(r)
			i += end + 1
		default:
			_, size := utf8.DecodeRuneInString(text[i:])
			out.WriteString(text[i : i+size])
			i += size
		}
	}
	if len(stack) > 0 {
		return "", fmt.Errorf("Can't find end tag corresponding to start tag \"%s\"", stack[len(stack)-1])
	}
	return out.String(), nil
}

func checkAttrs(name, attrs string, off int) error {
	attrs = strings.TrimSpace(attrs)
	switch name {
	case "a":
		if len(attrs) < len(`href=""`) || !strings.HasPrefix(attrs, "href=\"") || !strings.HasSuffix(attrs, "\"") {
			return fmt.Errorf("Tag \"a\" must have attribute href at byte offset %d", off)
		}
		if strings.ContainsAny(attrs[6:len(attrs)-1], "\"<>") {
			return fmt.Errorf("Unclosed attribute value at byte offset %d", off)
		}
	case "span":
		if attrs != `class="tg-spoiler"` {
			return fmt.Errorf("Tag \"span\" must have class \"tg-spoiler\" at byte offset %d", off)
		}
	case "blockquote":
		if attrs != "" && attrs != "expandable" {
			return fmt.Errorf("Unsupported attribute at byte offset %d", off)
		}
	case "code", "pre", "tg-emoji":
	default:
		if attrs != "" {
			return fmt.Errorf("Unsupported attribute at byte offset %d", off)
		}
	}
	return nil
}

func entity(ent string) (string, error) {
	switch ent {
	case "lt":
		return "<", nil
	case "gt":
		return ">", nil
	case "amp":
		return "&", nil
	case "quot":
		return "\"", nil
	}
	if strings.HasPrefix(ent, "#") {
		num := ent[1:]
		base := 10
		if strings.HasPrefix(num, "x") || strings.HasPrefix(num, "X") {
			num, base = num[1:], 16
		}
		n, err := strconv.ParseInt(num, base, 32)
		if err == nil && utf8.ValidRune(rune(n)) {
			return string(rune(n)), nil
		}
	}
	return "", fmt.Errorf("Unsupported HTML entity \"&%s;\"", ent)
}

// CheckHTML validates text as Telegram's HTML parse mode would and returns
// the visible text, so formatters can be tested (and fuzzed) without a server.
func CheckHTML(text string) (string, error) { return parseHTML(text) }
