/*
 * detect_candidates.h: the candidates of the statistics stage of encoding
 * detection, as an initializer: detect_score.c defines candidates[] with
 * it, and scripts/tocode-detect-tables.c makes the score table of each at
 * build time.
 */
#ifndef DETECT_CANDIDATES_H
#define DETECT_CANDIDATES_H

#include "detect_model.h"

enum scheme {
	S_SINGLE,	/* one byte, one character */
	S_GB18030,	/* 81-FE + 40-7E/80-FE, or four bytes with 30-39 */
	S_BIG5,		/* 81-FE + 40-7E/A1-FE */
	S_SJIS,		/* A1-DF alone; 81-9F/E0-FC + 40-7E/80-FC */
	S_EUCJP,	/* A1-FE A1-FE; 8E A1-DF; 8F A1-FE A1-FE */
	S_UHC,		/* 81-FE + 41-5A/61-7A/81-FE */
	S_JOHAB,	/* 84-D3 + 41-7E/81-FE; D8-DE/E0-F9 + 31-7E/91-FE */
	S_EUCTW,	/* A1-FE A1-FE; 8E A1-B0 A1-FE A1-FE */
	S_UTF8,
	S_UTF16LE,
	S_UTF16BE,
};

/* name, iconv name, scheme, language (-1: any), rare */
#define DETECT_CANDIDATES { \
	{ "GB18030",	  "GB18030",	S_GB18030, LANG_ZH,    0 }, \
	{ "BIG5",	  "BIG5",	S_BIG5,	   LANG_ZH,    0 }, \
	{ "SHIFT_JIS",	  "CP932",	S_SJIS,	   LANG_JA,    0 }, \
	{ "EUC-JP",	  "EUC-JP-MS",	S_EUCJP,   LANG_JA,    0 }, \
	{ "EUC-KR",	  "CP949",	S_UHC,	   LANG_KO,    0 }, \
	{ "JOHAB",	  "JOHAB",	S_JOHAB,   LANG_KO,    1 }, \
	{ "EUC-TW",	  "EUC-TW",	S_EUCTW,   LANG_ZH,    1 }, \
	{ "WINDOWS-1252", "CP1252",	S_SINGLE,  LANG_FR,    0 }, \
	{ "WINDOWS-1252", "CP1252",	S_SINGLE,  LANG_DE,    0 }, \
	{ "WINDOWS-1252", "CP1252",	S_SINGLE,  LANG_ES,    0 }, \
	{ "WINDOWS-1252", "CP1252",	S_SINGLE,  LANG_IT,    0 }, \
	{ "WINDOWS-1252", "CP1252",	S_SINGLE,  LANG_PT,    0 }, \
	{ "WINDOWS-1252", "CP1252",	S_SINGLE,  LANG_NL,    0 }, \
	{ "WINDOWS-1252", "CP1252",	S_SINGLE,  LANG_SV,    0 }, \
	{ "WINDOWS-1252", "CP1252",	S_SINGLE,  LANG_DA,    0 }, \
	{ "WINDOWS-1252", "CP1252",	S_SINGLE,  LANG_NB,    0 }, \
	{ "WINDOWS-1251", "CP1251",	S_SINGLE,  LANG_RU,    1 }, \
	{ "KOI8-R",	  "KOI8-R",	S_SINGLE,  LANG_RU,    1 }, \
	{ "ISO-8859-5",	  "ISO-8859-5",	S_SINGLE,  LANG_RU,    1 }, \
	{ "ISO-8859-7",	  "ISO-8859-7",	S_SINGLE,  LANG_EL,    1 }, \
	{ "WINDOWS-1253", "CP1253",	S_SINGLE,  LANG_EL,    1 }, \
	{ "WINDOWS-1250", "CP1250",	S_SINGLE,  LANG_CS,    1 }, \
	{ "WINDOWS-1250", "CP1250",	S_SINGLE,  LANG_SK,    1 }, \
	{ "WINDOWS-1250", "CP1250",	S_SINGLE,  LANG_PL,    1 }, \
	{ "WINDOWS-1250", "CP1250",	S_SINGLE,  LANG_HU,    1 }, \
	{ "WINDOWS-1250", "CP1250",	S_SINGLE,  LANG_SL,    1 }, \
	{ "WINDOWS-1250", "CP1250",	S_SINGLE,  LANG_HR,    1 }, \
	{ "ISO-8859-2",	  "ISO-8859-2",	S_SINGLE,  LANG_CS,    1 }, \
	{ "ISO-8859-2",	  "ISO-8859-2",	S_SINGLE,  LANG_SK,    1 }, \
	{ "ISO-8859-2",	  "ISO-8859-2",	S_SINGLE,  LANG_PL,    1 }, \
	{ "ISO-8859-2",	  "ISO-8859-2",	S_SINGLE,  LANG_HU,    1 }, \
	{ "ISO-8859-2",	  "ISO-8859-2",	S_SINGLE,  LANG_SL,    1 }, \
	{ "ISO-8859-2",	  "ISO-8859-2",	S_SINGLE,  LANG_HR,    1 }, \
	{ "WINDOWS-1255", "CP1255",	S_SINGLE,  LANG_HE,    1 }, \
	{ "ISO-8859-8",	  "ISO-8859-8",	S_SINGLE,  LANG_HE,    1 }, \
	{ "UTF-8",	  "UTF-8",	S_UTF8,	   -1,	       0 }, \
	{ "UTF-16LE",	  "UTF-16LE",	S_UTF16LE, -1,	       0 }, \
	{ "UTF-16BE",	  "UTF-16BE",	S_UTF16BE, -1,	       0 }, \
}

#endif
