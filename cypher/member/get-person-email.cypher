// A person's sign-in e-mail (for matching invitations). Params: $personId. Returns: email
MATCH (p:Person {id: $personId})
RETURN p.email AS email
