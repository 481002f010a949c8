package store

import (
	"context"
	"fmt"
	"strings"
)

// DocFreqs says how common terms are in the keyword index: the corpus-wide
// statistics the answerability judge weighs a question's words by (a word
// in every article says little about what a question asks; one in no
// article says the corpus cannot answer it).
type DocFreqs struct {
	// Chunks is the number of chunks in the keyword index.
	Chunks int
	// DF is, per term as given, how many chunks hold it: a term of several
	// words, as a phrase (its words in order), as KeywordSearch reads it.
	// A term that analyses to nothing is left out.
	DF map[string]int
}

// DocFreqs counts, in one query, the chunks of the keyword index that hold
// each term, analysed as the index was (corpus.Analyze: folded, stemmed),
// so that "sanctions" and "санкций" count the chunks KeywordSearch finds
// for them. On SQLite each term is an FTS5 MATCH of the term quoted as in
// KeywordSearch; on PostgreSQL a word's count is the length of its range of
// posting rows (chunks_fts_terms, migration 012) and a phrase's the chunks
// its phraseto_tsquery matches.
func (s *Store) DocFreqs(ctx context.Context, terms []string) (DocFreqs, error) {
	out := DocFreqs{DF: make(map[string]int, len(terms))}
	// Each analysed term is counted once, whatever number of the given
	// terms analyse to it.
	var analysed []string
	byAnalysed := map[string][]string{}
	for _, t := range terms {
		a := analysedTerms([]string{t})
		if len(a) == 0 {
			continue
		}
		if byAnalysed[a[0]] == nil {
			analysed = append(analysed, a[0])
		}
		byAnalysed[a[0]] = append(byAnalysed[a[0]], t)
	}
	// SQLite allows 500 terms of a compound SELECT; a question has a few
	// dozen terms, so a second query is only for unusual input.
	for start := 0; start == 0 || start < len(analysed); start += docFreqBatch {
		batch := analysed[start:min(start+docFreqBatch, len(analysed))]
		if err := s.docFreqs(ctx, batch, func(i, n int) {
			if i < 0 {
				out.Chunks = n
				return
			}
			for _, t := range byAnalysed[batch[i]] {
				out.DF[t] = n
			}
		}); err != nil {
			return DocFreqs{}, fmt.Errorf("document frequencies: %w", err)
		}
	}
	return out, nil
}

// docFreqBatch bounds the terms of one DocFreqs query.
const docFreqBatch = 400

// docFreqs runs DocFreqs' query for analysed terms, passing each row to
// row: (-1, the number of chunks), then (i, the chunks holding terms[i]).
func (s *Store) docFreqs(ctx context.Context, terms []string, row func(i, n int)) error {
	var q strings.Builder
	var args []any
	if s.db.pg {
		q.WriteString("SELECT -1, n FROM chunks_fts_stats")
		for i, a := range terms {
			if isLexeme(a) {
				fmt.Fprintf(&q, " UNION ALL SELECT %d, count(*) FROM chunks_fts_terms WHERE term = ?", i)
			} else {
				fmt.Fprintf(&q, " UNION ALL SELECT %d, count(*) FROM chunks_fts WHERE folded @@ phraseto_tsquery('simple', ?)", i)
			}
			args = append(args, a)
		}
	} else {
		q.WriteString("SELECT -1, count(*) FROM chunks")
		for i, a := range terms {
			fmt.Fprintf(&q, " UNION ALL SELECT %d, count(*) FROM chunks_fts WHERE chunks_fts MATCH ?", i)
			args = append(args, `"`+strings.ReplaceAll(a, `"`, `""`)+`"`)
		}
	}
	rows, err := s.db.QueryContext(ctx, q.String(), args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var i, n int
		if err := rows.Scan(&i, &n); err != nil {
			return err
		}
		row(i, n)
	}
	return rows.Err()
}
