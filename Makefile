# weave: build in release and install the command with the modules cells are compiled against.
#
#   make install PREFIX=~/.local      # ~/.local/bin/weave and ~/.local/lib/weave/
#   make uninstall PREFIX=~/.local
#   make docs                         # the API reference (DocC), fails on any documentation warning
#   make site                         # the course in build/, with the reference in build/api/
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

# The reference: NN, Charts, CellRuntime and FormulaCheck in one DocC archive, transformed for a static host.
# DocC's pages load their scripts and data from absolute paths, so they must be served from /api/ of the host
# (the course's own links say /api/documentation/… too); DOCS_OUTPUT is where the files go.
DOCS_TARGETS = NN Charts CellRuntime FormulaCheck
DOCS_OUTPUT ?= .build/docs/api

.PHONY: all build install uninstall docs site

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

docs:
	mkdir -p "$(dir $(DOCS_OUTPUT))"
	$(SWIFT) package --disable-sandbox generate-documentation $(foreach target,$(DOCS_TARGETS),--target $(target)) \
		--enable-experimental-combined-documentation --enable-experimental-code-block-annotations \
		--warnings-as-errors --transform-for-static-hosting --hosting-base-path api --output-path "$(DOCS_OUTPUT)"

# weave replaces build/ whole, so the reference is copied in after the course is built.
site: docs
	$(SWIFT) run weave build notes -o build
	rm -rf build/api && cp -R "$(DOCS_OUTPUT)" build/api
