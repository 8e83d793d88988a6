// The wide-character ncurses API for Swift. The wide API is switched on here,
// before the include, rather than by compiler flags.
#ifndef DOSSIER_CNCURSES_SHIM_H
#define DOSSIER_CNCURSES_SHIM_H

#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <signal.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

// Function-like macros are not imported into Swift: wrap the ones we use.
static inline attr_t dossier_attr_normal(void) { return A_NORMAL; }
static inline attr_t dossier_attr_bold(void) { return A_BOLD; }
static inline attr_t dossier_attr_dim(void) { return A_DIM; }
static inline attr_t dossier_attr_reverse(void) { return A_REVERSE; }
static inline attr_t dossier_attr_underline(void) { return A_UNDERLINE; }
static inline int dossier_key_f(int n) { return KEY_F(n); }

// The C globals stdscr, stdin and stdout are shared mutable state to Swift 6.
static inline WINDOW *dossier_stdscr(void) { return stdscr; }
static inline FILE *dossier_stdin(void) { return stdin; }
static inline FILE *dossier_stdout(void) { return stdout; }

// terminfo's cursor_address and cur_term are macros or globals: read them here.
static inline int dossier_can_address_cursor(void) {
  const char *sequence = tigetstr("cup");
  return sequence != NULL && sequence != (const char *)-1;
}
static inline TERMINAL *dossier_current_terminal(void) { return cur_term; }

// The real-time signals' range, which glibc computes at run time.
static inline int dossier_first_realtime_signal(void) { return SIGRTMIN; }
static inline int dossier_last_realtime_signal(void) { return SIGRTMAX; }

// Turns the terminal's mouse reports off from a signal handler: write(2) of a constant,
// which is async-signal-safe (the same sequence as MouseReporting.off).
static inline void dossier_mouse_reports_off(void) {
  static const char sequence[] = "\033[?1006l\033[?1000l";
  ssize_t written = write(STDOUT_FILENO, sequence, sizeof sequence - 1);
  (void)written;
}

// Turns them back on (the same sequence as MouseReporting.on).
static inline void dossier_mouse_reports_on(void) {
  static const char sequence[] = "\033[?1000h\033[?1006h";
  ssize_t written = write(STDOUT_FILENO, sequence, sizeof sequence - 1);
  (void)written;
}

// Ctrl-Z while the mouse is reported: gives the terminal back with the mouse off, stops,
// and on `fg` takes it again with the mouse on (what ncurses' own handler does, plus the
// mouse). The signal is unblocked before it is raised again, so the stop happens here.
static void dossier_stop_with_mouse(int number) {
  (void)number;
  dossier_mouse_reports_off();
  endwin();
  sigset_t stop;
  sigemptyset(&stop);
  sigaddset(&stop, SIGTSTP);
  signal(SIGTSTP, SIG_DFL);
  sigprocmask(SIG_UNBLOCK, &stop, NULL);
  raise(SIGTSTP);
  signal(SIGTSTP, dossier_stop_with_mouse);
  dossier_mouse_reports_on();
  refresh();
}

static inline void dossier_handle_stop_with_mouse(void) {
  signal(SIGTSTP, dossier_stop_with_mouse);
}

#endif
