-- Team database, revision 0005_method: the grants and row-level security of reflection_coverage.
-- Frozen with its revision (see team_0004.sql for the helper functions it uses).
GRANT SELECT, INSERT, UPDATE, DELETE ON reflection_coverage TO kijkwijzer_team;
ALTER TABLE reflection_coverage ENABLE ROW LEVEL SECURITY;
CREATE POLICY analysing ON reflection_coverage FOR ALL TO kijkwijzer_team
  USING (EXISTS (SELECT 1 FROM reflection_sessions r WHERE r.id = session_id)
         AND conversation_id IN (SELECT kw_visible_conversations()))
  WITH CHECK (EXISTS (SELECT 1 FROM reflection_sessions r WHERE r.id = session_id)
              AND kw_sees_conversation(conversation_id));
