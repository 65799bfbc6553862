/*
 * detect_decl.c: find <meta charset=...>, <meta http-equiv content="...;
 * charset=..."> and <?xml ... encoding="..."?> in a window of bytes.
 */
#include <ctype.h>
#include <string.h>

#include "detect.h"
#include "detect_decl.h"
#include "embedded.h"

#define LABEL_MAX	40
#define XML_DECL_MAX	256	/* where <?xml ... ?> must have ended */

/* Does buf[i..len) start with the lower-case word w, in any case? */
static int
word_at(const unsigned char *buf, size_t len, size_t i, const char *w)
{
	size_t n = strlen(w), k;

	if (len - i < n)
		return 0;
	for (k = 0; k < n; k++)
		if (tolower(buf[i + k]) != w[k])
			return 0;
	return 1;
}

/* The label after "charset" or "encoding" at buf + i, lower-cased. */
static int
label_after(const unsigned char *buf, size_t len, size_t i, char *label)
{
	size_t n = 0;

	while (i < len && (buf[i] == ' ' || buf[i] == '\t'))
		i++;
	if (i >= len || buf[i] != '=')
		return 0;
	i++;
	while (i < len && (buf[i] == ' ' || buf[i] == '\t' || buf[i] == '"' ||
	    buf[i] == '\''))
		i++;
	while (i < len && n < LABEL_MAX && (isalnum(buf[i]) ||
	    strchr("-_.:", buf[i]) != NULL))
		label[n++] = (char)tolower(buf[i++]);
	label[n] = '\0';
	return n > 0;
}

/* Look label up in detect-labels.txt. */
static const char *
label_encoding(const char *label)
{
	struct data_lines dl;
	const char *p, *line, *nl, *tab;
	size_t len, n = strlen(label), k, linelen;

	if ((p = embedded_file("detect-labels.txt", &len)) == NULL)
		return NULL;
	for (data_lines_init(&dl, p, len);
	    data_next_line(&dl, &line, &linelen);) {
		nl = line + linelen;
		if ((tab = memchr(line, '\t', linelen)) == NULL ||
		    (size_t)(tab - line) != n || memcmp(line, label, n) != 0)
			continue;
		for (k = 0; detect_names[k] != NULL; k++)
			if ((size_t)(nl - tab - 1) == strlen(detect_names[k]) &&
			    memcmp(tab + 1, detect_names[k], nl - tab - 1) == 0)
				return detect_names[k];
	}
	return NULL;
}

const char *
declared_encoding(const unsigned char *buf, size_t len)
{
	char label[LABEL_MAX + 1];
	size_t i;
	int xml = len >= 5 && memcmp(buf, "<?xml", 5) == 0;

	for (i = 0; i < len; i++) {
		if (buf[i] != 'c' && buf[i] != 'C' && buf[i] != 'e' &&
		    buf[i] != 'E')
			continue;
		if (word_at(buf, len, i, "charset") &&
		    label_after(buf, len, i + 7, label))
			return label_encoding(label);
		if (xml && i < XML_DECL_MAX &&
		    word_at(buf, len, i, "encoding") &&
		    label_after(buf, len, i + 8, label))
			return label_encoding(label);
	}
	return NULL;
}
