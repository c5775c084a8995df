-- index_actions: every agreement's clause actions in clause order.
SELECT agreement_id, action FROM {{.ActionsAll}} WHERE action IS NOT NULL ORDER BY agreement_id, seq
