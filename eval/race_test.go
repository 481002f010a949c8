//go:build race

package eval

// raceDetector is true under -race, where modernc.org/sqlite (C translated
// to Go, every memory access instrumented) runs FTS5 queries ~25× slower.
const raceDetector = true
