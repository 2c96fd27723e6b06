/// One stage of the pipeline (`Pipeline`): what it takes, what it gives, and a version that every cache
/// key it makes includes, so a change to what a stage produces never reads an older result.
///
/// The stages, in order: `LoadStage` (paths → `Course`), `ExecuteStage` (→ `ExecutedCourse`),
/// `RenderStage` (→ `RenderedCourse`), `SiteStage` (→ `SiteOutput`). Each reports progress as
/// `PipelineEvent`s.
public protocol Stage {
    associatedtype Input
    associatedtype Output

    /// Changes when the stage's output for the same input changes; part of the stage's cache keys.
    static var version: String { get }

    func run(_ input: Input, events: @escaping PipelineEvents) throws(Diagnostic) -> Output
}

/// Where a pipeline's events go; called from the threads that run notes and render pages.
public typealias PipelineEvents = @Sendable (PipelineEvent) -> Void
