//go:build race

package bot_test

// raceEnabled: the race detector slows the real pipeline (pure-Go SQLite
// above all) about tenfold, so end-to-end load runs smaller under -race;
// the full 200 users run without it, and TestManyUsersEachAnsweredOnce
// keeps 200 concurrent users under -race with a fake answerer.
const raceEnabled = true
