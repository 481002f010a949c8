package corpus

import (
	"embed"
	"fmt"
	"io/fs"
	"sort"
)

// seedFS holds the shipped seed articles, so a fresh binary can answer
// questions before anyone has ingested anything.
//
//go:embed seeds/*.md
var seedFS embed.FS

// Seeds returns the shipped seed articles (corpus/seeds/*.md, embedded).
//
// They are returned in file-name order, finalised like any parsed article.
// An error means a seed file is broken, which is a build defect.
func Seeds() ([]Article, error) {
	names, err := fs.Glob(seedFS, "seeds/*.md")
	if err != nil {
		return nil, fmt.Errorf("list seeds: %w", err)
	}
	sort.Strings(names)
	out := make([]Article, 0, len(names))
	for _, name := range names {
		data, err := seedFS.ReadFile(name)
		if err != nil {
			return nil, fmt.Errorf("read seed %s: %w", name, err)
		}
		a, err := Parse(name, data)
		if err != nil {
			return nil, fmt.Errorf("seed: %w", err)
		}
		out = append(out, a)
	}
	return out, nil
}
