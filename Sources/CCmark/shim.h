// The reference CommonMark parser, from Debian's libcmark-dev.
#include <cmark.h>
