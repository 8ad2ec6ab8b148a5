DROP INDEX "people_agency_staff_code_uq";--> statement-breakpoint
CREATE UNIQUE INDEX "people_agency_staff_code_ci_uq" ON "people" USING btree ("agency_id",upper("staff_code"));