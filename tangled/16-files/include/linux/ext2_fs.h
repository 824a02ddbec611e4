#ifndef _LINUX_EXT2_FS_H
#define _LINUX_EXT2_FS_H
/* ext2's numbers that programs share with the kernel. */
#define EXT2_NAME_LEN		255
#define EXT2_SUPER_MAGIC	0xEF53
#endif
