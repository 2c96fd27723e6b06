// The one file of weave that forks: between fork and exec only async-signal-safe calls are made.
#define _GNU_SOURCE
#include "CSystem.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
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

/// The session id in /proc/<pid>/stat text, or -1: the fourth field after the command's closing parenthesis.
static long sessionOf(const char *stat, ssize_t length) {
    ssize_t close = -1;
    for (ssize_t i = 0; i < length; i++) if (stat[i] == ')') close = i;
    if (close < 0) return -1;
    int field = 0;
    long value = 0;
    for (ssize_t i = close + 1; i < length; i++) {
        if (stat[i] == ' ') {
            if (field == 4) return value;
            field++;
            value = 0;
        } else if (field == 4) {
            if (stat[i] < '0' || stat[i] > '9') return -1;
            value = value * 10 + (stat[i] - '0');
        }
    }
    return -1;
}

int weave_kill_session(pid_t session, int signal) {
    int proc = open("/proc", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (proc < 0) return -1;
    pid_t self = getpid();
    int killed = 0;
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
            if (got > 0 && sessionOf(stat, got) == session && kill((pid_t)pid, signal) == 0) killed++;
        }
    }
    close(proc);
    return killed;
}

/// Waits for the lifeline to close, then kills every process of its session, itself last.
static void watchdog(int lifeline) {
    // The lifeline may have any number; keep it as descriptor 0 and close everything else.
    if (dup2(lifeline, 0) < 0) _exit(1);
    closeFrom(1);
    char byte;
    ssize_t got;
    do { got = read(0, &byte, 1); } while (got != 0 && errno == EINTR);
    weave_kill_session(getsid(0), SIGKILL);
    kill(0, SIGKILL);
    _exit(0);
}

static void failInChild(int report, int code) {
    int value = code;
    ssize_t written = write(report, &value, sizeof value);
    (void)written;
    _exit(127);
}

pid_t weave_spawn(const char *path, char *const argv[], char *const envp[], const weave_spawn_options *options,
                  int *error) {
    int report[2];
    if (pipe2(report, O_CLOEXEC) != 0) { *error = errno; return -1; }
    pid_t parent = getpid();
    pid_t pid = fork();
    if (pid < 0) {
        *error = errno;
        close(report[0]);
        close(report[1]);
        return -1;
    }
    if (pid == 0) {
        setsid();
        if (options->lifeline >= 0) {
            pid_t guard = fork();
            if (guard == 0) watchdog(options->lifeline);
        }
        prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (getppid() != parent) _exit(127);

        // Move the wanted descriptors out of the way first, so that placing one cannot clobber another.
        int count = options->descriptorCount;
        int moved[16];
        if (count > 16) count = 16;
        for (int i = 0; i < count; i++) {
            moved[i] = options->descriptors[i] < 0 ? -1 : fcntl(options->descriptors[i], F_DUPFD, firstSpare + 2);
        }
        int report_fd = fcntl(report[1], F_DUPFD_CLOEXEC, firstSpare + 20);
        int opened = open("/dev/null", O_RDWR);
        int null = opened < 0 ? -1 : fcntl(opened, F_DUPFD, firstSpare + 2);
        for (int i = 0; i < count || i < 3; i++) {
            int source = i < count ? moved[i] : -1;
            if (source >= 0) dup2(source, i);
            else if (i < 3 && null >= 0) dup2(null, i);
            else close(i);
        }
        if (report_fd >= 0) {
            dup2(report_fd, firstSpare);
            fcntl(firstSpare, F_SETFD, FD_CLOEXEC);
        }
        int keep = count > 3 ? count : 3;
        for (int fd = keep; fd < firstSpare; fd++) close(fd);
        closeFrom(firstSpare + 1);

        sigset_t none;
        sigemptyset(&none);
        sigprocmask(SIG_SETMASK, &none, NULL);
        for (int s = 1; s < NSIG; s++) {
            if (s != SIGKILL && s != SIGSTOP) signal(s, SIG_DFL);
        }
        if (options->addressSpaceLimit > 0) {
            struct rlimit limit = { options->addressSpaceLimit, options->addressSpaceLimit };
            setrlimit(RLIMIT_AS, &limit);
        }
        if (options->directory && chdir(options->directory) != 0) failInChild(firstSpare, errno);
        execve(path, argv, envp);
        failInChild(firstSpare, errno);
    }
    close(report[1]);
    int code = 0;
    ssize_t got;
    do { got = read(report[0], &code, sizeof code); } while (got < 0 && errno == EINTR);
    close(report[0]);
    if (got == (ssize_t)sizeof code) {
        *error = code;
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
