#ifndef KEFU_CEDIT_SHIM_H
#define KEFU_CEDIT_SHIM_H
#include <stdio.h>
#include <histedit.h>

// el_set, el_get and history are variadic, which Swift cannot call: one fixed-argument wrapper per use.

// An editor on the standard streams (C's stdin/stdout/stderr, which Swift 6 cannot name safely).
static inline EditLine *kefu_el_init_standard(const char *program) {
    return el_init(program, stdin, stdout, stderr);
}

static inline int kefu_el_set_prompt(EditLine *editor, char *(*prompt)(EditLine *)) {
    return el_set(editor, EL_PROMPT, prompt);
}

static inline int kefu_el_set_editor(EditLine *editor, const char *mode) {
    return el_set(editor, EL_EDITOR, mode);
}

static inline int kefu_el_set_signal(EditLine *editor, int on) {
    return el_set(editor, EL_SIGNAL, on);
}

static inline int kefu_el_set_history(EditLine *editor, History *history_) {
    return el_set(editor, EL_HIST, history, history_);
}

static inline int kefu_el_set_client_data(EditLine *editor, void *data) {
    return el_set(editor, EL_CLIENTDATA, data);
}

static inline void *kefu_el_get_client_data(EditLine *editor) {
    void *data = NULL;
    el_get(editor, EL_CLIENTDATA, &data);
    return data;
}

// Ctrl-C reaches the editor as a key (the terminal's signal keys are off while a line is edited),
// bound to `function`, which cancels the line.
static inline int kefu_el_bind_cancel(EditLine *editor, unsigned char (*function)(EditLine *, int)) {
    if (el_set(editor, EL_SETTY, "-d", "-isig", NULL) != 0) return -1;
    if (el_set(editor, EL_ADDFN, "kefu-cancel", "cancel the line", function) != 0) return -1;
    return el_set(editor, EL_BIND, "^C", "kefu-cancel", NULL);
}

static inline int kefu_history_set_size(History *history_, HistEvent *event, int size) {
    return history(history_, event, H_SETSIZE, size);
}

static inline int kefu_history_set_unique(History *history_, HistEvent *event, int unique) {
    return history(history_, event, H_SETUNIQUE, unique);
}

static inline int kefu_history_enter(History *history_, HistEvent *event, const char *line) {
    return history(history_, event, H_ENTER, line);
}

static inline int kefu_history_load(History *history_, HistEvent *event, const char *path) {
    return history(history_, event, H_LOAD, path);
}

static inline int kefu_history_save(History *history_, HistEvent *event, const char *path) {
    return history(history_, event, H_SAVE, path);
}
#endif
