/*
 * json_read.h: reading JSON Lines records, on yajl's event parser.
 *
 * json_r_parse() takes one line that must hold one JSON object and hands
 * back its fields as a flat list in the order written.  Nested objects are
 * flattened to dotted keys ({"a":{"b":1}} gives "a.b"); arrays are kept
 * whole as compact JSON text in one field, and so are nested objects when
 * the reader was made with JSON_R_KEEP_OBJECTS (for a tool that rewrites
 * one field and passes the others through).  An empty nested object is a
 * field of its own with the text "{}".
 *
 * Values are handed over as written: a number is its text in the input
 * (1e400, 0.1 and 30-digit integers unchanged), a string is decoded and
 * has a length (it may hold NUL), true, false and null are those words.
 * Everything handed out lives in the reader's buffers, reused from line
 * to line (no allocation per value), and stays valid until the next call.
 */
#ifndef JSON_READ_H
#define JSON_READ_H

#include <stddef.h>

enum json_type {
	JSON_NULL,
	JSON_FALSE,
	JSON_TRUE,
	JSON_NUMBER,
	JSON_STRING,
	JSON_ARRAY,	/* val is compact JSON text */
	JSON_OBJECT	/* val is compact JSON text */
};

struct json_field {
	const char	*key;	/* dotted path, NUL-terminated */
	size_t		 keylen;
	const char	*val;	/* NUL-terminated */
	size_t		 vallen;
	enum json_type	 type;
};

/* Nesting deeper than this is an error, whatever the memory. */
#define JSON_R_MAX_DEPTH	512

/* Flags of json_r_new(). */
#define JSON_R_KEEP_OBJECTS	0x1	/* nested objects as JSON text */

struct json_reader;

struct json_reader	*json_r_new(int flags);
void			 json_r_free(struct json_reader *);

/*
 * Parse line[0..len-1] as one JSON object.  Returns the number of fields
 * (0 for {}), with *fields set; or -1 when the line is not one JSON
 * object: malformed, truncated, invalid UTF-8, another kind of value,
 * nested too deep.  Then json_r_error() says why in a short phrase.
 */
long	json_r_parse(struct json_reader *, const char *line, size_t len,
	    const struct json_field **fields);
const char	*json_r_error(const struct json_reader *);

/* The last field of the last parse whose key is key, or NULL. */
const struct json_field	*json_r_find(const struct json_reader *,
	    const char *key);

/* Whether the line holds nothing but JSON white space. */
int	json_blank(const char *line, size_t len);

#endif
