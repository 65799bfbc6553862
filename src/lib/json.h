/*
 * json.h: the one place that parses and writes JSON (on yajl).
 *
 * Writing: a record is built with json_w_* calls and ended with
 * json_w_end_record(), which writes it as one line to stdout through out.h.
 * Strings are escaped as JSON requires, non-ASCII UTF-8 is written as is.
 * Numbers are written as the caller spells them (exact decimals).
 */
#ifndef JSON_H
#define JSON_H

#include <stddef.h>

struct json_writer;

struct json_writer	*json_w_new(void);
void			 json_w_free(struct json_writer *);
void	json_w_begin_object(struct json_writer *);
void	json_w_end_object(struct json_writer *);
void	json_w_begin_array(struct json_writer *);
void	json_w_end_array(struct json_writer *);
void	json_w_key(struct json_writer *, const char *);
void	json_w_string(struct json_writer *, const char *, size_t);
void	json_w_cstring(struct json_writer *, const char *);
void	json_w_number(struct json_writer *, const char *, size_t);
void	json_w_integer(struct json_writer *, long long);
void	json_w_bool(struct json_writer *, int);
void	json_w_null(struct json_writer *);
/* Write what was built as one line (plus '\n') and start afresh. */
void	json_w_end_record(struct json_writer *);

/*
 * Append s[0..n) to b as a JSON string, quotes included, escaped exactly
 * as json_w_string() escapes it.  For a tool that writes its records as
 * text: a string repeated in many records (a document name, a sentence)
 * is escaped once and its bytes copied.
 */
struct buf;
void	json_escape(struct buf *b, const char *s, size_t n);

#endif
