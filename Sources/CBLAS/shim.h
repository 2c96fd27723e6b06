// CBLAS from Debian's libopenblas-dev (Accelerate would take its place on Apple platforms).
#include <cblas.h>
