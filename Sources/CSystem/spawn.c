// The one file of weave that starts processes: between clone and exec only system calls are made.
#define _GNU_SOURCE
#include "CSystem.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <pthread.h>
#include <sched.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

enum { firstSpare = 64 };

static void closeFrom(int first) {
#ifdef SYS_close_range
    if (syscall(SYS_close_range, (unsigned)first, ~0U, 0) == 0) return;
#endif
    for (int fd = first; fd < 4096; fd++) close(fd);
}

/// Field `wanted` after the command's closing parenthesis in /proc/<pid>/stat text (1: state, 2: parent,
/// 3: process group, 4: session), or -1.
static long statField(const char *stat, ssize_t length, int wanted) {
    ssize_t close = -1;
    for (ssize_t i = 0; i < length; i++) if (stat[i] == ')') close = i;
    if (close < 0) return -1;
    int field = 0;
    long value = 0;
    for (ssize_t i = close + 1; i < length; i++) {
        if (stat[i] == ' ') {
            if (field == wanted) return value;
            field++;
            value = 0;
        } else if (field == wanted) {
            if (stat[i] < '0' || stat[i] > '9') return -1;
            value = value * 10 + (stat[i] - '0');
        }
    }
    return -1;
}

static long sessionOf(const char *stat, ssize_t length) { return statField(stat, length, 4); }

/// Calls `visit` with each process's pid and the start of its /proc/<pid>/stat text, for every process but
/// the caller. Returns -1 when /proc cannot be read, else 0. Async-signal-safe (no allocation).
static int eachProcess(void (*visit)(pid_t pid, const char *stat, ssize_t length, void *context), void *context) {
    int proc = open("/proc", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (proc < 0) return -1;
    pid_t self = getpid();
    char entries[4096];
    for (;;) {
        long n = syscall(SYS_getdents64, proc, entries, sizeof entries);
        if (n <= 0) break;
        for (long offset = 0; offset < n;) {
            // struct linux_dirent64: inode (8), offset (8), record length (2), type (1), name.
            unsigned short length = *(unsigned short *)(entries + offset + 16);
            const char *name = entries + offset + 19;
            offset += length;
            long pid = 0;
            const char *c = name;
            for (; *c >= '0' && *c <= '9'; c++) pid = pid * 10 + (*c - '0');
            if (*c != '\0' || pid <= 0 || pid == self) continue;
            char path[64] = "/proc/";
            int at = 6;
            char digits[24];
            int count = 0;
            for (long v = pid; v > 0; v /= 10) digits[count++] = (char)('0' + v % 10);
            while (count > 0) path[at++] = digits[--count];
            memcpy(path + at, "/stat", 6);
            int fd = open(path, O_RDONLY | O_CLOEXEC);
            if (fd < 0) continue;
            char stat[512];
            ssize_t got = read(fd, stat, sizeof stat);
            close(fd);
            if (got > 0) visit((pid_t)pid, stat, got, context);
        }
    }
    close(proc);
    return 0;
}

/// What `weave_kill_session` passes to each process it visits.
typedef struct { long session; int signal; int killed; } killRequest;

static void killIfInSession(pid_t pid, const char *stat, ssize_t length, void *context) {
    killRequest *request = context;
    if (sessionOf(stat, length) == request->session && kill(pid, request->signal) == 0) request->killed++;
}

int weave_kill_session(pid_t session, int signal) {
    killRequest request = { session, signal, 0 };
    return eachProcess(killIfInSession, &request) < 0 ? -1 : request.killed;
}

/// The processes whose /proc/<pid>/stat field `field` is `value`: what `listIfField` collects.
typedef struct { int field; long value; pid_t *pids; int capacity; int found; } pidList;

static void listIfField(pid_t pid, const char *stat, ssize_t length, void *context) {
    pidList *list = context;
    if (statField(stat, length, list->field) != list->value) return;
    if (list->found < list->capacity) list->pids[list->found] = pid;
    list->found++;
}

int weave_session_members(pid_t session, pid_t *members, int capacity) {
    pidList list = { 4, session, members, capacity, 0 };
    return eachProcess(listIfField, &list) < 0 ? -1 : list.found;
}

int weave_children(pid_t *children, int capacity) {
    pidList list = { 2, getpid(), children, capacity, 0 };
    return eachProcess(listIfField, &list) < 0 ? -1 : list.found;
}

int weave_become_subreaper(void) {
    return prctl(PR_SET_CHILD_SUBREAPER, 1);
}

/// The watchdog, run by /bin/sh with the lifeline as its standard input: once the lifeline closes, it
/// kills every other process of its session, then its own process group (itself).
static const char watchdogScript[] =
    "read -r stat < /proc/self/stat\n"
    "set -- ${stat##*') '}\n"
    "session=$4\n"
    "read -r _\n"
    "for f in /proc/[0-9]*/stat; do\n"
    "  read -r stat < \"$f\" || continue\n"
    "  set -- ${stat##*') '}\n"
    "  p=${f#/proc/}; p=${p%/stat}\n"
    "  [ \"$4\" = \"$session\" ] && [ \"$p\" != \"$$\" ] && kill -KILL \"$p\"\n"
    "done\n"
    "kill -KILL 0\n";

enum { stackSize = 64 * 1024 };

/// What the child needs, in memory it shares with weave until it execs (`clone` with `CLONE_VM`).
typedef struct {
    const char *path;
    char *const *argv;
    char *const *envp;
    const weave_spawn_options *options;
    pid_t parent;
    /// Set by the child when it could not start the program: the errno of what failed.
    int error;
    /// Where the watchdog's start runs (the child's own stack is another part of the same mapping).
    char *watchdogStackTop;
} launch;

/// The watchdog's start: its own process group, the lifeline as descriptor 0, nothing else open, then
/// /bin/sh runs the script.
static int watchdogMain(void *argument) {
    launch *l = argument;
    // A process group of its own in the session, so that killing the program's group leaves it to finish.
    setpgid(0, 0);
    if (dup2(l->options->lifeline, 0) < 0) _exit(1);
    closeFrom(1);
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
    char *const argv[] = { "sh", "-c", (char *)watchdogScript, "weave-watchdog", NULL };
    char *const envp[] = { NULL };
    execve("/bin/sh", argv, envp);
    _exit(127);
}

static int failInChild(launch *l, int code) {
    l->error = code;
    _exit(127);
}

/// The child between clone and exec: weave is suspended meanwhile (`CLONE_VFORK`) and its memory is
/// shared, so only system calls are made and only `l` and this stack are written.
static int childMain(void *argument) {
    launch *l = argument;
    const weave_spawn_options *options = l->options;
    setsid();
    // Signal dispositions are the child's own (no CLONE_SIGHAND); every signal is blocked until exec.
    for (int s = 1; s < NSIG; s++) {
        if (s != SIGKILL && s != SIGSTOP) signal(s, SIG_DFL);
    }
    if (options->lifeline >= 0) {
        // In the child's session, so that it outlives weave; a fork of nothing: it execs /bin/sh at once.
        clone(watchdogMain, l->watchdogStackTop, CLONE_VM | CLONE_VFORK | SIGCHLD, l);
    }
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() != l->parent) _exit(127);
    // Kept across exec: what the program's children leave behind (a process that called setsid and lost its
    // parent) is adopted by the program, not by init, so it stays below the program while the program runs
    // and comes to weave when the program ends (`weave_children`).
    prctl(PR_SET_CHILD_SUBREAPER, 1);

    // Move the wanted descriptors out of the way first, so that placing one cannot clobber another.
    int count = options->descriptorCount;
    int moved[16];
    if (count > 16) count = 16;
    for (int i = 0; i < count; i++) {
        moved[i] = options->descriptors[i] < 0 ? -1 : fcntl(options->descriptors[i], F_DUPFD, firstSpare);
    }
    int opened = open("/dev/null", O_RDWR);
    int null = opened < 0 ? -1 : fcntl(opened, F_DUPFD, firstSpare);
    for (int i = 0; i < count || i < 3; i++) {
        int source = i < count ? moved[i] : -1;
        if (source >= 0) dup2(source, i);
        else if (i < 3 && null >= 0) dup2(null, i);
        else close(i);
    }
    int keep = count > 3 ? count : 3;
    closeFrom(keep);

    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
    if (options->addressSpaceLimit > 0) {
        struct rlimit limit = { options->addressSpaceLimit, options->addressSpaceLimit };
        setrlimit(RLIMIT_AS, &limit);
    }
    if (options->directory && chdir(options->directory) != 0) return failInChild(l, errno);
    execve(l->path, l->argv, l->envp);
    return failInChild(l, errno);
}

pid_t weave_spawn(const char *path, char *const argv[], char *const envp[], const weave_spawn_options *options,
                  int *error) {
    // Not fork: copying the page tables of a large weave costs milliseconds, and a copy that lives on
    // (the old forked watchdog) made every page weave wrote afterwards a copy-on-write fault.
    char *stack = mmap(NULL, 2 * stackSize, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_STACK, -1, 0);
    if (stack == MAP_FAILED) { *error = errno; return -1; }
    launch l = { path, argv, envp, options, getpid(), 0, stack + stackSize };
    sigset_t all, previous;
    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, &previous);
    pid_t pid = clone(childMain, stack + 2 * stackSize, CLONE_VM | CLONE_VFORK | SIGCHLD, &l);
    int cloneError = errno;
    pthread_sigmask(SIG_SETMASK, &previous, NULL);
    munmap(stack, 2 * stackSize);
    if (pid < 0) { *error = cloneError; return -1; }
    if (l.error != 0) {
        *error = l.error;
        int status;
        while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
        return -1;
    }
    return pid;
}

int weave_pidfd_open(pid_t pid) {
#ifdef SYS_pidfd_open
    return (int)syscall(SYS_pidfd_open, pid, 0);
#else
    (void)pid;
    return -1;
#endif
}

int weave_has_ended(pid_t pid) {
    siginfo_t info;
    memset(&info, 0, sizeof info);
    if (waitid(P_PID, (id_t)pid, &info, WEXITED | WNOHANG | WNOWAIT) != 0) return 0;
    return info.si_pid == pid;
}

int weave_pipe(int fds[2]) {
    return pipe2(fds, O_CLOEXEC);
}

int weave_socket_pair(int fds[2]) {
    return socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds);
}

int weave_send_byte(int fd, unsigned char byte) {
    ssize_t sent;
    do { sent = send(fd, &byte, 1, MSG_NOSIGNAL); } while (sent < 0 && errno == EINTR);
    return sent == 1 ? 0 : -1;
}
