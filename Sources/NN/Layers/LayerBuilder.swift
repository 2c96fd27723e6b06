/// Builds a list of layers from a block, so models read like their diagrams:
///
///     let model = Sequential {
///         Linear(784, 128)
///         ReLU()
///         if useDropout { Dropout(0.2) }
///         for _ in 0..<2 { Linear(128, 128); ReLU() }
///         Linear(128, 10)
///     }
///
/// Each statement is a layer or an array of layers; `if`, `if`/`else`, `switch` and `for` loops work.
@resultBuilder
public struct LayerBuilder {
    public static func buildExpression(_ layer: any Layer) -> [any Layer] { [layer] }
    public static func buildExpression(_ layers: [any Layer]) -> [any Layer] { layers }
    public static func buildBlock(_ parts: [any Layer]...) -> [any Layer] { parts.flatMap { $0 } }
    public static func buildOptional(_ part: [any Layer]?) -> [any Layer] { part ?? [] }
    public static func buildEither(first part: [any Layer]) -> [any Layer] { part }
    public static func buildEither(second part: [any Layer]) -> [any Layer] { part }
    public static func buildArray(_ parts: [[any Layer]]) -> [any Layer] { parts.flatMap { $0 } }
    public static func buildLimitedAvailability(_ part: [any Layer]) -> [any Layer] { part }
}
