/* user/auxv.c: what the kernel handed the program, in a comparable form. */
#define _GNU_SOURCE		/* for gettid() */
#include <elf.h>
#include <stdio.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>

extern const Elf64_Ehdr __ehdr_start;

static const char *yes(int b)
{
	return b ? "yes" : "no";
}

static void show_args(int argc, char **argv, char **envp)
{
	const char *base = strrchr(argv[0], '/');
	int i, n = 0;

	printf("argc: %d\n", argc);
	printf("argv[0]: %s\n", base ? base + 1 : argv[0]);
	for (i = 1; i < argc; i++)
		printf("argv[%d]: %s\n", i, argv[i]);
	printf("argv[argc] is NULL: %s\n", yes(argv[argc] == NULL));
	while (envp[n])
		n++;
	printf("envp: %d strings\n", n);
	for (i = 0; i < n; i++)
		printf("envp[%d]: %s\n", i, envp[i]);
}
static void show_auxv(void)
{
	const Elf64_Ehdr *eh = &__ehdr_start;
	unsigned long phdr = getauxval(AT_PHDR);
	const unsigned char *rnd = (const void *)getauxval(AT_RANDOM);
	int local;

	printf("AT_PAGESZ: %lu\n", getauxval(AT_PAGESZ));
	printf("AT_PHDR at the program headers: %s\n",
	       yes(phdr == (unsigned long)eh + eh->e_phoff));
	printf("AT_PHENT: %lu\n", getauxval(AT_PHENT));
	printf("AT_PHNUM is e_phnum: %s\n",
	       yes(getauxval(AT_PHNUM) == eh->e_phnum));
	printf("AT_ENTRY is e_entry: %s\n",
	       yes(getauxval(AT_ENTRY) == eh->e_entry));
	printf("AT_RANDOM on the stack: %s\n",
	       yes(rnd && rnd > (const unsigned char *)&local));
	printf("AT_SECURE: %lu\n", getauxval(AT_SECURE));
	printf("AT_EXECFN given: %s\n", yes(getauxval(AT_EXECFN) != 0));
}
static long ns(const struct timespec *t)
{
	return t->tv_sec * 1000000000L + t->tv_nsec;
}

static void show_calls(void)
{
	struct timespec a, b;
	struct utsname u;

	printf("getpid() > 0: %s\n", yes(getpid() > 0));
	printf("gettid() is getpid(): %s\n", yes(gettid() == getpid()));
	clock_gettime(CLOCK_MONOTONIC, &a);
	clock_gettime(CLOCK_MONOTONIC, &b);
	printf("CLOCK_MONOTONIC does not go back: %s\n", yes(ns(&b) >= ns(&a)));
	if (uname(&u) == 0)
		printf("uname: %s %s\n", u.sysname, u.machine);
	printf("sbrk(0) is a break: %s\n", yes(sbrk(0) != (void *)-1));
}

int main(int argc, char **argv, char **envp)
{
	show_args(argc, argv, envp);
	show_auxv();
	show_calls();
	return 0;
}
