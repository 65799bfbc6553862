/* Unit tests of tocode's HTML renderer (html.c) and HTTP reader (http.c). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "tocode/html.h"
#include "tocode/http.h"
#include "t.h"

/* Rendered lines joined with '\n'; pieces of a long line joined with '|'. */
static void
collect(void *ctx, const char *s, size_t n, int end)
{
	struct buf *b = ctx;

	buf_add(b, s, n);
	buf_addc(b, end ? '\n' : '|');
}

struct pieces {
	const char	*s;
	size_t		 n, step;
};

/* The page a piece of at most step bytes at a time. */
static size_t
read_piece(void *ctx, char *buf, size_t size)
{
	struct pieces *p = ctx;
	size_t k = p->n < p->step ? p->n : p->step;

	if (k > size)
		k = size;
	memcpy(buf, p->s, k);
	p->s += k;
	p->n -= k;
	return k;
}

/* The rendering of html, read in pieces of step bytes. */
static const char *
render_in(const char *html, size_t step)
{
	static struct buf b;
	struct pieces p = { html, strlen(html), step };

	buf_reset(&b);
	html_render(read_piece, &p, collect, &b);
	buf_addc(&b, '\0');
	return b.data;
}

static const char *
render(const char *html)
{
	return render_in(html, 1 << 20);
}

/*
 * References a browser decodes without ';', whatever the pieces the page
 * comes in; others, and those that have their ';', as libxml2 reads them.
 */
static void
legacy_references(void)
{
	static const char page[] = "<p>a&nbspb &amp c &copy 2020 &frac12x "
	    "&notit ?a=1&para=2 &amp;nbsp &foo; &lt;&gt &</p>";
	static const char want[] = "a\xC2\xA0" "b & c \xC2\xA9 2020 "
	    "\xC2\xBDx \xC2\xACit ?a=1\xC2\xB6=2 &nbsp &foo; <> &\n";
	size_t step;

	CHECK_STR(render(page), want, "legacy references are decoded "
	    "without their ';'");
	for (step = 1; step <= 8; step++)
		CHECK_STR(render_in(page, step), want, "so they are when the "
		    "page comes in small pieces");
	CHECK_STR(render("<p>x&nbsp"), "x\n", "or ends with one");
}

static void
test_rules(void)
{
	CHECK_STR(render("<p>one</p><p>two</p>"), "one\ntwo\n",
	    "block elements break lines");
	CHECK_STR(render("<div>a <b>bold</b> and <a href=x>link</a>.</div>"),
	    "a bold and link.\n", "inline text joins");
	CHECK_STR(render("<p>a<br>b<br/>c</p>"), "a\nb\nc\n",
	    "<br> breaks a line");
	CHECK_STR(render("<p>a<br><br><br>b</p>"), "a\nb\n",
	    "no blank lines come out");
	CHECK_STR(render("<ul><li>one<li>two</ul><ol><li><p>three</p></ol>"),
	    "- one\n- two\n- three\n", "list items start with '- '");
	CHECK_STR(render("<ul><li></li><li> </li><li>x</li></ul>"), "- x\n",
	    "an empty item leaves no lone '- '");
	CHECK_STR(render("<table><tr><th>A</th><th>B</th></tr>"
	    "<tr><td>1</td><td></td><td>3</td></tr></table>"),
	    "A\tB\n1\t3\n", "table rows are lines, cells apart");
	CHECK_STR(render("<p>a</p><script>var x = '<p>no</p>';</script>"
	    "<style>p { color: red }</style><noscript>no</noscript>"
	    "<template><p>no</p></template><p>b</p>"), "a\nb\n",
	    "scripts, styles, noscript and template are dropped");
	CHECK_STR(render("<script>document.write(\"</div>\");</script><p>a</p>"),
	    "a\n", "a script ends only at </script>");
	CHECK_STR(render("<p>a<!-- no --> b</p>"), "a b\n",
	    "comments are dropped");
	CHECK_STR(render("<p hidden>no</p><div style=\"color:red; DISPLAY : "
	    "None\">no</div><p>yes</p>"), "yes\n", "hidden elements are dropped");
	CHECK_STR(render("<div id=js_content style=\"visibility: hidden;\">"
	    "<p>body</p></div>"), "body\n", "an article hidden until a script "
	    "shows it is kept");
	CHECK_STR(render("<div style=\"display:block\">shown</div>"), "shown\n",
	    "a style that does not hide keeps the element");
	CHECK_STR(render("<html><head><title>T</title><meta charset=utf-8>"
	    "</head><body><h1>H</h1></body></html>"), "H\n",
	    "the head and its title are not text");
	CHECK_STR(render("<p>&lt;b&gt; &amp; &eacute;&#233;&#x4E2D;&nbsp;x</p>"),
	    "<b> & éé中\xC2\xA0x\n", "entities are decoded");
	legacy_references();
	CHECK_STR(render("<p>  a \n\t b  </p>"), "a b\n",
	    "white space collapses and is trimmed");
	CHECK_STR(render("<p>a&nbsp;</p><p>&nbsp;</p><p>\xE3\x80\x80</p>"),
	    "a\n", "lines of spaces and NBSP are dropped");
	CHECK_STR(render("<pre>a  b\n  c\n</pre><p>d   e</p>"),
	    "a  b\n  c\nd e\n", "<pre> keeps its spacing and lines");
	CHECK_STR(render("<div><p>unclosed <b>bold<div>next"), 
	    "unclosed bold\nnext\n", "unclosed tags are closed");
	CHECK_STR(render("<p>中文<span>段落</span></p><p>第二</p>"),
	    "中文段落\n第二\n", "Han text joins without spaces added");
	CHECK_STR(render_in("<p>a&amp;b</p><script>x</script><p>中文</p>", 1),
	    "a&b\n中文\n", "a page fed byte by byte renders the same");
	CHECK_STR(render("<html><body><p>a</p></body></html>\n<p>b</p>"
	    "</BODY ></html><div>c</div>"), "a\nb\nc\n",
	    "text after </body> and </html> is the body's, as in a browser");
	CHECK_STR(render("<select><option>menu</option></select><p>x</p>"),
	    "x\n", "form options are not text");
	CHECK_STR(render("<p>Bhutto&#146;s MP\xC2\x92s &#128;5 a&#129;b</p>"),
	    "Bhutto\xE2\x80\x99s MP\xE2\x80\x99s \xE2\x82\xAC" "5 a\xC2\x81" "b\n",
	    "C1 controls are the cp1252 characters they stand for");
	CHECK_STR(render("<nav><a>Home</a></nav><p>text</p><aside>column</aside>"
	    "<article><p>post</p><aside>quote</aside><footer>tags</footer>"
	    "</article><footer>copyright</footer>"), "text\npost\nquote\n",
	    "navigation, footers and asides beside the text are dropped");
	CHECK_STR(render("<p class=\"x hide\">no</p><span class=hidden>no</span>"
	    "<div class='d-none'>no</div><p class=\"hidden-xs\">yes</p>"),
	    "yes\n", "the classes frameworks hide things with are dropped");
}

/* The start of a layout row's lines: one a line, as they were rendered. */
#define LAYOUT "side\na paragraph\na paragraph\n"

static void
test_tables(void)
{
	struct buf page = { NULL, 0, 0 };
	size_t i;

	CHECK_STR(render("<table><tr><td><p>指标</p></td><td><p>单位</p></td>"
	    "</tr><tr><td><p>地区<br>生产总值</p></td><td><p>亿元</p></td><td>"
	    "<p>682.4</p></td></tr></table>"),
	    "指标\t单位\n地区 生产总值\t亿元\t682.4\n",
	    "a row of cells is one line, whatever blocks the cells hold");
	CHECK_STR(render("<table><tr><td>a</td><td><p>b</p><p>c</p></td><td></td>"
	    "<td><div>d</div></td></tr></table>"), "a\tb c\td\n",
	    "a cell's lines join with a space, cells with a TAB");
	CHECK_STR(render("<table><tr><td><p>one</p><p>cell</p></td></tr></table>"),
	    "one\ncell\n", "a row of one cell keeps its lines");
	CHECK_STR(render("<table><tr><td><p>menu</p><p>items</p></td><td><table>"
	    "<tr><td>x</td><td>y</td></tr></table></td></tr></table>"),
	    "menu\nitems\nx\ty\n", "a row that holds a table is a layout");
	buf_adds(&page, "<table><tr><td>side</td><td>");
	for (i = 0; i < 120; i++)
		buf_adds(&page, "<p>a paragraph</p>");
	buf_adds(&page, "</td></tr></table>");
	buf_addc(&page, '\0');
	CHECK(strncmp(render(page.data), LAYOUT, sizeof LAYOUT - 1) == 0,
	    "a row of more than a KB of text is a layout");
	buf_free(&page);
}

static void
test_long_line(void)
{
	size_t n = HTML_PIECE * 2 + 100, i;
	char *page = malloc(n + 8);
	const char *out;
	int pieces = 0;

	memcpy(page, "<p>", 3);
	for (i = 3; i < n; i++)
		page[i] = "ab "[i % 3];
	page[n] = '\0';
	out = render(page);
	for (; *out != '\0'; out++)
		pieces += *out == '|';
	CHECK(pieces == 2, "a line longer than a piece goes out in pieces");
	free(page);
}

static void
test_deep(void)
{
	size_t depth = 100000, i;
	struct buf page = { NULL, 0, 0 };

	for (i = 0; i < depth; i++)
		buf_adds(&page, "<div>");
	buf_adds(&page, "deep");
	buf_addc(&page, '\0');
	CHECK_STR(render(page.data), "deep\n", "100,000 nested divs render");
	buf_free(&page);
}

static const char *
body_of(const char *resp, size_t n, const char **err, char *type)
{
	static struct buf w1, w2, out;
	struct http_response r;

	*err = http_parse(resp, n, &w1, &w2, &r);
	strcpy(type, r.content_type);
	buf_reset(&out);
	buf_add(&out, r.body, r.body_len);
	buf_addc(&out, '\0');
	return out.data;
}

static void
test_http(void)
{
	static const char plain[] = "HTTP/1.1 200 OK\r\nContent-Type: "
	    "text/html; charset=gbk\r\nContent-Length: 4\r\n\r\nbody";
	static const char chunked[] = "HTTP/1.1 200 OK\r\nTransfer-Encoding: "
	    "chunked\r\n\r\n4\r\nWiki\r\n5;ext=1\r\npedia\r\n0\r\n\r\n";
	/* "hello" gzip-compressed. */
	static const char gz[] = "HTTP/1.0 200 OK\nContent-Encoding: gzip\n\n"
	    "\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xcb\x48\xcd\xc9\xc9\x07"
	    "\x00\x86\xa6\x10\x36\x05\x00\x00\x00";
	const char *err;
	char type[256];

	CHECK_STR(body_of(plain, sizeof plain - 1, &err, type), "body",
	    "an HTTP body after its header");
	CHECK_STR(type, "text/html; charset=gbk", "the Content-Type field");
	CHECK_STR(body_of(chunked, sizeof chunked - 1, &err, type),
	    "Wikipedia", "a chunked body is joined");
	CHECK(err == NULL, "a whole chunked body is no error");
	CHECK_STR(body_of(chunked, 67, &err, type), "Wikipe",
	    "a chunked body cut short keeps what it has");
	CHECK(err != NULL, "a chunked body cut short is said");
	CHECK_STR(body_of(gz, sizeof gz - 1, &err, type), "hello",
	    "a gzip body is inflated (bare LF header)");
	CHECK(body_of("HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\nnot gzip",
	    52, &err, type) != NULL && err != NULL,
	    "a body that is not in its content encoding is said");
	body_of("<html>", 6, &err, type);
	CHECK(err != NULL, "a block that is not HTTP is said");
	CHECK(http_has_token("text/html;charset=x", 19, "text/html") &&
	    !http_has_token("text/htmlx", 10, "text/html"),
	    "media types match as whole tokens");
}

int
main(void)
{
	test_rules();
	test_tables();
	test_long_line();
	test_deep();
	test_http();
	return t_status();
}
