-- Drop the scratch tables, which would otherwise live as long as the connection.
DROP TABLE IF EXISTS temp.main.fu_commitment_terms;
DROP TABLE IF EXISTS temp.main.fu_agreement_terms;
DROP TABLE IF EXISTS temp.main.fu_actions;
DROP TABLE IF EXISTS temp.main.fu_result;
DROP TABLE IF EXISTS temp.main.fu_inputs;
DROP TABLE IF EXISTS temp.main.fu_prev_inputs;
DROP TABLE IF EXISTS temp.main.fu_prev_result;
DROP TABLE IF EXISTS temp.main.fu_affected;
DROP TABLE IF EXISTS temp.main.fu_need;
DROP TABLE IF EXISTS temp.main.fu_df;
DROP TABLE IF EXISTS temp.main.fu_scope;
DROP TABLE IF EXISTS temp.main.fu_w_meetings;
DROP TABLE IF EXISTS temp.main.fu_w_agreements;
DROP TABLE IF EXISTS temp.main.fu_w_clauses;
DROP TABLE IF EXISTS temp.main.fu_w_mentions;
DROP TABLE IF EXISTS temp.main.fu_w_commitments;
DROP TABLE IF EXISTS temp.main.fu_w_todo;
