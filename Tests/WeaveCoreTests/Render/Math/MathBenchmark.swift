import Foundation
import Testing
@testable import WeaveCore

/// Throughput and memory, outside the normal test run:
///   WEAVE_BENCH=1 swift test --filter MathBenchmark
/// Prints formulas per second of wall time and of process CPU time (the CPU figure is what to compare
/// when other builds share the cores).
@Suite("MathBenchmark", .serialized, .enabled(if: ProcessInfo.processInfo.environment["WEAVE_BENCH"] != nil))
struct MathBenchmark {
    static func processCPU() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// `batch` 0: one `render` call per formula; otherwise `renderAll` with that many formulas per call.
    static func measure(_ t: MathTypesetter, threads: Int, count: Int, batch: Int) -> (wall: Double, cpu: Double) {
        let perThread = count / threads
        let wall0 = DispatchTime.now().uptimeNanoseconds
        let cpu0 = processCPU()
        DispatchQueue.concurrentPerform(iterations: threads) { worker in
            func formula(_ i: Int) -> (tex: String, display: Bool) {
                let f = realisticFormulas[i % realisticFormulas.count]
                // Vary the text so the same formula does not repeat exactly.
                return (i % 4 == 0 ? f.tex + " + c_{\(worker)\(i)}" : f.tex, f.display)
            }
            if batch == 0 {
                for i in 0..<perThread {
                    let f = formula(i)
                    let r = t.render(f.tex, display: f.display)
                    precondition(r.error == nil, r.error ?? "")
                }
            } else {
                var i = 0
                while i < perThread {
                    let n = min(batch, perThread - i)
                    let rs = t.renderAll((i..<i + n).map(formula))
                    precondition(rs.allSatisfy { $0.error == nil })
                    i += n
                }
            }
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - wall0) / 1e9
        let cpu = processCPU() - cpu0
        let done = Double(perThread * threads)
        return (done / seconds, done / cpu)
    }

    @Test func formulasPerSecond() throws {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        for output in [MathTypesetter.Output.htmlAndMathml, .html] {
            let one = try MathTypesetter(output: output, maxWorkers: 1)
            _ = Self.measure(one, threads: 1, count: 5000, batch: 0)      // warm up the JIT
            for batch in [0, 50] {
                let r = Self.measure(one, threads: 1, count: 20000, batch: batch)
                print("math bench output=\(output.rawValue) batch=\(batch) threads=1: "
                      + "formulas_per_s \(Int(r.wall)) wall, \(Int(r.cpu)) per CPU-second")
            }
            let pool = try MathTypesetter(output: output, maxWorkers: cores)
            _ = Self.measure(pool, threads: cores, count: 5000 * cores, batch: 50)
            for batch in [0, 50] {
                let r = Self.measure(pool, threads: cores, count: 20000 * cores, batch: batch)
                print("math bench output=\(output.rawValue) batch=\(batch) threads=\(cores): "
                      + "formulas_per_s \(Int(r.wall)) wall, \(Int(r.cpu)) per CPU-second")
            }
            let bytes = realisticFormulas.map { one.render($0.tex, display: $0.display).html.utf8.count }
            print("math bench output=\(output.rawValue) mean html bytes per formula: "
                  + "\(bytes.reduce(0, +) / bytes.count)")
        }
    }

    @Test func rssStaysFlatOver100kFormulas() throws {
        let t = try MathTypesetter(maxWorkers: 1)
        var samples: [Int] = []
        for block in 0..<10 {
            for i in 0..<10_000 {
                let f = realisticFormulas[i % realisticFormulas.count]
                _ = t.render(f.tex + " + x_{\(block)_\(i)}", display: f.display)
            }
            samples.append((residentBytes() ?? 0) / 1_048_576)
        }
        print("math bench RSS MB after each 10k formulas: \(samples)")
        #expect(samples.last! - samples[1] < 32)
    }
}
