#ifndef _LINUX_DELAY_H
#define _LINUX_DELAY_H
/* Sleeping for a time. */
void msleep(unsigned int msecs);
#endif
