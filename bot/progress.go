package bot

import (
	"github.com/detente/detente/answer"
	"github.com/detente/detente/prompts"
)

// Progress: while a question waits for its answer, the message that will
// hold the answer says what is happening ("searching…", then what was
// found and that the answer is being written), so a slow model is not
// silence. A state is text the stream shows until the answer's first text
// replaces it, through the same paced, optional updates as the answer
// (stream.flush): states closer together than the edit interval are
// coalesced, and under flood control or a spent send budget they are
// skipped, so progress never costs a call the answer needs.

// progress makes p the text shown until the answer starts.
func (s *stream) progress(p string) {
	if s.setStatus(p) {
		s.wakeLoop()
	}
}

// setStatus records p as the state to show and reports whether it will be
// shown (false once the answer's text has started), bumping gen.
func (s *stream) setStatus(p string) bool {
	s.textMu.Lock()
	defer s.textMu.Unlock()
	if s.buf.Len() > 0 {
		return false
	}
	s.status = p
	s.gen++
	return true
}

// visible is what the chat should show now: the answer so far
// (answering), else the progress state.
func (s *stream) visible() (txt string, gen int, answering bool) {
	s.textMu.Lock()
	defer s.textMu.Unlock()
	if s.buf.Len() == 0 {
		return s.status, s.gen, false
	}
	return s.buf.String(), s.gen, true
}

func (s *stream) wakeLoop() {
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

// foundText is the progress state once sources are chosen.
func foundText(lang string, f answer.Found) string {
	return prompts.T(lang, "bot.progress_found", f.Passages, f.Outlets)
}
