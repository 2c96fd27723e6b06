/// The Load stage: notes folders or files in, the course out (every note read, its front matter checked
/// and its Markdown parsed, in course order; notes that could not be read as errors).
///
/// Nothing is cached: reading and parsing fifty notes takes a few milliseconds, and every later stage's
/// cache key starts from what this stage read.
public struct LoadStage: Stage {
    public static let version = "\(WeaveVersion.current) load 1"

    public init() {}

    public func run(_ paths: [String], events: @escaping PipelineEvents) throws(Diagnostic) -> Course {
        try Course.load(paths)
    }
}
