// JavaScriptCore's C API, from Debian's libjavascriptcoregtk-4.1-dev; it runs KaTeX at build time.
#include <JavaScriptCore/JavaScript.h>

// From <jsc/JSCOptions.h>, the same library's GLib API, declared here without GLib's headers (gboolean
// is an int): sets a JavaScriptCore option; it takes effect only before the first virtual machine starts.
int jsc_options_set_boolean(const char *option, int value);
