#ifndef WEAVE_CSYSTEM_H
#define WEAVE_CSYSTEM_H

#include <sys/types.h>

/// How `weave_spawn` starts a child: its descriptors, folder and limits.
typedef struct {
    /// Descriptors the child gets as 0, 1, 2, 3, … (-1: /dev/null for 0–2, closed above 2).
    const int *descriptors;
    int descriptorCount;
    /// Read end of weave's lifeline pipe (-1: none). A watchdog in the child's session (/bin/sh running a
    /// short script) waits on it and kills every process of the session when weave's write end closes
    /// while the session still runs: when weave died (weave ends a finished run's session itself).
    int lifeline;
    /// RLIMIT_AS for the child in bytes; 0 leaves the limit alone.
    unsigned long long addressSpaceLimit;
    /// The child's working folder, or NULL.
    const char *directory;
} weave_spawn_options;

/// Starts `path` with `argv` and `envp` in a new session (so it leads its own process group), dying
/// with weave (PR_SET_PDEATHSIG), with default signal dispositions and only the given descriptors.
/// Started with clone(CLONE_VM | CLONE_VFORK), as posix_spawn does: weave's memory is not copied.
/// Returns the pid, or -1 with `*error` set to the errno of what failed (clone, or the exec in the child).
pid_t weave_spawn(const char *path, char *const argv[], char *const envp[], const weave_spawn_options *options,
                  int *error);

/// A descriptor that becomes readable when process `pid` ends (pidfd_open), or -1.
int weave_pidfd_open(pid_t pid);

/// Sends `signal` to every process whose session is `session`, except the caller; returns how many
/// were signalled, or -1 when /proc cannot be read. Async-signal-safe (no allocation).
int weave_kill_session(pid_t session, int signal);

/// Writes the pids of the processes whose session is `session` (the caller excepted) into `members`, at
/// most `capacity` of them; returns how many there are (more than `capacity` when they did not all fit),
/// or -1 when /proc cannot be read.
int weave_session_members(pid_t session, pid_t *members, int capacity);

/// Writes the pids of the caller's children into `children`, at most `capacity` of them; returns how many
/// there are (more than `capacity` when they did not all fit), or -1 when /proc cannot be read.
int weave_children(pid_t *children, int capacity);

/// Makes the caller a child subreaper (PR_SET_CHILD_SUBREAPER): orphans below it come to it, not to init.
/// 0 on success, -1 with errno set.
int weave_become_subreaper(void);

/// Whether child `pid` has ended, without reaping it (waitid with WNOWAIT).
int weave_has_ended(pid_t pid);

/// pipe2 with O_CLOEXEC: fds[0] reads, fds[1] writes. 0 on success, -1 with errno set.
int weave_pipe(int fds[2]);

/// A connected pair of Unix stream sockets with O_CLOEXEC, for a channel weave writes to: unlike a pipe's,
/// a write to a socket whose other end has closed can fail without raising SIGPIPE (`weave_send_byte`).
/// 0 on success, -1 with errno set.
int weave_socket_pair(int fds[2]);

/// Sends one byte without raising SIGPIPE (MSG_NOSIGNAL), retrying on EINTR. 0 on success, -1 with errno set.
int weave_send_byte(int fd, unsigned char byte);

/// Atomically swaps two paths (renameat2 with RENAME_EXCHANGE): both must exist. 0 on success, -1 with
/// errno set (EINVAL or ENOSYS where the file system or kernel cannot exchange).
int weave_exchange(const char *first, const char *second);

#endif
