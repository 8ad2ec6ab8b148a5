CREATE TABLE "document_files" (
	"document_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"format" text NOT NULL,
	"content" "bytea" NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "document_files_document_id_format_pk" PRIMARY KEY("document_id","format")
);
--> statement-breakpoint
CREATE TABLE "documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"series_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"kind" text NOT NULL,
	"type_code" text,
	"subject" text NOT NULL,
	"state" text NOT NULL,
	"year" integer,
	"number" integer,
	"number_text" text NOT NULL,
	"issued_on" date,
	"source_type" text,
	"source_id" text,
	"unit_id" uuid,
	"input" jsonb NOT NULL,
	"checksum" text NOT NULL,
	"created_by_account_id" uuid,
	"created_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "number_registers" (
	"agency_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"type_code" text NOT NULL,
	"last_number" integer NOT NULL,
	CONSTRAINT "number_registers_agency_id_year_type_code_pk" PRIMARY KEY("agency_id","year","type_code")
);
--> statement-breakpoint
ALTER TABLE "document_files" ADD CONSTRAINT "document_files_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_files" ADD CONSTRAINT "document_files_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "number_registers" ADD CONSTRAINT "number_registers_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "documents_series_version_uq" ON "documents" USING btree ("series_id","version");--> statement-breakpoint
CREATE INDEX "documents_agency_kind_idx" ON "documents" USING btree ("agency_id","kind");--> statement-breakpoint
CREATE INDEX "documents_agency_source_idx" ON "documents" USING btree ("agency_id","source_type","source_id");