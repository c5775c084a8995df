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
