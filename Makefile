# Two commands are all the set-up anyone needs: `make demo` and `make test`.
SWIFT ?= swift
KEFU := .build/debug/kefu
DEMO_SHOP := .build/demo-shop

.PHONY: all deps build test soak fuzz demo release bench format lint clean

all: build

deps:
	@Scripts/install-system-packages
	@Scripts/install-model

build: deps
	$(SWIFT) build

# Builds everything and runs every test (unit, end-to-end against the built binary, and the console in a
# headless Chromium, which this installs when missing).
test: deps
	@Scripts/install-system-packages --for-tests
	$(SWIFT) build --build-tests
	$(SWIFT) test

# The long versions of the reliability suites (Documentation/Reliability.md): a kill at every crash point on
# 3,000 items, fault injection at every N on 300 items, 100 race rounds and four times the push race.
# About half an hour on two cores.
soak: deps
	$(SWIFT) build --build-tests
	KEFU_KILL_ITEMS=3000 KEFU_FAULT_STRIDE=1 KEFU_FAULT_ITEMS=300 \
	KEFU_RACE_ROUNDS=100 KEFU_PUSH_FACTOR=4 \
	$(SWIFT) test --skip-build --filter 'KillTests|FaultInjectionTests|RaceTests|RemoteConcurrencyTests|FullDiskTests'

# The libFuzzer harnesses, 10 minutes each (Scripts/fuzz SECONDS TARGET… for other runs).
fuzz:
	Scripts/fuzz 600

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
