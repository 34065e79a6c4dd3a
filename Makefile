# Two commands are all the set-up anyone needs: `make demo` and `make test`.
SWIFT ?= swift
KEFU := .build/debug/kefu
DEMO_SHOP := .build/demo-shop

.PHONY: all deps build test demo release bench format lint clean

all: build

deps:
	@Scripts/install-system-packages

build: deps
	$(SWIFT) build

# Builds everything and runs every test (unit, and end-to-end against the built binary).
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test

# Opens a chat with the sample Taobao women's clothing shop (Samples/taobao-apparel), copied once to
# $(DEMO_SHOP) so edits there are yours; delete that folder to start again.
demo: build
	@if [ ! -f $(DEMO_SHOP)/bundle.yaml ]; then mkdir -p $(DEMO_SHOP) && cp -R Samples/taobao-apparel/. $(DEMO_SHOP)/; fi
	@$(KEFU) -C $(DEMO_SHOP) sync
	$(KEFU) -C $(DEMO_SHOP) chat

release: deps
	$(SWIFT) build -c release
	@echo "Built .build/release/kefu"

# The benchmarks (not run by CI: these machines are too noisy). See Benchmarks/README.md.
bench: deps
	$(SWIFT) build -c release --product kefu
	cd Benchmarks && $(SWIFT) package --disable-sandbox benchmark

format:
	$(SWIFT) format --in-place --recursive Package.swift Sources Tests

lint:
	$(SWIFT) format lint --strict --recursive Package.swift Sources Tests

clean:
	rm -rf .build
