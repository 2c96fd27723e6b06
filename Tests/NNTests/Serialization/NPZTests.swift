import Foundation
import Testing
@testable import NN

/// NumPy `.npz` files: written, read back, read by NumPy, and written by NumPy.
@Suite struct NPZTests {
    /// A fresh path in a folder of its own under the temporary directory.
    static func scratchPath(_ name: String) -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("npz-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent(name).path
    }

    /// python3's standard output for `script` with `arguments`, or nil when python3 or NumPy is missing.
    static func python(_ script: String, _ arguments: [String]) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return process.terminationStatus == 0 ? text : nil
    }

    static var hasNumPy: Bool { python("import numpy", []) != nil }

    @Test func roundTripKeepsEveryBit() throws {
        let path = Self.scratchPath("round.npz")
        let tensors: [(name: String, tensor: Tensor)] = [
            ("scalar", Tensor(-0.0)),
            ("vector", Tensor([1, .nan, .infinity, -.infinity, .leastNonzeroMagnitude, .pi])),
            ("layer.0.weight", Tensor.arange(24).view(2, 3, 4) / 7),
            ("empty", Tensor.zeros([0, 3])),
        ]
        try NPZ.write(tensors, to: path)
        let back = try NPZ.read(from: path)
        #expect(back.map(\.name) == tensors.map(\.name))
        for (a, b) in zip(tensors, back) {
            #expect(a.tensor.shape == b.tensor.shape)
            #expect(a.tensor.scalars.map(\.bitPattern) == b.tensor.scalars.map(\.bitPattern))
        }
    }

    @Test(.enabled(if: NPZTests.hasNumPy)) func numpyReadsWhatTheEngineWrites() throws {
        let path = Self.scratchPath("for-numpy.npz")
        try NPZ.write([("w", Tensor.arange(6).view(2, 3) / 4), ("b", Tensor([0.5, -1])), ("s", Tensor(2))], to: path)
        let script = """
            import sys, numpy as np
            d = np.load(sys.argv[1])
            for k in sorted(d.files): print(k, d[k].dtype, d[k].shape, repr(d[k].ravel().tolist()))
            """
        let lines = try #require(Self.python(script, [path])).split(separator: "\n").map(String.init)
        #expect(lines == ["b float64 (2,) [0.5, -1.0]", "s float64 () [2.0]",
                          "w float64 (2, 3) [0.0, 0.25, 0.5, 0.75, 1.0, 1.25]"])
    }

    /// The arrays of the NumPy fixture, checked one by one.
    static func checkFixture(_ arrays: [(name: String, tensor: Tensor)]) {
        let byName = Dictionary(uniqueKeysWithValues: arrays.map { ($0.name, $0.tensor) })
        #expect(Set(byName.keys) == ["weights", "small", "counts", "fortran", "scalar", "flags", "big"])
        #expect(byName["weights"]?.shape == [2, 3] && byName["weights"]?.scalars == [0, 1, 2, 3, 4, 5])
        #expect(byName["small"]?.scalars == [1.5, -2.25])
        #expect(byName["counts"]?.shape == [2, 2] && byName["counts"]?.scalars == [1, -2, 3, 4])
        // Stored column by column, read back in row order.
        #expect(byName["fortran"]?.shape == [2, 3] && byName["fortran"]?.scalars == [0, 1, 2, 3, 4, 5])
        #expect(byName["scalar"]?.shape == [] && byName["scalar"]?.scalars == [3.5])
        #expect(byName["flags"]?.scalars == [1, 0])
        #expect(byName["big"]?.scalars == [1, 2])
    }

    @Test func readsAFileWrittenByNumPy() throws {
        let path = Self.scratchPath("fixture.npz")
        try NumPyFixture.bytes.write(to: URL(fileURLWithPath: path))
        Self.checkFixture(try NPZ.read(from: path))
    }

    @Test(.enabled(if: NPZTests.hasNumPy)) func readsAFileNumPyWritesNow() throws {
        let path = Self.scratchPath("fresh.npz")
        _ = try #require(Self.python(NumPyFixture.script, [path]))
        Self.checkFixture(try NPZ.read(from: path))
    }

    @Test func badFilesThrowMessagesNamingTheFile() throws {
        func message(_ bytes: [UInt8]) -> String? {
            let path = Self.scratchPath("bad.npz")
            try! Data(bytes).write(to: URL(fileURLWithPath: path))
            do { _ = try NPZ.read(from: path); return nil } catch let error as DataError {
                #expect(error.file == path)
                return error.message
            } catch { return "\(error)" }
        }
        #expect(message(Array("hello, world".utf8))?.contains("not a zip archive") == true)
        #expect(message([]) != nil)
        let good = [UInt8](NumPyFixture.bytes)
        // Cut short, a flipped data byte (CRC), and random bytes: messages, never a crash.
        #expect(message(Array(good.prefix(good.count - 30))) != nil)
        var flipped = good
        flipped[200] ^= 0xFF
        #expect(message(flipped)?.contains("CRC-32") == true)
        // Every truncation, and the directory moved to every position, is an error, not a crash.
        for length in stride(from: 0, to: good.count, by: 7) { #expect(message(Array(good.prefix(length))) != nil) }
        var g = RandomGenerator(seed: 1)
        for _ in 0..<50 {
            var noise = good
            for _ in 0..<8 { noise[g.integer(below: noise.count)] = UInt8(g.integer(below: 256)) }
            _ = message(noise)
        }
        do {
            _ = try NPZ.read(from: "/nonexistent/weights.npz")
            Issue.record("read a missing file")
        } catch let error as DataError {
            #expect(error.description == "/nonexistent/weights.npz: error: no such file")
        }
        #expect(throws: DataError.self) { try NPZ.write([("a", Tensor(1))], to: "/nonexistent/folder/a.npz") }
        #expect(throws: DataError.self) { try NPZ.write([("a", Tensor(1)), ("a", Tensor(2))], to: Self.scratchPath("x.npz")) }
    }

    @Test(.enabled(if: NPZTests.hasNumPy)) func compressedArchivesAreRefusedInWords() throws {
        let path = Self.scratchPath("compressed.npz")
        _ = try #require(Self.python("import sys, numpy as np; np.savez_compressed(sys.argv[1], a=np.zeros(100))", [path]))
        let error = try #require(throws: DataError.self) { try NPZ.read(from: path) }
        #expect(error.message.contains("numpy.savez_compressed"))
    }
}
