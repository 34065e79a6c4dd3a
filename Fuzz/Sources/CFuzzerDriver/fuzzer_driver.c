// The declaration is all there is: libFuzzer (linked by -sanitize=fuzzer) defines the driver.
