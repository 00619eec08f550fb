-- Undoes team_0004.sql (migration 0004_team's downgrade): policies, functions, trigger and grants go; the group role
-- stays (roles belong to the whole server, other databases may use it).
DO $$
DECLARE
  t text;
  p record;
BEGIN
  FOR p IN SELECT schemaname, tablename, policyname FROM pg_policies WHERE schemaname = 'public' LOOP
    EXECUTE format('DROP POLICY %I ON %I.%I', p.policyname, p.schemaname, p.tablename);
  END LOOP;
  FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' LOOP
    EXECUTE format('ALTER TABLE %I DISABLE ROW LEVEL SECURITY', t);
    EXECUTE format('REVOKE ALL ON %I FROM kijkwijzer_team', t);
  END LOOP;
END
$$;
DROP TRIGGER audit_log_stamp ON audit_log;
ALTER TABLE clients ALTER COLUMN created_by DROP DEFAULT;
DROP FUNCTION kw_owned_cases(), kw_named_conversations(), kw_owned_conversations(), kw_visible_conversations(),
  kw_visible_cases(), kw_visible_recordings(), kw_owned_recordings(), kw_analysed_fragments(), kw_lab_fragments(),
  kw_my_annotations(), kw_audit_stamp(), kw_key_orphan(text), kw_owns_key(text), kw_sees_key(text), kw_sees_client(integer),
  kw_owns_client(integer), kw_sees_share(integer), kw_lab_fragment(integer), kw_in_group(integer),
  kw_my_annotation(integer), kw_owns_fragment(integer), kw_sees_fragment(integer), kw_owns_recording(integer),
  kw_sees_recording(integer), kw_owns_consent(integer), kw_sees_case(integer), kw_sees_conversation(integer),
  kw_owns_conversation(integer), kw_named(integer), kw_owns_case(integer), kw_my_professional(), kw_me();
REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM kijkwijzer_team;
REVOKE ALL ON SCHEMA public FROM kijkwijzer_team;
DO $$
BEGIN
  EXECUTE format('REVOKE CONNECT ON DATABASE %I FROM kijkwijzer_team', current_database());
END
$$;
