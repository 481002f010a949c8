package digest

import (
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"

	"github.com/detente/detente/store"
)

// defaultMinute is 08:00, the time /subscribe uses when none is given.
const defaultMinute = 8 * 60

const dateLayout = "2006-01-02"

// defaultZone is the zone a user without one gets: Telegram never tells a
// bot where its users are, so guess from the language and say so in the reply.
func defaultZone(lang string) string {
	switch lang {
	case "vi":
		return "Asia/Ho_Chi_Minh"
	case "ru":
		return "Europe/Moscow"
	}
	return "UTC"
}

// parseClock reads a time of day, "7:30", "07:30" or "07.30". looks reports
// whether s has the shape of a time at all (so "25:00" is a bad time, not a
// topic word).
func parseClock(s string) (minute int, looks, ok bool) {
	sep := strings.IndexAny(s, ":.")
	if sep < 1 || sep > 2 || len(s)-sep-1 != 2 {
		return 0, false, false
	}
	h, m := s[:sep], s[sep+1:]
	if !allDigits(h) || !allDigits(m) {
		return 0, false, false
	}
	hh := atoi(h)
	mm := atoi(m)
	if hh > 23 || mm > 59 {
		return 0, true, false
	}
	return hh*60 + mm, true, true
}

func allDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

func atoi(s string) int {
	n := 0
	for _, r := range s {
		n = n*10 + int(r-'0')
	}
	return n
}

func formatClock(minute int) string { return fmt.Sprintf("%02d:%02d", minute/60, minute%60) }

// zoneAbbrevs are abbreviations people type for a zone. Go would load some of
// them (EST is a fixed UTC-5 zone) and silently ignore daylight saving, so
// they are refused with a pointer to the IANA names.
var zoneAbbrevs = map[string]bool{
	"EST": true, "EDT": true, "CST": true, "CDT": true, "MST": true, "MDT": true, "PST": true, "PDT": true,
	"AKST": true, "HST": true, "MSK": true, "ICT": true, "CET": true, "CEST": true, "EET": true, "EEST": true,
	"WET": true, "WEST": true, "BST": true, "IST": true, "JST": true, "KST": true, "HKT": true, "SGT": true,
	"AEST": true, "AEDT": true, "WIB": true, "PHT": true,
}

// zoneShape tells what kind of token s is: a zone name candidate (has a
// slash, or is UTC/GMT), an abbreviation or offset we refuse, or neither.
func zoneShape(s string) (candidate, refused bool) {
	u := strings.ToUpper(s)
	switch {
	case u == "UTC" || u == "GMT" || u == "Z":
		return true, false
	case zoneAbbrevs[u]:
		return false, true
	case (strings.HasPrefix(u, "UTC") || strings.HasPrefix(u, "GMT")) && len(u) > 3 && strings.ContainsAny(u[3:4], "+-"):
		return false, true
	case strings.HasPrefix(s, "+") || strings.HasPrefix(s, "-"):
		return false, true
	case strings.Contains(s, "/"):
		return true, false
	}
	return false, false
}

var errUnknownZone = errors.New("unknown time zone")

// resolveZone loads an IANA zone, forgiving letter case ("asia/ho_chi_minh"),
// and returns its canonical spelling.
func resolveZone(name string) (string, *time.Location, error) {
	if u := strings.ToUpper(name); u == "UTC" || u == "GMT" || u == "Z" || u == "ETC/UTC" {
		return "UTC", time.UTC, nil
	}
	if !strings.Contains(name, "/") || len(name) > 64 || strings.ContainsAny(name, " \\") {
		return "", nil, errUnknownZone
	}
	for _, cand := range []string{name, titleZone(name)} {
		if loc, err := time.LoadLocation(cand); err == nil {
			return cand, loc, nil
		}
	}
	return "", nil, errUnknownZone
}

// titleZone capitalises each part of a zone name: "america/new_york" ->
// "America/New_York". Parts like "Port-au-Prince" stay out of reach, which
// is fine: the exact spelling always works.
func titleZone(name string) string {
	b := []rune(strings.ToLower(name))
	up := true
	for i, r := range b {
		if up && unicode.IsLetter(r) {
			b[i] = unicode.ToUpper(r)
		}
		up = r == '/' || r == '_' || r == '-'
	}
	return string(b)
}

// location returns the zone, cached: loading one parses tzdata.
func (s *Service) location(name string) (*time.Location, error) {
	s.locMu.Lock()
	defer s.locMu.Unlock()
	if loc, ok := s.locs[name]; ok {
		return loc, nil
	}
	_, loc, err := resolveZone(name)
	if err != nil {
		return nil, fmt.Errorf("time zone %q: %w", name, err)
	}
	s.locs[name] = loc
	return loc, nil
}

// dueOn is the instant of the digest for the local date of day in loc.
// A local time that happens twice (autumn) is taken once, as time.Date picks
// it; the ledger's one-row-per-date rule makes that one delivery either way.
// A local time that does not exist (the spring gap: 02:30 when clocks jump
// from 02:00 to 03:00) is due at the first instant after it, the jump (03:00):
// time.Date alone may pick an instant an hour early (01:30).
func dueOn(day time.Time, minute int, loc *time.Location) time.Time {
	y, m, d := day.Date()
	t := time.Date(y, m, d, minute/60, minute%60, 0, 0, loc)
	want := time.Date(y, m, d, minute/60, minute%60, 0, 0, time.UTC) // wall clocks compared as UTC
	got := time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), 0, 0, time.UTC)
	switch start, end := t.ZoneBounds(); {
	case got.Before(want):
		return end // the jump happens at the end of t's zone
	case got.After(want):
		return start // t is already past the jump, which began its zone
	}
	return t
}

// owed reports whether sub is owed a digest at now, and for which local date.
// A date is owed when its time has come, it is not in the ledger yet and the
// time is not before ScheduleFrom. Only today's date is ever owed: a day the
// process missed entirely is not caught up (the next digest covers it).
func owed(sub store.Subscription, now time.Time, loc *time.Location) (date string, at time.Time, ok bool) {
	local := now.In(loc)
	at = dueOn(local, sub.Minute, loc)
	date = local.Format(dateLayout)
	if date <= sub.LastLocalDate || now.Before(at) || at.Before(sub.ScheduleFrom) {
		return "", time.Time{}, false
	}
	return date, at, true
}

// nextDelivery is when sub's next digest goes out: now when one is owed,
// else the first later local date that is not in the ledger.
func nextDelivery(sub store.Subscription, now time.Time, loc *time.Location) time.Time {
	if _, _, ok := owed(sub, now, loc); ok {
		return now
	}
	local := now.In(loc)
	for i := 0; i < 4; i++ {
		day := time.Date(local.Year(), local.Month(), local.Day()+i, 12, 0, 0, 0, loc)
		at := dueOn(day, sub.Minute, loc)
		if day.Format(dateLayout) <= sub.LastLocalDate || at.Before(sub.ScheduleFrom) || !at.After(now) {
			continue
		}
		return at
	}
	// Unreachable in practice: LastLocalDate is at most a day or two ahead
	// after a zone change.
	return dueOn(time.Date(local.Year(), local.Month(), local.Day()+4, 12, 0, 0, 0, loc), sub.Minute, loc)
}
