// Sign-in and sign-up limits live in the graph so that every API process counts the same attempts
// (api/auth/rate-limit.ts): one window node per key, found by its key; expired ones deleted by expiry.
CREATE CONSTRAINT rate_window_key IF NOT EXISTS FOR (n:RateWindow) REQUIRE n.key IS UNIQUE;
CREATE RANGE INDEX rate_window_expires IF NOT EXISTS FOR (n:RateWindow) ON (n.expiresAt);
