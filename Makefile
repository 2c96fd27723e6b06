# weave: build in release and install the command with the modules cells are compiled against.
#
#   make install PREFIX=~/.local      # ~/.local/bin/weave and ~/.local/lib/weave/
#   make uninstall PREFIX=~/.local
#
# The installed weave needs the Swift toolchain it was built with (swiftc on PATH, or WEAVE_SWIFTC) and
# the Debian libraries of the README; not this checkout.

PREFIX ?= /usr/local
SWIFT ?= swift
BUILD_FLAGS = -c release --product weave
# Recorded with the install, for the CI workflow `weave init` writes (which builds weave from its source).
WEAVE_SOURCE ?= $(shell git config --get remote.origin.url 2>/dev/null)
WEAVE_COMMIT ?= $(shell git rev-parse HEAD 2>/dev/null)

BINDIR = $(DESTDIR)$(PREFIX)/bin
RUNTIMEDIR = $(DESTDIR)$(PREFIX)/lib/weave

.PHONY: all build install uninstall

all: build

build:
	$(SWIFT) build $(BUILD_FLAGS)

install: build
	@bin="$$($(SWIFT) build $(BUILD_FLAGS) --show-bin-path)" && \
	install -d "$(BINDIR)" && \
	install -m 755 "$$bin/weave" "$(BINDIR)/weave" && \
	"$$bin/weave" install-runtime "$(RUNTIMEDIR)" --source "$(WEAVE_SOURCE)" --commit "$(WEAVE_COMMIT)" && \
	echo "installed $(BINDIR)/weave"

uninstall:
	rm -f "$(BINDIR)/weave"
	@if [ -e "$(RUNTIMEDIR)" ] && [ ! -e "$(RUNTIMEDIR)/weave-runtime" ]; then \
		echo "$(RUNTIMEDIR) is not weave's runtime (no weave-runtime in it); left as it is" >&2; exit 1; \
	fi
	rm -rf "$(RUNTIMEDIR)"
