select "leaseport"."revenue_report"(cast('2026-01-01' as date), cast('2026-12-01' as date));
