-- Undo team_0005.sql (the table itself is dropped by the migration).
DROP POLICY IF EXISTS analysing ON reflection_coverage;
REVOKE ALL ON reflection_coverage FROM kijkwijzer_team;
