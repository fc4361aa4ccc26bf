// Ends the links of partnership proposals declined before answerPartnership ended them itself, at the
// first refusal's instant (a link that would only start later ends when it starts), so a declined
// proposal leaves current views in stored data too. Declined proposals are few: one pass.
MATCH (p:Partnership {status: 'DECLINED'})
CALL (p) {
  OPTIONAL MATCH (:Actor)-[i:INVITED_TO {status: 'DECLINED'}]->(p)
  WITH p, min(i.answeredAt) AS declinedAt
  RETURN coalesce(declinedAt, p.updatedAt) AS at
}
CALL (p, at) {
  MATCH (p)<-[r:PARTY_TO]-(:Entity)
  RETURN r
  UNION ALL
  MATCH (p)-[r:CONCERNS]->(:Entity)
  RETURN r
}
WITH r, at
WHERE r.until IS NULL OR r.until > at
SET r.until = CASE WHEN r.since IS NOT NULL AND r.since > at THEN r.since ELSE at END;
