// People, sessions, invitations and join requests: unique ids, unique sign-in e-mails, token lookups.
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_email IF NOT EXISTS FOR (n:Person) REQUIRE n.email IS UNIQUE;
CREATE CONSTRAINT session_token IF NOT EXISTS FOR (n:Session) REQUIRE n.tokenHash IS UNIQUE;
CREATE CONSTRAINT session_id IF NOT EXISTS FOR (n:Session) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT invitation_id IF NOT EXISTS FOR (n:Invitation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT invitation_token IF NOT EXISTS FOR (n:Invitation) REQUIRE n.tokenHash IS UNIQUE;
CREATE CONSTRAINT join_request_id IF NOT EXISTS FOR (n:JoinRequest) REQUIRE n.id IS UNIQUE;
CREATE INDEX member_of_id IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.id);
CREATE INDEX change_person IF NOT EXISTS FOR (n:Change) ON (n.personId);
CREATE INDEX change_at IF NOT EXISTS FOR (n:Change) ON (n.at);
