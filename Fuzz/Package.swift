// swift-tools-version:6.1
import PackageDescription

/// A libFuzzer target for NewsGraph's input readers, kept apart so that the
/// main package never builds with sanitizers. Build and run with `run.sh`.
let package = Package(
    name: "NewsGraphFuzz",
    dependencies: [.package(name: "NewsGraph", path: "..")],
    targets: [
        // The declaration of libFuzzer's driver, which `-sanitize=fuzzer` links in.
        .target(name: "CLibFuzzer"),
        .executableTarget(
            name: "FuzzInputs",
            dependencies: ["CLibFuzzer", .product(name: "NewsGraph", package: "NewsGraph")]
        ),
    ]
)
