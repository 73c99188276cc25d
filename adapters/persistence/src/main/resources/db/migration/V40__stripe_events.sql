-- The Stripe webhook inbox (ADR 0015): one row per event id ever received, claimed, applied and
-- recorded in ONE system-tier transaction. The primary key is the claim: a second delivery of the
-- same event, from any server, finds the id (or waits for the first transaction and then finds
-- it) and does nothing. An effect that fails rolls the claim back with it, so Stripe's retry
-- applies the event later. Requests have no access at all: only the system tier (service_role)
-- reads and writes it, for webhooks and for the admins' list of received events.

CREATE TABLE leaseport.stripe_events (
  id text PRIMARY KEY CHECK (char_length(id) BETWEEN 1 AND 255),
  type text NOT NULL CHECK (char_length(type) BETWEEN 1 AND 255),
  -- The connected account of a Connect event; null for the platform's own events.
  account text CHECK (char_length(account) BETWEEN 1 AND 255),
  -- When Stripe made the event: orders it against the state it would change.
  created timestamptz NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  -- Set in the claiming transaction, after the effect: a committed row always has both.
  processed_at timestamptz,
  outcome text CHECK (outcome IN ('APPLIED', 'IGNORED_STALE', 'IGNORED_UNKNOWN')),
  CONSTRAINT stripe_events_outcome_with_time CHECK ((outcome IS NULL) = (processed_at IS NULL))
);
CREATE INDEX stripe_events_received_idx ON leaseport.stripe_events (received_at DESC, id);
CREATE INDEX stripe_events_type_received_idx ON leaseport.stripe_events (type, received_at DESC);
CREATE INDEX stripe_events_outcome_received_idx
  ON leaseport.stripe_events (outcome, received_at DESC);

-- No policy for anyone: authenticated has no grant and would see nothing anyway.
ALTER TABLE leaseport.stripe_events ENABLE ROW LEVEL SECURITY;
ALTER TABLE leaseport.stripe_events FORCE ROW LEVEL SECURITY;

GRANT SELECT, INSERT ON leaseport.stripe_events TO service_role;
GRANT UPDATE (outcome, processed_at) ON leaseport.stripe_events TO service_role;
