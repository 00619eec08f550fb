-- Team mode (PostgreSQL): who may read and write what, enforced by the server for every connection.
-- Run by migration 0004_team as the owner of the tables (the team's administrator), who is not subject to it.
-- Every team member logs in with their own role, a member of the group role kijkwijzer_team; the reviewer row whose
-- db_role is session_user says who they are. The rules are those the services apply (services/access.py,
-- services/erasure.py, services/aandachtspunten.py, the learning lab): a professional sees their own cases; a coach or
-- researcher the conversations whose analysis consent in force names them; a learning-group member only fragments
-- shared with their group and what hangs off them; nobody reads another person's self-assessments or plans.
-- Helper functions are SECURITY DEFINER (they read the tables without the policies, so policies never recurse).

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kijkwijzer_team') THEN
    CREATE ROLE kijkwijzer_team NOLOGIN;
  END IF;
END
$$;

-- ---- who am I ---------------------------------------------------------------------------------------------------
CREATE FUNCTION kw_me() RETURNS integer LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$ SELECT id FROM reviewers WHERE db_role = session_user AND archived_at IS NULL $$;

CREATE FUNCTION kw_my_professional() RETURNS integer LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS
$$ SELECT professional_id FROM reviewers WHERE id = kw_me() $$;

-- ---- cases and conversations ------------------------------------------------------------------------------------
CREATE FUNCTION kw_owns_case(p_case integer) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS
$$ SELECT EXISTS (SELECT 1 FROM cases WHERE id = p_case AND professional_id = kw_my_professional()) $$;

CREATE FUNCTION kw_named(p_conversation integer) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS
$$ SELECT EXISTS (SELECT 1 FROM consents c JOIN consent_reviewers cr ON cr.consent_id = c.id
                  WHERE c.conversation_id = p_conversation AND c.purpose = 'analysis'
                    AND c.withdrawn_at IS NULL AND c.superseded_at IS NULL AND cr.reviewer_id = kw_me()) $$;

CREATE FUNCTION kw_owns_conversation(p_conversation integer) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS
$$ SELECT EXISTS (SELECT 1 FROM conversations v JOIN cases c ON c.id = v.case_id
                  WHERE v.id = p_conversation AND c.professional_id = kw_my_professional()) $$;

CREATE FUNCTION kw_sees_conversation(p_conversation integer) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS
$$ SELECT kw_owns_conversation(p_conversation) OR kw_named(p_conversation) $$;

CREATE FUNCTION kw_sees_case(p_case integer) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS
$$ SELECT kw_owns_case(p_case)
       OR EXISTS (SELECT 1 FROM conversations v WHERE v.case_id = p_case AND kw_named(v.id)) $$;

CREATE FUNCTION kw_owns_consent(p_consent integer) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS
$$ SELECT EXISTS (SELECT 1 FROM consents c WHERE c.id = p_consent AND kw_owns_conversation(c.conversation_id)) $$;

-- ---- recordings and fragments -----------------------------------------------------------------------------------
CREATE FUNCTION kw_sees_recording(p_recording integer) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS
$$ SELECT EXISTS (SELECT 1 FROM recordings r WHERE r.id = p_recording AND kw_sees_conversation(r.conversation_id)) $$;

CREATE FUNCTION kw_owns_recording(p_recording integer) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS
$$ SELECT EXISTS (SELECT 1 FROM recordings r WHERE r.id = p_recording AND kw_owns_conversation(r.conversation_id)) $$;

CREATE FUNCTION kw_sees_fragment(p_fragment integer) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS
$$ SELECT EXISTS (SELECT 1 FROM fragments f WHERE f.id = p_fragment AND kw_sees_recording(f.recording_id)) $$;

CREATE FUNCTION kw_owns_fragment(p_fragment integer) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS
$$ SELECT EXISTS (SELECT 1 FROM fragments f WHERE f.id = p_fragment AND kw_owns_recording(f.recording_id)) $$;

CREATE FUNCTION kw_my_annotation(p_annotation integer) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS
$$ SELECT EXISTS (SELECT 1 FROM annotations a WHERE a.id = p_annotation AND a.reviewer_id = kw_me()) $$;

-- ---- the same rules as sets, for the policies that read many rows: `col IN (SELECT kw_visible_...())` is evaluated
-- once per statement (a hashed subplan), where a function per row would run its lookups for every row
CREATE FUNCTION kw_owned_cases() RETURNS SETOF integer LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS
$$ SELECT id FROM cases WHERE professional_id = kw_my_professional() $$;

CREATE FUNCTION kw_named_conversations() RETURNS SETOF integer LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS
$$ SELECT c.conversation_id FROM consents c JOIN consent_reviewers cr ON cr.consent_id = c.id
   WHERE c.purpose = 'analysis' AND c.withdrawn_at IS NULL AND c.superseded_at IS NULL AND cr.reviewer_id = kw_me() $$;

CREATE FUNCTION kw_owned_conversations() RETURNS SETOF integer LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS
$$ SELECT id FROM conversations WHERE case_id IN (SELECT kw_owned_cases()) $$;

CREATE FUNCTION kw_visible_conversations() RETURNS SETOF integer LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS
$$ SELECT kw_owned_conversations() UNION SELECT kw_named_conversations() $$;

CREATE FUNCTION kw_visible_cases() RETURNS SETOF integer LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS
$$ SELECT kw_owned_cases() UNION SELECT case_id FROM conversations WHERE id IN (SELECT kw_named_conversations()) $$;

CREATE FUNCTION kw_visible_recordings() RETURNS SETOF integer LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS
$$ SELECT id FROM recordings WHERE conversation_id IN (SELECT kw_visible_conversations()) $$;

CREATE FUNCTION kw_owned_recordings() RETURNS SETOF integer LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS
$$ SELECT id FROM recordings WHERE conversation_id IN (SELECT kw_owned_conversations()) $$;

CREATE FUNCTION kw_analysed_fragments() RETURNS SETOF integer LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS
$$ SELECT id FROM fragments WHERE recording_id IN (SELECT kw_visible_recordings()) $$;

CREATE FUNCTION kw_lab_fragments() RETURNS SETOF integer LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS
$$ SELECT s.fragment_id FROM lab_shares s JOIN learning_group_members m ON m.group_id = s.group_id
   WHERE m.reviewer_id = kw_me() $$;

CREATE FUNCTION kw_my_annotations() RETURNS SETOF integer LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS
$$ SELECT id FROM annotations WHERE reviewer_id = kw_me() $$;

-- ---- the learning lab -------------------------------------------------------------------------------------------
CREATE FUNCTION kw_in_group(p_group integer) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS
$$ SELECT EXISTS (SELECT 1 FROM learning_group_members WHERE group_id = p_group AND reviewer_id = kw_me()) $$;

CREATE FUNCTION kw_lab_fragment(p_fragment integer) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS
$$ SELECT EXISTS (SELECT 1 FROM lab_shares s WHERE s.fragment_id = p_fragment AND kw_in_group(s.group_id)) $$;

CREATE FUNCTION kw_sees_share(p_share integer) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS
$$ SELECT EXISTS (SELECT 1 FROM lab_shares s WHERE s.id = p_share
                  AND (kw_in_group(s.group_id) OR kw_owns_fragment(s.fragment_id))) $$;

-- ---- clients ----------------------------------------------------------------------------------------------------
CREATE FUNCTION kw_owns_client(p_client integer) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS
$$ SELECT EXISTS (SELECT 1 FROM clients WHERE id = p_client AND created_by = kw_me())
       OR EXISTS (SELECT 1 FROM cases c WHERE c.client_id = p_client AND c.professional_id = kw_my_professional()) $$;

CREATE FUNCTION kw_sees_client(p_client integer) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS
$$ SELECT kw_owns_client(p_client)
       OR EXISTS (SELECT 1 FROM cases c WHERE c.client_id = p_client AND kw_sees_case(c.id)) $$;

-- ---- content keys: readable only with a row that needs them -------------------------------------------------------
CREATE FUNCTION kw_sees_key(p_key text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS
$$ SELECT EXISTS (SELECT 1 FROM recordings r WHERE 'media:' || r.sha256 = p_key AND kw_sees_conversation(r.conversation_id))
       OR EXISTS (SELECT 1 FROM lab_shares s WHERE 'clip:' || s.clip_sha256 = p_key AND kw_sees_share(s.id))
       OR EXISTS (SELECT 1 FROM clients c WHERE 'client:' || c.id = p_key AND kw_owns_client(c.id))
       OR EXISTS (SELECT 1 FROM consents c WHERE 'form:' || c.form_name = p_key
                  AND kw_owns_conversation(c.conversation_id)) $$;

CREATE FUNCTION kw_owns_key(p_key text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS
$$ SELECT EXISTS (SELECT 1 FROM recordings r WHERE 'media:' || r.sha256 = p_key AND kw_owns_conversation(r.conversation_id))
       OR EXISTS (SELECT 1 FROM lab_shares s WHERE 'clip:' || s.clip_sha256 = p_key AND kw_owns_fragment(s.fragment_id))
       OR EXISTS (SELECT 1 FROM clients c WHERE 'client:' || c.id = p_key AND kw_owns_client(c.id))
       OR EXISTS (SELECT 1 FROM consents c WHERE 'form:' || c.form_name = p_key
                  AND kw_owns_conversation(c.conversation_id)) $$;

-- A key no row refers to any more (its recording, clip, client or consent was just erased): shredding it is the
-- erasure's last step, whoever runs it.
CREATE FUNCTION kw_key_orphan(p_key text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS
$$ SELECT NOT EXISTS (SELECT 1 FROM recordings r WHERE 'media:' || r.sha256 = p_key)
      AND NOT EXISTS (SELECT 1 FROM lab_shares s WHERE 'clip:' || s.clip_sha256 = p_key)
      AND NOT EXISTS (SELECT 1 FROM clients c WHERE 'client:' || c.id = p_key)
      AND NOT EXISTS (SELECT 1 FROM consents c WHERE 'form:' || c.form_name = p_key) $$;

-- ---- the audit log: the server writes who it was (a member cannot write a row in someone else's name) ---------------
CREATE FUNCTION kw_audit_stamp() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS
$$
DECLARE
  me reviewers%ROWTYPE;
BEGIN
  SELECT * INTO me FROM reviewers WHERE db_role = session_user AND archived_at IS NULL;
  IF FOUND THEN  -- a member: always their own login and name
    NEW.db_role := session_user;
    NEW.actor := format('%s (#%s, %s)', me.name, me.id, me.role);
  ELSIF COALESCE(current_setting('kijkwijzer.restoring', true), '') <> 'on' THEN
    NEW.db_role := session_user;  -- the administrator; a restore (by them) keeps the rows as they were
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER audit_log_stamp BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION kw_audit_stamp();

ALTER TABLE clients ALTER COLUMN created_by SET DEFAULT kw_me();

REVOKE ALL ON FUNCTION kw_owned_cases(), kw_named_conversations(), kw_owned_conversations(), kw_visible_conversations(),
  kw_visible_cases(), kw_visible_recordings(), kw_owned_recordings(), kw_analysed_fragments(), kw_lab_fragments(),
  kw_my_annotations(), kw_me(), kw_my_professional(), kw_owns_case(integer), kw_named(integer),
  kw_owns_conversation(integer), kw_sees_conversation(integer), kw_sees_case(integer), kw_owns_consent(integer),
  kw_sees_recording(integer), kw_owns_recording(integer), kw_sees_fragment(integer), kw_owns_fragment(integer),
  kw_my_annotation(integer), kw_in_group(integer), kw_lab_fragment(integer), kw_sees_share(integer),
  kw_owns_client(integer), kw_sees_client(integer), kw_sees_key(text), kw_owns_key(text), kw_key_orphan(text),
  kw_audit_stamp() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION kw_owned_cases(), kw_named_conversations(), kw_owned_conversations(), kw_visible_conversations(),
  kw_visible_cases(), kw_visible_recordings(), kw_owned_recordings(), kw_analysed_fragments(), kw_lab_fragments(),
  kw_my_annotations(), kw_me(), kw_my_professional(), kw_owns_case(integer), kw_named(integer),
  kw_owns_conversation(integer), kw_sees_conversation(integer), kw_sees_case(integer), kw_owns_consent(integer),
  kw_sees_recording(integer), kw_owns_recording(integer), kw_sees_fragment(integer), kw_owns_fragment(integer),
  kw_my_annotation(integer), kw_in_group(integer), kw_lab_fragment(integer), kw_sees_share(integer),
  kw_owns_client(integer), kw_sees_client(integer), kw_sees_key(text), kw_owns_key(text), kw_key_orphan(text)
  TO kijkwijzer_team;

-- ---- grants -----------------------------------------------------------------------------------------------------
DO $$
BEGIN
  EXECUTE format('GRANT CONNECT ON DATABASE %I TO kijkwijzer_team', current_database());
END
$$;
GRANT USAGE ON SCHEMA public TO kijkwijzer_team;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO kijkwijzer_team;
GRANT SELECT ON alembic_version, professionals, reviewers, learning_groups, learning_group_members TO kijkwijzer_team;
GRANT SELECT, INSERT ON audit_log TO kijkwijzer_team;
GRANT SELECT, INSERT, UPDATE, DELETE ON
  clients, cases, case_events, conversations, conversation_participants, recordings, consents, consent_reviewers,
  pending_erasures, transcript_cues, annotations, annotation_themes, annotation_pillars, fragments, playlists,
  playlist_items, client_reactions, feedback_scores, slim_analyses, assessments, assessment_answers, plans,
  plan_actions, plan_action_links, reflection_sessions, reflection_items, aandachtspunten, aandachtspunt_fragments,
  aandachtspunt_followups, content_keys, lab_shares, lab_feedback
  TO kijkwijzer_team;

-- ---- row-level security -------------------------------------------------------------------------------------------
ALTER TABLE professionals ENABLE ROW LEVEL SECURITY;
ALTER TABLE reviewers ENABLE ROW LEVEL SECURITY;
ALTER TABLE learning_groups ENABLE ROW LEVEL SECURITY;
ALTER TABLE learning_group_members ENABLE ROW LEVEL SECURITY;
CREATE POLICY team_read ON professionals FOR SELECT TO kijkwijzer_team USING (true);
CREATE POLICY team_read ON reviewers FOR SELECT TO kijkwijzer_team USING (true);
CREATE POLICY team_read ON learning_groups FOR SELECT TO kijkwijzer_team USING (true);
CREATE POLICY team_read ON learning_group_members FOR SELECT TO kijkwijzer_team USING (true);

ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_rows ON audit_log FOR SELECT TO kijkwijzer_team USING (db_role = session_user);
CREATE POLICY write ON audit_log FOR INSERT TO kijkwijzer_team WITH CHECK (true);

ALTER TABLE pending_erasures ENABLE ROW LEVEL SECURITY;
CREATE POLICY erasing ON pending_erasures FOR ALL TO kijkwijzer_team USING (true) WITH CHECK (true);

ALTER TABLE clients ENABLE ROW LEVEL SECURITY;
CREATE POLICY reading ON clients FOR SELECT TO kijkwijzer_team USING (created_by = kw_me() OR kw_sees_client(id));
CREATE POLICY adding ON clients FOR INSERT TO kijkwijzer_team WITH CHECK (created_by = kw_me());
CREATE POLICY changing ON clients FOR UPDATE TO kijkwijzer_team USING (kw_owns_client(id))
  WITH CHECK (kw_owns_client(id));
CREATE POLICY erasing ON clients FOR DELETE TO kijkwijzer_team USING (kw_owns_client(id));

ALTER TABLE cases ENABLE ROW LEVEL SECURITY;
CREATE POLICY reading ON cases FOR SELECT TO kijkwijzer_team
  USING (professional_id = kw_my_professional() OR id IN (SELECT kw_visible_cases()));
CREATE POLICY writing ON cases FOR ALL TO kijkwijzer_team USING (professional_id = kw_my_professional())
  WITH CHECK (professional_id = kw_my_professional() AND kw_owns_client(client_id));

ALTER TABLE case_events ENABLE ROW LEVEL SECURITY;
CREATE POLICY reading ON case_events FOR SELECT TO kijkwijzer_team USING (case_id IN (SELECT kw_visible_cases()));
CREATE POLICY writing ON case_events FOR ALL TO kijkwijzer_team USING (case_id IN (SELECT kw_owned_cases()))
  WITH CHECK (kw_owns_case(case_id));

ALTER TABLE conversations ENABLE ROW LEVEL SECURITY;
CREATE POLICY reading ON conversations FOR SELECT TO kijkwijzer_team
  USING (case_id IN (SELECT kw_owned_cases()) OR id IN (SELECT kw_named_conversations()));
CREATE POLICY writing ON conversations FOR ALL TO kijkwijzer_team USING (case_id IN (SELECT kw_owned_cases()))
  WITH CHECK (kw_owns_case(case_id));

ALTER TABLE conversation_participants ENABLE ROW LEVEL SECURITY;
CREATE POLICY reading ON conversation_participants FOR SELECT TO kijkwijzer_team
  USING (conversation_id IN (SELECT kw_visible_conversations()));
CREATE POLICY writing ON conversation_participants FOR ALL TO kijkwijzer_team
  USING (conversation_id IN (SELECT kw_owned_conversations())) WITH CHECK (kw_owns_conversation(conversation_id));

ALTER TABLE recordings ENABLE ROW LEVEL SECURITY;
CREATE POLICY reading ON recordings FOR SELECT TO kijkwijzer_team
  USING (conversation_id IN (SELECT kw_visible_conversations()));
CREATE POLICY writing ON recordings FOR ALL TO kijkwijzer_team USING (conversation_id IN (SELECT kw_owned_conversations()))
  WITH CHECK (kw_owns_conversation(conversation_id));

-- only the case's professional grants, corrects and withdraws consent
ALTER TABLE consents ENABLE ROW LEVEL SECURITY;
CREATE POLICY reading ON consents FOR SELECT TO kijkwijzer_team
  USING (conversation_id IN (SELECT kw_visible_conversations()));
CREATE POLICY writing ON consents FOR ALL TO kijkwijzer_team USING (conversation_id IN (SELECT kw_owned_conversations()))
  WITH CHECK (kw_owns_conversation(conversation_id));

ALTER TABLE consent_reviewers ENABLE ROW LEVEL SECURITY;
CREATE POLICY reading ON consent_reviewers FOR SELECT TO kijkwijzer_team
  USING (EXISTS (SELECT 1 FROM consents c WHERE c.id = consent_id));
CREATE POLICY writing ON consent_reviewers FOR ALL TO kijkwijzer_team USING (kw_owns_consent(consent_id))
  WITH CHECK (kw_owns_consent(consent_id));

ALTER TABLE transcript_cues ENABLE ROW LEVEL SECURITY;
CREATE POLICY analysing ON transcript_cues FOR ALL TO kijkwijzer_team USING (recording_id IN (SELECT kw_visible_recordings()))
  WITH CHECK (kw_sees_recording(recording_id));

-- a reviewer reads the annotations of recordings they may see, and changes only their own
ALTER TABLE annotations ENABLE ROW LEVEL SECURITY;
CREATE POLICY reading ON annotations FOR SELECT TO kijkwijzer_team
  USING (recording_id IN (SELECT kw_visible_recordings()));
CREATE POLICY adding ON annotations FOR INSERT TO kijkwijzer_team
  WITH CHECK (reviewer_id = kw_me() AND kw_sees_recording(recording_id));
CREATE POLICY changing ON annotations FOR UPDATE TO kijkwijzer_team USING (reviewer_id = kw_me())
  WITH CHECK (reviewer_id = kw_me() AND kw_sees_recording(recording_id));
CREATE POLICY deleting ON annotations FOR DELETE TO kijkwijzer_team USING (reviewer_id = kw_me());

ALTER TABLE annotation_themes ENABLE ROW LEVEL SECURITY;
CREATE POLICY reading ON annotation_themes FOR SELECT TO kijkwijzer_team
  USING (EXISTS (SELECT 1 FROM annotations a WHERE a.id = annotation_id));
CREATE POLICY writing ON annotation_themes FOR ALL TO kijkwijzer_team USING (annotation_id IN (SELECT kw_my_annotations()))
  WITH CHECK (kw_my_annotation(annotation_id));
ALTER TABLE annotation_pillars ENABLE ROW LEVEL SECURITY;
CREATE POLICY reading ON annotation_pillars FOR SELECT TO kijkwijzer_team
  USING (EXISTS (SELECT 1 FROM annotations a WHERE a.id = annotation_id));
CREATE POLICY writing ON annotation_pillars FOR ALL TO kijkwijzer_team USING (annotation_id IN (SELECT kw_my_annotations()))
  WITH CHECK (kw_my_annotation(annotation_id));

ALTER TABLE fragments ENABLE ROW LEVEL SECURITY;
CREATE POLICY reading ON fragments FOR SELECT TO kijkwijzer_team
  USING (recording_id IN (SELECT kw_visible_recordings()) OR id IN (SELECT kw_lab_fragments()));
CREATE POLICY writing ON fragments FOR ALL TO kijkwijzer_team USING (recording_id IN (SELECT kw_visible_recordings()))
  WITH CHECK (kw_sees_recording(recording_id));

ALTER TABLE playlists ENABLE ROW LEVEL SECURITY;
CREATE POLICY analysing ON playlists FOR ALL TO kijkwijzer_team USING (recording_id IN (SELECT kw_visible_recordings()))
  WITH CHECK (kw_sees_recording(recording_id));
ALTER TABLE playlist_items ENABLE ROW LEVEL SECURITY;
CREATE POLICY analysing ON playlist_items FOR ALL TO kijkwijzer_team
  USING (EXISTS (SELECT 1 FROM playlists p WHERE p.id = playlist_id))
  WITH CHECK (EXISTS (SELECT 1 FROM playlists p WHERE p.id = playlist_id));

ALTER TABLE client_reactions ENABLE ROW LEVEL SECURITY;
CREATE POLICY analysing ON client_reactions FOR ALL TO kijkwijzer_team
  USING (fragment_id IN (SELECT kw_analysed_fragments()))
  WITH CHECK (kw_sees_fragment(fragment_id));

ALTER TABLE feedback_scores ENABLE ROW LEVEL SECURITY;
CREATE POLICY analysing ON feedback_scores FOR ALL TO kijkwijzer_team
  USING (conversation_id IN (SELECT kw_visible_conversations()))
  WITH CHECK (kw_sees_conversation(conversation_id));
ALTER TABLE slim_analyses ENABLE ROW LEVEL SECURITY;
CREATE POLICY analysing ON slim_analyses FOR ALL TO kijkwijzer_team
  USING (conversation_id IN (SELECT kw_visible_conversations()))
  WITH CHECK (kw_sees_conversation(conversation_id));
ALTER TABLE reflection_sessions ENABLE ROW LEVEL SECURITY;
CREATE POLICY analysing ON reflection_sessions FOR ALL TO kijkwijzer_team
  USING (conversation_id IN (SELECT kw_visible_conversations())) WITH CHECK (kw_sees_conversation(conversation_id));
ALTER TABLE reflection_items ENABLE ROW LEVEL SECURITY;
CREATE POLICY analysing ON reflection_items FOR ALL TO kijkwijzer_team
  USING (EXISTS (SELECT 1 FROM reflection_sessions r WHERE r.id = session_id))
  WITH CHECK (EXISTS (SELECT 1 FROM reflection_sessions r WHERE r.id = session_id));

ALTER TABLE aandachtspunten ENABLE ROW LEVEL SECURITY;
CREATE POLICY analysing ON aandachtspunten FOR ALL TO kijkwijzer_team USING (case_id IN (SELECT kw_visible_cases()))
  WITH CHECK (kw_sees_case(case_id));
ALTER TABLE aandachtspunt_fragments ENABLE ROW LEVEL SECURITY;
CREATE POLICY analysing ON aandachtspunt_fragments FOR ALL TO kijkwijzer_team
  USING (EXISTS (SELECT 1 FROM aandachtspunten p WHERE p.id = aandachtspunt_id))
  WITH CHECK (EXISTS (SELECT 1 FROM aandachtspunten p WHERE p.id = aandachtspunt_id));
ALTER TABLE aandachtspunt_followups ENABLE ROW LEVEL SECURITY;
CREATE POLICY analysing ON aandachtspunt_followups FOR ALL TO kijkwijzer_team
  USING (EXISTS (SELECT 1 FROM aandachtspunten p WHERE p.id = aandachtspunt_id))
  WITH CHECK (EXISTS (SELECT 1 FROM aandachtspunten p WHERE p.id = aandachtspunt_id));

-- a professional's own progress: self-assessments and improvement plans are theirs alone
ALTER TABLE assessments ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_progress ON assessments FOR ALL TO kijkwijzer_team USING (professional_id = kw_my_professional())
  WITH CHECK (professional_id = kw_my_professional());
ALTER TABLE assessment_answers ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_progress ON assessment_answers FOR ALL TO kijkwijzer_team
  USING (EXISTS (SELECT 1 FROM assessments a WHERE a.id = assessment_id))
  WITH CHECK (EXISTS (SELECT 1 FROM assessments a WHERE a.id = assessment_id));
ALTER TABLE plans ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_progress ON plans FOR ALL TO kijkwijzer_team USING (professional_id = kw_my_professional())
  WITH CHECK (professional_id = kw_my_professional());
ALTER TABLE plan_actions ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_progress ON plan_actions FOR ALL TO kijkwijzer_team
  USING (EXISTS (SELECT 1 FROM plans p WHERE p.id = plan_id))
  WITH CHECK (EXISTS (SELECT 1 FROM plans p WHERE p.id = plan_id));
ALTER TABLE plan_action_links ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_progress ON plan_action_links FOR ALL TO kijkwijzer_team
  USING (EXISTS (SELECT 1 FROM plan_actions a WHERE a.id = action_id))
  WITH CHECK (EXISTS (SELECT 1 FROM plan_actions a WHERE a.id = action_id));

ALTER TABLE content_keys ENABLE ROW LEVEL SECURITY;
-- an orphan key (its row was just erased) must stay visible to be shredded: PostgreSQL deletes only rows it shows
CREATE POLICY reading ON content_keys FOR SELECT TO kijkwijzer_team USING (kw_sees_key(id) OR kw_key_orphan(id));
CREATE POLICY adding ON content_keys FOR INSERT TO kijkwijzer_team WITH CHECK (true);
CREATE POLICY changing ON content_keys FOR UPDATE TO kijkwijzer_team USING (kw_owns_key(id))
  WITH CHECK (kw_owns_key(id));
CREATE POLICY shredding ON content_keys FOR DELETE TO kijkwijzer_team USING (kw_owns_key(id) OR kw_key_orphan(id));

-- the learning lab: the fragment's professional shares; group members read and add feedback; own feedback only
ALTER TABLE lab_shares ENABLE ROW LEVEL SECURITY;
CREATE POLICY reading ON lab_shares FOR SELECT TO kijkwijzer_team
  USING (kw_in_group(group_id) OR kw_owns_fragment(fragment_id));
CREATE POLICY sharing ON lab_shares FOR ALL TO kijkwijzer_team USING (kw_owns_fragment(fragment_id))
  WITH CHECK (kw_owns_fragment(fragment_id));
ALTER TABLE lab_feedback ENABLE ROW LEVEL SECURITY;
CREATE POLICY reading ON lab_feedback FOR SELECT TO kijkwijzer_team USING (kw_sees_share(share_id));
CREATE POLICY adding ON lab_feedback FOR INSERT TO kijkwijzer_team
  WITH CHECK (reviewer_id = kw_me() AND kw_sees_share(share_id));
CREATE POLICY changing ON lab_feedback FOR UPDATE TO kijkwijzer_team USING (reviewer_id = kw_me())
  WITH CHECK (reviewer_id = kw_me());
CREATE POLICY deleting ON lab_feedback FOR DELETE TO kijkwijzer_team USING (reviewer_id = kw_me());
