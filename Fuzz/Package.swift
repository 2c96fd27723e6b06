// swift-tools-version:6.0
import PackageDescription

/// A libFuzzer target for Load → Parse → Render, kept out of the main package so that `swift build`
/// and `swift test` never build it. Build and run it with `bench/fuzz.sh SECONDS`.
let package = Package(
    name: "WeaveFuzz",
    dependencies: [.package(name: "weave", path: "..")],
    targets: [
        .executableTarget(name: "WeaveFuzz", dependencies: [.product(name: "WeaveCore", package: "weave")]),
    ],
    swiftLanguageModes: [.v6]
)
