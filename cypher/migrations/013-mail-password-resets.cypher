// Password reset links (api/person/password-reset.ts): found by the hash of their token.
CREATE CONSTRAINT password_reset_token IF NOT EXISTS FOR (n:PasswordReset) REQUIRE n.tokenHash IS UNIQUE;
CREATE CONSTRAINT password_reset_id IF NOT EXISTS FOR (n:PasswordReset) REQUIRE n.id IS UNIQUE;
