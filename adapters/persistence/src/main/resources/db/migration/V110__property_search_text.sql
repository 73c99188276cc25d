-- The text a property list's q= looks in, kept by PostgreSQL itself: name, first address line,
-- city and postal code, lower-cased, separated by the unit-separator character so that a term
-- never matches across two of them.
--
-- Why a column: q= used to be four ILIKEs per row. In a UTF-8 database ILIKE lower-cases both
-- sides on every call, so an owner with 5,000 properties paid 20,000 lower() calls per search
-- (about 4 ms of the query's CPU, measured); one LIKE on this column is about 0.5 ms for the same
-- rows and the same answers (ILIKE is lower() on both sides, then LIKE). No index serves it under
-- row-level security (LIKE is not leakproof): the owner's index bounds the rows read (ADR 0016).
ALTER TABLE leaseport.properties
  ADD COLUMN search_text text NOT NULL GENERATED ALWAYS AS (
    lower(name || chr(31) || address_line1 || chr(31) || city || chr(31)
          || coalesce(postal_code, ''))
  ) STORED;
