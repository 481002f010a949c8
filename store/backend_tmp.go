package store

// Postgres reports whether the store is on PostgreSQL. A placeholder until
// the PostgreSQL backend (branch pgstore) is merged; it replaces this file.
func (s *Store) Postgres() bool { return false }
