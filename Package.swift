// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Casework",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "casework", targets: ["casework"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        .target(name: "CaseworkCore", dependencies: ["CaseworkResources"], path: "Sources/CaseworkCore"),
        // The council-editable lists shipped with Casework (partners, standard plan steps), read at run time.
        .target(name: "CaseworkResources", path: "Resources", exclude: ["examples", "schemas"],
                resources: [.copy("partners.json"), .copy("plan-steps.json")]),
        .target(name: "CaseworkUI", dependencies: ["CaseworkCore"], path: "Sources/CaseworkUI"),
        .target(name: "CaseworkTerminal", dependencies: ["CNcursesw", "CaseworkUI"], path: "Sources/CaseworkTerminal"),
        .executableTarget(
            name: "casework",
            dependencies: [
                "CaseworkCore", "CaseworkUI", "CaseworkTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/casework"
        ),
        .executableTarget(name: "RulesBenchmark", dependencies: ["CaseworkCore"], path: "Benchmarks/RulesBenchmark"),
        .executableTarget(name: "ConsoleBenchmark", dependencies: ["CaseworkCore", "CaseworkUI"], path: "Benchmarks/ConsoleBenchmark"),
        .executableTarget(name: "StoreBenchmark", dependencies: ["CaseworkCore"], path: "Benchmarks/StoreBenchmark"),
        .executableTarget(name: "PlanBenchmark", dependencies: ["CaseworkCore", "CaseworkUI"], path: "Benchmarks/PlanBenchmark"),
        .executableTarget(name: "DiaryBenchmark", dependencies: ["CaseworkCore", "CaseworkUI"], path: "Benchmarks/DiaryBenchmark"),
        .testTarget(name: "CaseworkCoreTests", dependencies: ["CaseworkCore"], path: "Tests/CaseworkCoreTests"),
        .testTarget(name: "CaseworkUITests", dependencies: ["CaseworkUI"], path: "Tests/CaseworkUITests", exclude: ["Snapshots"]),
        .testTarget(name: "CaseworkTerminalTests", dependencies: ["CaseworkTerminal"], path: "Tests/CaseworkTerminalTests"),
        .testTarget(name: "EndToEndTests", dependencies: ["CaseworkCore"], path: "Tests/EndToEndTests"),
    ]
)
