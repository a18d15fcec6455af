// swift-tools-version:6.1
import PackageDescription

let package = Package(
  name: "newsgrab",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "newsgrab", targets: ["newsgrab"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
  ],
  targets: [
    // C boundaries: a module map and a shim header each, nothing else.
    .systemLibrary(
      name: "CLibXML2",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"])]),
    .systemLibrary(
      name: "CZlib",
      providers: [.apt(["zlib1g-dev"])]),
    // Compresses stored pages (standard zlib streams, faster than zlib itself).
    .systemLibrary(
      name: "CDeflate",
      pkgConfig: "libdeflate",
      providers: [.apt(["libdeflate-dev"])]),
    // SHA-256 of pages and texts (uses the CPU's SHA instructions).
    .systemLibrary(
      name: "CCrypto",
      pkgConfig: "libcrypto",
      providers: [.apt(["libssl-dev"])]),

    // The only module that imports CZlib and CDeflate: finds pages in files
    // and containers; compresses the pages the archive stores.
    .target(name: "NewsgrabInput", dependencies: ["CZlib", "CDeflate"]),
    // The only module that imports CLibXML2: bytes -> compact document tree.
    .target(name: "NewsgrabHTML", dependencies: ["CLibXML2"]),
    // Pure Swift: article model and the extraction pipeline.
    .target(name: "NewsgrabExtraction", dependencies: ["NewsgrabHTML", "NewsgrabInput"]),
    // The only module that imports GRDB, and CCrypto.
    .target(
      name: "NewsgrabArchive",
      dependencies: [
        "NewsgrabExtraction", "NewsgrabInput", "CCrypto",
        .product(name: "GRDB", package: "GRDB.swift"),
      ]),
    // The only module that imports PostgresNIO: the archive on a PostgreSQL server.
    .target(
      name: "NewsgrabPostgres",
      dependencies: [
        "NewsgrabArchive", "NewsgrabExtraction", "NewsgrabInput",
        .product(name: "PostgresNIO", package: "postgres-nio"),
      ]),
    // Corpus scoring (metrics of ../shared/corpora/README.md).
    .target(name: "NewsgrabEval", dependencies: ["NewsgrabExtraction", "NewsgrabInput"]),
    // What the CLI prints and the server returns alike: JSON renderings, terminal-safe text.
    .target(name: "NewsgrabOutput", dependencies: ["NewsgrabArchive", "NewsgrabExtraction"]),
    // The only module that imports Hummingbird and Mustache: the reading room (`newsgrab serve`);
    // Resources/ holds its templates and CSS.
    .target(
      name: "NewsgrabServe",
      dependencies: [
        "NewsgrabArchive", "NewsgrabExtraction", "NewsgrabOutput",
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "Mustache", package: "swift-mustache"),
        .product(name: "Logging", package: "swift-log"),
        .product(name: "HTTPTypes", package: "swift-http-types"),
      ],
      resources: [.copy("Resources")]),
    .executableTarget(
      name: "newsgrab",
      dependencies: [
        "NewsgrabInput", "NewsgrabExtraction", "NewsgrabArchive", "NewsgrabPostgres", "NewsgrabEval",
        "NewsgrabOutput", "NewsgrabServe",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),

    // make bench: parse speed against libxml2's own floors; search latency on either store.
    .executableTarget(
      name: "NewsgrabBench",
      dependencies: ["NewsgrabHTML", "NewsgrabExtraction", "NewsgrabInput", "NewsgrabArchive", "NewsgrabPostgres"]),

    // Writers of test inputs (WARC records) that the product never needs.
    .target(name: "NewsgrabTestSupport", path: "Tests/NewsgrabTestSupport"),
    .testTarget(name: "NewsgrabInputTests", dependencies: ["NewsgrabInput", "NewsgrabTestSupport"]),
    .testTarget(name: "NewsgrabHTMLTests", dependencies: ["NewsgrabHTML"]),
    .testTarget(
      name: "NewsgrabExtractionTests",
      dependencies: ["NewsgrabExtraction", "NewsgrabInput", "NewsgrabTestSupport"]),
    // GRDB too: some tests build on-disk states (another program's database, a half-created schema).
    .testTarget(
      name: "NewsgrabArchiveTests",
      dependencies: [
        "NewsgrabArchive", "NewsgrabPostgres", .product(name: "GRDB", package: "GRDB.swift"),
      ]),
    .testTarget(name: "NewsgrabEvalTests", dependencies: ["NewsgrabEval"]),
    .testTarget(
      name: "NewsgrabServeTests",
      dependencies: [
        "NewsgrabServe", "NewsgrabArchive", "NewsgrabInput", "NewsgrabExtraction", "NewsgrabOutput",
        .product(name: "HummingbirdTesting", package: "hummingbird"),
        .product(name: "HTTPTypes", package: "swift-http-types"),
      ]),
    // Runs the built binary; links the archive module to tamper with and inspect archive files.
    .testTarget(name: "NewsgrabCLITests", dependencies: ["newsgrab", "NewsgrabArchive", "NewsgrabPostgres"]),
  ]
)
