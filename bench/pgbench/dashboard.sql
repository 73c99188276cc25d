select "owner_dashboard" from "leaseport"."owner_dashboard"("as_of" := cast('@TODAY@' as date));
