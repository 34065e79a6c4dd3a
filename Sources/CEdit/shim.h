#ifndef KEFU_CEDIT_SHIM_H
#define KEFU_CEDIT_SHIM_H
#include <stdio.h>
#include <histedit.h>
#endif
