/*
 * detect_decl.h: the charset an HTML or XML document declares.
 */
#ifndef DETECT_DECL_H
#define DETECT_DECL_H

#include <stddef.h>

/*
 * The encoding declared by the first charset= or <?xml encoding= in
 * buf[0..len), as a name of detect_names[], or NULL when there is none or
 * its label is unknown (labels: data file detect-labels.txt).
 */
const char	*declared_encoding(const unsigned char *buf, size_t len);

#endif
