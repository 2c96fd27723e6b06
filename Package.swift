// swift-tools-version:6.2
import PackageDescription

/// The engine, the charts and the compiler are always compiled optimized, even in a debug build of
/// the package, because notes train networks in them and `swift run weave` builds in debug.
///
/// Tools version 6.2 matters here: from SwiftPM 6.2 on, a package that depends on this one by version
/// may use products whose targets have unsafe flags when this manifest says 6.2 or later (before, SwiftPM
/// refused them), so NN and Charts are libraries other packages can depend on, and stay fast.
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
        // `swift package generate-documentation` (make docs): the DocC reference of NN, Charts and CellRuntime.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        // C libraries from Debian packages, one system-library target each.
        .systemLibrary(name: "CBLAS", path: "Sources/CBLAS"),
        .systemLibrary(name: "CCmark", path: "Sources/CCmark", pkgConfig: "libcmark"),
        .systemLibrary(name: "CJavaScriptCore", path: "Sources/CJavaScriptCore", pkgConfig: "javascriptcoregtk-4.1"),
        // The Linux calls Glibc's Swift module lacks: fork/exec of note programs in sessions of their own
        // that die with weave, and renameat2's atomic exchange of the site.
        .target(name: "CSystem"),

        // The neural-network engine.
        .target(name: "NN", dependencies: ["CBLAS"],
                resources: [.copy("Data/Digits")],
                swiftSettings: optimized),
        // SVG charts; depends on nothing.
        .target(name: "Charts", swiftSettings: optimized),

        // Formulas that check themselves: the TeX subset notes use, parsed and evaluated over NN tensors.
        .target(name: "FormulaCheck", dependencies: ["NN"], swiftSettings: optimized),
        // The events a note program sends weave, and their framing on a channel of their own.
        .target(name: "CellProtocol", swiftSettings: optimized),
        // What a cell calls beyond NN: show, check…, and the event channel to the compiler.
        .target(name: "CellRuntime", dependencies: ["NN", "Charts", "CellProtocol", "FormulaCheck"],
                swiftSettings: optimized),

        // The compiler: Load → Parse → Execute → Render → Site.
        .target(name: "WeaveCore", dependencies: [
            "CCmark", "CJavaScriptCore", "CellProtocol", "CSystem",
            .product(name: "Yams", package: "Yams"),
            // Apple's Swift parser: cells' top-level statements, their string literals, and highlighting.
            .product(name: "SwiftSyntax", package: "swift-syntax"),
            .product(name: "SwiftParser", package: "swift-syntax"),
            .product(name: "SwiftIDEUtils", package: "swift-syntax"),
        ],
        // weave's side of KaTeX and the search page's script, embedded in the binary (no resource bundle to install).
        resources: [.embedInCode("Render/Math/katex-adapter.js"), .embedInCode("Site/Search/search.js")],
        swiftSettings: optimized),
        // `weave serve`: the built site over HTTP, rebuilt on save, with live reload.
        // Its HTTP/1.1 server is weave's own, on FlyingSocks' event loop (sockets, epoll).
        .target(name: "WeaveServe", dependencies: [
            "WeaveCore",
            .product(name: "FlyingSocks", package: "FlyingFox"),
        ]),
        // CellRuntime is not used by the command itself: depending on it makes SwiftPM build the modules
        // that note programs are compiled against, next to the executable.
        .executableTarget(name: "weave", dependencies: [
            "WeaveCore", "WeaveServe", "CellRuntime",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "NNBench", dependencies: ["NN"], path: "Sources/NNBench",
                          swiftSettings: optimized),

        .testTarget(name: "NNTests", dependencies: ["NN"]),
        .testTarget(name: "ChartsTests", dependencies: ["Charts"], exclude: ["Golden"]),
        .testTarget(name: "CellRuntimeTests", dependencies: ["CellRuntime", "NN", "Charts"]),
        .testTarget(name: "CellProtocolTests", dependencies: ["CellProtocol"]),
        .testTarget(name: "FormulaCheckTests", dependencies: ["FormulaCheck", "NN"]),
        // CellRuntime: the tests compile and run note programs, which link it.
        .testTarget(name: "WeaveCoreTests", dependencies: ["WeaveCore", "CellProtocol", "CellRuntime"], exclude: ["Render/Golden"]),
        // Depends on `weave` so the end-to-end tests can start the built binary; Yams reads the workflow `weave init` writes.
        .testTarget(name: "WeaveServeTests", dependencies: ["WeaveServe", "WeaveCore", "weave",
                                                   .product(name: "Yams", package: "Yams")]),
    ],
    swiftLanguageModes: [.v6]
)
