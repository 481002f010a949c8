//go:build race

package retrieval

// raceEnabled: the race detector slows modernc's transpiled SQLite ~40×, so
// scale tests shrink under -race (they run at full size without it).
const raceEnabled = true
