package digest

import (
	"errors"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/detente/detente/store"
)

func TestParseSubscribe(t *testing.T) {
	tests := []struct {
		args    string
		minute  int // -1: not given
		zone    string
		topic   string
		errKey  string
		errArgs []any
	}{
		{args: "", minute: -1},
		{args: "07:30", minute: 450},
		{args: "7:30", minute: 450},
		{args: "07.30", minute: 450},
		{args: "00:00", minute: 0},
		{args: "23:59", minute: 1439},
		{args: "07:30 Europe/Moscow", minute: 450, zone: "Europe/Moscow"},
		{args: "Europe/Moscow 07:30", minute: 450, zone: "Europe/Moscow"},
		{args: "07:30 Europe/Moscow sanctions", minute: 450, zone: "Europe/Moscow", topic: "sanctions"},
		{args: "  sanctions   07:30  ", minute: 450, topic: "sanctions"},
		{args: "asia/ho_chi_minh", minute: -1, zone: "Asia/Ho_Chi_Minh"},
		{args: "AMERICA/NEW_YORK", minute: -1, zone: "America/New_York"},
		{args: "utc", minute: -1, zone: "UTC"},
		{args: "06:00 trừng phạt ngân hàng", minute: 360, topic: "trừng phạt ngân hàng"},
		{args: "2025 NATO", minute: -1, topic: "2025 NATO"}, // a year is not a time
		{args: "25:00", errKey: "digest.sub.err_time", errArgs: []any{"25:00"}},
		{args: "07:60", errKey: "digest.sub.err_time", errArgs: []any{"07:60"}},
		{args: "07:00 08:00", errKey: "digest.sub.err_two_times", errArgs: []any{"07:00", "08:00"}},
		{args: "Asia/Hanoi", errKey: "digest.sub.err_zone", errArgs: []any{"Asia/Hanoi"}},
		{args: "../../etc/passwd", errKey: "digest.sub.err_zone", errArgs: []any{"../../etc/passwd"}},
		{args: "07:00 EST", errKey: "digest.sub.err_zone_abbrev", errArgs: []any{"EST"}},
		{args: "UTC+7", errKey: "digest.sub.err_zone_abbrev", errArgs: []any{"UTC+7"}},
		{args: "+07:00", errKey: "digest.sub.err_zone_abbrev", errArgs: []any{"+07:00"}},
		{args: "Europe/Moscow Asia/Tokyo", errKey: "digest.sub.err_two_zones", errArgs: []any{"Europe/Moscow", "Asia/Tokyo"}},
		{args: "!!! ???", errKey: "digest.sub.err_topic_empty", errArgs: []any{"!!! ???"}},
		{args: strings.Repeat("a ", 51), errKey: "digest.sub.err_topic_long", errArgs: []any{maxTopicRunes}},
	}
	for _, tt := range tests {
		t.Run(tt.args, func(t *testing.T) {
			got, err := parseSubscribe(tt.args)
			if tt.errKey != "" {
				var ae *argError
				if !errors.As(err, &ae) || ae.key != tt.errKey {
					t.Fatalf("err = %v, want %s", err, tt.errKey)
				}
				if len(ae.args) != len(tt.errArgs) {
					t.Fatalf("err args %v, want %v", ae.args, tt.errArgs)
				}
				for i := range ae.args {
					if ae.args[i] != tt.errArgs[i] {
						t.Fatalf("err args %v, want %v", ae.args, tt.errArgs)
					}
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			minute := -1
			if got.hasMinute {
				minute = got.minute
			}
			if minute != tt.minute || got.zone != tt.zone || got.topic != tt.topic {
				t.Fatalf("got minute=%d zone=%q topic=%q, want %d %q %q", minute, got.zone, got.topic, tt.minute, tt.zone, tt.topic)
			}
		})
	}
}

// FuzzParseSubscribe: whatever a user types, parsing never panics, and what
// it accepts is a valid schedule that reads back the same.
func FuzzParseSubscribe(f *testing.F) {
	for _, s := range []string{"", "07:30 Europe/Moscow sanctions", "25:00", "asia/ho_chi_minh", "EST", "9:05 UTC ", "Ａ/Ｂ 1:1",
		"07:30\tAmerica/New_York\ntrừng phạt", "Etc/GMT-7", "/", "0:00 +05:30", "a/b/c/d/e/f"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, args string) {
		got, err := parseSubscribe(args)
		if err != nil {
			var ae *argError
			if !errors.As(err, &ae) || !strings.HasPrefix(ae.key, "digest.sub.err_") {
				t.Fatalf("error is not a user-facing argument error: %v", err)
			}
			return
		}
		if got.hasMinute && (got.minute < 0 || got.minute >= 24*60) {
			t.Fatalf("minute %d out of range", got.minute)
		}
		if got.zone != "" {
			if _, err := time.LoadLocation(got.zone); err != nil {
				t.Fatalf("accepted zone %q does not load: %v", got.zone, err)
			}
		}
		if utf8.RuneCountInString(got.topic) > maxTopicRunes {
			t.Fatalf("topic of %d runes accepted", utf8.RuneCountInString(got.topic))
		}
		// The canonical form parses to the same request.
		canon := []string{}
		if got.hasMinute {
			canon = append(canon, formatClock(got.minute))
		}
		if got.zone != "" {
			canon = append(canon, got.zone)
		}
		if got.topic != "" {
			canon = append(canon, got.topic)
		}
		again, err := parseSubscribe(strings.Join(canon, " "))
		if err != nil || again != got {
			t.Fatalf("canonical form %q parsed to %+v, %v; want %+v", strings.Join(canon, " "), again, err, got)
		}
	})
}

func mustLoc(t testing.TB, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

func TestOwedAcrossDaylightSaving(t *testing.T) {
	ny := mustLoc(t, "America/New_York")
	since := time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)
	sub := func(minute int, last string) store.Subscription {
		return store.Subscription{Minute: minute, TZ: "America/New_York", ScheduleFrom: since, LastLocalDate: last}
	}
	tests := []struct {
		name     string
		sub      store.Subscription
		now      time.Time
		wantDate string
		wantAt   time.Time // zero: not owed
	}{
		// 08:00 EST is 13:00 UTC the day before the change, 12:00 UTC after it.
		{"EST before time", sub(480, ""), time.Date(2025, 3, 8, 12, 59, 0, 0, time.UTC), "", time.Time{}},
		{"EST at time", sub(480, ""), time.Date(2025, 3, 8, 13, 0, 0, 0, time.UTC), "2025-03-08", time.Date(2025, 3, 8, 13, 0, 0, 0, time.UTC)},
		{"EDT at time", sub(480, "2025-03-08"), time.Date(2025, 3, 9, 12, 0, 0, 0, time.UTC), "2025-03-09", time.Date(2025, 3, 9, 12, 0, 0, 0, time.UTC)},
		{"EDT already sent", sub(480, "2025-03-09"), time.Date(2025, 3, 9, 18, 0, 0, 0, time.UTC), "", time.Time{}},
		// 02:30 does not exist on 9 March in New York: due when the clocks
		// jump to 03:00 EDT (07:00 UTC), not at 01:30 EST as time.Date says.
		{"spring gap early", sub(150, "2025-03-08"), time.Date(2025, 3, 9, 6, 59, 0, 0, time.UTC), "", time.Time{}},
		{"spring gap", sub(150, "2025-03-08"), time.Date(2025, 3, 9, 7, 0, 0, 0, time.UTC), "2025-03-09", time.Date(2025, 3, 9, 7, 0, 0, 0, time.UTC)},
		{"spring gap 02:00", sub(120, "2025-03-08"), time.Date(2025, 3, 9, 7, 0, 0, 0, time.UTC), "2025-03-09", time.Date(2025, 3, 9, 7, 0, 0, 0, time.UTC)},
		{"just after the gap", sub(180, "2025-03-08"), time.Date(2025, 3, 9, 7, 0, 0, 0, time.UTC), "2025-03-09", time.Date(2025, 3, 9, 7, 0, 0, 0, time.UTC)},
		{"catch-up later the same day", sub(480, "2025-03-08"), time.Date(2025, 3, 9, 22, 0, 0, 0, time.UTC), "2025-03-09", time.Date(2025, 3, 9, 12, 0, 0, 0, time.UTC)},
		// 01:00 local on the 10th: the 9th is over, the 10th's time has not come.
		{"missed day not caught up", sub(480, "2025-03-08"), time.Date(2025, 3, 10, 5, 0, 0, 0, time.UTC), "", time.Time{}},
		{"time before subscribing", store.Subscription{Minute: 480, TZ: "America/New_York",
			ScheduleFrom: time.Date(2025, 3, 9, 14, 0, 0, 0, time.UTC)}, time.Date(2025, 3, 9, 15, 0, 0, 0, time.UTC), "", time.Time{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			date, at, ok := owed(tt.sub, tt.now, ny)
			if ok != !tt.wantAt.IsZero() || date != tt.wantDate || !at.Equal(tt.wantAt) {
				t.Fatalf("owed = %q %v %v, want %q %v", date, at, ok, tt.wantDate, tt.wantAt)
			}
		})
	}
}

// TestDueOnIsAlwaysOnItsDate checks every time of day on every day of a
// year in zones with unusual rules: the due instant is on the requested
// local date, never before the nominal time, and at it when it exists.
func TestDueOnIsAlwaysOnItsDate(t *testing.T) {
	for _, zone := range []string{"America/New_York", "Europe/Berlin", "Australia/Lord_Howe", "America/Santiago", "Asia/Ho_Chi_Minh"} {
		loc := mustLoc(t, zone)
		for d := time.Date(2025, 1, 1, 12, 0, 0, 0, loc); d.Year() == 2025; d = d.AddDate(0, 0, 1) {
			// Every quarter hour on the days the offset changes (and the
			// days around them); a few times on ordinary days.
			_, before := time.Date(d.Year(), d.Month(), d.Day()-1, 0, 0, 0, 0, loc).Zone()
			_, after := time.Date(d.Year(), d.Month(), d.Day()+2, 0, 0, 0, 0, loc).Zone()
			step := 15
			if before == after {
				step = 6 * 60
			}
			for minute := 0; minute < 24*60; minute += step {
				due := dueOn(d, minute, loc)
				local := due.In(loc)
				if local.Format(dateLayout) != d.Format(dateLayout) {
					t.Fatalf("%s %s %s: due on %s", zone, d.Format(dateLayout), formatClock(minute), local)
				}
				wall := local.Hour()*60 + local.Minute()
				if wall < minute {
					t.Fatalf("%s %s %s: due early, at %s", zone, d.Format(dateLayout), formatClock(minute), local)
				}
				if wall > minute { // the nominal time did not exist: due right at the jump
					prev := due.Add(-time.Minute).In(loc)
					if prev.Format(dateLayout) == d.Format(dateLayout) && prev.Hour()*60+prev.Minute() >= minute {
						t.Fatalf("%s %s %s: due at %s, later than the jump", zone, d.Format(dateLayout), formatClock(minute), local)
					}
				}
			}
		}
	}
}

func TestNextDelivery(t *testing.T) {
	hcm := mustLoc(t, "Asia/Ho_Chi_Minh")
	at := func(d, h, m int) time.Time { return time.Date(2025, 3, d, h, m, 0, 0, hcm) }
	tests := []struct {
		name string
		sub  store.Subscription
		now  time.Time
		want time.Time
	}{
		{"subscribed before the time: today", store.Subscription{Minute: 480, ScheduleFrom: at(9, 7, 0)}, at(9, 7, 0), at(9, 8, 0)},
		{"subscribed after the time: tomorrow", store.Subscription{Minute: 480, ScheduleFrom: at(9, 10, 0)}, at(9, 10, 0), at(10, 8, 0)},
		{"delivered today: tomorrow", store.Subscription{Minute: 480, ScheduleFrom: at(1, 0, 0), LastLocalDate: "2025-03-09"}, at(9, 9, 0), at(10, 8, 0)},
		{"owed now", store.Subscription{Minute: 480, ScheduleFrom: at(1, 0, 0), LastLocalDate: "2025-03-08"}, at(9, 9, 0), at(9, 9, 0)},
		// Moved from a zone ahead: the ledger already has tomorrow's date.
		{"zone change collision", store.Subscription{Minute: 480, ScheduleFrom: at(9, 20, 0), LastLocalDate: "2025-03-10"}, at(9, 20, 0), at(11, 8, 0)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := nextDelivery(tt.sub, tt.now, hcm); !got.Equal(tt.want) {
				t.Fatalf("next = %v, want %v", got.In(hcm), tt.want)
			}
		})
	}
}

func TestResolveZone(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Asia/Ho_Chi_Minh", "Asia/Ho_Chi_Minh"},
		{"asia/ho_chi_minh", "Asia/Ho_Chi_Minh"},
		{"Asia/Saigon", "Asia/Saigon"},
		{"europe/moscow", "Europe/Moscow"},
		{"America/Port-au-Prince", "America/Port-au-Prince"},
		{"Etc/GMT-7", "Etc/GMT-7"},
		{"UTC", "UTC"},
		{"gmt", "UTC"},
		{"Local", ""},
		{"", ""},
		{"Moscow", ""},
		{"Mars/Olympus_Mons", ""},
		{"Europe/Moscow ", ""},
	} {
		t.Run(tt.in, func(t *testing.T) {
			got, loc, err := resolveZone(tt.in)
			if tt.want == "" {
				if err == nil {
					t.Fatalf("accepted as %q", got)
				}
				return
			}
			if err != nil || got != tt.want || loc == nil {
				t.Fatalf("got %q %v, want %q", got, err, tt.want)
			}
		})
	}
}

func TestTopicFilter(t *testing.T) {
	expand := func(s string) []string {
		if foldWords(s)[0] == "sanctions" {
			return []string{"trừng phạt"}
		}
		return nil
	}
	tests := []struct {
		topic, title, body string
		expand             func(string) []string
		want               bool
	}{
		{"sanctions", "US extends sanctions", "", nil, true},
		{"Sanctions", "", "New SANCTIONS, announced", nil, true},
		{"sanction", "", "The sanctioned banks", nil, true},
		{"sanctions", "", "The sanctioned banks", nil, true},
		{"talks", "", "They talked", nil, true},
		{"negotiations", "", "They were negotiating", nil, true},
		{"санкции", "", "Новый пакет санкций", nil, true},
		{"talks", "", "a talkshow host", nil, false},
		{"sanctions", "", "sanctimonious", nil, false},
		{"sanctions", "Mỹ gia hạn trừng phạt", "ngân hàng Nga", nil, false},
		{"sanctions", "Mỹ gia hạn trừng phạt", "ngân hàng Nga", expand, true},
		{"trung phat", "Mỹ gia hạn trừng phạt", "", nil, true},
		{"nga", "", "ngày 5 tháng 3", nil, false}, // short words match whole
		{"arms control", "New START and arms", "control of warheads", nil, true},
		{"arms control", "New START", "control of warheads", nil, false},
		{"", "anything", "", nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.topic+"/"+tt.title, func(t *testing.T) {
			f := newTopicFilter(tt.topic, tt.expand)
			a := articleFor(tt.title, tt.body)
			if got := f.match(a); got != tt.want {
				t.Fatalf("match = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestScheduledWindow(t *testing.T) {
	s := New(nil, nil, Options{})
	at := time.Date(2025, 3, 10, 8, 30, 0, 0, time.UTC)
	end := time.Date(2025, 3, 10, 8, 0, 0, 0, time.UTC) // rounded down to the hour
	tests := []struct {
		name      string
		lastEnd   time.Time
		wantStart time.Time
	}{
		{"first digest: the last 24 hours", time.Time{}, end.Add(-24 * time.Hour)},
		{"from the last delivered digest", end.Add(-49 * time.Hour), end.Add(-49 * time.Hour)},
		{"at most a week back", end.Add(-30 * 24 * time.Hour), end.Add(-7 * 24 * time.Hour)},
		{"time moved earlier after a delivery: empty", end.Add(time.Hour), end},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := s.scheduledWindow(store.Subscription{LastWindowEnd: tt.lastEnd}, at)
			if !w.start.Equal(tt.wantStart) || !w.end.Equal(end) {
				t.Fatalf("window [%v, %v), want [%v, %v)", w.start, w.end, tt.wantStart, end)
			}
		})
	}
}
