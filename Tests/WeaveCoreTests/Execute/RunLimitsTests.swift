import Testing
@testable import WeaveCore

/// `RunLimits`: sizes as authors write them, and the ones refused.
@Suite struct RunLimitsTests {
    @Test func sizesAreReadWithOrWithoutUnits() {
        #expect(RunLimits.parseSize("512MB") == 512 << 20)
        #expect(RunLimits.parseSize("2 GB") == 2 << 30)
        #expect(RunLimits.parseSize("1.5g") == 3 << 29)
        #expect(RunLimits.parseSize("800") == 800 << 20)
        #expect(RunLimits.parseSize("64K") == 64 << 10)
        #expect(RunLimits.parseSize("1048576GB") == RunLimits.largestSize)
    }

    @Test func sizesThatCannotBeACapAreRefusedNotTrapped() {
        // Each of these once reached Int(_:) or the address-space sum and stopped weave with a runtime trap.
        for text in ["inf", "-inf", "nan", "1e30GB", "18446744073709551615", "8796093022207MB", "1048577GB",
                     "0", "-1", "0.0000001", "", "GB", "abc", "2 TB"] {
            #expect(RunLimits.parseSize(text) == nil, "\(text)")
        }
    }

    @Test func theLargestCapStillGivesAnAddressLimit() throws {
        let result = try ProcessRunner(timeout: 10, memoryCap: RunLimits.largestSize).run("/bin/sh", ["-c", "echo ok"])
        #expect(result.termination == .exited(0))
        let beyond = try ProcessRunner(timeout: 10, memoryCap: .max).run("/bin/sh", ["-c", "echo ok"])
        #expect(beyond.termination == .exited(0))
    }
}
