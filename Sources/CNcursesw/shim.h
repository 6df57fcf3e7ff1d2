#ifndef CASEWORK_NCURSESW_SHIM_H
#define CASEWORK_NCURSESW_SHIM_H

// Wide-character curses: without these two, cchar_t, setcchar and get_wch are not declared.
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1

#include <locale.h>
#include <langinfo.h>
#include <stddef.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

// Swift 6 rejects C globals and does not import function-like or bit-shift macros: wrap each one used.

static inline WINDOW *cw_stdscr(void) { return stdscr; }
static inline WINDOW *cw_curscr(void) { return curscr; }
static inline int cw_lines(void) { return LINES; }
static inline int cw_cols(void) { return COLS; }
static inline int cw_colors(void) { return COLORS; }
static inline int cw_max_y(WINDOW *window) { return getmaxy(window); }
static inline int cw_max_x(WINDOW *window) { return getmaxx(window); }

static inline attr_t cw_a_normal(void) { return A_NORMAL; }
static inline attr_t cw_a_bold(void) { return A_BOLD; }
static inline attr_t cw_a_dim(void) { return A_DIM; }
static inline attr_t cw_a_reverse(void) { return A_REVERSE; }
static inline attr_t cw_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cw_color_pair(int pair) { return (attr_t)COLOR_PAIR(pair); }

static inline int cw_err(void) { return ERR; }
static inline int cw_ok(void) { return OK; }
static inline int cw_key_code_yes(void) { return KEY_CODE_YES; }
static inline int cw_key_up(void) { return KEY_UP; }
static inline int cw_key_down(void) { return KEY_DOWN; }
static inline int cw_key_left(void) { return KEY_LEFT; }
static inline int cw_key_right(void) { return KEY_RIGHT; }
static inline int cw_key_ppage(void) { return KEY_PPAGE; }
static inline int cw_key_npage(void) { return KEY_NPAGE; }
static inline int cw_key_home(void) { return KEY_HOME; }
static inline int cw_key_end(void) { return KEY_END; }
static inline int cw_key_backspace(void) { return KEY_BACKSPACE; }
static inline int cw_key_dc(void) { return KEY_DC; }
static inline int cw_key_ic(void) { return KEY_IC; }
static inline int cw_key_enter(void) { return KEY_ENTER; }
static inline int cw_key_btab(void) { return KEY_BTAB; }
static inline int cw_key_resize(void) { return KEY_RESIZE; }
static inline int cw_key_f(int n) { return KEY_F(n); }
/* The code ncurses gives a key named in terminfo (kLFT5 is Ctrl-Left), or -1 when the terminal has none. */
static inline int cw_key_for_capability(const char *name) {
    char *sequence = tigetstr(name);
    if (sequence == NULL || sequence == (char *)-1) return -1;
    int code = key_defined(sequence);
    return code > 0 ? code : -1;
}

static inline short cw_color_black(void) { return COLOR_BLACK; }
static inline short cw_color_red(void) { return COLOR_RED; }
static inline short cw_color_green(void) { return COLOR_GREEN; }
static inline short cw_color_yellow(void) { return COLOR_YELLOW; }
static inline short cw_color_blue(void) { return COLOR_BLUE; }
static inline short cw_color_cyan(void) { return COLOR_CYAN; }
static inline short cw_color_white(void) { return COLOR_WHITE; }

static inline int cw_lc_all(void) { return LC_ALL; }
static inline const char *cw_codeset(void) { return nl_langinfo(CODESET); }

// tigetstr answers (char *)-1 for "not a string capability": fold that into NULL.
static inline const char *cw_tigetstr(const char *name) {
    char *value = tigetstr(name);
    return value == (char *)-1 ? NULL : value;
}

#endif
