-- Load facts.tsv, written by `... | numextract | tsvify --null '\N'`, into
-- a PostgreSQL table with typed columns: amounts as exact numeric, dates
-- and times as their TIMEX text, never in the same column.  Run with
-- `psql -v ON_ERROR_STOP=1 -f examples/facts.sql` where facts.tsv is.
CREATE TEMP TABLE facts_tsv (
	doc text, line int, col int, text text, kind text,
	value text, upper text, unit text, qual text, context text
);
\copy facts_tsv FROM 'facts.tsv' WITH (FORMAT text, HEADER true)

-- value is a decimal, a fraction in lowest terms (1/3: no finite decimal),
-- a TIMEX date or time, or empty (an id); so is upper, or NULL.
CREATE TABLE facts (
	doc text, line int, col int, text text, kind text,
	amount numeric,		-- the value when it is a decimal
	amount_upper numeric,	-- the upper end of a range of amounts
	fraction text,		-- the value when it is a fraction, as 1/3
	timex text,		-- the value of a date or a time
	timex_upper text,	-- the upper end of a range of dates
	unit text, qual text, context text
);
INSERT INTO facts
SELECT doc, line, col, text, kind,
	CASE WHEN NOT dated AND value ~ '^-?[0-9]+(\.[0-9]+)?$'
	    THEN value::numeric END,
	CASE WHEN NOT dated AND upper ~ '^-?[0-9]+(\.[0-9]+)?$'
	    THEN upper::numeric END,
	CASE WHEN NOT dated AND value ~ '^-?[0-9]+/[0-9]+$' THEN value END,
	CASE WHEN dated THEN value END,
	CASE WHEN dated THEN upper END,
	unit, qual, context
FROM (SELECT *, kind IN ('date', 'time') AS dated FROM facts_tsv) AS t;
