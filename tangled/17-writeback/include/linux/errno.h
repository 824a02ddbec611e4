#ifndef _LINUX_ERRNO_H
#define _LINUX_ERRNO_H
#define ENOENT		2	/* no such file or directory */
#define E2BIG		7	/* argument list too long */
#define ENOMEM		12	/* out of memory */
#define EBUSY		16	/* device or resource busy */
#define EEXIST		17	/* file exists */
#define EINVAL		22	/* invalid argument */
#define ENOSPC		28	/* no space left on device */
#define EFAULT		14	/* bad address */
#define ERANGE		34	/* result too large */
#define EPERM		1	/* operation not permitted */
#define ESRCH		3	/* no such process */
#define EINTR		4	/* interrupted system call */
#define ECHILD		10	/* no child processes */
#define EAGAIN		11	/* try again */
#define EBADF		9	/* bad file number */
#define ENOEXEC		8	/* exec format error */
#define ENOTTY		25	/* not a typewriter */
#define ENOSYS		38	/* invalid system call number */
#define ENODEV		19	/* no such device */
#define EOVERFLOW	75	/* value too large for defined data type */
#define EACCES		13	/* permission denied */
#define ENAMETOOLONG	36	/* file name too long */
#define ENXIO		6	/* no such device or address */
#define ENOTDIR		20	/* not a directory */
#define EISDIR		21	/* is a directory */
#define ENFILE		23	/* file table overflow */
#define EMFILE		24	/* too many open files */
#define ESPIPE		29	/* illegal seek */
#define ENOTEMPTY	39	/* directory not empty */
#define EIO		5	/* I/O error */
#define EPIPE		32	/* broken pipe: no reader is left */
#define ELOOP		40	/* too many symbolic links */
#define EOPNOTSUPP	95	/* operation not supported */
#define ETIMEDOUT	110	/* timed out */
#define ENOTBLK		15	/* block device required */
#define EMLINK		31	/* too many links */
#define ESTALE		116	/* stale file handle */
#endif
