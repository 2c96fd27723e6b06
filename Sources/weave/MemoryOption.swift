import ArgumentParser
import WeaveCore

/// `--memory SIZE`: the memory cap for each note's program, shared by the commands that run cells.
struct MemoryOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Memory each note's program may use, with what it starts (e.g. 2GB, 512MB; default: half of this machine's). A note's `memory:` front matter wins.", valueName: "size"))
    var memory: String?

    /// The cap in bytes, or nil for the default.
    func bytes() throws -> Int? {
        guard let memory else { return nil }
        guard let bytes = RunLimits.parseSize(memory) else {
            throw ValidationError("--memory must be a size such as 2GB or 512MB (at most 1 PB), not `\(memory)`")
        }
        return bytes
    }
}
