// swift-tools-version:6.1
import PackageDescription

/// NewsGraph: German news articles in, a knowledge graph out.
///
/// Data flows one way: Inputs → GermanText → Entities/Extraction →
/// Resolution → NewsGraphModel → one exporter module per format.
/// `Pipeline` wires the stages together; `newsgraph` is the command line.
let package = Package(
    name: "NewsGraph",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "newsgraph", targets: ["newsgraph"]),
        .library(name: "NewsGraph", targets: ["Pipeline"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // libxml2, through pkg-config, with a small shim for what Swift cannot import.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // The graph: nodes, edges, provenance, ids and IRIs. Knows nothing of its users.
        .target(name: "NewsGraphModel"),
        // Where the data files under Ontology/ are found and how they are read.
        .target(name: "Lexicons"),
        // German text analysis: normalisation, sentences, tokens, code-point offsets.
        .target(name: "GermanText", dependencies: ["NewsGraphModel", "Lexicons"]),
        // Named entities: gazetteers, name rules, role nouns, in-document coreference.
        .target(name: "Entities", dependencies: ["NewsGraphModel", "GermanText", "Lexicons"]),
        // Statements and typed edges: asserts, denies, deploys.
        .target(name: "Extraction", dependencies: ["NewsGraphModel", "GermanText", "Lexicons", "Entities"]),
        // One node per real-world referent across documents.
        .target(name: "Resolution", dependencies: ["NewsGraphModel", "Lexicons", "Entities"]),
        // Article readers: plain text, HTML (libxml2), JSON lines.
        .target(name: "Inputs", dependencies: ["CLibXML2", "Lexicons"]),
        // A safe Swift face on libxml2's xmlTextWriter and schema validation
        // (markup gathered in Swift with ExportSupport's byte tools).
        .target(name: "XMLSupport", dependencies: ["CLibXML2", "ExportSupport"]),
        // What every exporter shares: the exporter protocol, the atomic file writer,
        // the attribute table, colours by type, strict dates, unique edge ids.
        .target(name: "ExportSupport", dependencies: ["NewsGraphModel"]),
        // One module per export format.
        .target(name: "GraphMLExport", dependencies: ["NewsGraphModel", "ExportSupport", "XMLSupport"]),
        .target(name: "GEXFExport", dependencies: ["NewsGraphModel", "ExportSupport", "XMLSupport"]),
        .target(name: "DOTExport", dependencies: ["NewsGraphModel", "ExportSupport"]),
        .target(name: "RDFExport", dependencies: ["NewsGraphModel", "ExportSupport"]),
        // Inputs → extraction (in parallel) → resolution → exports.
        .target(
            name: "Pipeline",
            dependencies: [
                "NewsGraphModel", "Inputs", "GermanText", "Lexicons", "Entities", "Extraction", "Resolution",
                "ExportSupport", "GraphMLExport", "GEXFExport", "DOTExport", "RDFExport",
            ]
        ),
        // Seeded German news articles in any number, for benchmarks.
        .target(name: "CorpusGenerator"),
        .executableTarget(
            name: "newsgraph",
            dependencies: [
                "Pipeline", "Inputs", "GermanText", "NewsGraphModel", "ExportSupport", "RDFExport", "CorpusGenerator",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // Tests: one target per module, plus end-to-end tests through the real binary.
        .target(name: "TestSupport", dependencies: ["NewsGraphModel"], path: "Tests/TestSupport"),
        .testTarget(name: "NewsGraphModelTests", dependencies: ["NewsGraphModel"]),
        .testTarget(name: "LexiconsTests", dependencies: ["Lexicons", "TestSupport"]),
        .testTarget(name: "GermanTextTests", dependencies: ["GermanText", "NewsGraphModel", "TestSupport"]),
        .testTarget(name: "EntitiesTests", dependencies: ["Entities", "GermanText", "Lexicons", "TestSupport"]),
        .testTarget(name: "ExtractionTests", dependencies: ["Extraction", "Entities", "GermanText", "TestSupport"]),
        .testTarget(name: "ResolutionTests", dependencies: ["Resolution", "NewsGraphModel", "TestSupport"]),
        .testTarget(name: "InputsTests", dependencies: ["Inputs", "Lexicons", "TestSupport"]),
        .testTarget(
            name: "ExportTests",
            dependencies: [
                "GraphMLExport", "GEXFExport", "DOTExport", "RDFExport", "ExportSupport", "XMLSupport", "NewsGraphModel",
                "TestSupport",
            ]
        ),
        .testTarget(name: "EndToEndTests", dependencies: ["Pipeline", "TestSupport"]),
        .testTarget(name: "CorpusGeneratorTests", dependencies: ["CorpusGenerator", "Pipeline"]),
    ]
)
