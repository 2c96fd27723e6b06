// JavaScriptCore's C API, from Debian's libjavascriptcoregtk-4.1-dev; it runs KaTeX at build time.
#include <JavaScriptCore/JavaScript.h>
