-- A unit is let for money: its rent is at least one minor unit. The domain refuses 0 first (422
-- naming rentAmount.amount); this constraint is the last line.
--
-- The constraint keeps its name, units_rent_amount_check, so a violation still names the field
-- rentAmount. It is added NOT VALID: a database that already holds a unit with rent 0 migrates
-- without failing, and every insert and every update of a unit from now on is checked (so such a
-- unit must get a real rent with its next change). Once no such row is left, an operator may run
--   ALTER TABLE leaseport.units VALIDATE CONSTRAINT units_rent_amount_check;
-- Rows already present were checked against the old range (0 to the maximum) when they were
-- written, so only the lower bound is unchecked for them.
ALTER TABLE leaseport.units DROP CONSTRAINT units_rent_amount_check;
ALTER TABLE leaseport.units
  ADD CONSTRAINT units_rent_amount_check CHECK (rent_amount BETWEEN 1 AND 10000000000) NOT VALID;
