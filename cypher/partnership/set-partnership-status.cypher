// Sets where a proposed partnership stands (PROPOSED, ACTIVE, DECLINED). The status is the
// handshake's, not a field people edit, so it changes here rather than through updatePartnership.
// Params: $id, $status, $now. Returns: before (old status)
MATCH (p:Partnership:Entity {id: $id})
WITH p, p.status AS before
SET p.status = $status, p.updatedAt = datetime($now)
RETURN before
