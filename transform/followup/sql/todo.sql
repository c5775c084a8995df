-- Scratch table of the commitments to match (fu_scope), by the position of their meeting.
CREATE OR REPLACE TEMP TABLE fu_w_todo AS
SELECT c.*
FROM fu_w_commitments c
SEMI JOIN fu_scope s ON s.commitment_id = c.commitment_id
ORDER BY c.pos, c.commitment_id;
