#ifndef _LINUX_CPUMASK_H
#define _LINUX_CPUMASK_H
/* The processors the firmware lists, and the node of each. */
#define NR_CPUS		8

extern unsigned int nr_cpu_ids;
extern int cpu_to_node_map[NR_CPUS];

#define for_each_possible_cpu(cpu) \
	for ((cpu) = 0; (cpu) < (int)nr_cpu_ids; (cpu)++)

static inline int cpu_to_node(int cpu)
{
	return cpu_to_node_map[cpu];
}

/* The kernel runs on the boot processor until a later chapter starts others. */
static inline int smp_processor_id(void)
{
	return 0;
}

/*
 * The processors a booted Linux has online: all it found. Ours wait for
 * a later chapter, but what depends on the count (the statistics thresholds)
 * is sized for them already, as Linux's is once they are up.
 */
static inline unsigned int num_online_cpus(void)
{
	return nr_cpu_ids;
}

void init_cpu_possible(void);
unsigned int nr_cpus_node(int nid);
#endif
