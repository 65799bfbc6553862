/*
 * http.h: the HTTP response inside a WARC response record: its header
 * fields and its body with chunked transfer and content encoding undone.
 */
#ifndef HTTP_H
#define HTTP_H

#include <stddef.h>

struct buf;

struct http_response {
	int		 status;	/* 200, or 0 when the line is not HTTP */
	char		 content_type[256];	/* "" when absent */
	const char	*body;		/* into the block or into the buffer */
	size_t		 body_len;
};

/*
 * Parse block[0..n).  Dechunked or inflated bodies go into work.  Returns
 * NULL, or a message when the body could not be undone (what was
 * recovered of it is still set).
 */
const char	*http_parse(const char *block, size_t n, struct buf *work,
		    struct buf *work2, struct http_response *);

/* Whether value (a header field value) names the token, in any case. */
int		 http_has_token(const char *value, size_t n, const char *token);

#endif
