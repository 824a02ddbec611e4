/* tests/lines.c: how many lines of a text match a regular expression. */
#include <regex.h>
#include <string.h>
#include "tests.h"

int count_matching_lines(const char *text, const char *pattern)
{
	char line[1024];
	regex_t re;
	int n = 0;

	ck_assert_int_eq(regcomp(&re, pattern, REG_EXTENDED | REG_NOSUB), 0);
	while (*text) {
		size_t len = strcspn(text, "\n");

		ck_assert_uint_lt(len, sizeof(line));
		memcpy(line, text, len);
		line[len] = '\0';
		if (regexec(&re, line, 0, NULL, 0) == 0)
			n++;
		text += len + (text[len] == '\n');
	}
	regfree(&re);
	return n;
}

void expect_lines_match(const char *text, const char *pattern, int want)
{
	ck_assert_int_eq(count_matching_lines(text, pattern), want);
}
