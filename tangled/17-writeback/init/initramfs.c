/* init/initramfs.c: the cpio "newc" archive the boot loader handed over. */
#include <linux/boot_info.h>
#include <linux/errno.h>
#include <linux/initramfs.h>
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/fs.h>

#define N_ALIGN(len)	((((len) + 1) & ~3UL) + 2)

static int initramfs_error(unsigned long off, const char *what)
{
	pr_err("Initramfs unpacking failed: %s at offset %lu\n", what, off);
	return -EINVAL;
}

static u32 checksum(const char *p, unsigned long n)
{
	u32 sum = 0;

	while (n--)
		sum += (unsigned char)*p++;
	return sum;
}

static int hex_to_bin(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

enum { F_INO, F_MODE, F_UID, F_GID, F_NLINK, F_MTIME, F_FILESIZE,
       F_MAJ, F_MIN, F_RMAJ, F_RMIN, F_NAMESIZE, F_CHKSUM, F_COUNT };

#define NEWC_HEADER_LEN	110

static int parse_header(const char *h, unsigned long *field)
{
	unsigned int i, j;

	if (memcmp(h, "07070", 5) || (h[5] != '1' && h[5] != '2'))
		return -EINVAL;
	for (i = 0; i < F_COUNT; i++) {
		field[i] = 0;
		for (j = 0; j < 8; j++) {
			int d = hex_to_bin(h[6 + 8 * i + j]);

			if (d < 0)
				return -EINVAL;
			field[i] = field[i] << 4 | d;
		}
	}
	return 0;
}

static struct initramfs_file *files;
static unsigned int nr_files;

static int add_file(const char *name, unsigned long mode, const char *data,
		    unsigned long size)
{
	struct initramfs_file *f;

	if ((mode & S_IFMT) != S_IFREG)
		return 0;
	f = krealloc(files, (nr_files + 1) * sizeof(*f), GFP_KERNEL);
	if (!f)
		return -ENOMEM;
	files = f;
	f += nr_files++;
	snprintf(f->name, sizeof(f->name), "/%s", name[0] == '/' ? name + 1
							   : name);
	f->mode = mode;
	f->data = (const unsigned char *)data;
	f->size = size;
	return 0;
}

const struct initramfs_file *initramfs_lookup(const char *name)
{
	unsigned int i;

	for (i = 0; i < nr_files; i++)
		if (!strcmp(files[i].name, name))
			return &files[i];
	return NULL;
}

const struct initramfs_file *initramfs_file(unsigned int i)
{
	return i < nr_files ? &files[i] : NULL;
}

int unpack_to_rootfs(const char *buf, unsigned long len)
{
	unsigned long off = 0, f[F_COUNT];

	while (off < len) {
		const char *h = buf + off, *name;
		unsigned long data;

		if (len - off < NEWC_HEADER_LEN || parse_header(h, f))
			return initramfs_error(off, "no cpio newc header");
		name = h + NEWC_HEADER_LEN;
		if (f[F_NAMESIZE] == 0 ||
		    len - off - NEWC_HEADER_LEN < f[F_NAMESIZE] ||
		    name[f[F_NAMESIZE] - 1] != '\0')
			return initramfs_error(off, "bad file name");
		data = off + NEWC_HEADER_LEN + N_ALIGN(f[F_NAMESIZE]);
		if (!strcmp(name, "TRAILER!!!"))
			return 0;
		if (data > len || len - data < f[F_FILESIZE])
			return initramfs_error(off, "file runs past the end");
		if (h[5] == '2' && checksum(buf + data, f[F_FILESIZE]) !=
		    f[F_CHKSUM])
			return initramfs_error(off, "checksum mismatch");
		if (add_file(name, f[F_MODE], buf + data, f[F_FILESIZE]))
			return initramfs_error(off, "out of memory");
		off = data + ((f[F_FILESIZE] + 3) & ~3UL);
	}
	return initramfs_error(off, "no TRAILER!!!");
}

/* Every directory on the way to name, as mkdir -p makes them. */
static int make_parents(char *name)
{
	char *slash;
	int err;

	for (slash = name + 1; *slash; slash++) {
		if (*slash != '/')
			continue;
		*slash = '\0';
		err = init_mknod(name, S_IFDIR | 0755, 0);
		*slash = '/';
		if (err && err != -EEXIST)
			return err;
	}
	return 0;
}

static int write_file(const struct initramfs_file *f)
{
	char name[sizeof(f->name)];
	struct file *file;
	loff_t pos = 0;
	ssize_t n;
	int err;

	strscpy(name, f->name, sizeof(name));
	err = make_parents(name);
	if (err)
		return err;
	file = do_filp_open(AT_FDCWD, name, O_WRONLY | O_CREAT | O_TRUNC,
			    f->mode & 07777);
	if (IS_ERR(file))
		return PTR_ERR(file);
	n = kernel_write(file, f->data, f->size, &pos);
	fput(file);
	return n < 0 ? n : (size_t)n == f->size ? 0 : -ENOSPC;
}

static void make_devices(void)
{
	init_mknod("/dev", S_IFDIR | 0755, 0);
	init_mknod("/dev/console", S_IFCHR | 0600, MKDEV(5, 1));
	init_mknod("/dev/null", S_IFCHR | 0666, MKDEV(1, 3));
	init_mknod("/dev/zero", S_IFCHR | 0666, MKDEV(1, 5));
}

void populate_rootfs(void)
{
	const struct boot_module *m = &boot_info.modules[0];
	unsigned int i;
	int err;

	make_devices();
	if (!boot_info.nr_modules)
		return;
	pr_info("Trying to unpack rootfs image as initramfs...\n");
	if (unpack_to_rootfs(__va(m->start), m->end - m->start))
		return;
	pr_info("initramfs: %u files, %lu bytes at %#lx\n", nr_files,
		(unsigned long)(m->end - m->start), (unsigned long)m->start);
	for (i = 0; i < nr_files; i++)
		if ((err = write_file(&files[i])))
			pr_err("initramfs: %s: error %d\n", files[i].name, err);

}

