package store

// Backend names the database engine behind s ("sqlite" or "postgres"),
// for readiness reports and logs; it never includes where the database is.
func (s *Store) Backend() string {
	if s.Postgres() {
		return "postgres"
	}
	return "sqlite"
}
