-- Scratch tables of the concepts of each commitment and each later-candidate agreement.
CREATE OR REPLACE TEMP TABLE fu_commitment_terms (commitment_id VARCHAR, term VARCHAR);
CREATE OR REPLACE TEMP TABLE fu_agreement_terms (agreement_id VARCHAR, term VARCHAR);
CREATE OR REPLACE TEMP TABLE fu_actions (action VARCHAR);
