// swift-tools-version:6.0
import PackageDescription

/// The engine, the charts and the compiler are always compiled optimized, even in a debug build of
/// the package, because notes train networks in them and `swift run weave` builds in debug.
let optimized: [SwiftSetting] = [.unsafeFlags(["-O"])]

let package = Package(
    name: "weave",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "NN", targets: ["NN"]),
        .library(name: "Charts", targets: ["Charts"]),
        .executable(name: "weave", targets: ["weave"]),
        // For the fuzz target in Fuzz/, a package of its own that depends on this one by path.
        .library(name: "WeaveCore", targets: ["WeaveCore"]),
        .executable(name: "nn-bench", targets: ["NNBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
        .package(url: "https://github.com/swiftlang/swift-syntax", exact: "603.0.1"),
    ],
    targets: [
        // C libraries from Debian packages, one system-library target each.
        .systemLibrary(name: "CBLAS", path: "Sources/CBLAS"),
        .systemLibrary(name: "CCmark", path: "Sources/CCmark", pkgConfig: "libcmark"),
        .systemLibrary(name: "CJavaScriptCore", path: "Sources/CJavaScriptCore", pkgConfig: "javascriptcoregtk-4.1"),

        // The neural-network engine.
        .target(name: "NN", dependencies: ["CBLAS"],
                resources: [.copy("Data/Digits")],
                swiftSettings: optimized),
        // SVG charts; depends on nothing.
        .target(name: "Charts", swiftSettings: optimized),

        // What a cell calls beyond NN: show, check…, and the event channel to the compiler.
        .target(name: "CellRuntime", dependencies: ["NN", "Charts"], swiftSettings: optimized),

        // The compiler: Load → Parse → Execute → Render → Site.
        .target(name: "WeaveCore", dependencies: [
            "CCmark", "CJavaScriptCore", "CellRuntime",
            .product(name: "Yams", package: "Yams"),
            // Apple's Swift parser: cells' top-level statements, their string literals, and highlighting.
            .product(name: "SwiftSyntax", package: "swift-syntax"),
            .product(name: "SwiftParser", package: "swift-syntax"),
            .product(name: "SwiftIDEUtils", package: "swift-syntax"),
        ], swiftSettings: optimized),
        // `weave serve`: the built site over HTTP, rebuilt on save, with live reload.
        .target(name: "WeaveServe", dependencies: [
            "WeaveCore",
            .product(name: "FlyingFox", package: "FlyingFox"),
            .product(name: "FlyingSocks", package: "FlyingFox"),
        ]),
        .executableTarget(name: "weave", dependencies: [
            "WeaveCore", "WeaveServe",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "NNBench", dependencies: ["NN"], path: "Sources/NNBench",
                          swiftSettings: optimized),

        .testTarget(name: "NNTests", dependencies: ["NN"]),
        .testTarget(name: "ChartsTests", dependencies: ["Charts"], exclude: ["Golden"]),
        .testTarget(name: "CellRuntimeTests", dependencies: ["CellRuntime", "NN", "Charts"]),
        .testTarget(name: "WeaveCoreTests", dependencies: ["WeaveCore"]),
        // Depends on `weave` so the end-to-end tests can start the built binary.
        .testTarget(name: "WeaveServeTests", dependencies: ["WeaveServe", "WeaveCore", "weave"]),
    ],
    swiftLanguageModes: [.v5]
)
